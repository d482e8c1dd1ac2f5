"""Issue 10: a paragraph of a speaker's words whose quotation marks were lost turns with "But".

A press release often prints an official's statement with no quotation marks: the words, then
the speaker ('..., said Chief Ivo Hart.'), then more of the same paragraph. A sentence of that
paragraph opening with a turn (`statement_turns`: "But", "However") is still the speaker's: the
turn is inside the statement, not the writer taking over. A paragraph that does not open with
the speaker's words is untouched. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

LEAD = "Three men were sentenced on Friday.\n\nThe court imposed terms of up to ten years.\n\n"


def test_a_turn_inside_a_speakers_unmarked_paragraph_is_still_theirs() -> None:
    text = LEAD + (
        "Our town deserves streets where people walk without fear, said Police Chief Ivo Hart. "
        "The officers worked the case for months. But these men chose violence against 14 "
        "neighbours, and now they answer for it.\n\nThe case was tried in the county court.\n"
    )
    assert source_of(text, "14") == "Ivo Hart"


def test_a_turn_after_a_speaker_named_first_is_the_writers() -> None:
    text = LEAD + (
        "Police Chief Ivo Hart said the town deserved safe streets. "
        "But the county has cut 14 patrol posts since May.\n\nThe case was tried in the county court.\n"
    )
    assert source_of(text, "14") is None


def test_separately_ends_the_speakers_paragraph() -> None:
    text = LEAD + (
        "Our town deserves streets where people walk without fear, said Police Chief Ivo Hart. "
        "The officers worked the case for months. Separately, 14 drivers were fined for speeding "
        "on the bypass.\n\nThe case was tried in the county court.\n"
    )
    assert source_of(text, "14") is None
