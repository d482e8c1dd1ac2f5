"""A bound on a fall's factor is worded on the fall: "almost halved" is a fall short of half (the
level ends a little above half of where it was: from 20 percent to 12.5 percent is a factor of
0.62), "more than halved" a fall past half (from 40,000 to 15,000). NC503 used to read the bound on
the ratio itself, as for "nearly doubled", and so raised the first two and let "more than halved,
from 40,000 to 30,000" pass. A comparison's "nearly half as many" is a ratio just under a half, as
before."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_almost_halved_from_twenty_to_twelve_and_a_half_is_quiet() -> None:
    text = "The poorer half's share of the harvest has been almost halved, from 20 percent to 12.5 percent."
    assert nc503(text) == []


def test_nearly_halved_to_a_level_far_above_half_is_found() -> None:
    text = "The poorer half's share of the harvest has been almost halved, from 20 percent to 16 percent."
    assert nc503(text) == ["from 20 percent to 16 percent is a factor of 0.8, not halved (0.5 times)"]


def test_more_than_halved_past_half_is_quiet() -> None:
    text = "The court's backlog has more than halved, from 40,000 cases to 15,000."
    assert nc503(text) == []


def test_more_than_halved_short_of_half_is_found() -> None:
    text = "The court's backlog has more than halved, from 40,000 cases to 30,000."
    assert nc503(text) == ["from 40,000 to 30,000 is a factor of 0.75, not halved (0.5 times)"]


def test_nearly_doubled_is_read_as_before() -> None:
    assert nc503("The court's backlog has nearly doubled, from 40,000 cases to 70,000.") == []
    assert nc503("The court's backlog has nearly doubled, from 40,000 cases to 50,000.") == [
        "from 40,000 to 50,000 is a factor of 1.2, not doubled (2 times)"
    ]


def test_a_comparison_nearly_half_as_many_is_read_as_before() -> None:
    def nc505(text: str) -> list[str]:
        return [f.message for f in numcheck.check([text]).findings if f.rule == "NC505"]

    assert nc505("Rivertown has 90 nurses, nearly half as many as the 200 nurses in Lakeside.") == []
    assert nc505("Rivertown has 45 nurses, nearly half as many as the 200 nurses in Lakeside.") == [
        "45 is 0.23 times 200, not nearly half (0.5 times)"
    ]
