"""Changes read on real copy across words that used to stop the reader: a time of day between a
level and "up from" the old one. Sentences written for the tests: the wrong version is found once,
in plain words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_up_from_reaches_back_over_a_time_of_day() -> None:
    wrong = "Turnout reached 41 percent by 2:30 pm, up from 45 percent at the same hour in 2019."
    assert message(wrong) == "from 45 percent to 41 percent is a fall, not a rise"
    assert found("Turnout reached 41 percent by 2:30 pm, up from 35 percent at the same hour in 2019.") == []


def test_a_colon_between_clauses_still_ends_the_reach_of_up_from() -> None:
    assert found("Turnout reached 41 percent by noon: up from 45 percent, the exit polls said.") == []


def test_a_change_to_a_figure_reaches_back_to_the_figure_its_subject_named() -> None:
    wrong = "The pension fund holds $450 million. Members met. This fund is to be enlarged to $300 million."
    assert message(wrong) == "from $450 million to $300 million is a fall, not a rise"
    right = "The pension fund holds $450 million. Members met. This fund is to be enlarged to $900 million."
    assert found(right) == []


def test_that_number_is_the_one_figure_of_the_same_thing_in_the_sentence_before() -> None:
    wrong = "In 1990 the mill employed 9,000 people. By 2010, that number had fallen to 11,000."
    assert message(wrong) == "from 9,000 to 11,000 is a rise, not a fall"
    assert found("In 1990 the mill employed 9,000 people. By 2010, that number had fallen to 4,000.") == []


def test_a_change_to_reaches_back_only_to_a_level_that_is_not_a_change_of_its_own() -> None:
    # February's level was reached by a rise of its own; March's fall is from a level not given
    assert (
        found("Reserves rose to $3.1 trillion in February. In March, reserves dropped to $3.2 trillion.")
        == []
    )
    # two figures of the fund before: which one changed is not said
    text = "The fund holds $450 million and owes $200 million. This fund is to be enlarged to $300 million."
    assert found(text) == []
    # the subject is not named before: the figure before is another thing's
    assert found("The city spends $450 million on roads. This fund is to be enlarged to $300 million.") == []


def test_that_number_after_a_break_takes_the_figure_before_the_break() -> None:
    wrong = "In 2015 the club had 300 members; by 2020 that number had grown to 250."
    assert message(wrong) == "from 300 to 250 is a fall, not a rise"
    assert found("In 2015 the club had 300 members; by 2020 that number had grown to 450.") == []
    assert (
        message("In 2015 the club had 300 members, whereas five years on that figure had dropped to 450.")
        == "from 300 to 450 is a rise, not a fall"
    )
    # a named subject after the break is another thing: "the hall" is not the club's members
    assert found("In 2015 the club had 300 members; by 2020 the hall had grown to 250.") == []


def test_up_from_reaches_back_over_an_aside_between_dashes() -> None:
    head = (
        "Forty-two percent of the 1,500 nurses whom the union polled last spring - every one of them "
        "having worked on the hospital wards of the city for at least three years - said that they "
        "were thinking of leaving their jobs, up from "
    )
    wrong = message(head + "48 percent in 2019.")
    assert wrong == "from 48 percent to Forty-two percent is a fall, not a rise"
    assert found(head + "18 percent in 2019.") == []
