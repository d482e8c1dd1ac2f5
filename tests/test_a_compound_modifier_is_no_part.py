"""The number of a compound modifier ('a 120-count indictment', 'three-member crews') is the size of
each item, not a number of the items: no part of a count of them (NC501)."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_the_counts_of_one_indictment_are_no_part_of_the_indictments() -> None:
    text = "Forty suspects were named in two indictments, including a 120-count indictment filed in May."
    assert nc501(text) == []


def test_a_part_counted_in_the_items_themselves_still_exceeds_its_whole() -> None:
    text = "Forty suspects were named in two indictments, including 120 indictments filed in May."
    assert nc501(text) != []
