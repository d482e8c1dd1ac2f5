"""Readings of "one" and of Title Case headlines taken from kinds of the C and B rows of CQE sort 18
(round CS24, after the sort, so not measured by it), each pinned by sentences written for this file,
with the nearby shapes that must stay as they were: "one" before a hyphened modifier counts the noun
after it; "one" before "where" stays a figure that counts no "where"; "including one in which" (or
"where", "that") counts one of the plural last counted in its sentence; a Title Case headline "N
<Place> <Plural> <Verb>" counts the plural after the place (a place in -s, a plural in -men, a town
and its state)."""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_one_before_a_hyphened_modifier_counts_the_noun_after_it() -> None:
    assert readings("The bank opened one U.S.-related account for him.") == [("one", 1.0, "account")]
    assert readings("The bank opened one Swiss-based trust for him.") == [("one", 1.0, "trust")]
    assert readings("The bank opened one New York-based firm for him.") == [("one", 1.0, "firm")]
    assert readings("The city ran one state-run clinic then.") == [("one", 1.0, "clinic")]


def test_a_hyphened_word_before_a_preposition_is_the_noun_not_a_modifier() -> None:
    # "e-mail" is what is counted: "between" is never the noun
    assert all(u != "between" for _, _, u in readings("Agents found one e-mail between the two brokers."))
    assert all(u != "among" for _, _, u in readings("Police traced one look-alike among the guests."))


def test_one_before_a_hyphened_word_that_is_no_modifier_is_as_before() -> None:
    # the hyphened word is the noun, counted by its last part (round CS26; "self" before)
    found = readings("She filed only one self-report to the agency.")
    assert found == [("one", 1.0, "report")]
    assert readings("The town was one of-the fastest rising in its county.") == []
    assert readings("He served one five-year stint in jail.") == [("five-year", 5.0, "year")]
    assert readings("The bonds sit one level-above junk.") == [("one", 1.0, "level")]


def test_one_without_a_modifier_is_as_before() -> None:
    assert readings("The bank opened one account for him.") == [("one", 1.0, "account")]
    assert readings("One of them was a part-time worker.") == []


def test_one_before_where_counts_no_where() -> None:
    found = readings("The firm sent e-mails, including one where he claimed a refund.")
    assert found == [("one", 1.0, None)]
    found = readings("He opened two shops and plans a third one now.")
    assert found == [("two", 2.0, "shop"), ("one", 1.0, None)]


def test_including_one_before_its_clause_counts_the_plural_named_before() -> None:
    assert readings("Agents detailed nine thefts, including one in which a guard was tied up.") == [
        ("nine", 9.0, "theft"),
        ("one", 1.0, "theft"),
    ]
    text = "Eleven thefts are set out in papers filed in a state court, including one where a guard was hurt."
    found = readings(text)
    assert found == [("Eleven", 11.0, "theft"), ("one", 1.0, "theft")]
    assert readings("He sent 14 letters, including one that was never read.") == [
        ("14", 14.0, "letter"),
        ("one", 1.0, "letter"),
    ]


def test_including_one_without_a_clause_or_a_count_before_it_is_as_before() -> None:
    assert readings("Police held nine men in Utah, including one in Idaho.") == [("nine", 9.0, "man")]
    assert readings("Police held 2015 protests, including one in which a man died.") == []
    assert readings("He sent many letters, including one in which he lied.") == []
    found = readings("He sent 12 letters in May, including one of them to a judge.")
    assert found == [("12", 12.0, "letter")]


def test_a_title_case_headline_counts_the_plural_after_a_place() -> None:
    assert readings("Two Ohio Fishermen Plead Guilty to Poaching") == [("Two", 2.0, "fisherman")]
    assert readings("Two Texas Men Sentenced for Fraud") == [("Two", 2.0, "man")]
    assert readings("Two Kansas Doctors Charged in Scheme") == [("Two", 2.0, "doctor")]
    assert readings("Three Dayton, Ohio, Residents Charged with Arson") == [("Three", 3.0, "resident")]
    assert readings("One Arizona Resident Convicted of Tax Fraud") == [("One", 1.0, "resident")]


def test_a_title_case_headline_whose_noun_comes_first_is_as_before() -> None:
    assert readings("Two Banks Reach Resolutions Under the Program") == [("Two", 2.0, "bank")]
    assert readings("7 Morning Rituals From Cities Across the Land") == [("7", 7.0, "ritual")]
    found = readings("5 Detained, Including Teen, Rifles Seized at Farm")
    assert [(s, u) for s, _, u in found] == [("5", None)]


def test_counts_outside_title_case_headlines_are_as_before() -> None:
    assert readings("Two fishermen were rescued on Monday.") == [("Two", 2.0, "fisherman")]
    assert readings("Police held two Dayton, Ohio, business owners on Monday.") == [("two", 2.0, "owner")]
    assert readings("He met with 12 Texas officials about it.") == [("12", 12.0, "official")]
    assert readings("Nine Men and One Company Charged") == [("Nine", 9.0, "man"), ("One", 1.0, "company")]
    assert readings("One Republican voted against it.") == [("One", 1.0, "republican")]
