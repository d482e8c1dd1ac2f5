"""A comparison whose other side is set apart: its figure in brackets after the words that name it
("higher than at the same hour in 2019 (60 percent)"), a clause that restates it ("higher than
the rate the old council set, which was only 14 percent"), or the comparison set off by a dash. Sentences
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
    wrong = "The bridge may cost about $4.2bn - more than the figure the governor gave of $5bn."
    assert message(wrong) == "$4.2bn is smaller than $5bn, not more than it"
    assert found("The bridge may cost about $8.4bn - more than the figure the governor gave of $5bn.") == []


def test_a_clause_restating_the_other_side_may_run_long() -> None:
    wrong = (
        "Her levy of 12 percent is far higher than the rate the old council set for small shops"
        " in the valley, which was only 14 percent."
    )
    assert message(wrong) == "12 percent is smaller than 14 percent, not higher than it"
    right = wrong.replace("12 percent", "22 percent")
    assert found(right) == []


def test_without_the_clause_the_other_side_stays_close() -> None:
    far = (
        "Her levy of 12 percent is far higher than the rate the old council set for small shops"
        " in the valley and then 14 percent."
    )
    assert found(far) == []
