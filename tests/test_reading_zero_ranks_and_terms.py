"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand, a fifth
round: "zero" before a noun, a place in a top list, a year before a term, plurals in -men
after "one of the", an acronym in a capital S before the noun it names, and a range of money
with its currency word after the second figure.

Each sentence is written for this file: "zero" counts the noun after it, singular too ("zero
income"), but not in its idioms ("zero tolerance", "ground zero") nor as a level ("fell to zero");
a bare figure after "top" is a place in a ranking ("in the top 10"), while "the top 10 firms"
counts firms; a year after a month ("in May 2013 to 18 months") is no first day of a span of
days; "one of the policemen" counts a policeman as "one of the nurses" counts a nurse; and an
acronym that ends in a capital S ("IRS", "NHS") is no plural: the noun after it is counted; and
"40 to 65 euros" is a range of money, as "$40 to $65" is, the currency word after the second
figure naming both ("2 to 3 billion yuan", "500 yuan to 700 yuan a year").
"""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


# ------------------------------------------------------------------ "zero income"


def test_zero_counts_the_noun_after_it_singular_too() -> None:
    assert readings("Her tax return showed zero income for the year.") == [("zero", 0, "income")]
    assert readings("The two clubs had zero contact all summer.") == [
        ("two", 2, "club"),
        ("zero", 0, "contact"),
    ]
    assert readings("The plant reported zero new faults in March.") == [("zero", 0, "fault")]


def test_the_idioms_on_zero_count_nothing() -> None:
    assert readings("The school has zero tolerance for bullying.") == []
    assert readings("Crews worked at ground zero through the night.") == []
    assert readings("Trade is not a zero sum contest, she said.") == []


def test_zero_as_a_level_counts_nothing() -> None:
    assert readings("The river level fell to zero overnight.") == []
    assert readings("Rates stayed near zero while the bank waited.") == []
    assert readings("He was paid a fee of zero when the deal closed.") == []


def test_a_term_named_zero_counts_nothing() -> None:
    assert readings("Zero waste is the aim of the new depot.") == []


# ------------------------------------------------------------------ "in the top 10"


def test_a_bare_figure_after_top_is_a_place_in_a_ranking() -> None:
    assert readings("The pupils stayed in the top 10 in reading this year.") == []
    assert readings("The film dropped out of the top five at the weekend.") == []


def test_the_top_figure_still_counts_the_noun_after_it() -> None:
    assert readings("The top 10 firms paid $4 billion in tax.") == [
        ("10", 10, "firm"),
        ("$4 billion", 4_000_000_000, "USD"),
    ]
    assert readings("The top 5% of earners paid most of it.") == [("5%", 5, "percent")]


# ------------------------------------------------------------------ "in May 2013 to 18 months"


def test_a_term_after_a_month_and_year_is_read() -> None:
    assert readings("He was sentenced in May 2013 to 18 months in prison.") == [("18 months", 18, "month")]
    assert readings("She pleaded guilty in June 2010 to nine fraud counts.") == [("nine", 9, "count")]


def test_the_second_day_of_a_span_of_days_is_still_no_figure() -> None:
    assert readings("The fair runs from Aug 14 to 17 on the green.") == []
    assert readings("The fair runs from Aug. 14 to 17 on the green.") == []


# ------------------------------------------------------------------ "one of the policemen"


def test_one_of_a_plural_in_men_counts_it() -> None:
    assert readings("Ana Reis, one of the firemen, said the hose burst.") == [("one", 1, "fireman")]
    assert readings("Two of the policemen were hurt in the clash.") == [("Two", 2, "policeman")]


def test_one_of_a_singular_whole_counts_nothing() -> None:
    assert readings("One of the team said the hose burst.") == []


# ------------------------------------------------------------------ "three IRS agents"


def test_an_acronym_in_a_capital_s_is_no_plural() -> None:
    assert readings("Three IRS agents visited the shop.") == [("Three", 3, "agent")]
    assert readings("Two NHS trusts were fined last year.") == [("Two", 2, "trust")]
    assert readings("Four GPS units went missing.") == [("Four", 4, "unit")]


def test_an_acronym_in_a_small_s_is_still_a_plural() -> None:
    assert readings("The bank runs 2,300 ATMs in the state.") == [("2,300", 2300, "atm")]


# ------------------------------------------------------------------ "40 to 65 euros"


def test_a_currency_word_after_a_range_makes_it_money() -> None:
    assert readings("Tickets cost 40 to 65 euros at the door.") == [("40 to 65 euros", None, "EUR")]
    assert readings("The bridge will cost 2 to 3 billion yuan.") == [("2 to 3 billion yuan", None, "CNY")]
    assert readings("A fine of between 800 and 1,200 rubles applies.") == [
        ("800 and 1,200 rubles", None, "RUB"),
    ]


def test_a_currency_word_written_twice_and_a_rate_close_the_range() -> None:
    assert readings("Staff earn 40,000 yuan to 95,000 yuan a year.") == [
        ("40,000 yuan to 95,000 yuan a year", None, "CNY/year"),
    ]
    assert readings("Rooms cost 70 to 90 dollars a night.") == [
        ("70 to 90 dollars a night", None, "USD/night")
    ]


def test_a_weight_in_pounds_after_a_range_stays_a_weight() -> None:
    assert readings("The dogs weighed 20 to 30 pounds.") == [("20 to 30 pounds", None, "pound")]


# ------------------------------------------------------------------ "six long years"


def test_a_word_of_length_between_a_figure_and_its_unit_of_time() -> None:
    assert readings("The siege lasted four long months.") == [("four long months", 4, "month")]
    assert readings("The judge added two additional years.") == [("two additional years", 2, "year")]
