"""A sum of money written right before a plural noun of what is handed out one by one ("the
county's $900 checks", "$600 payments"; rules/measures.yaml averages.each) is what each one is
worth: never one figure with a sum that is no such amount, such as a deal's price (link.amount_each;
within._linked_pairs), however near a factor of a thousand the two look. Two amounts each keep their
pair. Sentences written for these tests."""

from __future__ import annotations

import numcheck

_HEAD = (
    "Household income slid 3.1% in June, since the county's $900 checks were mostly mailed in May, "
    "the treasurer reported."
)


def _nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC301"]


def test_an_amount_each_is_no_second_value_of_a_price() -> None:
    text = (
        _HEAD
        + " Acme is set to buy the drone maker Zed, say press reports. The report put the price tag"
        + " at $900 million."
    )
    assert _nc301(text) == []


def test_two_amounts_each_keep_their_pair() -> None:
    text = _HEAD + " The report said $900,000 checks went out."
    assert len(_nc301(text)) == 1
