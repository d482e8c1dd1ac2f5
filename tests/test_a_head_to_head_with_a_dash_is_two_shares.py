"""A poll's head-to-head written with a dash and one per cent sign ("led 58-39 percent", "split
49-47%") gives two shares: the first side takes the sign written after the second. A dash before a
larger figure stays a range ("15-20%"), and a tally with no sign ("passed 61-38") gives no claim.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import numcheck


def _shares(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.surface, c.value, c.kind) for c in numcheck.extract(text)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("By a 58-39 percent margin, renters said the council should cap fees.", 58, 39),
        ("Among retirees the mayor trails her challenger 44–41%.", 44, 41),
        ("Voters under 30 split 49-47 per cent on the bond measure.", 49, 47),
        ("The two candidates were tied 45-45 percent in the county.", 45, 45),
    ],
)
def test_the_first_side_takes_the_per_cent_sign_of_the_second(text: str, first: float, second: float) -> None:
    got = [(v, k) for _, v, k in _shares(text) if k == "percent"]
    assert got == [(first, "percent"), (second, "percent")]


def test_a_name_before_the_first_side_is_no_model_number() -> None:
    # "Garcia 52-40%" is a head-to-head, not a product such as "Boeing 737-800"
    got = _shares("In the latest survey Garcia 52-40% over the incumbent among likely voters.")
    assert [(v, k) for _, v, k in got] == [(52, "percent"), (40, "percent")]


def test_a_dash_before_a_larger_figure_is_still_a_range() -> None:
    (c,) = numcheck.extract("Only 15-20% of the wells were tested last year.")
    assert (c.surface, c.kind, c.low, c.high) == ("15-20%", "percent", 15, 20)


def test_a_tally_with_no_sign_is_still_no_claim() -> None:
    assert _shares("The school board approved the budget 61-38 after a long debate.") == []
