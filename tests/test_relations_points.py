"""A change stated in points against the percentages it joins: the points are percentage points."""

from __future__ import annotations

from arithmetic_findings import found


def arithmetic(text: str) -> list[str]:
    return [f.message for f in found(text) if f.category.value == "arithmetic-error"]


def test_a_change_in_points_between_two_percentages_is_checked() -> None:
    assert arithmetic("Turnout was 58.6%, up 4.9 points on 56.3% in 2017.") == [
        "from 56.3% to 58.6% is a rise of 2.3 percentage points, not 4.9 points"
    ]
    assert arithmetic("Turnout was 58.6%, up 2.3 points on 56.3% in 2017.") == []


def test_a_cut_in_basis_points_between_two_rates_is_checked() -> None:
    assert arithmetic("The bank cut its rate by 50 basis points to 3.75% from 4.5%.") == [
        "from 4.5% to 3.75% is a fall of 0.75 percentage points, not 50 basis points"
    ]
    assert arithmetic("The bank cut its rate by 75 basis points to 3.75% from 4.5%.") == []
