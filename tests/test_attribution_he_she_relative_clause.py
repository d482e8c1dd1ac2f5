"""Issue 10: a person named as the subject of a relative clause after a noun ("the plan that Tom
Reyes drew up", "the clerk whom Ana Ruiz hired") is what a "he" or "she" in the next sentence
may stand for, as a clause's subject is (`sources._clause_subject`); not a name after "that"
following a verb of saying or thinking or a past in -ed ("she believes that ...", "police said
that ..."), which opens what is said, not a clause about a noun. An age written before a name
("Thirty six-year-old Lena Holt", "41-year-old Tom Reyes") is part of the words before a clause's
subject, as a title is; a verb before the age is not ("was 75-year-old Lee Marsh").
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


def test_an_age_before_the_subject_is_no_verb() -> None:
    # "Thirty six-year-old Lena Holt's ...": the age written before the name keeps her the subject
    text = (
        "Ana Ruiz, the harbour master, spoke on Monday. "
        "Thirty six-year-old Lena Holt's patience is at an end. "
        "She says she has waited 15 months for a berth."
    )
    assert source_of(text, "15 months") == "Lena Holt"


def test_a_verb_before_the_age_is_not_part_of_it() -> None:
    # "... was 75-year-old Lee Marsh": a name after a verb is no clause subject, age or not
    text = (
        "Commander Ana Ruiz said on Monday that the man who died was 75-year-old Lee Marsh from the port. "
        "She said 12 people remain in hospital."
    )
    assert source_of(text, "12") == "Ana Ruiz"
