"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand, a third
round.

Each sentence is written for this file: plurals without an s, "half" before a plural whole, "one"
after "not" and before an adjective, ratings ("a four-star general"), labels (a storm's category, a
page range), a capital letter that is an initial and no unit, a span of days before a month, and a
figure with a singular noun after "a" (a modifier written without its hyphen).
"""

from __future__ import annotations

import pytest

import numcheck


def surfaces(text: str) -> list[str]:
    return [c.surface for c in numcheck.extract(text)]


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


# ------------------------------------------------------------------ plurals without an s


def test_a_plural_without_an_s_is_counted() -> None:
    assert readings("The college says its 4,000 alumni are loyal donors.") == [("4,000", 4000, "alumni")]
    assert readings("She is survived by a son and three grandchildren.") == [("three", 3, "grandchildren")]
    assert readings("Some 250 sheep drowned when the river rose.") == [("250", 250, "sheep")]


def test_plurals_without_an_s_in_a_list_are_each_counted() -> None:
    assert readings("The charity shipped 80 cattle and 40 geese to the valley.") == [
        ("80", 80, "cattle"),
        ("40", 40, "geese"),
    ]


def test_a_plural_without_an_s_before_another_noun_leaves_that_noun_counted() -> None:
    assert readings("The company runs 12 fish farms on the coast.") == [("12", 12, "farm")]


# ------------------------------------------------------------------ half of a plural whole


def test_half_before_a_determiner_and_a_plural_is_a_share() -> None:
    assert readings("Nearly half the county's schools closed for the day.") == [("half", 50, "percent")]
    assert readings("Half their drivers quit within a year.") == [("Half", 50, "percent")]


def test_half_before_a_singular_compares_and_takes_no_share() -> None:
    assert surfaces("The tickets sold at half the price of last year's.") == []
    assert surfaces("The dog slept half the time.") == []
    assert surfaces("The new plant is half the size of the old one.") == []


def test_the_first_half_of_a_year_is_a_period() -> None:
    assert surfaces("Exports fell in the first half of the year.") == []


# ------------------------------------------------------------------ "one"


def test_not_one_of_a_whole_counts_nothing() -> None:
    assert readings("Not one of the six firms has paid.") == [("six", 6, "firm")]


def test_one_before_an_adjective_counts_the_noun_after_it() -> None:
    assert readings("One progressive lawmaker voted against the bill.") == [("One", 1, "lawmaker")]
    assert readings("Police named only one plausible suspect in the fire.") == [("one", 1, "suspect")]
    assert readings("The town kept one central fuel depot in the valley.") == [("one", 1, "depot")]


def test_one_before_an_adjective_that_is_the_noun_stays_uncounted() -> None:
    assert surfaces("One executive said the merger was off.") == []


# ------------------------------------------------------------------ ratings and labels


def test_a_rating_on_a_spelled_out_number_and_a_hyphen_counts_nothing() -> None:
    assert surfaces("The three-star admiral retired in May.") == []
    assert surfaces("They booked a five-star resort for the summit.") == []


def test_a_star_counted_as_a_noun_is_still_counted() -> None:
    assert readings("The flag has two stars on it.") == [("two", 2, "star")]


def test_a_storms_category_is_a_label_in_lower_case_too() -> None:
    assert surfaces("Forecasters expect a category 3 storm by Friday.") == []
    assert surfaces("The storm reached Category 5 strength.") == []


def test_a_page_range_after_pp_is_a_label() -> None:
    assert surfaces("The study appeared in the Annual Review, pp. 12-40.") == []


def test_a_count_of_categories_is_still_counted() -> None:
    assert readings("The awards have 14 categories this year.") == [("14", 14, "category")]


def test_a_capital_letter_before_a_capitalised_word_is_an_initial_not_a_unit() -> None:
    assert readings("Four N Korean envoys arrived.") == [("Four", 4, "envoy")]
    assert readings("A 60 W lamp lit the room.") == [("60 W", 60, "watt")]


def test_a_span_of_days_before_a_month_is_a_date() -> None:
    assert surfaces("The fair runs from 12 to 15 June.") == []
    assert surfaces("Delegates met 4-6 October in Lima.") == []
    assert readings("Between 3 and 5 may be hired.") == [("3 and 5", None, None)]


# ------------------------------------------------------------------ a modifier without its hyphen


def test_after_a_a_figure_and_a_singular_noun_before_a_noun_count_that_noun() -> None:
    assert readings("She sent a nine page memo to the board.") == [("nine", 9, "page")]
    assert readings("A five member jury was chosen.") == [("five", 5, "member")]


def test_a_rating_without_its_hyphen_counts_nothing() -> None:
    assert readings("They stayed in a 4 star inn.") == [("4", 4, None)]


def test_a_range_of_number_words_with_a_hedge_after_or_keeps_its_noun() -> None:
    assert readings("The talks may need three or even four rounds.") == [
        ("three or even four", None, "round")
    ]


# ------------------------------------------------------------------ ratios


def test_the_scale_of_a_ratio_after_in_is_no_count() -> None:
    # the figure before the scale counts the plural after it, a part of them
    # (tests/test_reading_asides_and_ratios.py)
    assert readings("Nearly 7 in 10 renters said rents rose.") == [("7", 7, "renter")]
    assert readings("Roughly one in four schools closed.") == [("one", 1, "school")]


def test_a_figure_of_days_after_in_is_still_read() -> None:
    assert readings("The team won 3 in 10 days.") == [("3", 3, None), ("10 days", 10, "day")]


# ------------------------------------------------------------------ changes


def test_a_change_from_one_share_to_another_is_no_range() -> None:
    assert surfaces("Turnout has grown from 31% to 48% since then.") == ["31%", "48%"]
    assert readings("Sales declined from 900 to 700 units.") == [("900", 900, None), ("700", 700, "unit")]


# ------------------------------------------------------------------ notes


def test_a_number_alone_in_square_brackets_is_a_notes_marker() -> None:
    assert surfaces("The accord[1] was signed in June.") == []
    assert surfaces("[2] Accord on the exchange of data.") == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Three clinics shut in the spring.", "clinic"),
        ("The plan drew 14 critics on the council.", "critic"),
        ("Two medics were hurt.", "medic"),
    ],
)
def test_a_plural_in_ics_that_counts_things_or_people_is_the_counted_noun(text: str, noun: str) -> None:
    (c,) = numcheck.extract(text)
    assert (c.kind, c.counts) == ("count", noun)


def test_a_subject_in_ics_is_not_counted() -> None:
    (c,) = numcheck.extract("He taught three physics classes.")
    assert c.counts != "physic"
    (d,) = numcheck.extract("Three politics students left.")
    assert d.counts != "politic"


def test_plurals_in_oes_count_their_singular() -> None:
    claims = numcheck.extract("Three volcanoes erupted, two heroes were honoured and four shoes were found.")
    assert [c.counts for c in claims] == ["volcano", "hero", "shoe"]
