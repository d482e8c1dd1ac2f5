"""A figure dated now and one dated earlier are two states (round JG27, AllSides extra): words
of measures.yaml time_frames before a figure in its sentence date it to the present ("Today ...",
"now make up") or to an earlier time ("that year", "as recently as", a year before the latest
the document names); two figures dated apart are a rate then and now, never one figure given two
values. Two figures of one time, and a figure dated now against one not dated, are still compared."""

from __future__ import annotations

import numcheck


def nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC301"]


OPENING = (
    "Renting has become the norm for the young. According to the 1962 Almanac of American Housing,"
    " that year 9 percent of rural couples and 4 percent of urban couples rented their homes."
)


def test_a_share_then_and_a_share_today_are_two_states() -> None:
    text = OPENING + " Today 81 percent of rural couples and 40 percent of urban couples rent their homes."
    assert nc301(text) == []
    text = (
        "Young couples have moved to the cities. As recently as the 1990s, 4 percent of urban couples"
        " rented their homes. Now 40 percent of urban couples rent their homes."
    )
    assert nc301(text) == []


def test_two_shares_of_one_time_are_still_compared() -> None:
    text = (
        OPENING + " That year 81 percent of rural couples and 40 percent of urban couples rented their homes."
    )
    assert len(nc301(text)) == 1
    text = (
        "Urban couples rent at a rate of 4 percent, the bureau says."
        " Today 40 percent of urban couples rent their homes, the bureau said in 2023."
    )
    assert len(nc301(text)) == 1


def test_a_figure_after_than_is_not_dated_by_the_opening() -> None:
    # "than" may set a figure against another time ("higher than the 7.8% of 2009"): undated, compared
    text = (
        "Young couples have moved to the cities. As recently as the 1990s, 41 percent of urban couples"
        " rented their homes. Today 60 percent of rural couples rent, more than the 14 percent of urban"
        " couples who rent their homes."
    )
    assert len(nc301(text)) == 1
