"""A level, then "before" and a move "to" the next level of the same thing (rules/relations.yaml
change.before_moving, round RL41): the second moved from the first the way the word says. Not
where another subject moves, nor from the amount of a change or a bound. Sentences written for
these tests."""

from __future__ import annotations

from tests.arithmetic_findings import flagged_rules


def test_a_level_before_a_fall_is_above_the_next() -> None:
    held = "Grants are set at $7.2 million next year before dropping sharply to $3.1 million in 2031."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("$3.1 million", "$8.1 million")) == ["NC503"]


def test_a_level_before_a_rise_is_below_the_next() -> None:
    held = "The rate is forecast to average 2.4% this year, before rising to 2.9% by the end of 2030."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("2.9%", "1.9%")) == ["NC503"]


def test_a_range_before_a_fall_moves_past_its_lower_end() -> None:
    held = "Costs should run at $6 million to $8 million a year before falling to about $2 million."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("about $2 million", "about $20 million")) == ["NC503"]


def test_another_subject_moving_is_not_read() -> None:
    assert flagged_rules("Rents reached $2,100 in May before the city's wages rose to $2,400 a month.") == []


def test_the_amount_of_a_change_is_no_level() -> None:
    assert flagged_rules("Exports grew 4% in March before falling to 6% growth in April.") == []


def test_the_other_side_of_a_comparison_before_the_move_is_not_its_level() -> None:
    # the level is the sentence's first share; 29% is the rival's, and the move is from 41%
    assert (
        flagged_rules("The Greens polled 41% against the Liberals' 29% before sliding to 36% in May.") == []
    )
    assert (
        flagged_rules("Wheat sold at $310 a tonne in March, against $270 in May, before falling to $290.")
        == []
    )
