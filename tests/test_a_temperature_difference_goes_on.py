"""A temperature pair in the sentence of, or the sentence after, a pair read as a difference ("under
3 degrees Celsius (5.4 degrees Fahrenheit) above the average ... a tougher goal sets 2.5 degrees
Celsius (4.5 degrees Fahrenheit)"), its figure within a factor of three of that difference, goes
on with the difference: converted as one, it is no slip (checks/conversion.py
_follows_a_difference; round JG7, read on the FNC news set; the text is written for this file). A
pair that converts as neither, a reading far from the difference, and a reading alone are still
found."""

from __future__ import annotations

import numcheck

PACT = (
    "The accord seeks to keep warming under 3 degrees Celsius (5.4 degrees Fahrenheit) above the "
    "average of 1900.\n\nA tougher goal sets 2.5 degrees Celsius ({} degrees Fahrenheit) for 2080."
)


def conversions(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC401"]


def test_a_target_after_a_difference_converts_as_a_difference() -> None:
    assert conversions(PACT.format("4.5")) == []


def test_a_target_that_converts_as_neither_is_still_found() -> None:
    assert conversions(PACT.format("5.5")) == [
        "2.5 degrees Celsius is about 36.5 degrees Fahrenheit, not 5.5 degrees Fahrenheit"
    ]


def test_a_reading_far_from_the_difference_is_still_found() -> None:
    text = "Warming rose by 2C (3.6F) this century. Tomorrow the city will reach 30C (54F)."
    assert conversions(text) == ["30C is about 86F, not 54F"]


def test_a_reading_two_sentences_on_is_still_found() -> None:
    text = "Warming rose by 2C (3.6F) this century. Then it cooled. Tomorrow it will reach 3C (5.4F)."
    assert conversions(text) == ["3C is about 37.4F, not 5.4F"]


def test_a_reading_alone_is_still_found() -> None:
    text = "The city reached 30 degrees Celsius (54 degrees Fahrenheit) on Monday."
    assert conversions(text) == [
        "30 degrees Celsius is about 86 degrees Fahrenheit, not 54 degrees Fahrenheit"
    ]
