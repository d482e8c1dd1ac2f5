"""'the next' opens a standing ('the next best scorer is Jones with 15') but not a span of time:
'expected to add $1.2 trillion in the next 10 years to public borrowing now running at $18
trillion' ranks nothing (rules/relations.yaml comparison.ranked_then_not_before; round JG6, read
on the Reuters wire set; the sentences are written for this file)."""

from __future__ import annotations

import numcheck


def ranked(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC505"]


def test_the_next_ten_years_rank_nothing() -> None:
    text = (
        "Lawmakers backed a bill expected to add $1.2 trillion in the next 10 years "
        "to public borrowing now running at $18 trillion."
    )
    assert ranked(text) == []


def test_the_next_decade_ranks_nothing() -> None:
    text = "The bill adds $1.2 trillion over the next decade to a state debt that now stands at $18 trillion."
    assert ranked(text) == []


def test_the_next_scorer_is_still_ranked() -> None:
    text = "Smith scored 12 goals, and the next best scorer is Jones with 15."
    assert ranked(text) == ["12 is smaller than 15, not ahead of it"]
