"""Round RL28 (issue 13), changes and comparisons numcheck did not read (the sentences are written
for this file):

- 'That's up from $1.4 billion in 2015' after a sentence whose figure just before is of another
  thing ('$16 billion by 2035, with 41 million jobs created'): the old level is compared with the
  one figure of the same thing in the sentence before; with two such figures, with none.
- 'up from 43% in 2012 and 33% in 2011': each earlier level dated by its year went the same way
  ('respectively' or an undated second figure: not read this way).
- 'This was then cut to $200' (rules/relations.yaml change.to_named_pronouns): a pronoun subject
  with only verbs of being and words of time before its direction word takes the one figure of
  the same thing in the sentence before, as 'that number' does.
- 'which is expected to almost double to $40.8 billion' (change.factor_verbs): the base form of
  a factor word states the direction of a move "to" after a clause naming the figure before.
- 'In second place, the former governor had 54' (comparison.ranked_opens): a sentence opened by
  its place ranks its first figure below the figure of the same thing before it.
- 'won the runoff by 412 votes to her rival's 388' (comparison.vote_won, vote_by): the side that
  carries a vote is named first; a change 'by 12 votes to 40' and a poll's '52 percent to 41
  percent' are not results.
"""

from __future__ import annotations

import numcheck


def found(text: str, rule: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == rule]


REACH = (
    "The levy will reach {} by 2035, with 41 million jobs kept, the report says. That's up from {} in 2015."
)


def test_a_level_restated_up_from_past_another_figure_holds() -> None:
    assert found(REACH.format("$16 billion", "$1.4 billion"), "NC503") == []


def test_a_level_restated_up_from_past_another_figure_is_checked() -> None:
    assert found(REACH.format("$16 billion", "$21 billion"), "NC503") == [
        "from $21 billion to $16 billion is a fall, not a rise"
    ]


def test_two_figures_of_the_same_thing_before_leave_it_unread() -> None:
    text = (
        "The levy will reach $16 billion and the fund $3 billion, with 41 million jobs kept. "
        "That's up from $21 billion in 2015."
    )
    assert found(text, "NC503") == []


SERIES = "Some {} of the firms polled said so, up from 43% in 2012 and {} in 2011."


def test_each_dated_earlier_level_holds() -> None:
    assert found(SERIES.format("53%", "33%"), "NC503") == []


def test_the_second_dated_level_above_the_new_one_is_found() -> None:
    assert found(SERIES.format("53%", "63%"), "NC503") == ["from 63% to 53% is a fall, not a rise"]


def test_an_undated_second_figure_is_not_an_earlier_level() -> None:
    text = "Some 53% of the firms polled said so, up from 43% in 2012 and 63% of the banks."
    assert found(text, "NC503") == []


def test_respective_levels_are_not_read_as_earlier_levels() -> None:
    text = "Some 53% and 50% of them said so, up from 43% in 2012 and 63% in 2011, respectively."
    assert found(text, "NC503") == []


PRONOUN = "The club's yearly fee was {}. It was later raised to {}."


def test_a_pronoun_subject_takes_the_figure_before() -> None:
    assert found(PRONOUN.format("$300", "$450"), "NC503") == []
    assert found(PRONOUN.format("$300", "$250"), "NC503") == ["from $300 to $250 is a fall, not a rise"]


def test_a_pronoun_with_a_noun_of_its_own_is_not_the_subject() -> None:
    # "It" is not the subject of the rise: "the price of tickets" is, and it names no figure before
    text = "The club's yearly fee was $300. It said the price of tickets was later raised to $250."
    assert found(text, "NC503") == []


def test_two_figures_of_the_same_thing_before_the_pronoun_leave_it_unread() -> None:
    text = "The fee was $300 and the deposit $500. It was later raised to $450."
    assert found(text, "NC503") == []


VOTE = "The mayor won the runoff by {} votes to her rival's {}."


def test_a_vote_won_by_the_larger_side_holds() -> None:
    assert found(VOTE.format(412, 388), "NC505") == []


def test_a_vote_won_by_the_smaller_side_is_found() -> None:
    assert found(VOTE.format(412, 488), "NC505") == ["412 is smaller than 488, not ahead of it"]


def test_a_vote_lost_names_the_carrying_side_first() -> None:
    assert found("The motion was defeated by 412 votes to Smith's 388.", "NC505") == []


def test_a_change_by_votes_is_no_result() -> None:
    assert found("Her tally rose by 12 votes to her rival's 388.", "NC505") == []


def test_a_poll_head_to_head_is_no_vote_result() -> None:
    assert found("A new poll shows the mayor ahead by 41 percent to 52 percent.", "NC505") == []


DOUBLE = "The market was worth $22.6 billion in 2015, which is expected to almost double to {} by 2018."


def test_a_base_factor_verb_after_a_clause_states_the_direction() -> None:
    assert found(DOUBLE.format("$40.8 billion"), "NC503") == []
    assert found(DOUBLE.format("$4.08 billion"), "NC503") == [
        "from $22.6 billion to $4.08 billion is a fall, not a rise"
    ]


def test_double_as_an_adjective_is_no_factor() -> None:
    # change.factor_verbs are read only as the verb of a move "to" a figure, never as a factor
    assert found("Growth hit double digits last year, from 8% to 12%.", "NC503") == []
    assert found("Profits rose by double digits, from $8 million to $12 million.", "NC503") == []


LEADER = "The senator had the most pledged delegates, with 60. "


def test_a_sentence_opened_by_its_place_ranks_its_figure_below_the_leader() -> None:
    assert found(LEADER + "In second place, the former governor had 54.", "NC505") == []
    assert found(LEADER + "In second place, the former governor had 64.", "NC505") == [
        "60 is smaller than 64, not ahead of it"
    ]


def test_a_place_in_another_standing_with_a_change_is_no_rank() -> None:
    text = "The senator won 60 delegates. In second place in the polls, the governor's rating rose to 54%."
    assert found(text, "NC505") == []


def test_a_second_figure_after_the_place_is_not_ranked_by_it() -> None:
    text = LEADER + "In second place, the governor had 54 and her deputy 70 more in reserve."
    assert found(text, "NC505") == []
