"""Readings found on CQE sort 14 (SummEdits' source documents, mostly earnings calls), each pinned
by a sentence written for this file: basis points named in the singular before the noun they
measure."""

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
