"""'Nine of the defendants' after 'Three defendants charged in Chicago' and, earlier, 'Fifteen
defendants': a part larger than the nearest count of its noun, when a count of that noun before
it is at least as large, belongs to that larger group, not to the nearer smaller one (round JG6,
read on the DOJ set E; the sentences are written for this file). A part larger than every count
of its noun before it is still found."""

from __future__ import annotations

import numcheck

OPENING = "Fifteen defendants were sent from Mexico this week, officials said. "


def parts(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_a_part_of_the_larger_group_named_before() -> None:
    text = OPENING + (
        "Three defendants charged in Chicago arrive there today. Nine of the defendants landed in "
        "Houston on Saturday, while the remaining three came earlier."
    )
    assert parts(text) == []


def test_a_part_larger_than_every_group_is_found() -> None:
    text = OPENING + "Three defendants charged in Chicago arrive today. Nineteen of the defendants landed."
    assert parts(text) == ["the part Nineteen is more than its whole Three"]


def test_with_no_larger_group_before_the_nearest_count_is_the_whole() -> None:
    text = (
        "Officials said a group of defendants was sent from Mexico this week. Three defendants "
        "charged in Chicago arrive there today. Nine of the defendants landed in Houston on Saturday."
    )
    assert parts(text) == ["the part Nine is more than its whole Three"]
