"""A standing below another figure of the same thing ("placed second on", "close behind with",
"followed by ... with") is no larger than it. Sentences written for the tests: the wrong version
is found once, in plain words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_second_place_has_no_more_than_the_winner_of_the_sentence_before() -> None:
    wrong = "The Labour group won 41 of the 90 seats. The Liberals were placed second on 46 seats."
    assert message(wrong) == "41 is smaller than 46, not ahead of it"
    right = "The Labour group won 41 of the 90 seats. The Liberals were placed second on 26 seats."
    assert found(right) == []


def test_a_bare_winner_before_its_noun_is_ranked_against_the_same_noun() -> None:
    wrong = "The Labour group won 41 out of 90 seats. The Liberals came second with 46 seats."
    assert message(wrong) == "41 is smaller than 46, not ahead of it"
    assert found("The Labour group won 41 out of 90 seats. The Liberals came second with 26 seats.") == []


def test_close_behind_with_ranks_below_the_figure_just_before() -> None:
    wrong = (
        "The Greens had 12 seats, three more than before, with the Liberals close behind with 15 seats each."
    )
    assert message(wrong) == "12 is smaller than 15, not ahead of it"
    right = "The Greens had 12 seats, three more than before, with the Liberals close behind with 11 seats."
    assert found(right) == []


def test_followed_by_a_name_with_ranks_below() -> None:
    wrong = "Norway topped the table with 14 gold medals, followed by Germany with 19 gold medals."
    assert message(wrong) == "14 is smaller than 19, not ahead of it"
    assert found("Norway topped the table with 14 gold medals, followed by Germany with 9 gold medals.") == []


def test_the_next_player_has_no_more_than_the_leader() -> None:
    wrong = "Kane has 12 goals this term. The next-best scorer is Son with 17 and then Maddison with three."
    assert message(wrong) == "12 is smaller than 17, not ahead of it"
    right = (
        "Kane has 12 goals this term. The next-best scorer is Son with seven and then Maddison with three."
    )
    assert found(right) == []
    wrong = "Kane has 12 goals this term. The next-best scorer is Son with seven and then Maddison with nine."
    assert message(wrong) == "seven is smaller than nine, not ahead of it"


def test_a_ranked_figure_of_another_thing_is_not_compared() -> None:
    # 30 silver medals against 11 gold: two different things
    assert found("Norway won 30 silver medals. Germany came second with 12 gold medals.") == []
    # "behind her rival with $30 billion": the figure after the name is the one ahead
    assert found("Her fortune of $27 billion puts her just behind her rival with $30 billion.") == []


def test_a_part_of_a_group_is_not_the_figure_a_standing_is_ranked_below() -> None:
    text = (
        "France leads with 16 members. Of these, only two members are new. Italy is third with seven members."
    )
    assert found(text) == []


def test_a_falling_figure_is_not_a_standing() -> None:
    assert found("Inflation was 5% in March, and then lowered to stand at 7% in April.") == []


def test_a_level_after_a_noun_and_of_is_a_standing() -> None:
    # "a fortune of $61 billion" is a level; "of the 90 seats" is a whole
    wrong = "She tops the list with a fortune of $61 billion, and her rival is second with $64 billion."
    assert message(wrong) == "$61 billion is smaller than $64 billion, not ahead of it"
    right = "She tops the list with a fortune of $61 billion, and her rival is second with $54 billion."
    assert found(right) == []


def test_only_after_a_contrast_is_smaller_than_the_figure_before_it() -> None:
    assert (
        message("Men in the valley earn $50,000, while women earn only $60,000.")
        == "$50,000 is smaller than $60,000, not more than it"
    )
    assert found("Men in the valley earn $50,000, while women earn only $40,000.") == []
    assert (
        message("Lenders want a 3.5 percent surplus, whereas the fund says only about 4.5 percent is fair.")
        == "3.5 percent is smaller than 4.5 percent, not more than it"
    )


def test_only_without_a_contrast_or_after_another_figure_is_not_compared() -> None:
    # no contrast before "only": the hall is counted, not compared
    assert found("Men in the valley earn $50,000 and spend only $60,000 on rent over ten years.") == []
    # another figure between the contrast and "only": that one is the other side
    assert found("The club had 40 members, while 12 joined and only 30 stayed.") == []
