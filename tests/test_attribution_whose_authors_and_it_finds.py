"""AT50: a document's authors in a relative clause ("a Hale Institute report whose authors estimate
that ...") credit the document, and "It finds that ..." right after a sentence naming a document
is that document's finding. A figure of the article's own voice nearby stays its own.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

REPORT = (
    "The estimate comes from a Lakeside Institute report whose authors calculate that a four-day "
    "week would cut commuting by 40%. "
)


def test_whose_authors_credit_the_report() -> None:
    assert source_of(REPORT, "40%") == "a Lakeside Institute report"


def test_it_finds_after_a_report_is_the_report() -> None:
    text = REPORT + "It finds that 18% of firms already let staff work from home."
    assert source_of(text, "18%") == "a Lakeside Institute report"


def test_it_finds_with_no_document_before_names_no_one() -> None:
    text = "The harbour was busy all week. It finds that 18% of the boats were late."
    assert source_of(text, "18%") is None


def test_whose_clause_without_a_cue_leaves_own_voice() -> None:
    text = "The port, whose cranes date from 1970, handled 12 ships last week."
    assert source_of(text, "12") is None
