"""A number written with a year's four digits is a figure, not a year, when the words say what it
is: a per cent word right after it ("1500 percent", "1200 per cent") makes it a share, and "a total
of" right before it announces a count ("a total of 1220 refugees"). A slip that adds a digit to a
three-digit count or share ("122" written "1220") is then still read, and the relation it breaks is
found. A year keeps being a year where the words do not say so ("the lowest monthly total of
2012"). The sentences are written for this file (round RL31).
"""

from __future__ import annotations

from arithmetic_findings import flagged_rules

import numcheck


def _surfaces(text: str) -> list[str]:
    return [c.surface for c in numcheck.extract(text)]


def test_a_per_cent_word_makes_four_digits_a_share() -> None:
    assert "1500 percent" in _surfaces("The fund says only 1500 percent of the target was met.")
    assert "1200 per cent" in _surfaces("Sales rose 1200 per cent in a year.")


def test_a_total_announced_before_four_digits_is_a_count() -> None:
    assert "1220" in _surfaces("Aid workers spoke to a total of 1220 migrants at the camp.")


def test_the_slip_in_an_announced_total_is_found() -> None:
    text = "Aid workers spoke to a total of 1220 migrants - 82 women and 40 children - at the camp."
    assert "NC502" in flagged_rules(text)
    assert flagged_rules(text.replace("1220", "122")) == []


def test_a_year_after_a_total_without_its_article_stays_a_year() -> None:
    assert _surfaces("It was the lowest monthly total of 2012 for the port.") == []
    assert _surfaces("The agency counted a total in 2012 that it never beat.") == []
