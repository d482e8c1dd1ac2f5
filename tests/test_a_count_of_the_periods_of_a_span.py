"""A bare number, "of the" (or "out of the last", any phrase of rules/relations.yaml
parts.of_whole) and a span of time in whole periods: "staff for only three of the 18 hours", "a
loss in four of the last seven years". The span is a duration, no figure for arithmetic, but here
it counts its periods and the number counts some of them, so the number is a part of it
(relations/totals.py read_periods_of; round RL36). Not a span that gives the size of each thing
("of the 10-year bonds", "of the 2 hour shifts", "of the 8-year-olds"). The sentences are written
for this file."""

from __future__ import annotations

import numcheck


def parts_findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC501", "NC502"}]


def test_a_count_of_hours_within_the_hours_is_quiet() -> None:
    assert parts_findings("On Friday there were carers for only three of the 18 hours of help.") == []


def test_a_count_of_hours_above_the_hours_is_found() -> None:
    assert parts_findings("On Friday there were carers for only thirty of the 18 hours of help.") == [
        "the part thirty is more than its whole 18 hours"
    ]


def test_the_last_years_of_a_run_are_a_whole() -> None:
    assert parts_findings("The orchard made a loss in four of the last seven years.") == []
    assert parts_findings("The orchard made a loss in 41 out of the last 17 years.") == [
        "the part 41 is more than its whole 17 years"
    ]


def test_a_span_that_sizes_each_thing_is_no_whole() -> None:
    assert parts_findings("Sixty of the 10-year bonds were sold by noon.") == []
    assert parts_findings("Fourteen of the 2 hour shifts were left unfilled.") == []
    assert parts_findings("Twenty of the 8 year olds finished the race.") == []
