"""A change between two counts whose direction word the figures contradict by one ("the death
toll rose from 14 to 13", "the number of branches fell from 12 to 13") is a slip (NC503): a count
is a whole number, so 14 and 13 do not touch at 13.5 as two rounded figures would
(numcheck/checks/arithmetic.py `_counted`, as relations.span reads counts). A hedged count ("from
about 14 to 13") keeps its interval, and a change that goes the stated way stays quiet. In a
sentence that names a ranking (relations.yaml change.rank_words: "up the charts from six to five")
the figures are places, which rise as their number falls, and keep their intervals. Text written
for this file."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_count_one_below_a_stated_rise_is_found() -> None:
    slips = [
        "Rescue teams found more bodies overnight, raising the death toll from 14 to 13.",
        "The confirmed toll rose from fourteen to 13 on Wednesday.",
        "The number of open branches fell from 12 to 13 last year.",
    ]
    for text in slips:
        assert nc503(text) != [], text


def test_a_count_that_goes_the_stated_way_is_quiet() -> None:
    quiet = [
        "Rescue teams found more bodies overnight, raising the death toll from 14 to 15.",
        "The confirmed toll rose from fourteen to 31 on Wednesday.",
        "The number of open branches fell from 13 to 12 last year.",
    ]
    for text in quiet:
        assert nc503(text) == [], text


def test_a_hedged_count_keeps_its_interval() -> None:
    # "about 14" may be 13: no fall is certain
    assert nc503("The toll rose from about 14 to 13 by the evening.") == []


def test_a_place_in_a_ranking_rises_as_its_number_falls() -> None:
    # a sentence naming a chart or a table: its figures are places, not counts
    quiet = [
        "The single stayed at the top of the charts, while her new track crept up from six to five.",
        "The club climbed up the league table from 12 to 11 after the win.",
    ]
    for text in quiet:
        assert nc503(text) == [], text
