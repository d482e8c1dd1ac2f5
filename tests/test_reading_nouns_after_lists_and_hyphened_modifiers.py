"""The counted noun past modifiers that the reader used to stop at (CS21, after CQE sorts 16-17's B
and C rows): a list of plain modifiers with commas ("40 federal, state and local officers", with or
without the serial comma) counts the noun after the list, but a word of time before a comma ends the
phrase ("killed 9 overnight, police and fire officials said"); a capitalised plural after a hyphenated
modifier is counted like one after capitalised words ("1,200 U.S.-linked Accounts were"). Sentences
written for this file."""

from __future__ import annotations

import numcheck


def counted(text: str) -> list[tuple[str, str | None]]:
    return [(c.surface, c.unit) for c in numcheck.extract(text)]


def test_a_list_of_modifiers_before_a_noun_counts_the_noun() -> None:
    assert counted("Nearly 60 county, city and tribal clinics got the money.") == [("60", "clinic")]


def test_a_serial_comma_list_before_a_noun_compound_counts_its_last_noun() -> None:
    found = counted("About 75 federal, state, and tribal police officers searched the farm.")
    assert found == [("75", "officer")]


def test_a_word_of_time_before_a_comma_ends_the_phrase() -> None:
    found = counted("The storm killed 9 overnight, police and fire officials said.")
    assert found == [("9", None)]


def test_a_list_of_nouns_keeps_its_first_noun() -> None:
    assert counted("She packed 4 shirts, socks, and a coat.") == [("4", "shirt")]


def test_a_capitalised_plural_after_a_hyphened_modifier_is_counted() -> None:
    found = counted("Auditors said 311 of the 1,204 U.S.-linked Accounts were closed.")
    assert found == [("311", "account"), ("1,204", "account")]


def test_a_capitalised_plural_after_a_lower_case_hyphened_modifier_is_counted() -> None:
    assert counted("The bank froze 87 offshore-held Accounts in May.") == [("87", "account")]


def test_a_hyphened_modifier_before_a_name_and_a_noun_counts_the_noun() -> None:
    assert counted("Five well-known Star Trek films were shown.") == [("Five", "film")]


def test_a_capitalised_plural_ending_a_hyphened_word_is_not_counted_without_its_prefix() -> None:
    assert counted("Twelve of the non-Members were fined.") == [("Twelve", None)]
