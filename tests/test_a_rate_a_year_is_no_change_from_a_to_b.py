"""Two readings of a change "from A to B" (rules/relations.yaml change): a change stated after the
pair as a rate per period ("from $3.0 billion in 2015 to $4.9 billion in 2025 for a yearly increase
of 5 percent"; change.per_period) is not the change from A to B, though its noun still
gives the direction; and "capital gains" names a kind of income, no rise, so "cutting the capital
gains tax rate from 30 percent to 22 percent" is read by its verb (change.not_direction_before).
The slips of the same shapes are still found. Sentences written for these tests."""

from __future__ import annotations

from tests.arithmetic_findings import found


def _messages(text: str) -> list[str]:
    return [f.message for f in found(text)]


def test_an_average_annual_rate_is_no_change_of_the_pair() -> None:
    text = (
        "The plan would have had county spending climb from $3.0 billion in 2015 to $4.9 billion in "
        "2025 for a yearly increase of 5 percent, the auditor said."
    )
    assert _messages(text) == []
    assert _messages("County payroll grew from $3.0 billion to $4.9 billion, an increase of 5% a year.") == []


def test_a_change_of_the_pair_and_a_wrong_direction_are_still_found() -> None:
    text = "County spending climbed from $3.0 billion to $4.9 billion, an increase of 25 percent."
    assert _messages(text) == ["from $3.0 billion to $4.9 billion is a rise of 63%, not 25 percent"]
    text = (
        "The plan would have had county spending climb from $4.9 billion in 2015 to $3.0 billion in "
        "2025 for a yearly increase of 5 percent, the auditor said."
    )
    assert _messages(text) == ["from $4.9 billion to $3.0 billion is a fall, not a rise"]


def test_a_year_ago_names_a_time_not_a_rate() -> None:
    text = "Sales came to 18.2 million tonnes, compared with 24.6 million tonnes a year ago, a fall of 9%."
    assert _messages(text) == ["from 24.6 million tonnes to 18.2 million tonnes is a fall of 26%, not 9%"]


def test_capital_gains_is_no_rise() -> None:
    text = "The council voted to lower the capital gains levy on farmland from 30 percent to 22 percent."
    assert _messages(text) == []
    text = "The council voted to raise the capital gains levy on farmland from 30 percent to 22 percent."
    assert _messages(text) == ["from 30 percent to 22 percent is a fall, not a rise"]
