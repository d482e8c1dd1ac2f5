"""Issue 10: a run of conversions in brackets after an amount ("23.8 billion yuan ($3.41 billion;
3.29 billion euros; 2.8 billion)") is the writer's arithmetic, so it names no source of its own,
as each converted amount already did; this holds for a last amount whose currency sign the page
lost ("2.8 billion" for pounds), and for the amounts in brackets after a first amount that lost its
sign ("a turnover of 7.4 billion ($9.1 billion; 8.6 billion euros)"). Such an amount is not made a
conversion (its unit is unknown). A bare amount outside a bracket run keeps the sentence's source.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_bare_amount_in_a_run_of_conversions_is_the_writers() -> None:
    text = (
        "The group paid 12.6 billion yuan ($1.8 billion; 1.7 billion euros; 1.5 billion) in tax, "
        "the firm said."
    )
    assert source_of(text, "12.6 billion yuan") == "the firm"
    assert source_of(text, "1.7 billion euros") is None
    assert source_of(text, "1.5 billion") is None


def test_bare_amount_outside_brackets_keeps_its_source() -> None:
    text = "The group paid 12.6 billion yuan in tax and 1.5 billion in fees, the firm said."
    assert source_of(text, "1.5 billion") == "the firm"


def test_amounts_restating_a_bare_amount_in_brackets_are_the_writers() -> None:
    text = "The firms had a turnover of 7.4 billion ($9.1 billion; 8.6 billion euros), the report says."
    assert source_of(text, "7.4 billion") == "the report"
    assert source_of(text, "$9.1 billion") is None
    assert source_of(text, "8.6 billion euros") is None
