"""A count written right before "others" ("four guards were killed and five others were hurt")
counts the others of a group its own sentence names; two such counts in two sentences count the
others of two groups, never one figure (rules/measures.yaml others_counts, link.others_count; round
JG9: once a title's full stop no longer cut a general's name, a wire report's two attacks were set
against each other; the text is written for this file). Two such counts a slip apart (a factor of
ten) are still found."""

from __future__ import annotations

import numcheck

RAID = "A police officer said four guards were killed and five others were hurt in the raid on the camp. "
MINE = (
    "In the north, an army raid killed 12 rebels, said Gen. Omar Haidari. He said two soldiers died "
    "and {} others were hurt by a mine."
)


def findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_the_others_of_two_groups_are_two_counts() -> None:
    assert findings(RAID + MINE.format("three")) == []


def test_two_counts_of_others_a_slip_apart_are_still_found() -> None:
    assert findings(RAID + MINE.format("50")) == [
        "sources differ: five (A police officer) vs 50 (Omar Haidari); ratio 0.10"
    ]
