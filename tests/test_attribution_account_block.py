"""AT57: a legal account introduced by a paragraph of its own that ends in a colon ("As alleged in
the complaint:") is the telling of every paragraph after it, not only the first, until the
release's own closing: a quotation, the course of the case ("was sentenced to", a court acting) or
one of `carry_words: account_ends` (charges, penalties, who investigated). A one-line heading
right after the colon ("The Night of the Fire") does not stop the introduction. A speaker's words
introduced inside the account ("Halloran told agents:") take their own paragraph and
the account goes on after them.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

HEAD = (
    "A Dunmore man was charged today with setting fire to a warehouse.\n\n"
    "As alleged in the complaint:\n\n"
    "Egan Halloran rented a van in Dunmore. He drove it to the river docks that evening.\n\n"
)
ACCOUNT = "the complaint"


def test_the_account_runs_over_the_paragraphs_after_the_first() -> None:
    text = (
        HEAD
        + "Halloran carried 12 cans of fuel into the building. He left before midnight.\n\n"
        + "The fire destroyed 40 parked trucks. Crews fought it until dawn.\n\n"
    )
    assert source_of(text, "12") == ACCOUNT
    assert source_of(text, "40") == ACCOUNT


def test_a_heading_after_the_colon_does_not_stop_it() -> None:
    text = (
        "A Dunmore man was charged today with setting fire to a warehouse.\n\n"
        "As alleged in the complaint:\n\n"
        "The Night of the Fire\n\n"
        "Halloran carried 12 cans of fuel into the building. He left before midnight.\n\n"
        "The fire destroyed 40 parked trucks. Crews fought it until dawn.\n\n"
    )
    assert source_of(text, "12") == ACCOUNT
    assert source_of(text, "40") == ACCOUNT


def test_the_releases_closing_ends_it() -> None:
    text = (
        HEAD
        + "Halloran carried 12 cans of fuel into the building. He left before midnight.\n\n"
        + "The arson charge carries a maximum sentence of 20 years in prison.\n\n"
        + "The fire destroyed 40 parked trucks. Crews fought it until dawn.\n\n"
    )
    assert source_of(text, "12") == ACCOUNT
    assert source_of(text, "20 years") is None
    assert source_of(text, "40") is None  # the account does not come back after the closing


def test_a_quotation_ends_it() -> None:
    text = (
        HEAD
        + '"This fire put 30 workers at risk," the fire chief said. Nobody was hurt.\n\n'
        + "The fire destroyed 40 parked trucks. Crews fought it until dawn.\n\n"
    )
    assert source_of(text, "40") is None


def test_a_colon_with_no_account_hands_on_one_paragraph_only() -> None:
    text = (
        "A Dunmore man was charged today with setting fire to a warehouse.\n\n"
        "The fire chief said:\n\n"
        "Halloran rented a van in Dunmore. He drove it to the river docks that evening.\n\n"
        "Halloran carried 12 cans of fuel into the building. He left before midnight.\n\n"
    )
    assert source_of(text, "12") is None


def test_a_speakers_words_inside_it_do_not_end_it() -> None:
    text = (
        HEAD
        + "After his arrest, Halloran was taken to a hospital. There, Halloran told agents:\n\n"
        + "He had planned the fire for weeks. He wanted the owner to lose money.\n\n"
        + "The fire destroyed 40 parked trucks. Crews fought it until dawn.\n\n"
    )
    assert source_of(text, "40") == ACCOUNT


def test_the_plural_plea_agreements_are_an_account() -> None:
    # the plural "agreements" joins `accounts`, so the plea agreements' account runs on through
    # its paragraph as "the plea agreement" does
    text = (
        "Two brothers admitted a ticket fraud.\n\n"
        "According to the plea agreements, Osric and Tam Vell printed fake passes in a rented shop. "
        "The brothers then sold 400 passes outside the stadium.\n\n"
    )
    assert source_of(text, "400") == "the plea agreements"
