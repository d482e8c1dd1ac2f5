"""A count written right before "other" ("threats went to three other councillors") counts the
rest of a group once some of it is named: never one figure with a larger count written without it
("threats against four councillors"), which may take in those named (rules/measures.yaml
others_counts.rest; link.rest_count; within._linked_pairs). A count of the rest larger than the
count of all, or two counts with no "other", keep their pair. Sentences written for these
tests."""

from __future__ import annotations

import numcheck

_HEAD = (
    "Threats were made against four councillors, an alderman says\n\n"
    "A car bomb killed the mayor on Friday, according to alderman Omar Haddad.\n\n"
)
_TAIL = ", including Haddad, although they did not notice until after the attack, Haddad said."


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def test_the_rest_of_the_group_is_no_second_value_of_all_of_it() -> None:
    assert _nc201(_HEAD + "Similar threats had been sent by text to three other councillors" + _TAIL) == []


def test_a_count_with_no_other_still_differs() -> None:
    text = _HEAD + "Similar threats had been sent by text to three councillors" + _TAIL
    assert _nc201(text) == ["sources differ: four (an alderman) vs three (Omar Haddad); ratio 0.75"]


def test_a_rest_larger_than_all_still_differs() -> None:
    text = _HEAD + "Similar threats had been sent by text to five other councillors" + _TAIL
    assert _nc201(text) == ["sources differ: four (an alderman) vs five (Omar Haddad); ratio 0.80"]
