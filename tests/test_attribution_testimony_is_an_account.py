"""Issue 10: what witnesses told a court is an account a figure is taken from, as evidence and
court records are (rules/attribution.yaml `groups`, `accounts`, `generic`): "According to
testimony at trial, ..." credits the figures of its sentence to the testimony. Testimony that
is only talked about names no source ("Her testimony lasted three hours"). The sentences are
written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_according_to_testimony_at_trial() -> None:
    text = "According to testimony at trial, the clerk forged 14 invoices in one summer."
    assert source_of(text, "14") == "testimony at trial"


def test_according_to_bare_testimony() -> None:
    text = "According to testimony, the clerk moved $40,000 into a second account."
    assert source_of(text, "$40,000") == "testimony"


def test_according_to_court_testimony() -> None:
    text = "According to court testimony, the crew worked 16 hours a day."
    assert source_of(text, "16 hours a day") == "court testimony"


def test_testimony_talked_about_names_no_source() -> None:
    assert source_of("Her testimony lasted three hours on Tuesday.", "three hours") is None


def test_a_phrase_of_where_before_the_subject_names_no_source() -> None:
    # "in her evidence" before the subject says where the subject spoke ("evidence" names a
    # source elsewhere): it is not taken for the source of the cue after it
    text = "But in her evidence, Ms Okafor recalled the audit and explained why the board kept $300 million."
    assert source_of(text, "$300 million") is None
