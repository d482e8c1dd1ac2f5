"""A comparison whose other side is set apart: its figure in brackets after the words that name it
("higher than at the same hour in 2019 (60 percent)"), a clause that restates it ("higher than
what the mayor paid, which was just 14 percent"), or the comparison set off by a dash. Sentences
written for the tests: the wrong version is found once, in plain words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_the_other_side_in_brackets_after_the_words_that_name_it() -> None:
    wrong = "Turnout was 53 percent, far higher than at the same hour in 2019 (60 percent)."
    assert message(wrong) == "53 percent is smaller than 60 percent, not higher than it"
    assert found("Turnout was 63 percent, far higher than at the same hour in 2019 (60 percent).") == []


def test_a_dash_sets_off_the_comparison_as_a_comma_does() -> None:
    wrong = "Turnout was 53 percent - that's far higher than at the same hour in 2019 (60 percent)."
    assert message(wrong) == "53 percent is smaller than 60 percent, not higher than it"
    wrong = "The wall may cost as much as $9.6bn - more than the price the mayor cited as $12bn."
    assert message(wrong) == "$9.6bn is smaller than $12bn, not more than it"
    assert found("The wall may cost as much as $21.6bn - more than the price the mayor cited as $12bn.") == []


def test_a_clause_restating_the_other_side_may_run_long() -> None:
    wrong = (
        "His tax rate of 12 percent is much higher than what the mayor paid the year before she"
        " ran for office, which was just 14 percent."
    )
    assert message(wrong) == "12 percent is smaller than 14 percent, not higher than it"
    right = wrong.replace("12 percent", "22 percent")
    assert found(right) == []


def test_without_the_clause_the_other_side_stays_close() -> None:
    far = (
        "His tax rate of 12 percent is much higher than what the mayor paid the year before she"
        " ran for office and then 14 percent."
    )
    assert found(far) == []
