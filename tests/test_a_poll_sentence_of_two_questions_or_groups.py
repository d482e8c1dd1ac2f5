"""A poll's sentence of shares (NC501 'the shares ... of one group add up to more than 100%') is one
breakdown only while the shares answer one question of one group: shares that already make 100%
end the answers to one question ('... approve while 7% disapprove, and 86% think ...'), and shares
each of its own group ('of rural voters', 'of urban voters') are no breakdown at all."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_a_second_question_after_a_complete_breakdown_is_quiet() -> None:
    text = "In the survey, 91% of members back the merger while 9% oppose it, and 74% expect higher dues."
    assert nc501(text) == []


def test_a_breakdown_past_100_before_the_next_question_is_still_found() -> None:
    text = "In the survey, 91% of members back the merger while 19% oppose it, and 74% expect higher dues."
    assert nc501(text) != []


def test_shares_of_groups_named_apart_are_quiet() -> None:
    text = (
        "In the primary, the senator won 41 percent of rural voters, 38 percent of suburban voters "
        "and 33 percent of urban voters, according to exit polls."
    )
    assert nc501(text) == []


def test_shares_of_one_group_named_each_time_are_still_one_breakdown() -> None:
    text = "In the poll, 52% of voters backed the levy, 39% of voters opposed it and 17% were unsure."
    assert nc501(text) != []


def test_groups_named_with_a_quoted_word_are_groups_apart() -> None:
    text = (
        "The governor won 44 percent of “strongly liberal” voters, 39 percent of “mildly liberal” "
        "voters and 35 percent of centrist voters, according to exit polls."
    )
    assert nc501(text) == []
