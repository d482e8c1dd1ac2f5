"""Issue 10: a name written with a hyphen, before a description of its bearer.

"X, a spokesman for ..., said" credits the figures to X, the name before the description. A name
whose word is joined by a hyphen ("Ann Smith-Jones", "Omar al-Tabbi", "Jean-Luc Moreau") is one
name: the hyphen does not end it. A possessive glued to a name by a dash that lost its spaces
("the Post's-Ann Lee") is not part of the name. The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        (
            "Ann Smith-Jones, a senior economist at the bank, said that 12 firms had closed.",
            "12",
            "Ann Smith-Jones",
        ),
        (
            "Omar al-Tabbi, spokesman for the northern-based Coastal Guard (CG), said on Monday the"
            " blockade ended. He said 14 of the boats had been seized.",
            "14",
            "Omar al-Tabbi",
        ),
        (
            "Jean-Luc Moreau, the mayor, said that 300 homes were flooded.",
            "300",
            "Jean-Luc Moreau",
        ),
        (
            "The Daily Post's-Ann Lee, reporting from Rome, said 40 people were hurt.",
            "40",
            "Ann Lee",
        ),
    ],
)
def test_a_hyphenated_name_before_its_description_is_the_source(text: str, surface: str, source: str) -> None:
    assert source_of(text, surface) == source


def test_a_hyphen_inside_a_description_does_not_make_it_a_name() -> None:
    text = "The pro-government newspaper, a daily, said that 12 of them had been killed."
    assert source_of(text, "12") is None
