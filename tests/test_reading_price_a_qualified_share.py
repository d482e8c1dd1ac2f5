"""A price "a diluted share" is a price per share, as "per diluted share" was (rules/nouns.yaml
per_item_qualifiers; CS21, earnings-call language). Sentences written for this file."""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_price_a_diluted_share_is_per_share() -> None:
    assert readings("The group earned $2.07 a diluted share in the spring.") == [
        ("$2.07 a diluted share", 2.07, "USD/share")
    ]


def test_a_price_a_basic_common_share_is_per_share() -> None:
    found = readings("Profit came to 61 cents a basic common share.")
    assert found == [("61 cents a basic common share", 0.61, "USD/share")]


def test_a_price_a_plain_share_is_still_per_share() -> None:
    assert readings("Bidders offered $33 a share for the chain.") == [("$33 a share", 33.0, "USD/share")]


def test_a_qualifier_before_a_noun_that_is_no_item_leaves_the_price_plain() -> None:
    assert readings("It charged $9 a common room booking.") == [("$9", 9.0, "USD")]
