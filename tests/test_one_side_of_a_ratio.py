"""A figure followed in its clause by "for every" is one side of a ratio ("about five skilled
workers for every new hire"), not a count of what it names: it is never set against a count that is
no such side (a workforce of 5,000, a factor of a thousand away), unless its digits show one figure
mistyped (link.ratio_side, rules/measures.yaml ratios; read on set J's fit half, a report on
shipyards; the text is written for this file). Two sides of ratios that differ are still found."""

from __future__ import annotations

import numcheck


def values(text: str) -> list[str]:
    return [f.rule for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_a_ratio_side_is_no_count_of_the_workforce() -> None:
    text = (
        "Before the change, the yard had about five skilled workers for every new hire. Over the next"
        " two years, 5,000 workers will have less than a year of experience, he said."
    )
    assert values(text) == []


def test_two_sides_of_ratios_that_differ_are_still_found() -> None:
    text = (
        "The school had about three teachers for every class, the report said."
        " A later audit found 30 teachers for every class."
    )
    assert values(text) == ["NC301"]
