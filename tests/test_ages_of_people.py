"""Ages set off by commas after a person ('Okafor, 47, of Eastbrook'): whose age a figure is is
part of what it measures. Two people's ages are never compared; one person's age given twice
with two values is an inconsistency."""

from __future__ import annotations

import numcheck
from numcheck.link import could_be_same


def inconsistencies(text: str) -> list[numcheck.Finding]:
    return [f for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_two_peoples_ages_are_not_one_figure() -> None:
    text = (
        "Tomas Okafor, 47, of Eastbrook, and Rita Lindqvist, 51, of Millford, were charged on Friday.\n\n"
        "Okafor, 47, and Lindqvist, 51, face up to 20 years in prison. Lindqvist, 51, said nothing."
    )
    assert inconsistencies(text) == []
    ages = [c for c in numcheck.extract(text) if c.role == "age"]
    assert len(ages) == 5
    okafor, lindqvist = ages[0], ages[1]
    assert not could_be_same(okafor, lindqvist)


def test_one_persons_age_given_twice_with_two_values_is_flagged() -> None:
    text = (
        "Tomas Okafor, 47, of Eastbrook, was charged with fraud on Friday.\n\n"
        "Prosecutors said Okafor, 49, had hidden the money offshore."
    )
    found = inconsistencies(text)
    assert [f.rule for f in found] == ["NC301"]
    assert found[0].severity == "error"


def test_one_persons_age_given_twice_alike_is_not_flagged() -> None:
    text = "Tomas Okafor, 47, of Eastbrook, was charged.\n\nOkafor, 47, will be sentenced in May."
    assert inconsistencies(text) == []


def test_two_of_one_family_with_different_first_names_are_two_people() -> None:
    text = "Jon Baptiste, 45, and his sister Ana Baptiste, 43, were both arrested at the airport."
    assert inconsistencies(text) == []


def test_an_age_is_not_compared_with_a_prison_term() -> None:
    text = "Okafor, 41, was sentenced to 45 years in prison on Tuesday."
    assert inconsistencies(text) == []
    age, term = numcheck.extract(text)
    assert not could_be_same(age, term)


def test_ages_of_people_named_by_a_noun_are_never_known_to_be_one_persons() -> None:
    text = "The victim, 17, was treated at the scene.\n\nA second victim, 19, was taken to hospital."
    assert inconsistencies(text) == []
