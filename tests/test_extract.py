"""How numcheck reads numbers in news copy: values, intervals, units, counted nouns, hedges,
sources — and what it leaves alone."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

import numcheck


def one(text: str) -> numcheck.Claim:
    claims = numcheck.extract(text)
    assert len(claims) == 1, [c.surface for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("Britain fined the bank £3.5bn on Monday.", "£3.5bn", 3.5e9, "GBP"),
        ("It raised $40m from investors.", "$40m", 40e6, "USD"),
        ("The EU pledged €1.2 billion.", "€1.2 billion", 1.2e9, "EUR"),
        ("Ukraine has suffered a $800 billion loss.", "$800 billion", 800e9, "USD"),
        ("The fund holds US$5 million.", "US$5 million", 5e6, "USD"),
        ("It paid 20 euros.", "20 euros", 20, "EUR"),
        ("The club spent 5 million pounds.", "5 million pounds", 5e6, "GBP"),
        ("A bill of 3 trillion yen.", "3 trillion yen", 3e12, "JPY"),
    ],
)
def test_money_is_read_with_its_scale_and_an_iso_currency(
    text: str, surface: str, value: float, currency: str
) -> None:
    c = one(text)
    assert (c.surface, c.kind, c.value, c.unit) == (surface, "money", value, currency)


def test_pounds_of_a_substance_are_a_weight_not_money() -> None:
    c = one("a stockpile of 2,750 pounds of ammonium nitrate")
    assert c.kind == "quantity" and c.unit == "pound"
    assert c.si_value == pytest.approx(1247.38, rel=1e-3) and c.si_unit == "kg"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("eight people died", 8),
        ("Sixty-eight passengers were aboard", 68),
        ("half a million people fled", 5e5),
        ("a dozen soldiers", 12),
        ("one hundred and twenty people", 120),
        ("11,000 soldiers", 11000),
    ],
)
def test_spelled_out_and_grouped_numbers(text: str, value: float) -> None:
    assert one(text).value == value


def test_a_two_and_a_half_year_war_is_a_duration() -> None:
    c = one("the two-and-a-half-year war")
    assert (c.value, c.unit, c.si_unit) == (2.5, "year", "s")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Prices rose 12%.", "percent"),
        ("Prices rose 12 percent.", "percent"),
        ("Prices rose 12 per cent.", "percent"),
        ("The share rose 2 percentage points.", "percentage_point"),
    ],
)
def test_percent_and_percentage_points_are_kept_apart(text: str, kind: str) -> None:
    assert one(text).kind == kind


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between 300 and 400 people died.", 300, 400),
        ("About 300-400 people died.", 300, 400),
        ("Four or five people died.", 4, 5),
        ("A surge of 5 to 8 feet is possible.", 5, 8),
        ("Losses between $20bn and $30bn.", 20e9, 30e9),
        ("Losses of $35bn-$45bn.", 35e9, 45e9),
    ],
)
def test_ranges_are_one_claim_with_an_interval(text: str, low: float, high: float) -> None:
    c = one(text)
    assert (c.low, c.high, c.value) == (low, high, None)


def test_a_share_and_a_figure_of_another_kind_make_no_range() -> None:
    # "a third or 400 people": a share, then a count; read as a range it had its low end above its value
    claims = numcheck.extract("Turnout was a third or 400 people.")
    assert [c.surface for c in claims][:1] == ["a third"]
    for c in claims:
        assert c.low is None or c.value is None or c.low <= c.value
    (both,) = numcheck.extract("A third or a half of the voters stayed home.")
    assert (both.low, both.high) == (pytest.approx(33.333333), 50.0)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Dozens of people were hurt.", 24, 120),
        ("Hundreds of homes burned.", 100, 1000),
        ("thousands of troops", 1000, 10000),
        ("tens of thousands of troops", 10000, 100000),
        ("Millions of people watched.", 1e6, 1e7),
    ],
)
def test_vague_amounts_are_intervals_from_the_rule_pack(text: str, low: float, high: float) -> None:
    c = one(text)
    assert (c.low, c.high, c.hedge) == (low, high, "vague")


@pytest.mark.parametrize(
    ("text", "hedge", "low", "high"),
    [
        ("about 11,000 soldiers", "about", 9000, 13000),  # ±2 units of the last significant digit
        ("some 10,000 troops", "some", 8000, 12000),  # a round figure's unit is capped one order down
        ("at least 78 bodies", "at least", 78, None),
        ("up to 20 feet", "up to", None, 20),
        ("fewer than 50 people", "fewer than", None, 50),
        ("nearly 1,300 people", "nearly", 1250, 1300),  # the figure's own granularity, halved
        ("145 drones", None, 144.5, 145.5),
    ],
)
def test_hedges_bounds_and_roundness_set_the_interval(
    text: str, hedge: str | None, low: float | None, high: float | None
) -> None:
    c = one(text)
    assert c.hedge == hedge
    assert (c.low, c.high) == (low, high) or (c.low == pytest.approx(low) and c.high == pytest.approx(high))


def test_more_than_is_an_open_bound_with_an_implied_ceiling() -> None:
    c = one("more than 20 feet")
    assert (c.low, c.low_open, c.high) == (20, True, 30)


def test_counted_nouns_are_found_through_adjectives_and_names() -> None:
    c = one("about 11,000 North Korean soldiers")
    assert (c.kind, c.counts, c.noun_class, c.measurand) == (
        "count",
        "soldier",
        "troops",
        "North Korean soldiers",
    )
    assert one("three major airports").counts == "airport"


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2022.",
        "Records go back to 2014.",
        "It struck at 10:15 a.m. on Dec. 29.",
        "the first invasion since World War II",
        "a Boeing 737 jet",
        "the COVID-19 pandemic",
        "the G7 summit",
        "Call 555-123-4567 now.",
        "Bookings: +31 20 455 81 90.",
        "Reservations on +61 - 7 - 4052 3311 (outside Australia).",
        "Tel. +1 212 555 0199.",
        "his 30th ascent",
        "The bill passed 311-112.",
    ],
)
def test_years_dates_times_ordinals_names_phones_and_tallies_are_not_claims(text: str) -> None:
    assert numcheck.extract(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Zelenskyy said the army lost 30 tanks.", "Zelenskyy"),
        ("The army lost 30 tanks, said the ministry.", "the ministry"),
        ("The army lost 30 tanks, according to the Pentagon.", "the Pentagon"),
        ("Ukrainian President Volodymyr Zelenskyy claimed that 30 tanks were lost.", "Volodymyr Zelenskyy"),
        ("The army lost 30 tanks.", None),
    ],
)
def test_who_the_figure_is_attributed_to(text: str, source: str | None) -> None:
    assert one(text).source == source


def test_a_surname_and_a_pronoun_resolve_to_the_full_name() -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskyy spoke on Monday. "
        "Zelenskyy said 30 tanks were lost. \u201cWe lost 12 jets,\u201d he said."
    )
    assert [c.source for c in numcheck.extract(text)] == ["Volodymyr Zelenskyy", "Volodymyr Zelenskyy"]


def test_a_stated_conversion_points_at_what_it_converts() -> None:
    a, b = numcheck.extract("roughly 500 square miles (1,295 sq km) of land")
    assert b.conversion_of == a.id and a.si_value == pytest.approx(b.si_value, rel=1e-3)


def test_temperatures_keep_their_offsets() -> None:
    a, b = numcheck.extract("It reached 30C (86F).")
    assert a.si_value == pytest.approx(303.15) and b.si_value == pytest.approx(303.15)


def test_parts_point_at_their_whole() -> None:
    whole, part = numcheck.extract("Shelling killed eight civilians, including five in the city of Mykolaiv.")
    assert part.part_of == whole.id and part.counts == "civilian"


def test_extraction_never_imports_quantulum3s_parser_or_scikit_learn() -> None:
    code = textwrap.dedent("""
        import sys, numcheck
        numcheck.extract("Russia launched 145 drones and 10k troops over 500 square miles.")
        bad = [m for m in sys.modules if m.startswith(("quantulum3", "sklearn", "inflect"))]
        assert not bad, bad
    """)
    subprocess.run([sys.executable, "-c", code], check=True)


def test_works_when_a_broken_scikit_learn_is_installed(tmp_path) -> None:
    fake = tmp_path / "sklearn"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise ImportError('this scikit-learn cannot load its model')\n")
    code = "import numcheck; print(len(numcheck.extract('Ambiguous units: 10k troops and 3 m wide.')))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert int(out.stdout) >= 1
