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


# a "-year-old" age in apposition to the person named before it is that person's age


def test_two_sisters_ages_in_apposition_are_two_peoples() -> None:
    text = (
        '"I will not vote for him," said Mara Quist, the senator\'s 70-year-old sister.\n\n'
        '"Nor will I," added Elin Quist, the senator\'s 63-year-old sister.'
    )
    assert inconsistencies(text) == []
    first, second = [c for c in numcheck.extract(text) if c.role == "age"]
    assert (first.refers_to, second.refers_to) == ("age of mara quist", "age of elin quist")
    assert not could_be_same(first, second)


def test_one_persons_year_old_age_in_apposition_against_a_later_age_is_flagged() -> None:
    text = (
        "Tomas Okafor, a 47-year-old pharmacist, was charged with fraud on Friday.\n\n"
        "Prosecutors said Okafor, 49, had hidden the money offshore."
    )
    assert [f.rule for f in inconsistencies(text)] == ["NC301"]


def test_a_year_old_age_not_after_a_name_keeps_no_holder() -> None:
    text = "Police said a 26-year-old man was arrested in the city on Friday."
    (age,) = numcheck.extract(text)
    assert age.role is None and age.refers_to is None
