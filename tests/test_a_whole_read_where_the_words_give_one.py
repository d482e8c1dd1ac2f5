"""A whole is read for its parts only where the words give one (NC501): a count of one is no group
with counted parts; "two more teachers" counts those added, not the group "of the teachers" names;
parts set off between dashes end at the closing dash; a figure "in 12 states" counts places, not
what a part "in Texas" is part of; a whole that is the second of a pair ("30,000 renters and their
12,000 children, including ...") is not read; one of a list by place is no whole of the rest; a total
named again ("a total of 180 seats ... its 180 seats") and an aim ("hope to win 250 seats") are
no parts of it; shares a sentence compares
("more say A (61%) than say so of B (55%) ...") answer separate questions and need not stay within
100% (numcheck/relations/parts.py, totals.py, shares.py; rules/relations.yaml parts.of_the_noun_added,
poll_compared). The same shapes with a real slip are still found. Text written for this file."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def arithmetic(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.category.value == "arithmetic-error"]


def test_a_count_of_one_has_no_counted_parts() -> None:
    quiet = [
        "Police say one gunman died at the scene, two on the run.",
        "She wanted one more chance to try. Several of them have since left the town.",
    ]
    for text in quiet:
        assert nc501(text) == [], text
    slips = [
        "The firm shut three plants, five in Ohio.",
        "The bank approved 3 loans this year. Seven of them have been repaid.",
    ]
    for text in slips:
        assert nc501(text) != [], text


def test_a_count_added_to_a_group_is_no_whole_of_the_group() -> None:
    quiet = [
        "Two more teachers resigned on Friday. Several of the teachers blamed the budget.",
        "Three other nurses left. Five of the nurses said they were tired.",
    ]
    for text in quiet:
        assert nc501(text) == [], text
    assert nc501("Two teachers resigned on Friday. Five of the teachers blamed the budget.") != []
    # "of these" points at the added themselves
    assert nc501("Police found six other devices in a bag. Eight of these devices were live.") != []


def test_parts_between_dashes_end_at_the_closing_dash() -> None:
    quiet = "Besides the eight - three guards and five visitors - hurt, 20 other people fled."
    assert arithmetic(quiet) == []
    slip = "Besides the eight - three guards and seven visitors - hurt, 20 other people fled."
    assert arithmetic(slip) == ["the parts three + seven add up to 10, not eight"]


def test_a_count_of_places_is_no_whole_of_a_placed_part() -> None:
    assert nc501("There are about 90,000 such firms in 12 states, including 15,000 in Texas.") == []
    assert nc501("There are about 9,000 such firms, including 15,000 in Texas.") != []


def test_the_second_of_a_pair_is_no_whole_of_what_follows() -> None:
    text = "The city has 30,000 renters and their 12,000 children, including 20,000 in public housing."
    assert nc501(text) == []
    assert nc501("The city has 12,000 children, including 20,000 in public housing.") != []


def test_one_of_a_list_by_place_is_no_whole() -> None:
    text = "Sign-ups soared: 400,000 in Ohio, 150,000 in Iowa, 120,000 in Utah and 90,000 in Maine."
    assert nc501(text) == []
    assert nc501("The firm hired 150,000 people, 120,000 in Iowa and 90,000 in Maine.") != []


def test_a_total_named_again_and_an_aim_are_no_parts() -> None:
    text = (
        "The party won a total of 180 seats in the last vote. It hopes to keep its 180 seats. "
        "Its leaders hope to win 250 seats next time."
    )
    assert nc501(text) == []
    slip = "A total of 40 people were hurt. Thirty passengers and 18 crew members were taken to hospital."
    assert nc501(slip) != []
    slip = "A total of 40 people were hurt. The 40 were on one bus. Thirty passengers and 18 crew were hurt."
    assert nc501(slip) != []


def test_shares_compared_in_one_sentence_answer_separate_questions() -> None:
    text = (
        "In the poll, more voters say the mayor is honest (61%) than say so of the governor (55%), "
        "the senator (48%) or the judge (40%)."
    )
    assert nc501(text) == []
    assert nc501("In the poll, 58% backed the plan, 37% opposed it and 15% were undecided.") != []
