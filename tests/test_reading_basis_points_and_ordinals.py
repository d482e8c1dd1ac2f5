"""Readings found on CQE sort 14 (SummEdits' source documents, mostly earnings calls), each pinned
by a sentence written for this file: basis points named in the singular before the noun they
measure, the ordinal "second" after a year's figure, before the period it numbers, and the noun
counted by "one" before "alive" or "behind" and after "last" ("one last try")."""

from __future__ import annotations

import pytest

import numcheck


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Gross margin showed a 250 basis point gain on the year.", "250 basis point", 2.5),
        ("The lender announced a 75-basis-point cut to its prime rate.", "75-basis-point", 0.75),
        ("Yields on the bond slipped 1 basis point on Friday.", "1 basis point", 0.01),
        ("Spreads narrowed by 40 basis points in the week.", "40 basis points", 0.4),
    ],
)
def test_basis_points_before_a_noun_are_percentage_points(text: str, surface: str, value: float) -> None:
    (c,) = [c for c in numcheck.extract(text) if c.surface == surface]
    assert (c.kind, c.value) == ("percentage_point", pytest.approx(value))


def test_plain_points_before_a_noun_stay_a_count() -> None:
    # only basis points are read as a share of a percentage point wherever they stand
    (c,) = numcheck.extract("The striker had a 30 point game on Sunday.")
    assert c.kind != "percentage_point"


def test_second_after_a_year_and_before_a_period_is_an_ordinal() -> None:
    assert numcheck.extract("Looking to our fiscal 2031 second quarter, we see costs rising.") == []
    assert numcheck.extract("The group expects a weaker 2029 second half.") == []
    # a duration in seconds is plural, or follows a figure that is no year
    (c,) = numcheck.extract("The drone hovered for 45 second bursts.")
    assert (c.surface, c.unit) == ("45 second", "second")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The storm left one startled hiker alive on the ridge.", "hiker"),
        ("The convoy left one damaged truck behind at the border.", "truck"),
    ],
)
def test_one_counts_its_noun_before_alive_or_behind(text: str, noun: str) -> None:
    (c,) = numcheck.extract(text)
    assert (c.surface, c.counts) == ("one", noun)


def test_one_last_counts_the_noun_after_last() -> None:
    (c,) = numcheck.extract("The lab ran one last test on the sample before it closed.")
    assert (c.surface, c.counts) == ("one", "test")
    # "last" before a period names the period: no count of one
    assert numcheck.extract("The club won one last year and hopes for more.") == []
