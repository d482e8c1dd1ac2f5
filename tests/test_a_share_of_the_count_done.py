"""A share of the count done so far ("with 98% of precincts reporting", "with 90 percent of the
ballots counted") is no share of the vote it stands beside: the candidates' shares and it are not
one group's breakdown (numcheck/relations/shares.py _counted_so_far, rules/relations.yaml
poll_progress; read on set J's fit half, election reports; the text is written for this file).
Shares of the vote that add up to more than 100% are still found, with or without such a share
beside them."""

from __future__ import annotations

import numcheck


def over(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_precincts_reporting_is_no_share_of_the_vote() -> None:
    text = "With 98% of precincts reporting, Smith led with 51% of the vote to Jones's 41%."
    assert over(text) == []


def test_ballots_counted_at_the_end_is_no_share_of_the_vote() -> None:
    text = "Lee won with 62% of the vote against 38% for Park, with 90% of the ballots counted."
    assert over(text) == []


def test_shares_of_the_vote_above_100_are_still_found_beside_it() -> None:
    text = (
        "With 98 percent of precincts reporting, Smith led with 61 percent of the vote"
        " to Jones's 51 percent and Diaz's 9 percent."
    )
    assert over(text) == [
        "the shares 61 percent + 51 percent + 9 percent of one group add up to 121%, more than 100%"
    ]


def test_a_share_of_voters_in_a_place_is_still_a_share() -> None:
    text = "In the poll, 61% of voters in Ohio backed the plan, 51% opposed it and 9% were undecided."
    assert len(over(text)) == 1
