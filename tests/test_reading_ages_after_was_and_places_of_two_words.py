"""Readings left by round CS24 on sort 18's B rows and "One Kansas City Officer" (round CS26, so not
measured by any sort), each pinned by sentences written for this file, with the nearby shapes that
must stay as they were: a bare whole number ending its clause after "he", "she" or a named person
and "was" or "is" is an age in years; so is a number set off by commas after "both" that follows
people joined by "and"; in a Title Case headline, a word in -s before a word of rules/nouns.yaml
place_second_words ("City", "County") is a place's first word, no plural counted."""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_number_ending_the_clause_after_a_person_and_was_is_an_age() -> None:
    assert readings("The singer died on Monday at home. She was 83.") == [("83", 83.0, "year")]
    assert readings("When he was 12, his family moved north.") == [("12", 12.0, "year")]
    assert readings("When the pier gave way, Mr. Okafor was 58.") == [("58", 58.0, "year")]
    assert readings("By then Lena Ortiz was 33; her son was small.") == [("33", 33.0, "year")]


def test_an_age_after_was_names_its_person() -> None:
    (claim,) = numcheck.extract("When the pier gave way, Mr. Okafor was 58.")
    assert claim.measurand == "age of Mr. Okafor"


def test_a_number_after_was_that_is_no_age_is_as_before() -> None:
    assert readings("The final score was 66.") == [("66", 66.0, None)]
    assert readings("Revenue was 66.") == [("66", 66.0, None)]
    assert readings("Okafor was 58. Then he left.")[0] == ("58", 58.0, None)
    assert readings("Lena Ortiz was 5 under par.") == [("5", 5.0, None)]
    found = readings("Lena Ortiz was 12, 14 and 9 in those rounds.")
    assert [u for _, _, u in found] == [None, None, None]


def test_both_and_a_number_after_two_people_is_their_age() -> None:
    text = "Rita Vale and Omar Vale, both 52, of Dover, admitted the scheme."
    assert readings(text) == [("52", 52.0, "year")]


def test_both_and_a_number_after_no_pair_of_people_is_as_before() -> None:
    assert readings("The Vales, both 52, of Dover, admitted the scheme.") == [("52", 52.0, None)]


def test_a_title_case_place_of_two_words_in_s_is_no_plural() -> None:
    assert readings("One Kansas City Nurse Charged with Theft") == [("One", 1.0, "nurse")]
    assert readings("Two Kansas City Nurses Charged with Theft") == [("Two", 2.0, "nurse")]
    assert readings("Three Harris County Deputies Fired") == [("Three", 3.0, "deputy")]
    assert readings("Two Dodge City Men Plead Guilty") == [("Two", 2.0, "man")]


def test_a_title_case_plural_before_other_words_is_as_before() -> None:
    assert readings("Two Banks Reach Deals with Regulators") == [("Two", 2.0, "bank")]
    assert readings("Two Texas Men Sentenced for Fraud") == [("Two", 2.0, "man")]
