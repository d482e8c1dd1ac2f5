"""A vague amount standing alone as the counted thing: "the flood killed dozens", "hundreds were
evacuated", "thousands marched". Each sentence is written for this file.

The plural is read as a vague amount with no noun; it is not read inside a name, after a figure or a
manner word ("by the dozens", "in their thousands"), before a hyphen, or when it is joined to a
second amount whose "of" names the noun ("hundreds, if not thousands, of euros").
"""

from __future__ import annotations

import pytest

import numcheck


def vague(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.surface, c.low, c.high, c.unit) for c in numcheck.extract(text) if c.hedge == "vague"]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Heavy shelling near Vardeno killed dozens on Tuesday.", "dozens", 24, 120),
        ("Floods sweep Orlavia, leave dozens missing", "dozens", 24, 120),
        ("The mudslide buried three houses, killing dozens.", "dozens", 24, 120),
        ("Hundreds were evacuated from the valley overnight.", "Hundreds", 100, 1000),
        ("Thousands marched through Kelberg on Saturday.", "Thousands", 1000, 10000),
        ("The mayor said dozens were treated for smoke.", "dozens", 24, 120),
        ("The storm injured hundreds and cut power to the coast.", "hundreds", 100, 1000),
    ],
)
def test_a_plural_amount_standing_alone_is_a_vague_count(
    text: str, surface: str, low: float, high: float
) -> None:
    assert vague(text) == [(surface, low, high, None)]


def test_two_plural_amounts_in_one_sentence_are_both_read() -> None:
    assert vague("The quake killed hundreds and left thousands homeless.") == [
        ("hundreds", 100, 1000, None),
        ("thousands", 1000, 10000, None),
    ]


def test_the_phrases_with_of_still_count_their_noun() -> None:
    assert vague("Dozens of farmers were hurt.") == [("Dozens of", 24, 120, "farmer")]
    assert vague("Tens of thousands marched in Brellin.") == [("Tens of thousands", 10000, 100000, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The bakery sold its rolls by the dozens.",  # a manner
        "Visitors came in their thousands to the fair.",  # a manner
        "Estimates ran in the hundreds for the new school.",  # an order of size
        "The band opened for The Hundreds in Marlow.",  # a name
        "A hundreds-strong crowd waited outside.",  # before a hyphen
        "Clinics feared dozens, if not hundreds, of new cases.",  # joined to an amount with its noun
        "They spent hundreds and hundreds of hours on it.",  # joined to an amount with its noun
    ],
)
def test_a_plural_amount_that_is_not_a_count_on_its_own_is_not_read_alone(text: str) -> None:
    assert [s for s, *_ in vague(text) if s.lower() in {"dozens", "hundreds", "thousands"}] == []


def test_a_decade_is_not_hundreds() -> None:
    assert vague("The mill was built in the 1900s.") == []
