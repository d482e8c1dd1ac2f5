"""A count written right before "other" ("threats went to four other councillors") counts the
rest of a group once some of it is named: never one figure with a larger count written without it
("threats against five councillors"), which may take in those named (rules/measures.yaml
others_counts.rest; link.rest_count; within._linked_pairs). A count of the rest larger than the
count of all, or two counts with no "other", keep their pair. Sentences written for these
tests."""

from __future__ import annotations

import numcheck

_HEAD = (
    "Threats were made against five councillors, an alderman says\n\n"
    "A car bomb killed the mayor on Friday, according to alderman Omar Haddad.\n\n"
)
_TAIL = ", including Haddad, although they did not notice until after the attack, Haddad said."


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def test_the_rest_of_the_group_is_no_second_value_of_all_of_it() -> None:
    assert _nc201(_HEAD + "Similar threats had been sent by text to four other councillors" + _TAIL) == []


def test_a_count_with_no_other_still_differs() -> None:
    text = _HEAD + "Similar threats had been sent by text to four councillors" + _TAIL
    assert _nc201(text) == ["sources differ: five (an alderman) vs four (Omar Haddad); ratio 0.80"]


def test_a_rest_larger_than_all_still_differs() -> None:
    text = _HEAD + "Similar threats had been sent by text to six other councillors" + _TAIL
    assert _nc201(text) == ["sources differ: five (an alderman) vs six (Omar Haddad); ratio 0.83"]
