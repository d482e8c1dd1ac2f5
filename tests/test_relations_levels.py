"""Changes "from A to B" whose figures are named as levels ("from the current capacity of 120
tonnes", "to a simple majority of 51") and direction words in each of their forms ("will expand",
"reducing", "cuts"). Sentences written for the tests: the wrong version is found once, in plain
words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_the_old_figure_may_be_named_as_the_current_level() -> None:
    wrong = "The mill will expand its output to 100 tonnes by 2030 from the current capacity of 120 tonnes."
    assert message(wrong) == "from 120 tonnes to 100 tonnes is a fall, not a rise"
    right = wrong.replace("100 tonnes", "140 tonnes")
    assert found(right) == []
    assert found("The mill will expand its yearly output to 100 tonnes from its current 120 tonnes.") != []


def test_the_new_figure_may_be_named_as_a_level() -> None:
    wrong = "The reform means reducing the votes needed from 40 to a simple majority of 51."
    assert message(wrong) == "from 40 to 51 is a rise, not a fall"
    assert found("The reform means reducing the votes needed from 60 to a simple majority of 51.") == []


def test_direction_words_in_each_of_their_forms() -> None:
    assert message("The new budget cuts the agency's funding from $5.7 billion to $8.2 billion.") == (
        "from $5.7 billion to $8.2 billion is a rise, not a fall"
    )
    assert found("The new budget cuts the agency's funding from $8.2 billion to $5.7 billion.") == []
    assert message("The bank is raising its prime rate from 4.25 percent to 3.75 percent.") == (
        "from 4.25 percent to 3.75 percent is a fall, not a rise"
    )


def test_a_bound_up_to_a_figure_chosen_from_a_pool_is_no_change() -> None:
    assert found("In phase two, up to four towns will be selected from the initial eight.") == []


def test_more_than_two_words_of_a_noun_before_of_is_not_a_level() -> None:
    assert found("Prices rose from 12 to the average price paid by families of 10.") == []
