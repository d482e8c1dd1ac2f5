"""Issue 10: a person named as the subject of a relative clause after a noun ("the plan that Tom
Reyes drew up", "the clerk whom Ana Ruiz hired") is what a "he" or "she" in the next sentence
may stand for, as a clause's subject is (`sources._clause_subject`); not a name after "that"
following a verb of saying or thinking or a past in -ed ("she believes that ...", "police said
that ..."), which opens what is said, not a clause about a noun.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_subject_of_a_relative_clause() -> None:
    text = (
        "Ana Ruiz, the harbour master, said on Monday that the berths were full. "
        "Now the council has revived a plan that Tom Reyes drew up during his campaign. "
        "He suggested adding 40 berths on the north quay."
    )
    assert source_of(text, "40") == "Tom Reyes"


def test_that_after_a_verb_of_thinking_opens_no_relative_clause() -> None:
    text = (
        "Ana Ruiz, the harbour master, spoke on Monday. "
        "She believes that Tom Reyes wants the quay. "
        "She said the council would add 40 berths."
    )
    assert source_of(text, "40") == "Ana Ruiz"
