"""Readings taken from kinds of the B rows of CQE sort 19 (round CS26, after the sort, so not
measured by it), each pinned by sentences written for this file, with the nearby shapes that must
stay as they were: numbers of one or two digits joined by commas and glued by a hyphen to a word
are a chemical's locants, no figures ("1,3-butadiene"); an emergency telephone number
(rules/nouns.yaml emergency_numbers) beside a word of calling (emergency_words) is no figure; the
later members of a list of labels stay labels before a participle that opens a clause ("counts six
and seven involving bribes")."""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_the_locants_of_a_chemical_are_no_figures() -> None:
    assert readings("Sensors at the fence tracked 1,3-butadiene and toluene.") == []
    assert readings("Crews sprayed 2,4-D along the ditch.") == []
    assert readings("Tests found 2,3,7,8-tetrachloro compounds in the soil.") == []


def test_figures_joined_by_commas_that_are_no_locants_are_as_before() -> None:
    assert readings("The fee was a 1,300-dollar charge.") == [("1,300-dollar", 1300.0, "USD")]
    assert readings("They ran 10,12-mile loops.")[-1] == ("12-mile", 12.0, "mile")
    found = readings("She scored 3,4 and 5 points.")
    assert found == [("3", 3.0, "point"), ("4", 4.0, "point"), ("5", 5.0, "point")]


def test_an_emergency_number_beside_a_word_of_calling_is_no_figure() -> None:
    assert readings("A neighbour heard the shots and called 911 at once.") == []
    assert readings("Police got a 911 call about a fight at the depot.") == []
    assert readings("The 911 dispatcher sent two units.") == [("two", 2.0, "unit")]
    assert readings("He did not think to dial 999 that night.") == []


def test_the_same_digits_as_a_count_are_as_before() -> None:
    assert readings("The district has 911 staff on its payroll.") == [("911", 911.0, "staff")]
    assert readings("Turnout rose to 999 voters.") == [("999", 999.0, "voter")]


def test_labels_in_a_list_before_a_participle_stay_labels() -> None:
    assert readings("The jury cleared him on counts six and seven involving bribery charges.") == []
    assert readings("The jury cleared him on counts six and seven.") == []
    # a count before a participle with no label before it is as before
    assert readings("Agents seized six cars carrying stolen parts.") == [("six", 6.0, "car")]
