"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand, a fifth
round: demonyms used as nouns, a title-case noun after a hyphen, parts of
"my" things, labels and idioms, and a rate written after an amount's conversion in brackets.

Each sentence is written for this file.
"""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


# ------------------------------------------------------------------ demonyms used as nouns


def test_a_demonym_in_ese_before_and_another_figure_is_counted() -> None:
    got = readings("The boat carried eight Chinese and three Japanese to the port.")
    assert got == [("eight", 8, "chinese"), ("three", 3, "japanese")]


def test_a_group_named_without_an_s_is_counted() -> None:
    assert readings("Troops killed 21 Taliban and wounded nine others.")[0] == ("21", 21, "taliban")
    assert readings("Soldiers captured 21 Taliban, a spokesman said.") == [("21", 21, "taliban")]


def test_a_demonym_before_a_noun_still_leaves_the_count_to_the_noun() -> None:
    assert readings("Police questioned 30 Taliban fighters.") == [("30", 30, "fighter")]
    assert readings("Some 40 million Chinese and foreign firms trade here.")[0][2] == "firm"


# ------------------------------------------------------------------ "14-Count" in a headline


def test_a_title_case_noun_after_a_hyphen_in_a_headline_is_counted() -> None:
    assert readings("Ohio Woman Charged in 14-Count Fraud Indictment") == [("14", 14, "count")]


def test_a_capitalised_name_after_a_score_is_no_noun() -> None:
    assert all(r[2] != "werder" for r in readings("Result: Hamburg SV 2-1-Werder Bremen (Holtby 12')"))


# ------------------------------------------------------------------ "two of my cousins"


def test_a_part_of_my_plural_counts_the_plural() -> None:
    assert readings("Two of my cousins were on the bus.") == [("Two", 2, "cousin")]


def test_one_of_my_favourite_things_is_a_description() -> None:
    # the "one" is a figure of one (round AT35) that counts neither songs nor shops
    for text in ("It was one of my favorite songs of the year.", "That is one of her favourite shops."):
        assert [(c.surface, c.value, c.counts) for c in numcheck.extract(text)] == [("one", 1, None)]


# ------------------------------------------------------------------ labels and idioms


def test_a_clothing_size_is_a_label() -> None:
    assert readings("She bought a size 12 coat at the sale.") == []


def test_a_size_before_a_unit_is_still_a_quantity() -> None:
    assert readings("The farm doubled in size 10 years ago.") == [("10 years", 10, "year")]


def test_zero_tolerance_and_zero_sum_count_nothing() -> None:
    assert readings("The school has a zero-tolerance rule on phones.") == []
    assert readings("Trade is not a zero-sum game, she said.") == []


# ------------------------------------------------------------------ "(about $90) a month"


def test_a_rate_after_a_conversion_in_brackets_holds_for_both_amounts() -> None:
    got = readings("Drivers earn 6,000 rupees (about $90) a month in the city.")
    assert got == [("6,000 rupees", 6000, "INR/month"), ("$90", 90, "USD/month")]


def test_a_rate_after_a_list_of_conversions_holds_for_each() -> None:
    got = readings("A guide earns 500 yuan ($72; 66 euros) a day in May.")
    assert [r[2] for r in got] == ["CNY/day", "USD/day", "EUR/day"]


def test_a_time_after_brackets_is_no_rate() -> None:
    got = readings("He paid $30 (about 28 euros) a week later.")
    assert [r[2] for r in got] == ["USD", "EUR"]


def test_brackets_without_a_figure_carry_no_rate() -> None:
    assert readings("Rent was $900 (a record) a month.")[0] == ("$900", 900, "USD")


# ------------------------------------------------------------------ "half the population"


def test_half_a_whole_made_of_people_is_a_share() -> None:
    assert readings("Almost half the population lives by the coast.") == [("half", 50, "percent")]
    assert readings("Nearly half the region's electorate stayed home.") == [("half", 50, "percent")]


def test_half_a_price_or_a_time_still_compares() -> None:
    assert readings("The tickets sold at half the price in half the time.") == []


# ------------------------------------------------------------------ "July, 14, 2011"


def test_a_day_between_commas_before_a_year_is_a_date() -> None:
    assert readings("The hearing is set for July, 14, 2011 in Denver.") == []
    assert readings("He was there from Oct. 2, 2015, and 9, 2015, the filing says.") == []


def test_a_figure_before_a_year_with_no_month_is_still_read() -> None:
    assert readings("She was 21, 2016 was her best year.") == [("21", 21, None)]
