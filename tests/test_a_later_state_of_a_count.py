"""A sentence opened by a word of later time ("Later, the state prosecutor said 31 bodies had been
found", after "seven bodies were found in the first exhumations") gives a later state of the
count, not a second value of the figure before it (rules/measures.yaml later_states,
link.later_state; round JG7, read on the FNC news set; the text is written for this file). Without
the word the two voices are still set against each other; a later count a slip's shape away (a
factor of ten, swapped digits) is still found, and so is a figure after the later one that restates
it with its digits swapped."""

from __future__ import annotations

import numcheck

FIRST = "The health minister said seven bodies were found in the first exhumations. "


def findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_a_later_count_is_no_discrepancy() -> None:
    assert findings(FIRST + "Later, the state prosecutor said 31 bodies had been found.") == []


def test_two_voices_without_a_word_of_later_time_are_still_found() -> None:
    assert findings(FIRST + "The state prosecutor said 31 bodies had been found.") == [
        "sources differ: seven (The health minister) vs 31 (The state prosecutor); ratio 0.23"
    ]


def test_a_later_count_a_slip_away_is_still_found() -> None:
    # a factor of ten or swapped digits is a slip's shape, not a count that moved on
    text = FIRST.replace("seven", "140") + "Later, the state prosecutor said 14 bodies had been found."
    assert findings(text) == [
        "sources differ: 140 (The health minister) vs 14 (the state prosecutor); ratio 0.10"
    ]


def test_a_slip_after_the_later_count_is_still_found() -> None:
    text = (
        FIRST + "Later, the state prosecutor said 31 bodies had been found. "
        "The prosecutor said the 13 bodies found would be tested."
    )
    assert (
        "the same figure is given two values: 31 (the state prosecutor) vs 13 (The prosecutor); "
        "ratio 0.42 — likely digits transposed" in findings(text)
    )
