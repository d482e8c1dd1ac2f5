"""A sentence that opens "All but" right before a sum names the part left out of the one sum of the
sentence before: "The agency paid out refunds totalling $900,000. All but $40,000 was recovered."
A slip that makes the part larger than the whole is found. Not for a count: "Four states vote
today. All but 10 states have picked their candidates" leaves out of all the states, not of the
four. The sentences are written for this file (round RL31).
"""

from __future__ import annotations

from arithmetic_findings import flagged_rules

REFUNDS = "The agency paid out six refunds totalling $900,000 last spring. All but ${} was recovered."


def test_the_part_as_written_is_quiet() -> None:
    assert flagged_rules(REFUNDS.format("40,000")) == []


def test_a_part_past_the_whole_is_found() -> None:
    assert "NC501" in flagged_rules(REFUNDS.format("4,000,000"))


def test_a_count_after_all_but_is_of_all_not_of_the_count_before() -> None:
    assert (
        flagged_rules("Four states hold primaries today. All but 10 states have now picked their candidates.")
        == []
    )
