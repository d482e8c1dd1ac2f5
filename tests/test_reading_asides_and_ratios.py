"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand, a fourth
round: a figure whose noun comes after an aside in brackets.

Each sentence is written for this file.
"""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_figure_counts_its_noun_past_an_aside_in_brackets() -> None:
    assert readings("The chain has 12 (up from nine) stores in the state.")[0] == ("12", 12, "store")
    assert readings("The party won 61 (out of 200) seats in May.")[0] == ("61", 61, "seat")


def test_the_figures_of_the_aside_are_read_too() -> None:
    assert [r[0] for r in readings("The rule covered nine (now eight) coastal states.")] == ["nine", "eight"]


def test_a_single_word_in_brackets_is_still_skipped_as_before() -> None:
    assert readings("Only 42 (housing) units were approved.") == [("42", 42, "unit")]


def test_a_bracket_of_a_share_is_no_aside() -> None:
    assert readings("The vote was 52 (48) percent.")[0] == ("52", 52, None)


# ------------------------------------------------------------------ "6 in 10 farmers"


def test_a_ratio_before_a_plural_counts_the_plural() -> None:
    assert readings("About 6 in 10 farmers sold their crop early.") == [("6", 6, "farmer")]
    assert readings("Seven out of ten voters backed the plan.") == [("Seven", 7, "voter")]


def test_a_ratio_with_no_noun_still_counts_nothing() -> None:
    assert readings("Seven out of ten said they agreed.") == [("Seven", 7, None)]


def test_a_ratio_before_a_unit_is_no_ratio() -> None:
    assert readings("He scored 5 in 10 days.") == [("5", 5, None), ("10 days", 10, "day")]


def test_a_count_in_a_ratio_or_of_a_counted_whole_is_a_part_and_never_paired() -> None:
    parts = [
        c.partitive for c in numcheck.extract("About 6 in 10 farmers sold early. One of nine nurses left.")
    ]
    assert parts == [True, True, False]
