"""Amounts listed after a colon, each followed by whom or what it goes to: "ordered to pay $9
million: $6 million to the buyers and $3 million to the state". The colon states that what
follows breaks the figure before it down, so the amounts are its parts, though the words "to the
buyers" stand between them (relations/totals.py read_colon and _colon_list, rules/relations.yaml
parts.colon_list_links; round RL39). Not past a stop or a bracket, nor past a word of change. The
sentences are written for this file."""

from __future__ import annotations

import numcheck


def part_findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC501", "NC502"}]


def test_amounts_to_each_within_the_total_are_quiet() -> None:
    text = "The dealer must repay $9 million: about $6 million to the buyers and $3 million to the state."
    assert part_findings(text) == []


def test_amounts_to_each_above_the_total_are_found() -> None:
    text = "The dealer must repay $9 million: about $6 million to the buyers and $8 million to the state."
    assert part_findings(text) == [
        "the parts $6 million + $8 million add up to $14 million, more than the whole $9 million"
    ]


def test_amounts_for_each_use() -> None:
    text = (
        "The town set aside $12 million: $5 million for roads, $2 million for parks and $4 million for art."
    )
    assert part_findings(text) == []
    assert part_findings(text.replace("$4 million", "$40 million")) == [
        "the parts $5 million + $2 million + $40 million add up to $47 million, "
        "more than the whole $12 million"
    ]


def test_no_list_past_a_stop_or_a_change() -> None:
    for text in (
        "The dealer must repay $9 million: $6 million to the buyers. He owes $8 million to the state.",
        "The dealer must repay $9 million: $6 million to the buyers, up from $8 million to the state.",
    ):
        assert part_findings(text) == [], text
