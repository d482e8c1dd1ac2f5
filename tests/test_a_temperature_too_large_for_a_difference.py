"""A temperature too large for a difference is a reading (round JG26, AllSides extra4b): a pair the
words read as a difference ("temperatures rise above ...") whose first figure is more than
relations.yaml temperature_difference_most degrees Celsius as a difference, and that converts as a
reading with its offset, is a reading, no slip. A pair that converts as neither is still found,
and a small difference converted with the +32 wrongly added is still found."""

from __future__ import annotations

import numcheck


def nc401(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC401"]


def test_a_level_above_which_temperatures_rise_is_a_reading() -> None:
    assert nc401("In the valley, temperatures rise above 115F (46C) by late June.") == []


def test_a_pair_that_converts_as_neither_is_still_found() -> None:
    assert nc401("In the valley, temperatures rise above 115F (56C) by late June.") == [
        "a difference of 115F is a difference of 63.9C, not 56C"
    ]


def test_a_small_difference_with_the_offset_added_is_still_found() -> None:
    assert nc401("Nations pledged to hold global warming of 2C (35.6F) as the limit.") == [
        "a difference of 2C is a difference of 3.6F, not 35.6F"
    ]
