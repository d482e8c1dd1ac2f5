"""Two figures of one kind joined by "compared with" (or "compared to"), "only", "just" or "a mere"
right before the second ("61% of tenants backed it, compared with just 23% of owners") or before
the first with only "the" between the cue and the second ("only 900 seats compared to the 4,000
seats of the old hall"): the figure so marked is the smaller (relations/comparisons.py
read_compared_only, rules/relations.yaml comparison.compared_only; round RL38). No order is read
when neither or both are marked, or when one is a move and the other a level. The sentences are
written for this file."""

from __future__ import annotations

import numcheck


def order_findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC505"]


def test_the_marked_second_figure_smaller_is_quiet() -> None:
    assert (
        order_findings("In a poll, 61% of tenants backed the levy, compared with just 23% of owners.") == []
    )


def test_the_marked_second_figure_larger_is_found() -> None:
    assert order_findings("In a poll, 61% of tenants backed the levy, compared with just 83% of owners.") == [
        "61% is smaller than 83%, not more than it"
    ]


def test_the_marked_first_figure() -> None:
    assert order_findings("The new hall has only 900 seats compared to the 4,000 seats of the old.") == []
    assert order_findings("The new hall has only 9,000 seats compared to the 4,000 seats of the old.") == [
        "4,000 is smaller than 9,000, not more than it"
    ]


def test_no_order_without_a_mark_or_with_two() -> None:
    assert order_findings("In the survey, 61% of tenants backed the levy, compared with 83% of owners.") == []
    assert order_findings("Only 12% of tenants backed it, compared with just 30% of owners.") == []


def test_a_move_against_a_level_is_no_order() -> None:
    assert order_findings("Rents fell 5% in the spring, compared with just 40% of the rise a year ago.") == []


def test_a_whole_of_a_part_is_not_the_figure_compared() -> None:
    text = "Some 40 of the 120 nurses are men, compared with just 14 of the 310 doctors."
    assert order_findings(text) == []
    assert order_findings(text.replace("just 14", "just 140")) == []
