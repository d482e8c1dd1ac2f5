"""A modal verb inside a sentence is written in lower case: "In May the plant cut 300 jobs" states
what happened (the month of May), while "the plant may cut 300 jobs" states what might happen
(features._times: '<may>'). A sentence's first word keeps its capital and is still read."""

from __future__ import annotations

import numcheck


def times_of(text: str, surface: str) -> list[str]:
    return next(c.times for c in numcheck.extract(text) if c.surface == surface)


def test_the_month_of_may_is_no_possibility() -> None:
    assert "<may>" not in times_of("In May the valve plant outside Dunmore cut 300 jobs.", "300")


def test_a_name_may_is_no_possibility() -> None:
    assert "<may>" not in times_of("The plant, run by Ellen May Porter, cut 300 jobs.", "300")


def test_the_modal_may_is_still_read() -> None:
    assert "<may>" in times_of("The valve plant outside Dunmore may cut 300 jobs.", "300")


def test_a_modal_opening_a_sentence_keeps_its_capital() -> None:
    assert "<modal>" in times_of(
        "Expected to cost 300 million dollars, the bridge opens in spring.", "300 million dollars"
    )
