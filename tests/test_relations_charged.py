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


def test_the_outcomes_listed_clause_by_clause_add_up_to_no_more_than_those_charged() -> None:
    assert (
        message(
            "Thirty men were indicted in the dairy scheme. Twenty-seven have pleaded guilty; one was "
            "convicted at trial, ten await a retrial, and one is still at large."
        )
        == "the parts Twenty-seven + one + ten + one add up to 39, more than the whole Thirty"
    )
    assert (
        found(
            "Thirty men were indicted in the dairy scheme. Twenty-seven have pleaded guilty; one was "
            "convicted at trial, one is still at large, and one awaits a retrial."
        )
        == []
    )


def test_other_defendants_after_a_group_of_them_are_one_more_part_of_those_charged() -> None:
    assert (
        message(
            "The inquiry led to the prosecution of 31 gang members. Besides the four defendants "
            "convicted on Monday, 62 other co-defendants have since pleaded guilty."
        )
        == "the parts four + 62 add up to 66, more than the whole 31"
    )
    assert (
        found(
            "The inquiry led to the prosecution of 31 gang members. Besides the four defendants "
            "convicted on Monday, 26 other co-defendants have since pleaded guilty."
        )
        == []
    )


def test_those_sentenced_are_counted_again_among_those_who_pleaded_guilty() -> None:
    assert (
        found(
            "So far 61 people have been charged in the card ring. All 58 arrested defendants have "
            "pleaded guilty and 44 defendants have been sentenced."
        )
        == []
    )
