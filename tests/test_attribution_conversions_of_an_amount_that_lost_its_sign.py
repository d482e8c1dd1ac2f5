"""Issue 10: amounts in brackets restating a first amount whose currency sign the page lost ("a
turnover of 7.4 billion ($9.1 billion; 8.6 billion euros)", "worth 36bn ($45bn)") are the writer's
arithmetic, as a conversion of an amount with its currency already is ("5 billion yuan ($720
million), the ministry said": the ministry gave yuan), so they name no source of their own. They
are not made conversions (the first amount's unit is unknown). A bare amount outside brackets
keeps the sentence's source. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_amounts_restating_a_bare_amount_in_brackets_are_the_writers() -> None:
    text = "The firms had a turnover of 7.4 billion ($9.1 billion; 8.6 billion euros), the report says."
    assert source_of(text, "7.4 billion") == "the report"
    assert source_of(text, "$9.1 billion") is None
    assert source_of(text, "8.6 billion euros") is None


def test_one_amount_restating_a_bare_amount() -> None:
    text = "The club paid 36bn ($45bn) for the land, the report says."
    assert source_of(text, "36bn") == "the report"
    assert source_of(text, "$45bn") is None


def test_bare_amount_outside_brackets_keeps_its_source() -> None:
    text = "The firms had a turnover of 7.4 billion and paid $9.1 billion in wages, the report says."
    assert source_of(text, "$9.1 billion") == "the report"
