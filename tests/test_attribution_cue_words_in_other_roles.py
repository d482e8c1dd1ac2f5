"""AT50: cue words in roles where no one speaks: a noun after its adjective ("competing claims over
..."), "says it all" (a thing that speaks for itself), and a participle closing a heading in a
dated list ("Model X revealed - Pen-controlled phone ..."). The same words as a saying still
credit their source.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_competing_claims_is_a_noun() -> None:
    text = "Two rebel groups have made competing claims over raids in Tarvia, a country of 9 million people."
    assert source_of(text, "9 million") is None


def test_a_group_that_claims_still_speaks() -> None:
    text = "The rebel group claims that 9 million people back its cause."
    assert source_of(text, "9 million") == "The rebel group"


def test_says_it_all_is_no_saying() -> None:
    text = "The fans' chanting after the whistle said it all as the side went top with six games left."
    assert source_of(text, "six") is None


def test_says_it_all_before_a_colon_quotes() -> None:
    text = 'The paper\'s headline says it all: "Harbour Users Pay 300 Dollars More".'
    assert source_of(text, "300 Dollars") == "The paper's headline"


def test_heading_in_a_dated_list_is_no_saying() -> None:
    text = (
        "3 May 2019: Model Q revealed - Pen phone wins praise 9 June 2019: First recall - 1.5 million "
        "handsets called back because of a battery fault"
    )
    assert source_of(text, "1.5 million") is None


def test_revealed_before_that_still_speaks() -> None:
    text = "The maker revealed that 1.5 million handsets were called back."
    assert source_of(text, "1.5 million") == "The maker"
