"""Earnings-call language (CS21, after CQE sorts 14-17): "bps", the abbreviation of basis points,
spaced or glued to its figure, is hundredths of a percentage point, and a range of basis points (or
of points beside a percentage) is a range of percentage points, scaled at both ends. "bp" alone stays
a base pair. Sentences written for this file."""

from __future__ import annotations

import pytest

import numcheck


def readings(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    return [(c.surface, c.value, c.low, c.high, c.unit) for c in numcheck.extract(text)]


def test_bps_spaced_after_a_figure_is_basis_points() -> None:
    found = readings("Operating margin widened by 35 bps in the spring quarter.")
    assert [(s, v, u) for s, v, _, _, u in found] == [("35 bps", pytest.approx(0.35), "percentage_point")]


def test_bps_glued_to_a_figure_is_basis_points() -> None:
    found = readings("The lender lifted its deposit rate 15bps to 3.4%.")
    assert [(s, v, u) for s, v, _, _, u in found] == [
        ("15bps", pytest.approx(0.15), "percentage_point"),
        ("3.4%", 3.4, "percent"),
    ]


def test_a_range_of_basis_points_is_a_range_of_percentage_points() -> None:
    found = readings("Management sees gross margin rising 20 to 60 basis points next year.")
    assert len(found) == 1
    surface, value, low, high, unit = found[0]
    assert (surface, value, unit) == ("20 to 60 basis points", None, "percentage_point")
    assert (low, high) == (pytest.approx(0.2), pytest.approx(0.6))


def test_a_range_of_bps_is_one_range() -> None:
    found = readings("Analysts expect the bank to trim rates by 10 to 30 bps in June.")
    assert len(found) == 1
    surface, value, low, high, unit = found[0]
    assert (surface, unit) == ("10 to 30 bps", "percentage_point")
    assert (low, high) == (pytest.approx(0.1), pytest.approx(0.3))


def test_a_range_of_plain_points_beside_a_percentage_is_percentage_points() -> None:
    found = readings("Its share should grow 3 to 4 points next year, to 27%.")
    assert [(s, lo, hi, u) for s, _, lo, hi, u in found] == [
        ("3 to 4 points", 3.0, 4.0, "percentage_point"),
        ("27%", 27.0 - 0.5, 27.0 + 0.5, "percent"),
    ]


def test_a_range_of_points_in_a_game_stays_a_count() -> None:
    found = readings("The visitors won by 14 to 18 points most weeks.")
    assert [(s, u) for s, _, _, _, u in found] == [("14 to 18", "point")]


def test_bp_alone_stays_a_base_pair() -> None:
    found = readings("The probe binds a 40 bp stretch of the gene.")
    assert [u for *_, u in found] == ["base pair"]
