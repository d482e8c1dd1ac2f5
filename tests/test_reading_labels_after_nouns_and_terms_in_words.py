"""Readings found on the C rows of CQE sort 17 (after the sort, so not measured by it), each pinned by
sentences written for this file: a figure after "co-conspirator" is a label; a number in words shares
the unit of a term set beside it ("seven and 11 months, respectively"); "one of only N" a plural counts
one of them; "one" before a noun that may be a verb counts it before "of" and a plural ("one set of
ledgers"); "inside" and "outside" end the noun after "one"."""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_figure_after_co_conspirator_is_a_label() -> None:
    assert readings("He and co-conspirator 2 sent the funds to a bank.") == []
    assert readings("He blocked co-conspirator 2s account in May.") == []


def test_a_number_in_words_shares_the_unit_of_a_term_beside_it() -> None:
    assert readings("Two aides got seven and 11 months, respectively.") == [
        ("Two", 2.0, "aide"),
        ("seven", 7.0, "month"),
        ("11 months", 11.0, "month"),
    ]


def test_a_number_in_words_before_a_time_of_its_own_keeps_no_unit() -> None:
    found = readings("He was six and two years later he moved.")
    assert found == [("six", 6.0, None), ("two years", 2.0, "year")]


def test_one_of_only_n_counts_one_of_the_plural() -> None:
    found = numcheck.extract("The deal would leave the firm as one of only three big suppliers of parts.")
    assert [(c.surface, c.unit) for c in found] == [("one", "supplier"), ("three", "supplier")]


def test_one_before_a_noun_that_may_be_a_verb_counts_it_before_of_and_a_plural() -> None:
    assert readings("He kept one set of ledgers for the bank.") == [("one", 1.0, "set")]
    assert [c.counts for c in numcheck.extract("Only one made of steel survived.")] == [None]


def test_inside_ends_the_noun_after_one() -> None:
    assert readings("One guard inside the jail was hurt.") == [("One", 1.0, "guard")]
