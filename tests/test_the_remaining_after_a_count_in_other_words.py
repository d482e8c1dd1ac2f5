"""'The remaining' figure is what is left after every count its split names, whatever noun a count
is written with: "Of the 435 races, 233 seats are held by Republicans and 199 held by Democrats. The
other three races are for vacant seats." names the Republicans' races as seats, so 199 and three
are not the whole breakdown of 435 (a false NC502 before). A split whose counts are all read as
parts and whose remaining figure does not complete it is still found."""

from __future__ import annotations

import numcheck


def nc502(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC502"]


def test_a_count_of_the_split_in_another_word_is_left_over_too() -> None:
    text = (
        "Of the 435 races, 233 seats are held by Republicans and 199 held by Democrats. "
        "The other three races are for vacant seats."
    )
    assert nc502(text) == []


def test_a_count_of_another_noun_in_the_split_is_left_over_too() -> None:
    text = "Of the 40 cases, 25 were settled and 3 appeals were dropped. The remaining 12 went to trial."
    assert nc502(text) == []


def test_a_remaining_figure_that_does_not_complete_the_split_is_still_found() -> None:
    text = "Of the 40 cases, 25 were settled. The remaining 12 cases went to trial."
    assert nc502(text) == ["the parts 25 + 12 add up to 37, not 40"]
