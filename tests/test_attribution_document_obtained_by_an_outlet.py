"""Issue 10: "according to documents obtained by the Ledger", "a memo seen by Reuters": the
outlet that got hold of a document did not author its figures, so the source is the document
(or, for "documents from the Water Board obtained by ...", who made it), never the outlet. The
participles are data (rules/attribution.yaml `recipient_participles`); a document made "by" someone
("a report by the Audit Office", "figures released by the ministry") still names its maker.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_documents_obtained_by_an_outlet() -> None:
    text = "The new pier would cost $40 million, according to planning documents obtained by the Ledger."
    assert source_of(text, "$40 million") == "planning documents"


def test_memo_seen_by_an_agency() -> None:
    text = "About 300 jobs will go, according to an internal memo seen by Reuters."
    assert source_of(text, "300") == "an internal memo"


def test_maker_of_documents_obtained_by_an_outlet() -> None:
    text = "The dam holds 12 billion litres, according to records from the Water Board seen by the Ledger."
    assert source_of(text, "12 billion litres") == "the Water Board"


def test_a_report_by_its_maker_still_names_the_maker() -> None:
    text = "The dam holds 12 billion litres, according to a report released by the Water Board."
    assert source_of(text, "12 billion litres") == "the Water Board"
