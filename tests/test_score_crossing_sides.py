"""A score that crosses from one side to the other (round JG26, AllSides extra4b): in a change
"from A to B" where A is followed by a noun of relations.yaml change.score_behind and B by one of
score_ahead ("from a 6-point deficit to a 3-point lead"), A counts below zero, so the move is a
rise whatever the two sizes, and the other way round a fall. A direction worded against the
crossing is still reported, and a score that stays on one side is read by its sizes as before."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_climb_from_behind_to_ahead_is_a_rise() -> None:
    assert (
        nc503("Among likely voters, the mayor climbed from a 6-point deficit in March to a 3-point lead.")
        == []
    )
    assert nc503("The senator slipped from a 2-point lead to a 7-point deficit by October.") == []


def test_a_direction_worded_against_the_crossing_is_still_found() -> None:
    assert nc503(
        "Among likely voters, the mayor slid from a 6-point deficit in March to a 3-point lead."
    ) == ["from 6 behind to 3 ahead is a rise, not a fall"]
    assert nc503("The senator climbed from a 3-point lead to a 6-point deficit by October.") == [
        "from 3 ahead to 6 behind is a fall, not a rise"
    ]


def test_a_score_on_one_side_is_read_by_its_sizes_as_before() -> None:
    assert nc503("The mayor slid from a 2-point lead to a 9-point lead.") == [
        "from 2 to 9 is a rise, not a fall"
    ]
    assert nc503("The mayor slid from a 9-point lead to a 2-point lead.") == []
