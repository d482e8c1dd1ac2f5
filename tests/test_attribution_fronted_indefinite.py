"""Issue 10: an indefinite subject after a fronted word is the subject.

"The Harbor Women Federation, a state-backed agency said 40 percent ..." gives the figure to the
name before the comma (the description after it is that name's). But after a word that opens the
sentence before its subject ("However, a senior official said ...", "Meanwhile, an aide to the
mayor said ..."), the indefinite subject after the comma is the source itself: the word before the
comma names no one. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_however_then_an_indefinite_subject() -> None:
    text = "However, a senior official said the ferry spent about 24 hours in the bay."
    assert source_of(text, "24 hours") == "a senior official"


def test_meanwhile_then_an_indefinite_subject() -> None:
    text = "Meanwhile, an aide to the mayor said 40 people were hurt."
    assert source_of(text, "40") == "an aide to the mayor"


def test_a_name_before_a_description_is_still_the_source() -> None:
    text = "The Harbor Women Federation, a state-backed agency said 40 percent of staff were women."
    assert source_of(text, "40 percent") == "The Harbor Women Federation"
