"""Two figures a cue seems to compare that the cue does not join (rules/relations.yaml comparison):
a second figure that opens a clause of its own after "and", "while", "whereas" or "but" is not
the cue's other side ("23 percent of renters are behind Ruiz and 16 percent are behind Lee":
"behind" is backing; comparison.clause_joins), and a place word right after "per", "a" or "each"
is a unit of time, no place in a standing ("240 frames per second at 8K"; ranked_not_after).
Comparisons joined by the cue itself keep their check. Sentences written for these tests."""

from __future__ import annotations

from tests.arithmetic_findings import flagged_rules


def test_a_share_backing_a_name_is_no_standing_behind_the_next_share() -> None:
    assert flagged_rules("Of renters, 23 percent are behind Ruiz and 16 percent are behind Lee.") == []
    assert flagged_rules("Among retirees, 21 percent are behind Ruiz, while 7 percent back Lee.") == []


def test_a_share_behind_another_it_names_is_still_checked() -> None:
    assert flagged_rules("The Greens won 18 percent, just behind Labour with 14 percent.") == ["NC505"]
    assert flagged_rules("The Greens won 12 percent, just behind Labour with 14 percent.") == []


def test_a_rate_per_second_is_no_place_in_a_standing() -> None:
    assert flagged_rules("The new sensor can record 240 frames per second at 8K resolution.") == []


def test_a_place_second_still_ranks_below() -> None:
    assert flagged_rules("The Reds won 12 seats, with the Blues close behind with 14.") == ["NC505"]
    assert flagged_rules("The Reds won 12 seats. The Blues were placed second on 15 seats.") == ["NC505"]
