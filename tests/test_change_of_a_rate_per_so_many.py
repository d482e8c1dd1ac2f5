"""A change "from A to B" of a rate whose denominator is written after the first figure ("rose from
12 cases per 1,000 births to 15", "fell from 6.1 deaths per 100,000 people to 4.2 deaths per
100,000") is read as the change from A to B: the words "per 1,000 births" are the rate's
denominator, not words between the change's figures (numcheck/relations/changes.py
`_per_dropped`). A direction word that the figures contradict is a slip (NC503). Words after
"per" that are no denominator of a figure ("from 12 cases per year at the clinic to 15") keep
their count. Text written for this file."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_rate_change_with_its_direction_contradicted_is_found() -> None:
    slips = [
        "The infant death rate fell from 12 cases per 1,000 births to 15 cases per 1,000 births.",
        "Overdose deaths were falling from 6.1 deaths per 100,000 people to 16.3 deaths per 100,000 in 2015.",
        "The jobless rate rose from 9 claims per 1,000 workers to 7.",
    ]
    for text in slips:
        assert nc503(text) != [], text


def test_a_rate_change_that_goes_the_stated_way_is_quiet() -> None:
    quiet = [
        "The infant death rate fell from 15 cases per 1,000 births to 12 cases per 1,000 births.",
        "Overdose deaths rose from 6.1 deaths per 100,000 people to 16.3 deaths per 100,000 in 2015.",
        "The jobless rate rose from 7 claims per 1,000 workers to 9.",
    ]
    for text in quiet:
        assert nc503(text) == [], text


def test_words_after_per_that_name_no_denominator_still_count() -> None:
    # "per year at the clinic" is no denominator of the rate's figure: too many words stand
    # between the two figures, and no change is read
    assert nc503("The clinic's cases fell from 12 cases per year at the new clinic to 15 in all.") == []
