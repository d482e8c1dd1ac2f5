"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand, round 13:
figures that number things rather than count them.

Each sentence is written for this file: a small whole number right after a colon and before a full
stop, a capital or a figure following, is a list's marker ("Charges: 1. Fraud"); a figure in
brackets glued after another bracket is a statute's clause ("1343(a)(2)"). (A figure ending a name
in quotation marks, '"Vault 9"', was tried and dropped: the quantulum3 news suite counts '"English
101"' as a figure.)
"""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_number_after_a_colon_opening_a_list_is_a_marker() -> None:
    assert readings("Offence: 1. Theft of 30 bikes. Term: 1. 40 months in jail.") == [
        ("30", 30, "bike"),
        ("40 months", 40, "month"),
    ]


def test_a_clause_of_a_statute_in_brackets_is_no_figure() -> None:
    assert readings("Under 18 U.S.C. 1343(a)(2) he faces up to 20 years.") == [("20 years", 20, "year")]
