"""Issue 10: a straight double mark between two letters ('we haven"t seen', 'I"ve') is an
apostrophe mis-decoded by an earlier conversion, not a quotation mark: it neither opens nor
closes a quotation, so the quotation around it keeps its speaker and the text after it is not
read as quoted.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_quotation_with_a_lost_apostrophe_keeps_its_speaker() -> None:
    text = (
        "The union met on Monday. "
        '"We haven"t seen anything like it. We lost 40 posts in May. It hurts," Ana Ruiz said.'
    )
    assert source_of(text, "40") == "Ana Ruiz"


def test_i_ve_with_a_lost_apostrophe() -> None:
    text = (
        "The union met on Monday. "
        '"I"ve never seen anything like it. We lost 12 posts in May. It hurts," Tom Reyes said.'
    )
    assert source_of(text, "12") == "Tom Reyes"


def test_a_closing_mark_before_a_lost_space_still_closes() -> None:
    text = (
        '"I love the ambiguity," Ana Ruiz told a radio show. Word of the scene has led to a '
        'backlash against "Beauty and the Beast"n right-wing circles, with one theater in '
        "Alabama refusing to show it."
    )
    assert source_of(text, "one") is None
