"""A space written as a hyphen between a word and a figure (round AT40, issue 10): copy where a
space was lost as a hyphen ("the union says-1,000 workers") gave no claim at all, so the figure
could be neither checked nor attributed. After a word of rules/numbers.yaml hyphen_space_before
(an article, an auxiliary, a verb of saying, a preposition, a hedge), in lower case and not the end
of a hyphenated chain, the figure is read as if the space were there. Compounds and names stay as
they were: "over-65s", "mid-30s", "COVID-19", "A-10", "2-in-1". Sentences written for this file."""

from __future__ import annotations

import pytest

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(c.surface, c.value, c.unit, c.source) for c in numcheck.extract(text)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The guild says-2,400 members were balloted last week.", "2,400", 2400.0, "member"),
        ("The new survey data show-31 percent of tenants behind on rent.", "31 percent", 31.0, "percent"),
        ("There have been-612 cases of fraud this year, the bureau said.", "612", 612.0, "case"),
        ("The panel was just-180 people drawn from three towns.", "180", 180.0, "people"),
        ("A ticket could cost up to-7 percent of a month's wage.", "7 percent", 7.0, "percent"),
        ("Deputies detained a-34-year-old driver near the bridge.", "34-year-old", 34.0, "year"),
    ],
)
def test_a_figure_after_a_lost_space_is_read(text, surface, value, unit):
    got = readings(text)
    assert any(s == surface and v == value and u == unit for s, v, u, _ in got), got


def test_the_figure_keeps_its_source():
    got = readings("The guild says-2,400 members were balloted last week.")
    assert ("2,400", 2400.0, "member", "The guild") in got


def test_a_slip_after_a_lost_space_is_still_a_claim_a_checker_sees():
    # the same count given twice, once after a lost space: both are claims now
    got = readings("The guild says-2,400 members voted. Later the guild said 2,400 members voted.")
    assert [s for s, *_ in got].count("2,400") == 2, got


@pytest.mark.parametrize(
    "text",
    [
        "The over-65s voted to leave by a wide margin.",
        "A woman in her mid-30s was questioned.",
        "The then-52-year-old mayor resigned.",
        "An A-10 flew low over the base.",
    ],
)
def test_compounds_and_names_are_not_read_as_a_lost_space(text):
    assert readings(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The loans run in three-to-9-month terms.", 9.0),
        ("Traffic is barred in a midnight-to-6 window.", 6.0),
        ("The plan called Benefits-at-60 was dropped.", 60.0),
    ],
)
def test_the_end_of_a_chain_is_not_a_lost_space(text, value):
    assert not any(v == value for _, v, _, _ in readings(text))


def test_a_chain_is_not_a_lost_space():
    # the end of a hyphenated chain ("2-in-1") keeps its reading
    assert not any(v == 1.0 for _, v, _, _ in readings("The 2-in-1 tablet sold out."))


def test_a_chain_of_words_is_more_lost_spaces():
    got = readings("The average basket there is-only-14 euro, the analyst said.")
    assert any(s == "14 euro" and v == 14.0 for s, v, _, _ in got), got
