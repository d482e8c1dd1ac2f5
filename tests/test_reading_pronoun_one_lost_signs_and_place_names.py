"""Readings found on the C and B rows of CQE sorts 13-16 and on reading slips noticed beside them
(round CS20), each pinned by sentences written for this file: "one" as a pronoun before its verb
("One called police", "one carrying a rifle") counts nothing; a noun in -ive right after "one" and
before a break or a preposition is counted ("one fugitive in Ohio"); a pound sign lost as "PS" before
a sum is money in pounds; a capitalised number word opening a town's name before its state is no
figure, even where the names make the sentence look like a headline; capitals and an "s" glued to
digits before a noun are a name's possessive; "one" before a four-word noun compound counts its
last noun; a street number before a numbered street is no figure; "N of the top M" counts the noun
after M; a number word after a comma that lost its space in a list of names is no figure; "One"
before a capitalised noun and verb in a Title Case headline counts the noun."""

from __future__ import annotations

import pytest

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


# ------------------------------------------------------------------ "one" as a pronoun


@pytest.mark.parametrize(
    "text",
    [
        "One called police after the shots were fired.",
        "Later, one phoned deputies to report it.",
    ],
)
def test_one_opening_its_clause_before_a_verb_in_ed_counts_nothing(text: str) -> None:
    assert [c.counts for c in numcheck.extract(text)] in ([], [None])


def test_one_after_a_semicolon_before_its_verb_counts_nothing() -> None:
    # since round CS26 a "one" after a semicolon and a count is a figure of its list, as after a
    # comma ("Two clerks fled, one called police"); it still counts no noun
    found = numcheck.extract("Two clerks fled; one called police and the other hid.")
    assert [(c.surface, c.counts) for c in found] == [("Two", "clerk"), ("one", None)]


def test_one_before_an_adjective_in_ed_and_its_noun_still_counts_the_noun() -> None:
    assert readings("One injured miner was taken to the clinic.") == [("One", 1.0, "miner")]
    assert readings("In one signed memo, he agreed to pay.") == [("one", 1.0, "memo")]


@pytest.mark.parametrize(
    "text",
    [
        "Two men were stopped, one carrying a rifle.",
        "Three of the firms faced suits, one involving a pension fund.",
    ],
)
def test_a_participle_after_one_before_its_object_is_no_noun(text: str) -> None:
    ones = [c for c in numcheck.extract(text) if c.surface == "one"]
    assert ones
    assert all(c.counts is None for c in ones)


def test_a_noun_in_ing_after_one_is_still_counted() -> None:
    assert readings("One hearing was put off to May.") == [("One", 1.0, "hearing")]


# ------------------------------------------------------------------ nouns in -ive after "one"


@pytest.mark.parametrize(
    "text",
    [
        "Agents arrested one fugitive in Ohio.",
        "The marshals caught one fugitive.",
        "One fugitive was caught in May.",
    ],
)
def test_a_noun_in_ive_right_after_one_before_a_break_is_counted(text: str) -> None:
    assert [c.counts for c in numcheck.extract(text)] == ["fugitive"]


def test_an_adjective_in_ive_right_after_one_still_counts_nothing() -> None:
    # before a verb of saying the reader still leaves it (as tests/test_reading_plurals_halves_and_ranks.py
    # pins), and before "and" the word is an adjective of a list
    assert readings("One executive said the merger was off.") == []
    found = numcheck.extract("The two plans, one negative and one positive, went to the board.")
    assert [c.counts for c in found] == ["plan", None, None]


# ------------------------------------------------------------------ a pound sign lost as "PS"


def test_a_sum_after_a_lost_pound_sign_is_money_in_pounds() -> None:
    found = numcheck.extract("The firm paid PS46,500 to settle and PS3.2 million in costs.")
    assert [(c.surface, c.value, c.unit) for c in found] == [
        ("PS46,500", 46500.0, "GBP"),
        ("PS3.2 million", 3200000.0, "GBP"),
    ]


def test_ps_before_a_bare_small_figure_is_no_money() -> None:
    assert all(c.unit != "GBP" for c in numcheck.extract("He sold his PS4 and a PS 5 at the fair."))


# ------------------------------------------------------------------ names


def test_a_number_word_opening_a_town_before_its_state_is_no_figure() -> None:
    assert readings("Jo Vance, 52, of Nine Mile Falls, Wash., was charged.") == [("52", 52.0, "year")]
    assert readings("Ray Ortiz, 33, of Spokane, Wash., and Di Wu, 29, of Four Oaks, N.C., pleaded.") == [
        ("33", 33.0, "year"),
        ("29", 29.0, "year"),
    ]


def test_a_distance_in_a_headline_is_still_read() -> None:
    assert [c.unit for c in numcheck.extract("He Ran Nine Miles, Police Say")] == ["mile"]


def test_capitals_and_an_s_glued_to_digits_before_a_noun_are_a_possessive() -> None:
    assert readings("The returns understated 3QXs gross receipts by far.") == []


def test_a_spaced_acronym_plural_is_still_counted() -> None:
    assert readings("Four QXs were hired in May.") == [("Four", 4.0, "qx")]


def test_a_number_word_after_a_comma_that_lost_its_space_in_names_is_no_figure() -> None:
    assert readings("The shop was owned by Red Oak Farms LLC,Three Rivers Supply Inc. and others.") == []


def test_a_street_number_before_a_numbered_street_is_no_figure() -> None:
    assert readings("The office at 412 7th Ave. N. in the city closed.") == []
    assert readings("The agency owns two houses at 310 4th Street S.") == [("two", 2.0, "house")]


# ------------------------------------------------------------------ counted nouns


def test_one_before_a_four_word_noun_compound_counts_its_last_noun() -> None:
    assert readings("He met one undercover drug task officer in June.") == [("one", 1.0, "officer")]


def test_a_four_word_run_after_one_with_a_participle_or_a_pronoun_counts_nothing() -> None:
    assert readings("There is one big farm shop run by a local man.") == []
    assert readings("There's one view you're almost sure to see: hills.") == []


def test_a_part_of_the_top_n_counts_the_noun_after_n() -> None:
    assert readings("The chain owns 31 of the top 40 stores in the state.") == [
        ("31", 31.0, "store"),
        ("40", 40.0, "store"),
    ]
    assert [c.unit for c in numcheck.extract("Rents rose in 12 of our largest 20 towns.")] == ["town", "town"]


def test_one_before_a_capitalised_noun_and_verb_in_a_title_case_headline_counts_the_noun() -> None:
    found = numcheck.extract("Nine Men and One Woman Charged in Texas With Wire Fraud")
    assert [(c.surface, c.unit) for c in found] == [("Nine", "man"), ("One", "woman")]
