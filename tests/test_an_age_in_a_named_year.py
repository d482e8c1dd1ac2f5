"""An age the text ties to a named year ('in 1997 when it turned 130 years old') is the age then,
not the age the article gives with no year ('the 150-year-old church'): an age grows with time, so
link.pair_allowed keeps an age dated by a year apart from an undated one (round JG8, read on The
Hindu's city pages; the text is written for this file). Two undated ages of one building, and two
ages of one year, are still set against each other."""

from __future__ import annotations

import numcheck

OPENING = "The 150-year-old church stands near the harbour. "


def same_figure(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC301"]


def test_the_age_it_turned_in_a_past_year_is_another_figure() -> None:
    text = OPENING + "The vicar said repairs were made to the church in 1997 when it turned 130 years old."
    assert same_figure(text) == []


def test_a_persons_age_in_a_past_year_is_another_figure() -> None:
    assert same_figure("Maria Delgado, 39, runs the shop. Delgado, who was 31 in 2009, opened it then.") == []


def test_two_undated_ages_of_the_building_are_still_found() -> None:
    text = OPENING + "The vicar said the 130-year-old church was repaired last week."
    assert same_figure(text) == [
        "the same figure is given two values: 150-year-old vs 130-year-old (The vicar); ratio 0.87"
    ]


def test_two_ages_of_the_same_year_are_still_found() -> None:
    text = (
        "In 1997 the 150-year-old church got a new roof. "
        "The vicar said repairs had been made to the church in 1997 when it turned 130 years old."
    )
    assert same_figure(text) == [
        "the same figure is given two values: 150-year-old vs 130 years (The vicar); ratio 0.87"
    ]


def test_a_persons_two_undated_ages_are_still_found() -> None:
    assert same_figure("Maria Delgado, 39, runs the shop. Delgado, 31, opened it then.") == [
        "the same figure is given two values: 39 vs 31; ratio 0.79"
    ]
