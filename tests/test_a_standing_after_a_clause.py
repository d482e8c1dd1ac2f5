"""A standing stated after a clause (rules/relations.yaml comparison.behind_clause, round RL41): a
figure, a clause naming its place, then after a comma or dash "behind" and the figure of the one
ahead, which is the larger. Not where the standing is by the smaller ("the second lowest"), nor for
spans of time, nor where no place is named. Sentences written for these tests."""

from __future__ import annotations

from tests.arithmetic_findings import flagged_rules


def test_a_figure_ranked_behind_a_larger_one_holds() -> None:
    held = "The port handled 41,200 ships, its second highest total on record, behind the 43,900 of 2019."
    assert flagged_rules(held) == []
    slip = "The port handled 44,200 ships, its second highest total on record, behind the 43,900 of 2019."
    assert flagged_rules(slip) == ["NC505"]


def test_each_one_named_ahead_is_larger() -> None:
    held = (
        "The county's recycling rate of 62 percent ranked third in the region - behind Avon with 71 percent"
        " and Brent with 66 percent."
    )
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("71 percent", "51 percent")) == ["NC505"]
    assert flagged_rules(held.replace("66 percent", "56 percent")) == ["NC505"]


def test_a_standing_by_the_smaller_is_not_read() -> None:
    low = "Its jobless rate was 4.1 percent, the second lowest, behind Kent with 3.2 percent."
    assert flagged_rules(low) == []


def test_a_time_behind_a_faster_one_is_not_read() -> None:
    assert flagged_rules("She took 49.3 seconds, good for third place, behind Lee with 48.8 seconds.") == []


def test_behind_with_no_place_named_is_not_read() -> None:
    backing = "Turnout reached 58 percent in the town, behind the mayor with 40 percent of votes."
    assert flagged_rules(backing) == []


def test_a_superlative_with_no_ordinal_names_no_place_behind_another() -> None:
    # "the largest share ..., behind ..." says what carried the figure, not a place in a standing
    assert (
        flagged_rules(
            "The mayor took 57 percent, her largest share yet, behind turnout in the suburbs at 44 percent."
        )
        == []
    )
