"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand, round 13.

Each sentence is written for this file: after a spelled-out "one", a word in -s that opens a noun
compound ("news", "bus", "sales": rules/nouns.yaml one_modifiers_in_s) is no plural that ends the
count; the noun at the compound's end is counted ("one news agency", "one bus driver"). With no
noun after it such a word still counts nothing.
"""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_compound_opened_by_news_counts_its_last_noun() -> None:
    assert readings("The mayor trusts only one news agency in the valley.") == [("one", 1, "agency")]
    assert readings("One news site, Tarnby Wire, ran the story first.") == [("One", 1, "site")]


def test_bus_and_sales_open_a_compound_as_well() -> None:
    assert readings("There was one bus driver on duty that night.") == [("one", 1, "driver")]
    assert readings("The firm hired one sales manager for the region.") == [("one", 1, "manager")]


def test_the_compound_after_one_sits_beside_other_counts() -> None:
    assert readings("Only one news outlet and two radio stations came.") == [
        ("one", 1, "outlet"),
        ("two", 2, "station"),
    ]


def test_such_a_word_with_no_noun_after_it_counts_nothing() -> None:
    assert readings("He said that one news was enough for the day.") == []
