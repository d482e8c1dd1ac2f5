"""A count in a clause a supposition opens ("what could they do if there were 30 of them") is what
might be, not a part of the count the article gives: no NC501 'the part ... is more than its whole'
between the two. A part that is given ("30 of them voted") is still set against its whole."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_a_supposed_part_is_quiet() -> None:
    text = (
        "After the council's 12 members passed the budget, the mayor asked what they could do if "
        "there were 30 of them."
    )
    assert nc501(text) == []


def test_a_given_part_larger_than_its_whole_is_still_found() -> None:
    text = "The council's 12 members met on Monday, and 30 of them voted for the budget."
    assert nc501(text) != []
