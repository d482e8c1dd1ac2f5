"""A fraction before a noun, symbols that are also words, and a figure named by a phrase.

Each sentence is written for this file. "A half turn" is half of one turn, as "a half mile" is half
of one mile; a lower-case "mb" is the weather's millibar unless the words near it speak of data;
"in" is an inch before a word of size or at the end of a sentence; "absolute zero" is a temperature
of exactly 0 K (the words for these are in rules/units.yaml).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import numcheck
from numcheck.config import load_config


def _read(text: str) -> list[tuple[str, float | None, str, str | None]]:
    return [(c.surface, c.value, c.kind, c.counts or c.unit) for c in numcheck.extract(text)]


# ---------------------------------------------------------------- a half turn, a quarter point


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("Tighten each bolt by a half turn after the seal sets.", 0.5, "turn"),
        ("The lid opens with a quarter turn to the left.", 0.25, "turn"),
        ("The central bank cut its main rate by a quarter point on Thursday.", 0.25, "point"),
        ("She finished a half marathon in under two hours.", 0.5, "marathon"),
    ],
)
def test_a_half_or_a_quarter_before_a_noun_is_that_part_of_it(text: str, value: float, counts: str) -> None:
    c = numcheck.extract(text)[0]
    assert (c.value, c.kind, c.counts) == (value, "count", counts)


def test_a_part_of_a_percentage_point_or_of_a_point_is_that_part_not_a_share() -> None:
    (pp,) = numcheck.extract("The bank lifted its rate by a quarter of a percentage point.")
    assert (pp.value, pp.kind) == (0.25, "percentage_point")
    point = numcheck.extract("Bond yields slipped a third of a point on the news.")[0]
    assert (round(point.value, 6), point.kind, point.counts) == (0.333333, "count", "point")


def test_a_part_of_a_turn_is_counted_like_whole_turns() -> None:
    half = numcheck.extract("The valve needs a half turn.")[0]
    more = numcheck.extract("The valve needs two and a half turns.")[0]
    assert (half.kind, half.unit) == (more.kind, more.unit) == ("count", "turn")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The reservoir was only a quarter full by June.", 25.0),  # an adjective after it: a share
        ("Rents there are a quarter higher than last year.", 25.0),  # a comparative: a share
        ("Support for the plan fell by a half.", 50.0),  # nothing after it
        ("The fund bought a quarter stake in the brewer.", 25.0),  # a noun of ownership: a share
    ],
)
def test_a_fraction_before_an_adjective_a_stake_or_nothing_is_still_a_share(text: str, value: float) -> None:
    (c,) = numcheck.extract(text)
    assert (c.value, c.kind) == (value, "percent")


def test_a_quarter_past_the_hour_counts_nothing() -> None:
    assert all(c.kind != "count" for c in numcheck.extract("The bell rang at a quarter past nine."))


def test_the_half_that_ends_a_hyphenated_length_of_time_is_no_part_of_the_noun_after_it() -> None:
    claims = numcheck.extract("Talks ran through a two-day-and-a-half session in the capital.")
    assert all(c.counts != "session" for c in claims)


def test_an_ordinal_before_a_noun_is_still_no_fraction() -> None:
    assert numcheck.extract("The mayor is seeking a third term in office.") == []


def test_whole_turns_stay_a_count_not_an_angle() -> None:
    (c,) = numcheck.extract("The new track has 14 turns.")
    assert (c.value, c.kind, c.dimension) == (14, "count", None)


# ---------------------------------------------------------------- "mb": millibars or megabits


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The hurricane's pressure fell to 931 mb before landfall.", "millibar"),
        ("The patch is a 45 mb download for most phones.", "megabit"),
        ("Each video file was about 300 mb in size.", "megabit"),
        ("The firm's update came to 45 MB.", "megabyte"),
        # a data word far from the figure does not turn the weather into bits
        (
            "The storm bottomed out at 962 mb as it crossed the coast and knocked out the data centre.",
            "millibar",
        ),
    ],
)
def test_a_lower_case_mb_is_a_millibar_unless_the_words_near_it_speak_of_data(text: str, unit: str) -> None:
    (c,) = numcheck.extract(text)
    assert (c.kind, c.unit) == ("quantity", unit)


# ---------------------------------------------------------------- "in": inches or a preposition


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The new panels are 1 1/2 in thick and bolt on.", 1.5),
        ("Snow on the runway was 6 in deep by noon.", 6.0),
        ("The gap under the gate measured 3 in.", 3.0),
    ],
)
def test_in_after_a_figure_is_an_inch_before_a_word_of_size_or_at_the_end(text: str, value: float) -> None:
    (c,) = numcheck.extract(text)
    assert (c.value, c.kind, c.unit) == (value, "quantity", "inch")


@pytest.mark.parametrize(
    "text",
    [
        "The probe Voyager 2 in 1979 sent back the first close views.",
        "The club won 4 in a row before the break.",
        "Of the 40 who applied, 12 got in.",
        "Of their children, 3 in high school still live at home.",
        "Some 40 in long-term care were moved.",
        "The firm has 2 in deep trouble already.",
    ],
)
def test_in_after_a_figure_is_otherwise_a_preposition(text: str) -> None:
    assert all(c.unit != "inch" for c in numcheck.extract(text))


def test_an_absorbed_dose_in_milligrays() -> None:
    (c,) = numcheck.extract("A chest scan gives a dose of about 7 mGy.")
    assert (c.value, c.kind, c.unit) == (7.0, "quantity", "milligray")
    assert c.si_value == pytest.approx(0.007)  # grays, joules per kilogram


# ---------------------------------------------------------------- a figure named by a phrase


def test_absolute_zero_is_exactly_zero_kelvin() -> None:
    (c,) = numcheck.extract("The atoms were cooled to absolute zero in the trap.")
    assert (c.surface, c.value, c.kind, c.unit) == ("absolute zero", 0.0, "quantity", "kelvin")
    assert (c.low, c.high, c.si_value) == (0.0, 0.0, 0.0)


def test_a_figure_above_absolute_zero_leaves_it_exact() -> None:
    claims = numcheck.extract("The sample sat a few millionths of a degree above absolute zero.")
    zero = [c for c in claims if c.surface == "absolute zero"]
    assert len(zero) == 1 and zero[0].hedge is None and (zero[0].low, zero[0].high) == (0.0, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "The council has absolute power over zoning.",
        "Zero tolerance was the absolute rule.",
    ],
)
def test_the_words_apart_name_no_figure(text: str) -> None:
    assert all(c.unit != "kelvin" for c in numcheck.extract(text))


def test_a_desk_can_name_figures_and_senses_of_its_own(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "units.yaml").write_text(
        "named_figures:\n"
        "  boiling point of water: {value: 100, unit: degrees Celsius}\n"
        "symbol_senses:\n"
        "  mb: {unit: megabit, when: [modem]}\n",
        encoding="utf-8",
    )
    config = load_config(rules_dir=pack, discover=False)
    text = "The kettle reached the boiling point of water while the old 56 mb modem hummed."
    claims = [(c.surface, c.value, c.unit) for c in numcheck.extract(text, config=config)]
    assert claims == [("boiling point of water", 100.0, "degrees celsius"), ("56 mb", 56.0, "megabit")]
    assert [c.unit for c in numcheck.extract(text)] == ["millibar"]  # not without the desk's pack


def test_counts_listed_after_a_part_of_a_group_are_parts_too() -> None:
    text = (
        "Medics said 31 of the dead were men, six women and 14 children. "
        "At least 58 people died, police said."
    )
    counts = {c.surface: c.partitive for c in numcheck.extract(text)}
    assert counts == {"31": True, "six": True, "14": True, "58": False}
    assert [f for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}] == []


def test_a_count_after_a_share_or_in_another_clause_is_not_listed_as_a_part() -> None:
    counts = {
        c.surface: c.partitive
        for c in numcheck.extract("The party took 14 percent of the vote and 22 seats.")
        + numcheck.extract("Police said 12 of the victims were children, and officers arrested four men.")
    }
    assert counts["22"] is False and counts["four"] is False
