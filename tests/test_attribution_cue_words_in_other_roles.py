"""AT50: cue words in roles where no one speaks: a noun after its adjective ("rival claims to
..."), "says it all" (a thing that speaks for itself), and a participle closing a heading in a
dated list ("Tram plan revealed - City backs ..."). The same words as a saying still
credit their source.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_competing_claims_is_a_noun() -> None:
    text = "Two unions have made competing claims over a pension fund of 9 million euros."
    assert source_of(text, "9 million euros") is None


def test_a_group_that_claims_still_speaks() -> None:
    text = "The rebel group claims that 9 million people back its cause."
    assert source_of(text, "9 million") == "The rebel group"


def test_says_it_all_is_no_saying() -> None:
    text = "The empty stands said it all as the club slipped to a third defeat in 12 days."
    assert source_of(text, "12 days") is None


def test_says_it_all_before_a_colon_quotes() -> None:
    text = 'The paper\'s headline says it all: "Harbour Users Pay 300 Dollars More".'
    assert source_of(text, "300 Dollars") == "The paper's headline"


def test_heading_in_a_dated_list_is_no_saying() -> None:
    text = (
        "3 May 2019: Tram plan revealed - City backs six stops 9 June 2019: Funding agreed - 1.5 "
        "million euros set aside for the depot"
    )
    assert source_of(text, "1.5 million euros") is None


def test_revealed_before_that_still_speaks() -> None:
    text = "The city revealed that 1.5 million euros were set aside for the depot."
    assert source_of(text, "1.5 million euros") == "The city"
