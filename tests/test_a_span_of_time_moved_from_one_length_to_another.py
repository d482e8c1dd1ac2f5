"""A span of time moved "from" one length "to" another by a direction word: "the council extended
the lease from three to nine years"; "the clinic cut the wait from 18 weeks to 6 weeks". A span
takes no part in arithmetic, but its move has a direction to check (relations/changes.py
read_change_of_span, rules/relations.yaml change.span_up and change.span_down; round RL38). No move
is read without a direction word or after words of change.range_before. The sentences are
written for this file."""

from __future__ import annotations

import numcheck


def direction_findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_lease_extended_to_a_longer_span_is_quiet() -> None:
    assert direction_findings("The council extended the lease from three to nine years.") == []


def test_a_lease_extended_to_a_shorter_span_is_found() -> None:
    assert direction_findings("The council extended the lease from thirty to nine years.") == [
        "from thirty to nine years is a fall, not a rise"
    ]


def test_a_wait_cut_in_figures_with_their_units() -> None:
    assert direction_findings("The clinic cut the wait from 18 weeks to 6 weeks.") == []
    assert direction_findings("The clinic cut the wait from 18 weeks to 60 weeks.") == [
        "from 18 weeks to 60 weeks is a rise, not a fall"
    ]


def test_no_move_without_a_direction_word() -> None:
    assert direction_findings("The treaty ran from nine to three years after the war.") == []
    assert direction_findings("Terms will be from nine to three years.") == []
