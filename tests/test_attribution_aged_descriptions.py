"""Issue 10: a speaker named with an age and then a description.

"Ann Lee, 36, said" and "Fatima Schmidt, a senior economist, said" name their speaker; so does
the two together, "Omar Lindqvist, 43, a bike shop owner in Tromso, said", and an age before a
relative clause, "Omar Lindqvist, 43, who runs a bike shop, said": the name before the age is the
source of the sentence's figures. A number that is no age ("The fund, 25, ...": no name before
it) names no one. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_name_an_age_and_a_description_name_the_speaker() -> None:
    text = "Omar Lindqvist, 43, a bike shop owner in Tromso, said he rented out 12 bikes last week."
    assert source_of(text, "12") == "Omar Lindqvist"


def test_a_name_an_age_and_a_relative_clause_name_the_speaker() -> None:
    text = "Omar Lindqvist, 43, who runs a bike shop, said he rented out 12 bikes last week."
    assert source_of(text, "12") == "Omar Lindqvist"


def test_a_name_and_an_age_still_name_the_speaker() -> None:
    text = "Omar Lindqvist, 43, said he rented out 12 bikes last week."
    assert source_of(text, "12") == "Omar Lindqvist"


def test_a_name_and_age_inside_a_charge_is_not_the_subject() -> None:
    text = (
        "An indictment was unsealed today charging Ana Ruiz, 55, with wire fraud, announced "
        "U.S. Attorney Dale Moss."
    )
    assert source_of(text, "55") == "Dale Moss"
