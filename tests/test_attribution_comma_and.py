"""Issue 10: a source named in a clause of its own after ', and' does not reach back.

'Nearly 30 percent of the pupils speak a second language, and the state's audit found that ...'
gives the writer's figure first; the audit's finding opens a new clause. A legal account ('...,
and the indictment alleges that ...') still covers the charge before it. The sentences are
written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_figure_before_comma_and_a_source_is_the_writer_s() -> None:
    text = (
        "Nearly 30 percent of the county's pupils speak a second language at home, and the state's "
        "audit found that many of them got no extra teaching."
    )
    assert source_of(text, "30 percent") is None


def test_a_figure_before_comma_and_a_speaker_is_the_writer_s() -> None:
    text = "The river rose 4 metres overnight, and the harbour master said the quay would stay shut."
    assert source_of(text, "4 metres") is None


def test_a_legal_account_after_comma_and_still_covers_the_charge() -> None:
    text = (
        "Veldt is accused of taking about $72,000 in false travel claims, and the indictment "
        "alleges that he hid the money in a cousin's account."
    )
    assert source_of(text, "$72,000") == "the indictment"
