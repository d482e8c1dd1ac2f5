"""A figure glued to "x" is a multiple ("trades at 15x earnings", "leverage of 2.5x"): it counts
nothing, so the noun after it is not its counted thing (CS21, earnings-call language). A size such as
"2x4" is no figure of this kind. Sentences written for this file."""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_multiple_in_x_counts_no_noun_after_it() -> None:
    assert readings("The stock changes hands at 22x forward profits.") == [("22", 22.0, None)]


def test_a_multiple_in_x_with_decimals_before_a_preposition() -> None:
    found = readings("Net leverage eased to 2.5x from 2.9x in March.")
    assert found == [("2.5", 2.5, None), ("2.9", 2.9, None)]


def test_a_plain_count_before_a_noun_still_counts_it() -> None:
    assert readings("The firm sold 22 forward contracts.") == [("22", 22.0, "contract")]


def test_a_size_written_with_x_between_figures_is_no_multiple() -> None:
    assert readings("He cut 2x6 boards for the deck.") == []
