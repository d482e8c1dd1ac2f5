"""Issue 10: a speaker named in capitals before a colon that opens a quotation.

Transcripts and broadcast write-ups set out a turn as 'RUIZ: "..."' or 'HARBOUR CORRESPONDENT, ANA
RUIZ:- "..."': the quotation's figures are that speaker's. One capitalised word must be the surname
of a person the text names; a heading in capitals ('THE BIG PICTURE:', 'EDITOR'S VIEW:') names no
one. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_name_in_capitals_before_a_colon_speaks_the_quotation() -> None:
    text = (
        "The mill closed on Friday after a long dispute.\n\n"
        'RIVER NEWS CORRESPONDENT, TOMAS KEEL:- "It has been nine hard months here. '
        'Nearly 300 workers were waiting for the ruling."\n'
    )
    assert source_of(text, "nine") == "TOMAS KEEL"
    assert source_of(text, "300") == "TOMAS KEEL"


def test_a_surname_in_capitals_stands_for_the_person_named() -> None:
    text = (
        "Mayor Ada Brenner spoke at the opening of the bridge.\n\n"
        'BRENNER: "We built it in 18 months, well ahead of plan."\n'
    )
    assert source_of(text, "18 months") == "Ada Brenner"


def test_a_heading_in_capitals_names_no_speaker() -> None:
    text = 'Markets were calm on Tuesday.\n\nTHE BIG PICTURE: "Rates rose 2 percent in a year."\n'
    assert source_of(text, "2 percent") is None
