"""A tens word before "seconds" (round AT40, issue 10): "twenty seconds" was read as the plural
ordinal "twenty-seconds" with no numerator and gave no claim, where "fifteen seconds" and
"twenty-five seconds" were read. A spaced "seconds" (or "firsts") joins a tens word into a
denominator only after a numerator ("three twenty seconds" = 3/22); opening the number, the tens
word is a count of the unit after it. Sentences written for this file."""

from __future__ import annotations

import pytest

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Rinse the cut for thirty seconds under cold water.", "thirty seconds", 30.0),
        ("The clip lasts forty seconds, the studio said.", "forty seconds", 40.0),
        ("Hold the pose for at least twenty seconds.", "twenty seconds", 20.0),
    ],
)
def test_a_tens_word_counts_seconds(text, surface, value):
    assert (surface, value, "second") in readings(text)


def test_a_slip_in_seconds_is_still_two_claims():
    got = readings("The ad ran for thirty seconds. Each thirty seconds cost the firm dearly.")
    assert [v for _, v, u in got if u == "second"] == [30.0, 30.0], got


@pytest.mark.parametrize("text", ["The twenty second day was calm.", "The twenty first century began."])
def test_a_spaced_ordinal_is_still_no_count(text):
    assert readings(text) == []


def test_a_fraction_with_a_numerator_is_still_a_fraction():
    got = readings("It is three twenty seconds of the whole.")
    assert got and abs(got[0][1] - 300 / 22) < 1e-3, got
