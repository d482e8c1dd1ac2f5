"""A scale named just before "from A to B" ("rated on a scale from 1 to 10", "a feeling thermometer
from 0 to 100") gives the two ends of the scale, a span: no level moved from A to B, so NC503 says
nothing of its direction even when a verb of fall stands near ("ratings sank on a thermometer from 0
to 100 to 24"). A level that moved "from A to B" after a verb of change is still checked."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_thermometer_from_zero_to_a_hundred_is_quiet() -> None:
    text = (
        "Warmth toward the other party kept sinking, plummeting on a thermometer from 0 to 100 to "
        "a chilly 21 degrees this spring."
    )
    assert nc503(text) == []


def test_a_scale_from_one_to_ten_is_quiet() -> None:
    text = "Residents fell silent when asked to rate the council on a scale from 1 to 10."
    assert nc503(text) == []


def test_a_fall_from_a_to_a_higher_b_is_still_found() -> None:
    text = "The council's rating plummeted from 4 to 9 this spring, the survey found."
    assert nc503(text) == ["from 4 to 9 is a rise, not a fall"]
