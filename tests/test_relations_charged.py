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


def test_members_who_were_charged_and_pleaded_guilty_are_a_part_of_the_defendants_charged() -> None:
    # the whole's sentence names the year of the charges; the part's sentence names none
    assert (
        message(
            "Marlow is one of 24 defendants charged in March 2012 with running a smuggling ring. "
            "So far, 42 members of the ring who face its charges have since pleaded guilty."
        )
        == "the part 42 is more than its whole 24"
    )
    assert (
        found(
            "Marlow is one of 24 defendants charged in March 2012 with running a smuggling ring. "
            "So far, 15 members of the ring who face its charges have since pleaded guilty."
        )
        == []
    )


def test_defendants_arrested_and_others_held_before_are_parts_of_those_charged_a_paragraph_before() -> None:
    assert (
        message(
            "Eighteen defendants, most of them from Dayton, have been charged in five billing cases.\n\n"
            "Agents arrested six of the defendants on Monday, and 15 others were held last month."
        )
        == "the parts six + 15 add up to 21, more than the whole Eighteen"
    )
    assert (
        found(
            "Eighteen defendants, most of them from Dayton, have been charged in five billing cases.\n\n"
            "Agents arrested six of the defendants on Monday, and five others were held last month."
        )
        == []
    )


def test_defendants_of_a_year_the_charges_do_not_name_are_not_a_part_of_them() -> None:
    assert (
        found("Nine men were charged in the timber fraud in 2018. In 2021, twelve defendants pleaded guilty.")
        == []
    )


def test_a_count_of_other_people_charged_is_not_the_whole_of_the_defendants() -> None:
    assert (
        found(
            "Three other men charged in the case are due in court in May 2015. "
            "Five defendants remain fugitives."
        )
        == []
    )


def test_people_of_another_noun_a_paragraph_before_are_not_the_whole_of_the_defendants() -> None:
    assert (
        found(
            "He sued four officials who he said had prosecuted him without cause.\n\n"
            "Before the trial, seven defendants in the scheme pleaded guilty."
        )
        == []
    )


def test_the_other_defendants_a_part_is_taken_from_are_a_whole_of_the_parts_after() -> None:
    assert (
        message(
            "Besides him, three of the 12 other defendants charged in the case have pleaded guilty. "
            "Fifteen defendants remain fugitives."
        )
        == "the part Fifteen is more than its whole 12"
    )
