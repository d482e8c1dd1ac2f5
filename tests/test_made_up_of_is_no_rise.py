"""'Made up of' says what a share is of ("the share of the city made up of renters"): its "up" is
no rise (rules/relations.yaml change.not_direction_before), so a fall "from 60 percent to 40
percent" after it is no NC503 'a fall, not a rise'. A rise worded by a verb ("grew from 60 percent
to 40 percent") is still checked."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_made_up_of_before_a_fall_is_quiet() -> None:
    text = (
        "The steady decline of the share of the city made up of renters, from 60 percent in 1990 "
        "to 40 percent in 2020, reshaped its politics."
    )
    assert nc503(text) == []


def test_a_rise_worded_by_a_verb_is_still_checked() -> None:
    text = "The share of the city made up of renters grew from 60 percent in 1990 to 40 percent in 2020."
    assert nc503(text) == ["from 60 percent to 40 percent is a fall, not a rise"]
