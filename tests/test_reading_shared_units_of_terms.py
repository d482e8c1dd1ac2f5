"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand, round 13:
two figures that share the unit written after the second.

Each sentence is written for this file: terms set side by side share their unit of time ("terms of
30 and 21 months", "8 and 6 years, respectively"), as other units already were ("3 and 4
tonnes"); after a suspended hyphen the first figure takes the second's unit ("the 40- and 25-year
terms", "a 10- or 15-minute walk"). A unit of time that opens a time of its own ("two years later";
rules/nouns.yaml time_after_words) is not shared.
"""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_terms_side_by_side_share_their_unit_of_time() -> None:
    assert readings("A judge gave Lund and Berg terms of 30 and 21 months, respectively.") == [
        ("30", 30, "month"),
        ("21 months", 21, "month"),
    ]
    assert readings("Their terms were 8 and 6 years, respectively.") == [
        ("8", 8, "year"),
        ("6 years", 6, "year"),
    ]


def test_a_suspended_hyphen_gives_the_first_figure_the_second_ones_unit() -> None:
    assert readings("The 40- and 25-year terms were the longest.") == [
        ("40", 40, "year"),
        ("25-year", 25, "year"),
    ]
    assert readings("It is a 10- or 15-minute walk from the pier.") == [
        ("10", 10, "minute"),
        ("15-minute", 15, "minute"),
    ]


def test_a_unit_of_time_that_opens_a_time_of_its_own_is_not_shared() -> None:
    assert readings("He rose to 12 and two years later he fell back.") == [
        ("12", 12, None),
        ("two years", 2, "year"),
    ]
    assert readings("The shop had 40 staff and 12 months later it shut.") == [
        ("40", 40, "staff"),
        ("12 months", 12, "month"),
    ]
