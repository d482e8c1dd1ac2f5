"""Counts of the hurt by their condition ("two are in critical condition") are parts of the count
of the hurt just before them (rules/relations.yaml parts.condition). Sentences written for the
tests: the wrong version is found once, in plain words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_a_count_in_critical_condition_is_a_part_of_the_hurt_the_sentence_before() -> None:
    assert (
        message("Nine people were hurt when the ferry hit the pier. Twelve are in critical condition.")
        == "the part Twelve is more than its whole Nine"
    )
    assert found("Nine people were hurt when the ferry hit the pier. Two are in critical condition.") == []


def test_each_count_by_condition_is_at_most_the_hurt_but_they_may_overlap() -> None:
    assert (
        message(
            "Eleven people were injured in the pile-up. Six are in serious condition, "
            "and fourteen have life-threatening injuries."
        )
        == "the part fourteen is more than its whole Eleven"
    )
    # one in serious condition may have life-threatening injuries: six and seven are not added
    assert (
        found(
            "Eleven people were injured in the pile-up. Six are in serious condition, "
            "and seven have life-threatening injuries."
        )
        == []
    )


def test_a_count_of_the_dead_is_not_the_whole_of_those_in_critical_condition() -> None:
    assert found("Two people died in the blaze. Five are in critical condition in hospital.") == []


def test_a_count_in_critical_condition_is_not_itself_the_whole_of_the_next() -> None:
    assert (
        found(
            "Seven people were injured at the fair. Among them, two are in critical condition, "
            "and three are in serious condition."
        )
        == []
    )
