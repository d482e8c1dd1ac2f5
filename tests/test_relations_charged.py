"""Defendants and what became of them ("Four defendants pleaded guilty") are a part of the count of
people charged in the sentences before (rules/relations.yaml parts.charged, outcome_nouns,
outcomes). Sentences written for the tests: the wrong version is found once, in plain words, the
right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_defendants_who_pleaded_guilty_are_a_part_of_those_charged() -> None:
    assert (
        message(
            "Nine people have been charged in the timber fraud. Twelve defendants pleaded guilty last year."
        )
        == "the part Twelve is more than its whole Nine"
    )
    assert (
        found("Nine people have been charged in the timber fraud. Four defendants pleaded guilty last year.")
        == []
    )


def test_defendants_two_sentences_on_are_a_part_of_those_charged() -> None:
    assert (
        message(
            "A total of 16 individuals now stand charged in the ring. The court sat in Leeds. "
            "To date, 21 defendants have been sentenced."
        )
        == "the part 21 is more than its whole 16"
    )


def test_defendants_of_another_case_are_not_a_part_of_those_charged() -> None:
    assert (
        found(
            "Nine people have been charged in the timber fraud. "
            "In a related case, twelve defendants pleaded guilty last year."
        )
        == []
    )


def test_defendants_with_no_outcome_named_are_not_read_as_a_part() -> None:
    assert found("Nine people have been charged in the timber fraud. Twelve defendants live in Leeds.") == []
