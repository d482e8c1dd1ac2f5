"""A part is set against its whole only when both are stocks or both rates ("60 calls a day, with
700 still open" is no breakdown). The period words after a part that belong to a later figure of
its clause are that figure's: "two courses, one of which has to be taught five days a week" -
the five days are per week, the one is a count of courses, so the slip "ten of which" is
found. A part that is itself per day ("60 calls a day") keeps apart. The sentences are written for
this file (round RL31).
"""

from __future__ import annotations

from arithmetic_findings import flagged_rules

TEXT = "Pupils take two language courses, {} of which has to be taught five days a week."


def test_the_part_as_written_is_quiet() -> None:
    assert flagged_rules(TEXT.format("one")) == []


def test_the_slip_past_the_whole_is_found() -> None:
    assert "NC501" in flagged_rules(TEXT.format("ten"))


def test_a_part_that_is_itself_a_rate_keeps_apart() -> None:
    assert flagged_rules("The desk answers 60 calls a day, with 700 still open.") == []
    assert flagged_rules("The desk has 60 lines, with 700 calls a day still unanswered.") == []
