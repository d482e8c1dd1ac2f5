"""A place in a ranking rises as its number falls: 'a duo at five, up from 13' is a rise, when the
first figure is a bare whole number right after 'at', 'to' or 'number' and its sentence names a
rank or places anywhere, not only before the figures (round JG6, read on the BBC news set; the
sentences are written for this file). A place that 'rose' to a larger number is still found, and
a bare index level is no place."""

from __future__ import annotations

import numcheck


def changes(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_place_up_from_a_larger_number_is_a_rise() -> None:
    text = (
        "The poll's big risers included a cookery duo at five, up from 13 last year, "
        "and a comic rising six places to 12."
    )
    assert changes(text) == []


def test_a_place_up_from_a_smaller_number_is_found() -> None:
    text = (
        "The poll's big risers included a cookery duo at 13, up from five last year, "
        "and a comic rising six places to 12."
    )
    assert changes(text) == ["from five to 13 is a rise, not a fall"]


def test_a_level_with_no_place_named_is_no_rank() -> None:
    text = "The index of shop prices stood at 98, up from 105 last year."
    assert changes(text) == ["from 105 to 98 is a fall, not a rise"]
