"""A figure dated now and one dated earlier are two states (round JG27, AllSides extra): words
of measures.yaml time_frames before a figure in its sentence date it to the present ("These days
...", "now rent") or to an earlier time ("that year", "as recently as", a year before the latest
the document names); two figures dated apart are a rate then and now, never one figure given two
values. Two figures of one time, a figure dated now against one not dated, and a figure after
"than" in a sentence dated now are still compared."""

from __future__ import annotations

import numcheck


def nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC301"]


OPENING = (
    "The bureau first asked in 1962. A survey taken that year found 4 percent of urban couples"
    " rented their homes."
)


def test_a_share_then_and_a_share_now_are_two_states() -> None:
    text = OPENING + " These days 40 percent of urban couples rent their homes."
    assert nc301(text) == []
    text = (
        "Young couples have moved to the cities. As recently as the 1990s, 4 percent of urban couples"
        " rented their homes. Now 40 percent of urban couples rent their homes."
    )
    assert nc301(text) == []


def test_two_shares_of_one_time_are_still_compared() -> None:
    assert len(nc301(OPENING + " That year 40 percent of urban couples rented their homes.")) == 1
    text = (
        "A housing bureau survey found 4 percent of urban couples rent their homes."
        " These days 40 percent of urban couples rent their homes."
    )
    assert len(nc301(text)) == 1


def test_a_figure_after_than_is_not_dated_by_the_opening() -> None:
    # "than" may set a figure against another time ("above the 6.2% of a decade before"): undated
    text = (
        "Renting has become the norm for the young. Back in 1962 a housing bureau survey found 41"
        " percent of urban couples rented their homes. These days 60 percent of rural couples rent,"
        " more than the 14 percent of urban couples who rent their homes."
    )
    assert len(nc301(text)) == 1
