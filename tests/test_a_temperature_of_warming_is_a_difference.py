"""A temperature pair followed by a difference word past "of" or the words naming the temperature
("about 1C (1.8F) of warming", "a 9.8F (5.5C) average temperature increase") is a difference, which
converts without the 32-degree offset (rules/relations.yaml temperature_difference_between): no
NC401. A difference that does not convert is still found as one, and a reading is still a reading."""

from __future__ import annotations

import numcheck


def conversions(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC401"]


def test_warming_after_of_is_a_difference() -> None:
    assert conversions("The planet has seen about 1C (1.8F) of warming since 1900.") == []


def test_an_average_temperature_increase_is_a_difference() -> None:
    assert conversions("A 9.8F (5.5C) average temperature increase would change the valley.") == []


def test_a_difference_that_does_not_convert_is_still_found() -> None:
    assert conversions("A 5C (12F) average temperature increase would change the valley.") == [
        "a difference of 5C is a difference of 9F, not 12F"
    ]


def test_a_reading_is_still_a_reading() -> None:
    assert conversions("On Monday the valley was about 10C (60F) of heat.") == ["10C is about 50F, not 60F"]
