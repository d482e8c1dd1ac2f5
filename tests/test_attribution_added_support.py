"""Issue 10: "added their support to" gives something; it reports no words.

A counted subject before it ("Five more city councillors added their support to ...") was read as
the source of that sentence and of the writer's figures after it. The sentences are written for
this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_councillors_adding_their_support_are_no_source() -> None:
    text = (
        "Five more city councillors added their support to a motion to delay the tram vote, which "
        "needs 31 votes in the 45-seat council to pass."
    )
    assert source_of(text, "Five") is None
    assert source_of(text, "31") is None


def test_a_speaker_who_added_a_figure_still_speaks() -> None:
    text = "The tram will open in 2027, Mayor Okafor said. She added that 14 stops would be built."
    assert source_of(text, "14") is not None
