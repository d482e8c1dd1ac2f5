"""A verb of direction whose object is a noun of change (round JG26, AllSides extra4b): in
"cut the yearly rise in rents to 2.4% from 2.6%" the increase is what moved (a rate of
change) and the verb says which way, when only words of relations.yaml change.object_openers stand
between. A pair that moves against the verb is still found, and a noun of change that is the
subject keeps reading by its own verb as before."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_the_verb_gives_the_direction_of_its_object() -> None:
    assert nc503("Cheap imports cut the yearly rise in rents to 2.4% from 2.6% last spring.") == []
    assert nc503("Cheaper fuel cut its yearly growth in costs to 1.8% from 2.9%.") == []


def test_a_pair_against_the_verb_is_still_found() -> None:
    assert nc503("Cheap imports cut the yearly rise in rents to 2.6% from 2.4% last spring.") == [
        "from 2.4% to 2.6% is a rise, not a fall"
    ]


def test_a_noun_of_change_as_subject_is_as_before() -> None:
    assert nc503("The yearly rise in rents climbed to 2.6% from 2.4% last spring.") == []
    assert nc503("The yearly rise in rents slipped to 2.6% from 2.4% last spring.") == [
        "from 2.4% to 2.6% is a rise, not a fall"
    ]
