"""'Filters cut the flow by anywhere from 5 to 20 percent': after 'by' (a hedge between or not),
'from A to B' gives the size of a change as a span, not a level that moved from A to B
(rules/relations.yaml change.range_before; round JG24, read on AllSides extra3; the sentences are
written for this file). A level that moved from A to B the wrong way is still found."""

from __future__ import annotations

import numcheck


def changes(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_cut_by_a_hedged_span_is_quiet() -> None:
    assert changes("The new filters cut the water flow by anywhere from 5 to 20 percent.") == []


def test_a_cut_by_a_span_is_quiet() -> None:
    assert changes("The new filters reduced the water flow by from 5 to 20 percent.") == []


def test_a_level_that_fell_the_wrong_way_is_still_found() -> None:
    assert changes("The new filters reduced the water flow from 5 to 20 percent.") == [
        "from 5 to 20 percent is a rise, not a fall"
    ]


def test_a_level_after_a_hedge_is_still_found() -> None:
    assert changes("The new filters cut the water flow from about 5 to 20 percent.") == [
        "from 5 to 20 percent is a rise, not a fall"
    ]
