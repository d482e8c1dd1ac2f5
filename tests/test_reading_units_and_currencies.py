"""Units and currencies written the less common ways: a unit in brackets after a figure, a spaced
metre sign that ends a measure, symbols over symbols ("m/s"), a country letter spaced from its
dollar sign, currency codes in lower-case text, and subunits of currencies.

Each sentence is written for this file.
"""

from __future__ import annotations

import pytest

import numcheck


def one(text: str) -> numcheck.Claim:
    claims = numcheck.extract(text)
    assert len(claims) == 1, [c.surface for c in claims]
    return claims[0]


# ---------------------------------------------------------------- units in brackets


@pytest.mark.parametrize(
    "text",
    ["Each crate held 35 (kg) of apples.", "Each crate held 35 [kg] of apples.", "Each crate held 35 {kg}."],
)
def test_a_unit_in_brackets_after_a_figure_is_its_unit(text: str) -> None:
    c = one(text)
    assert (c.kind, c.value, c.unit, c.si_value) == ("quantity", 35, "kilogram", 35)


def test_a_bracketed_letter_that_is_also_a_word_is_not_read_as_a_unit() -> None:
    c = one("The vote was 40 (s) in the end.")
    assert c.kind != "quantity"


# ---------------------------------------------------------------- a spaced "m"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The new sea wall is 14 m.", [14]),
        ("The plot measures 30 m x 45 m.", [30, 45]),
        ("The mast stands 21 m 40 cm above the deck.", [21, 0.4]),
    ],
)
def test_a_spaced_m_that_ends_a_measure_is_metres(text: str, values: list[float]) -> None:
    claims = numcheck.extract(text)
    assert [c.si_value for c in claims] == pytest.approx(values)
    assert all(c.dimension == "[length]" for c in claims)


def test_a_spaced_m_after_a_currency_is_still_not_metres() -> None:
    c = one("The club spent £30 m.")
    assert c.kind == "money"


# ---------------------------------------------------------------- one symbol over another


@pytest.mark.parametrize(
    ("text", "unit", "si"),
    [
        ("The gust reached 41 m/s near the coast.", "metre / second", 41.0),
        ("The probe passed at 12 km/s.", "kilometre / second", 12000.0),
        ("Its signal moved at 3 km/ms in the cable.", "kilometre / millisecond", 3e6),
    ],
)
def test_a_symbol_over_a_time_symbol_is_a_speed(text: str, unit: str, si: float) -> None:
    c = one(text)
    assert (c.unit, c.dimension) == (unit, "[length] / [time]")
    assert c.si_value == pytest.approx(si)


# ---------------------------------------------------------------- currencies


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("the fund raised c $ 42.5 million last year .", "CAD", 42.5e6),
        ("exports rose to hk $ 3.2 billion .", "HKD", 3.2e9),
        ("It charged a $ 12 fee.", "USD", 12),
    ],
)
def test_country_letters_spaced_from_the_dollar_sign_name_the_dollar(
    text: str, code: str, value: float
) -> None:
    c = one(text)
    assert (c.kind, c.unit, c.value) == ("money", code, value)


def test_an_iso_code_in_lower_case_before_a_figure_is_money() -> None:
    claims = numcheck.extract("the deposit was rmb 800 and the fee usd 35")
    assert [(c.unit, c.value) for c in claims] == [("CNY", 800), ("USD", 35)]


def test_a_lower_case_code_after_a_figure_belongs_to_that_figure() -> None:
    claims = numcheck.extract("we paid 300 rmb 45 usd")
    assert [(c.unit, c.value) for c in claims] == [("CNY", 300), ("USD", 45)]


def test_a_code_that_is_an_english_word_is_not_money_in_lower_case() -> None:
    assert all(c.kind != "money" for c in numcheck.extract("the old cad 40 years on"))


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("The tip was 3 satoshis.", "BTC", 3e-8),
        ("The coin sold for 40 pence.", "GBP", 0.4),
    ],
)
def test_a_subunit_after_a_figure_is_its_share_of_the_currency(text: str, code: str, value: float) -> None:
    c = one(text)
    assert (c.kind, c.unit) == ("money", code)
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("The toll went up by 45 euro cents.", "EUR", 0.45),
        ("The dividend was cut to 14 Australian cents.", "AUD", 0.14),
        ("Each token was worth 30 US cents.", "USD", 0.3),
        ("The fare rose 70 Hong Kong cents.", "HKD", 0.7),
    ],
)
def test_cents_named_with_their_currency_are_a_hundredth_of_it(text: str, code: str, value: float) -> None:
    c = one(text)
    assert (c.kind, c.unit) == ("money", code)
    assert c.value == pytest.approx(value)


def test_a_country_adjective_before_another_noun_names_no_currency() -> None:
    c = one("The museum bought 14 Australian coins.")
    assert (c.kind, c.value) == ("count", 14)


def test_a_currency_named_with_its_country_adjective() -> None:
    c = one("The mill was sold for 85 million Finnish markkas in 1991.")
    assert (c.kind, c.unit, c.value) == ("money", "FIM", 85e6)


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("The club was fined 40,000 francs by the league.", "CHF", 40_000),
        ("The refinery was valued at 2.3 billion francs.", "CHF", 2.3e9),
        ("The villa was bought for 900,000 French francs in 1987.", "FRF", 900_000),
    ],
)
def test_francs_are_money_and_a_bare_franc_is_the_swiss_one(text: str, code: str, value: float) -> None:
    c = one(text)
    assert (c.kind, c.unit, c.value) == ("money", code, value)


def test_watt_hours_by_symbol() -> None:
    c = one("The power bank stores 74 Wh of charge.")
    assert (c.kind, c.unit, c.si_value) == ("quantity", "watt hour", pytest.approx(74 * 3600))


def test_a_sign_between_two_priced_figures_closes_the_first() -> None:
    claims = numcheck.extract("Tickets were 12 € 15 € at the door.")
    assert [(c.surface, c.unit, c.value) for c in claims] == [("12 €", "EUR", 12), ("15 €", "EUR", 15)]


def test_cents_named_after_a_sign_after_the_figure_join_it() -> None:
    c = one("A coffee was 4 $ 20 cents there.")
    assert (c.unit, c.value) == ("USD", pytest.approx(4.2))


def test_a_sign_before_a_figure_with_no_currency_of_its_own_is_still_its_prefix() -> None:
    claims = numcheck.extract("Seats were 12 € 15 each.")
    assert [(c.surface, c.kind) for c in claims][-1] == ("€ 15", "money")


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("The council fined the shop 500 pounds.", "money", "GBP"),
        ("A return ticket costs 20 pounds.", "money", "GBP"),
        ("The flat was worth 379,000 pounds in 2003.", "money", "GBP"),
        ("The catfish weighed 90 pounds.", "quantity", "pound"),
        ("Officers found 40 pounds of cannabis.", "quantity", "pound"),
    ],
)
def test_pounds_are_money_after_a_word_of_money_and_a_weight_otherwise(
    text: str, kind: str, unit: str
) -> None:
    (c,) = numcheck.extract(text)
    assert (c.kind, c.unit) == (kind, unit)


def test_data_rates_are_read_and_converted() -> None:
    (c,) = numcheck.extract("The new line offers 100 Mbps broadband.")
    assert (c.value, c.unit) == (100, "megabits per second")
    report = numcheck.check(["Speeds reach 40 megabits per second (50 megabytes per second)."])
    assert [f.rule for f in report.findings] == ["NC401"]


def test_an_amount_a_year_earlier_is_an_amount_then_not_a_rate() -> None:
    (c,) = numcheck.extract("Sales were 42.3 billion euros a year earlier.")
    assert (c.surface, c.unit) == ("42.3 billion euros", "EUR")
    (r,) = numcheck.extract("The scheme costs $5 billion a year.")
    assert r.unit == "USD/year"


def test_kb_is_the_kilobyte_as_mb_and_gb_are_the_megabyte_and_gigabyte() -> None:
    units = [c.unit for c in numcheck.extract("The 500 KB file grew to 2 MB, then to 1 GB.")]
    assert units == ["kilobyte", "megabyte", "gigabyte"]


def test_the_drachma_is_greek_money() -> None:
    (c,) = numcheck.extract("A coffee cost 300 drachmas in 1995.")
    assert (c.kind, c.unit) == ("money", "GRD")


def test_imperial_gallons_are_their_own_unit_not_us_gallons() -> None:
    c = one("The ferry burns 90 imperial gallons an hour.")
    assert (c.kind, c.unit) == ("quantity", "imperial gallon / hour")
    us = one("The ferry burns 90 US gallons an hour.")
    assert c.si_value == pytest.approx(us.si_value * 4.54609 / 3.785411784)


def test_bare_cents_after_another_currency_s_cents_in_the_sentence_are_of_that_currency() -> None:
    first, second = numcheck.extract("Bus fares rise to 180 euro cents, from 150 cents in May.")
    assert (first.unit, second.unit, second.value) == ("EUR", "EUR", 1.5)
    (alone,) = numcheck.extract("A bus fare costs 150 cents.")
    assert alone.unit == "USD"
