"""A count of people in two states together ("died or went missing", "killed or injured") counts
more people than either state alone: rules/measures.yaml care_states reads the union as a state of
its own, so it is never one figure, nor two voices' values of one, with a count of the dead alone
(link.care_states; within._linked_pairs). Two counts of the dead still differ. Sentences written
for these tests."""

from __future__ import annotations

import numcheck


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def test_the_dead_or_missing_are_not_the_dead() -> None:
    text = (
        "The navy said 24 migrants died when the boat capsized. "
        "The agency said some 3,100 migrants died or went missing on the crossing."
    )
    assert _nc201(text) == []


def test_the_killed_or_injured_are_not_the_killed() -> None:
    text = (
        "Police said 14 people were killed in the blast. "
        "Medics said 40 people were killed or injured in the blast."
    )
    assert _nc201(text) == []


def test_two_counts_of_the_dead_still_differ() -> None:
    text = (
        "The navy said 24 migrants died when the boat capsized. "
        "The agency said some 30 migrants died on the crossing."
    )
    assert _nc201(text) == ["sources differ: 24 (The navy) vs some 30 (The agency); ratio 0.80"]


def test_two_counts_of_the_dead_or_missing_still_differ() -> None:
    text = (
        "The navy said 24 migrants died or went missing when the boat capsized. "
        "The agency said 30 migrants died or went missing when the boat capsized."
    )
    assert len(_nc201(text)) == 1
