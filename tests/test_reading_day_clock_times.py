"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand, round 13:
times of day on a 24-hour clock are no figures.

Each sentence is written for this file: a clock time before a time zone glued on by a hyphen
("0815-GMT"), before "local time" or a place's "Time", and a live blog's stamp (two digits, a dot
or colon, two digits, opening an entry before a capitalised word) are times, no claims. A figure of
that shape before a unit, a currency or "percent" is still read, as is one inside a sentence.
"""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_clock_time_before_a_time_zone_is_no_figure() -> None:
    assert readings("Turnout was 9 percent at 9:15 am (0815-GMT), the board said.") == [
        ("9 percent", 9, "percent")
    ]
    assert readings("By 18.30 local time some 400 people had come.") == [("400", 400, "people")]
    assert readings("By 18.30 Oslo Time some 400 people had come.") == [("400", 400, "people")]


def test_a_live_blog_stamp_opening_an_entry_is_no_figure() -> None:
    text = (
        "All times are local. - 21.30 Polls have closed in Tarnby. - 21.10-Voters queued for two "
        'hours. The mayor said: "We are done." 20.45 Turnout passed 60 percent. 20.15--Marsh party '
        "leads with 14 seats."
    )
    assert readings(text) == [
        ("two hours", 2, "hour"),
        ("60 percent", 60, "percent"),
        ("14", 14, "seat"),
    ]


def test_a_figure_of_that_shape_before_a_unit_or_a_currency_is_still_read() -> None:
    assert readings("Tickets went on sale. 12.50 Euros was the price.") == [("12.50 Euros", 12.5, "EUR")]
    assert readings("He kept going. 10.50 Kilometres later he stopped.") == [
        ("10.50 Kilometres", 10.5, "kilometre")
    ]


def test_a_clock_shaped_figure_inside_a_sentence_is_still_read() -> None:
    assert readings("The index rose 12.45 points on Monday.") == [("12.45", 12.45, "point")]
