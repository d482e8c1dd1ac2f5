"""A part that opens the sentence after its whole with "of the" and a group: "The rebels overran
three border forts. Two of the army's remote forts ...". Sentences written for the tests: the wrong
version is found once, in plain words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_of_the_names_the_group_a_few_words_on() -> None:
    assert (
        message("The rebels overran three border forts. Six of the army's remote forts were lost.")
        == "the part Six is more than its whole three"
    )
    assert found("The rebels overran three border forts. Two of the army's remote forts were lost.") == []


def test_a_part_in_quotes_opening_its_sentence_is_read() -> None:
    assert message(
        'The rebels overran three border forts. "Six of the army\'s forts are ours," he said.'
    ) == ("the part Six is more than its whole three")


def test_people_of_the_group_named_before_are_a_part_of_it() -> None:
    assert (
        message("The gang shot five men over a decade. Nine of the young victims were never named.")
        == "the part Nine is more than its whole five"
    )
    assert found("The gang shot five men over a decade. Two of the young victims were never named.") == []


def test_others_stand_for_the_people_named_before_them() -> None:
    assert message("Police still seek three others. Four of the suspects fled abroad.") == (
        "the part Four is more than its whole three"
    )
    assert found("Police still seek three others. One of the suspects fled abroad.") == []


def test_a_count_of_another_time_event_or_thing_is_not_a_part() -> None:
    assert found("Police held two men on Monday. Three of the young men were held on Tuesday.") == []
    assert found("The farm keeps two dogs. Three of the cats live in the barn.") == []
    assert found("Two of the men died. Three of the men were hurt.") == []


def test_a_whole_named_after_of_the_a_figure_in_digits_or_a_headline_is_left_alone() -> None:
    assert found("The rebels overran three border forts. Six of the 20 forts were lost.") == []
    assert found("The rebels overran three border forts. 6 of the army's forts were lost.") == []
    assert found("Rebels overrun three border forts\n\nSix of the army's forts were lost in a week.") == []
