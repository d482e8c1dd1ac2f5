"""Readings found on the C rows of the CQE sorts (bench/cqe_sorted_*.tsv), each pinned by sentences
written for this file: a national phone number with a trunk code is no range; a word in quotation
marks before a noun is a modifier, the noun after it counted; a preposition ends the noun after
"one"; "one aged N" and "the only one <-ing>" count nothing; a spaced hyphen between two small whole
numbers before a word is a range's dash."""

from __future__ import annotations

import numcheck


def claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_phone_number_with_a_trunk_code_is_no_range() -> None:
    assert claims("Witnesses can ring the station on 01-5553210 or the desk on 047-39210.") == []


def test_a_range_opening_with_zero_is_still_a_range() -> None:
    assert [c.surface for c in numcheck.extract("The plan covers 0-40000 households.")] == ["0-40000"]


def test_a_quoted_word_before_the_noun_leaves_the_noun_counted() -> None:
    assert claims('The rivals have fought three "declared" wars since 1950.') == [("three", 3.0, "war")]
    assert claims('The list named 41 alleged "rogue" landlords.') == [("41", 41.0, "landlord")]
    assert claims("The firm fitted 30 “smart” meters.") == [("30", 30.0, "meter")]


def test_a_quoted_word_with_no_noun_after_it_counts_nothing() -> None:
    assert claims('She rated three "dodgy" and left.') == [("three", 3.0, None)]


def test_a_preposition_ends_the_noun_after_one() -> None:
    assert claims("The code lets clinics open in one district without a permit.") == [
        ("one", 1.0, "district")
    ]
    assert claims("The board runs one clinic within the county.") == [("one", 1.0, "clinic")]
    assert claims("One clinic without staff closed.") == [("One", 1.0, "clinic")]


def test_one_before_an_age_counts_nothing() -> None:
    found = claims("Two women were questioned, one aged 61, and the other 39.")
    assert ("one", 1.0, "aged") not in found
    assert ("Two", 2.0, "woman") in found and ("61", 61.0, "year") in found


def test_the_only_one_before_a_participle_is_a_pronoun() -> None:
    assert claims("Ana is hardly the only one praising the verdict.") == []


def test_a_spaced_hyphen_between_small_numbers_is_a_range() -> None:
    [c] = numcheck.extract("The pill is licensed for pupils, 7 - 13 years of age, since June.")
    assert (c.low, c.high, c.unit) == (7.0, 13.0, "year")
    [c] = numcheck.extract("The club had 20 - 30 members.")
    assert (c.low, c.high) == (20.0, 30.0)


def test_a_spaced_hyphen_in_a_score_or_between_years_is_no_range() -> None:
    assert [c.surface for c in numcheck.extract("They won 4 - 2 at home.")] == ["4", "2"]
    assert claims("It ran from 1990 - 1995 in all.") == []


def test_an_age_word_after_one_counts_only_before_a_figure() -> None:
    assert claims("He asked to wrestle down one age division this year.") == [("one", 1.0, "division")]


def test_a_participle_before_a_preposition_after_one_is_no_noun() -> None:
    found = claims("Two militias, one fighting against the army, held the town.")
    assert ("one", 1.0, "fighting") not in found and ("Two", 2.0, "militia") in found


def test_one_before_a_name_of_three_words_counts_the_noun_after_it() -> None:
    assert claims("Then one Free Town Militia fighter said the truce was over.") == [("one", 1.0, "fighter")]
    assert claims("He met one North Korean man there.") == [("one", 1.0, "man")]


def test_a_day_glued_to_its_month_by_a_hyphen_is_a_date() -> None:
    assert claims("He was last seen on Monday night, 13-March, near the quay.") == []
    assert claims("The 12-Mar deadline passed with 40 bids.") == [("40", 40.0, "bid")]


def test_one_set_against_the_other_is_one_of_a_pair() -> None:
    # no noun is counted ("without" is none), but the figure stays: one of a pair
    assert claims("We cannot have one without the other, she said.") == [("one", 1.0, None)]
