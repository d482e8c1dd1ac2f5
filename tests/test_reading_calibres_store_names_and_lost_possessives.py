"""Readings of figures taken from kinds of the C rows of CQE sort 19 (round CS26, after the sort, so
not measured by it), each pinned by sentences written for this file, with the nearby shapes that
must stay as they were: a figure before "caliber" or "calibre" (rules/nouns.yaml names_after) names
a gun's calibre, no figure; digits, a capitalised currency word and another capitalised word in
running text are a name ("99 Cents Only Stores"), no price; "N of the citys <plural>", where the
possessive lost its apostrophe in a shape no plural has, counts the plural; a count before a
capitalised owner in -s' counts the noun after it ("93 U.S. Marshals' offices")."""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_calibre_is_no_figure() -> None:
    assert readings("Officers took a .38 caliber revolver from his car.") == []
    assert readings("He kept a .45-calibre pistol and 9 rounds in the van.") == [("9", 9.0, "round")]


def test_other_measures_of_a_gun_are_as_before() -> None:
    assert readings("He kept a 9mm pistol in the van.") == [("9mm", 9.0, "millimetre")]
    assert readings("Officers took two rifles from his car.") == [("two", 2.0, "rifle")]


def test_a_store_named_by_a_price_is_no_price() -> None:
    assert readings("Thieves fitted card readers at 99 Cents Only Stores across the county.") == []
    assert readings("She ran the 1 Dollar Outlet beside the old rail depot for years.") == []


def test_a_capitalised_price_in_a_headline_or_before_a_day_is_as_before() -> None:
    assert readings("Lender Pays 40 Cents a Share to Holders") == [("40 Cents a Share", 0.4, "USD/share")]
    assert readings("The stock fell 40 Cents Friday.") == [("40 Cents", 0.4, "USD")]
    assert readings("He paid 5 Dollars for the map.") == [("5 Dollars", 5.0, "USD")]


def test_a_part_of_a_possessive_that_lost_its_apostrophe_counts_its_plural() -> None:
    assert readings("Inspectors toured 31 of the countys clinics last spring.") == [("31", 31.0, "clinic")]
    assert readings("Two of the companys plants were shut.") == [("Two", 2.0, "plant")]
    assert readings("Six of the complexs units failed the test.") == [("Six", 6.0, "unit")]


def test_a_part_of_a_plural_or_a_possessive_with_its_apostrophe_is_as_before() -> None:
    assert readings("Inspectors toured 31 of the county's clinics last spring.") == [("31", 31.0, "clinic")]
    assert readings("Five of the guys said no.") == [("Five", 5.0, "guy")]
    assert readings("Five of the citys were poor.") == [("Five", 5.0, "city")]


def test_a_count_before_a_capitalised_owner_counts_the_noun_after_it() -> None:
    text = "The plan links 93 U.S. Marshals' offices with many local police units."
    assert readings(text)[0] == ("93", 93.0, "office")
    assert readings("The camp hosted 12 Girl Scouts' troops.") == [("12", 12.0, "troop")]


def test_a_lower_case_owner_is_as_before() -> None:
    assert readings("He named five states' attorneys general.") == [("five", 5.0, "state")]
