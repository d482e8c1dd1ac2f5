"""An age written before a person noun ("the 24-year-old neighbour") and an age whose sentence names
that noun apart from it ("A 21-year-old was killed by her neighbour") are two people's ages, never
one figure (measures.yaml age_holders; link.age_holder; read on The Hindu set after it was scored;
the text is written for this file). Two ages with no such noun, or before the same noun, are still
set against each other."""

from __future__ import annotations

import numcheck

KILLED = "A 21-year-old was killed {} in the town on Friday night.\n\nPolice said the 24-year-old {} fled."


def inconsistencies(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC301"]


def test_the_neighbour_named_apart_is_another_person() -> None:
    assert inconsistencies(KILLED.format("by her neighbour", "neighbour")) == []


def test_a_victim_and_the_driver_named_apart_are_two_people() -> None:
    assert inconsistencies(KILLED.format("when a driver hit her", "driver")) == []


def test_two_ages_with_no_other_person_are_still_one_figure() -> None:
    assert inconsistencies(KILLED.format("", "woman")) != []


def test_two_ages_before_the_same_noun_are_still_one_figure() -> None:
    text = "A 21-year-old neighbour was arrested on Friday.\n\nPolice said the 24-year-old neighbour fled."
    assert inconsistencies(text) != []
