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
