"""Readings of a spelled-out "one" taken from kinds of the C rows of CQE sort 19 and from what round
CS24 left (round CS26, after the sort, so not measured by it), each pinned by sentences written for
this file, with the nearby shapes that must stay as they were: a hyphened word after "one" with no
noun after it is the noun, counted by its last part as its plural is; a preposition ends the noun
compound after "one"; a word in -ing before its object ends it too; a noun in -ly (rules/nouns.yaml
one_nouns_in_ly) is counted, never taken for an adjective; a "one" after a semicolon and a count is
a figure of that list."""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_hyphened_word_after_one_is_the_noun() -> None:
    assert readings("One co-worker was fired in March while the other quit.") == [("One", 1.0, "worker")]
    found = readings("Clerks kept one e-mail between the two banks.")
    assert found == [("one", 1.0, "mail"), ("two", 2.0, "bank")]
    assert readings("Her doctor said one anti-anxiety pill cannot help.")[0][2] != "anti"
    assert readings("He named one co-owner of the garage.") == [("one", 1.0, "owner")]
    assert readings("The nurse sent one e-mail.") == [("one", 1.0, "mail")]


def test_a_hyphened_modifier_or_a_figure_in_the_hyphen_is_as_before() -> None:
    assert readings("The bank opened one U.S.-related account for him.") == [("one", 1.0, "account")]
    assert readings("He served one five-year stint in jail.") == [("five-year", 5.0, "year")]
    assert readings("The bonds sit one level-above junk.") == [("one", 1.0, "level")]
    assert readings("The town was one of-the fastest rising in its county.") == []
    # a modifier in -ed or one before a capitalised name is no noun
    assert all(u != "placed" for _, _, u in readings("So says one well-placed UN aide."))
    assert all(u != "induced" for _, _, u in readings("It drew two reviews: one media-induced, one not."))


def test_a_preposition_or_a_modal_ends_the_noun_after_one() -> None:
    text = "The claim came from two former aides and one former contract nurse under the federal law."
    assert readings(text) == [("two", 2.0, "aide"), ("one", 1.0, "nurse")]
    assert readings("He picked one option under review for the board.") == [("one", 1.0, "option")]
    assert readings("They found one storage depot near the river.") == [("one", 1.0, "depot")]
    assert readings("One home remedy cannot cure a fever.") == [("One", 1.0, "remedy")]


def test_a_word_in_ing_before_its_object_ends_the_noun_after_one() -> None:
    assert readings("He mailed one tax return claiming a large refund.") == [("one", 1.0, "return")]
    assert readings("One key sale proving this point came in May.") == [("One", 1.0, "sale")]
    # inside a compound, with no object after it, a word in -ing stays as it was
    assert readings("He faces one drug trafficking charge.") == [("one", 1.0, "drug")]


def test_a_noun_in_ly_after_one_is_counted() -> None:
    assert readings("The case was brought by one family with two sons.")[0] == ("one", 1.0, "family")
    assert readings("One family lost its home in the fire.") == [("One", 1.0, "family")]
    assert readings("He is one ally of the mayor.") == [("one", 1.0, "ally")]
    # adjectives in -ly before a noun are as before
    assert readings("One elderly man was hurt.") == [("One", 1.0, "man")]
    assert readings("He was one likely winner.") == [("one", 1.0, "winner")]


def test_one_after_a_semicolon_and_a_count_is_a_figure_of_the_list() -> None:
    text = "Twelve people were indicted, nine of whom pleaded guilty; one is still at large."
    assert readings(text)[-1] == ("one", 1.0, None)
    found = readings("Two guards were hurt; one was flown out.")
    assert found == [("Two", 2.0, "guard"), ("one", 1.0, "guard")]
    # no count before it, or "one of them" and a modal, as before
    assert readings("The pay was low; one clerk quit.") == [("one", 1.0, "clerk")]
    assert readings("He ran twice; one must admire that.") == [("twice", 2.0, "time")]
