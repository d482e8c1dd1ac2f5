"""After "up from" or "down from" and a level named by a noun and "of" ("down from its April forecast
of 2.7 percent to 3.1 percent"), "A to B" is the earlier level, a range: its two ends are not the old
and new levels of a change, and NC503 says nothing of their direction. "From its forecast of A to
B" after a verb of change is still a change."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_an_earlier_range_after_down_from_is_quiet() -> None:
    text = (
        "The bank expects growth of 2.2 percent to 2.8 percent next year, down from its April "
        "forecast of 2.7 percent to 3.1 percent."
    )
    assert nc503(text) == []


def test_a_change_from_a_named_level_is_still_checked() -> None:
    text = "Officials said growth fell from its April forecast of 2.7 percent to 3.1 percent."
    assert nc503(text) == ["from 2.7 percent to 3.1 percent is a rise, not a fall"]
