"""Changes "from A to B" whose figures are named as levels ("from its present capacity of 70
tonnes", "to a clear majority of 40") and direction words in each of their forms ("will expand",
"reducing", "cuts"). Sentences written for the tests: the wrong version is found once, in plain
words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_the_old_figure_may_be_named_as_the_current_level() -> None:
    wrong = "The mill will expand its output to 60 tonnes by 2030 from its present capacity of 70 tonnes."
    assert message(wrong) == "from 70 tonnes to 60 tonnes is a fall, not a rise"
    right = wrong.replace("60 tonnes", "90 tonnes")
    assert found(right) == []
    assert found("The mill will expand its yearly output to 60 tonnes from its current 70 tonnes.") != []


def test_the_new_figure_may_be_named_as_a_level() -> None:
    wrong = "The reform means reducing the votes needed from 20 to a clear majority of 31."
    assert message(wrong) == "from 20 to 31 is a rise, not a fall"
    assert found("The reform means reducing the votes needed from 40 to a clear majority of 31.") == []


def test_direction_words_in_each_of_their_forms() -> None:
    assert message("The plan cuts the museum's grant from $6.1 million to $9.4 million.") == (
        "from $6.1 million to $9.4 million is a rise, not a fall"
    )
    assert found("The plan cuts the museum's grant from $9.4 million to $6.1 million.") == []
    assert message("The bank is raising its prime rate from 4.25 percent to 3.75 percent.") == (
        "from 4.25 percent to 3.75 percent is a fall, not a rise"
    )


def test_a_bound_up_to_a_figure_chosen_from_a_pool_is_no_change() -> None:
    assert found("Later, up to three towns will be picked from the first nine.") == []


def test_more_than_two_words_of_a_noun_before_of_is_not_a_level() -> None:
    assert found("Prices rose from 12 to the average price paid by families of 10.") == []
