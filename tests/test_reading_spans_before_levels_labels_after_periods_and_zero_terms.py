"""Readings taken from kinds of the C rows of CQE sort R1 (round CS28, a design sort on Reuters wire
news of late 2017, fit half), each pinned by sentences written for this file, with the nearby
shapes that must stay as they were: a span of time joined by "to" to a percentage, an amount or a
year is two figures (or one), no range ("for three years to 6 percent"); a number in words after
"year", "day", "week" or "season" and a preposition is a period's label (rules/nouns.yaml
period_labels_after: "in year six", "from day one"); "zero" joined by a hyphen to a word that is no
unit names a kind ("zero-emission cars"), and "zero" before a word of zero_idioms counts nothing
after it ("zero tolerance means")."""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    return [(c.surface, c.value, c.low, c.high, c.unit) for c in numcheck.extract(text)]


def test_a_span_of_time_then_a_level_of_another_kind_is_no_range() -> None:
    found = readings("The bill lowers the floor for three years to 6.5 percent of income.")
    pairs = [(s, v, u) for s, v, _, _, u in found]
    assert pairs == [("three years", 3.0, "year"), ("6.5 percent", 6.5, "percent")]
    found = readings("The fee was frozen for six months to 3% of the price.")
    assert [(s, v, u) for s, v, _, _, u in found] == [("six months", 6.0, "month"), ("3%", 3.0, "percent")]
    found = readings("The grant was cut for three years to 2 million dollars.")
    assert [(s, v, u) for s, v, _, _, u in found] == [
        ("three years", 3.0, "year"),
        ("2 million dollars", 2_000_000.0, "USD"),
    ]


def test_a_span_of_time_then_the_year_it_runs_to_is_no_range() -> None:
    found = readings("The envoy was posted there for two years to 2016.")
    assert [(s, v, u) for s, v, _, _, u in found] == [("two years", 2.0, "year")]


def test_ranges_of_one_kind_are_as_before() -> None:
    assert readings("The wall is 5 to 8 feet high.") == [("5 to 8 feet", None, 5.0, 8.0, "foot")]
    assert readings("Terms run two years to three years.") == [
        ("two years to three years", None, 2.0, 3.0, "year")
    ]
    assert readings("Growth of 3 percent to 5 percent is seen.") == [
        ("3 percent to 5 percent", None, 3.0, 5.0, "percent")
    ]
    found = readings("Boats sail 20 miles to 30 miles.")
    assert found == [("20 miles to 30 miles", None, 20.0, 30.0, "mile")]


def test_a_number_in_words_after_a_period_word_is_a_label() -> None:
    assert readings("The credit phases out in year six.") == []
    assert readings("Cuts begin in year two, the aide said.") == []
    assert readings("From day one there was no plan.") == []
    assert readings("They met again on day two of the talks.") == []


def test_a_count_after_a_period_word_is_as_before() -> None:
    assert readings("In the first year two plants closed.") == [("two", 2.0, 1.5, 2.5, "plant")]
    assert readings("Within a day three men were held.") == [("three", 3.0, 2.5, 3.5, "man")]
    assert readings("Over the year six firms failed.") == [("six", 6.0, 5.5, 6.5, "firm")]


def test_zero_joined_to_a_word_that_is_no_unit_names_a_kind() -> None:
    assert readings("The state wants more zero-emission trucks on its roads.") == []
    assert readings("The city sold a zero-coupon bond last week.") == []
    assert readings("Zero-interest loans drew buyers.") == []


def test_zero_before_an_idiom_counts_no_word_after_it() -> None:
    assert readings("The chief said zero tolerance means firing the guards.") == []


def test_zero_with_a_unit_or_a_counted_noun_is_as_before() -> None:
    assert readings("The loan carries a zero-percent rate.")[0][::4] == ("zero-percent", "percent")
    assert readings("Inspectors found zero cases this week.")[0][::4] == ("zero", "case")
    assert readings("The plan spent zero dollars on ads.")[0][::4] == ("zero dollars", "USD")
