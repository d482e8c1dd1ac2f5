"""A figure among what a sentence says someone is demanding ('are demanding permanent jobs, fixed
pay scales and eight-hour work shifts') is a target, like a figure that is planned or expected:
rules/events.yaml `demands` marks it '<modal>' (extraction/features._demanded), so NC201 never sets
it against the figure as it stands ('worked 12-hour shifts'; round JG8, read on The Hindu's
city pages; the text is written for this file). Two demanded figures that differ, and a figure the
sentence states outside the list demanded, are still set against each other."""

from __future__ import annotations

import numcheck

OPENING = "Contract nurses staged a sit-in outside the health office on Monday. "
FORUM = ", said a statement from the Nurses Welfare Forum, which backs the sit-in. "
MENON = "Ravi Menon, secretary of the forum, said there were some 4,000 contract nurses in the State. "


def sources(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC201"]


def test_a_demanded_shift_is_not_the_shift_worked() -> None:
    text = (
        OPENING
        + "The nurses are demanding permanent jobs, fixed pay scales and eight-hour work shifts"
        + FORUM
        + MENON
        + "He said many of them worked 12-hour shifts for low wages."
    )
    assert sources(text) == []


def test_two_demanded_shifts_that_differ_are_still_found() -> None:
    text = (
        OPENING
        + "The nurses are demanding permanent jobs, fixed pay scales and eight-hour work shifts"
        + FORUM
        + MENON
        + "He said the nurses were demanding six-hour shifts at fair pay."
    )
    assert sources(text) == [
        "sources differ: eight-hour (the Nurses Welfare Forum) vs six-hour (Ravi Menon); ratio 0.75"
    ]


def test_a_shift_stated_before_the_demand_is_still_found() -> None:
    text = (
        OPENING
        + "The nurses work eight-hour shifts and are demanding permanent jobs"
        + FORUM
        + MENON
        + "He said many of them worked 12-hour shifts for low wages."
    )
    assert sources(text) == [
        "sources differ: eight-hour (the Nurses Welfare Forum) vs 12-hour (Ravi Menon); ratio 0.67"
    ]
