"""'a vote on a $9 million budget, followed by a vote on a $14 million bond': 'on' right after a
noun of what is voted or heard (rules/relations.yaml comparison.ranked_topic_nouns) names what the
vote is about, so 'followed by' or 'and then' orders two events, not a ranking of the two amounts
(round JG24, read on AllSides extra3; the sentences are written for this file). A standing 'on' a
figure after a name is still read, and one ranked above the figure before it is still found."""

from __future__ import annotations

import numcheck


def ahead(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC505"]


def test_two_votes_in_order_are_quiet() -> None:
    text = "The council will hold a vote on a $9 million budget, followed by a vote on a $14 million bond."
    assert ahead(text) == []


def test_a_vote_after_and_then_is_quiet() -> None:
    text = "The plan was to pass the $12 million budget, and then allow a new vote on a $15 million bond."
    assert ahead(text) == []


def test_a_standing_on_seats_is_still_found() -> None:
    assert ahead("Labour won 41 seats, followed by the Greens on 56 seats.") == [
        "41 is smaller than 56, not ahead of it"
    ]
