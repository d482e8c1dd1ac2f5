"""A range converted in brackets whose first end, by a slip, is written larger than its second
("from 40,000 to 6,200 km (2,485 to 3,853 miles)"): the extractor takes no range whose ends run
backwards, so it leaves the first end a bare number and pairs the bracket with the second end
alone, which the bracket's range still covers. The bare number joined to the figure by "to",
"and" or a dash is read as the first end again and each end is converted to its own end of the
bracket (checks/conversion.py _first_end_apart; round RL36; the sentences are written for this
file)."""

from __future__ import annotations

import numcheck


def conversions(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC401"]


def test_a_range_converted_end_to_end_is_quiet() -> None:
    assert conversions("The drone can fly from 4,000 to 6,200 kilometres (2,485 to 3,853 miles).") == []


def test_a_range_written_backwards_but_converted_end_to_end_is_quiet() -> None:
    assert conversions("The swifts fly 8,000 to 4,800 kilometres (4,971 to 2,983 miles) each season.") == []


def test_a_first_end_ten_times_too_large_is_found() -> None:
    assert conversions("The drone can fly from 40,000 to 6,200 kilometres (2,485 to 3,853 miles).") == [
        "40,000 to 6,200 kilometres is about 24,855 to 3,853 miles, not 2,485 to 3,853 miles"
    ]


def test_a_first_end_a_thousand_times_too_large_is_found_after_a_dash() -> None:
    assert conversions("The drone can fly 4,000,000 - 6,200 kilometres (2,485 to 3,853 miles).") == [
        "4,000,000 to 6,200 kilometres is about 2,485,485 to 3,853 miles, not 2,485 to 3,853 miles"
    ]


def test_a_bare_number_not_joined_to_the_figure_is_no_end() -> None:
    # "9 trips of 6,200 km": the bare number counts trips, it is no end of a range
    assert conversions("Over 9 trips of 6,200 kilometres (3,853 miles) each, the drone held up.") == []
