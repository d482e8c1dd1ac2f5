"""A figure restated in brackets under a bound hedge ("160 km/h (just under 100 mph)", "20 miles
(more than 30 km)") or after "or" ("(or about 200 miles)") is a conversion (NC401): the bracketed
figure's interval, bound included, must hold the first figure converted
(numcheck/extraction/features.py `_restating`). A bound the conversion breaks is a slip ("20
miles (less than 30 km)": 20 miles is 32 km); a bracket with other words before its figure is no
restatement. Text written for this file."""

from __future__ import annotations

import numcheck


def nc401(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC401"]


def test_a_bound_restatement_that_holds_is_quiet() -> None:
    quiet = [
        "The driver was going at 160 kilometres per hour (just under 100 mph) when he crashed.",
        "The village is 20 miles (more than 30 km) from the coast.",
        "The new line will be 160 kilometres (or about 100 miles) long.",
        "The reservoir holds 50 million litres (over 13 million gallons) of water.",
    ]
    for text in quiet:
        assert nc401(text) == [], text


def test_a_bound_restatement_that_breaks_is_found() -> None:
    slips = [
        "The driver was going at 160 kilometres per hour (just under 200 mph) when he crashed.",
        "The village is 20 miles (more than 60 km) from the coast.",
        "The new line will be 160 kilometres (or about 200 miles) long.",
        "The village is 20 miles (less than 30 km) from the coast.",
    ]
    for text in slips:
        assert nc401(text) != [], text


def test_other_words_before_the_bracketed_figure_are_no_restatement() -> None:
    quiet = [
        "The village is 20 miles (the nearest town is over 60 km) from the coast.",
        "The storm moved at 30 mph (the fastest winds topped 200 km/h) over the island.",
    ]
    for text in quiet:
        assert nc401(text) == [], text
