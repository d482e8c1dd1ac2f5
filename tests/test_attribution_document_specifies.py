"""AT56: "specifies that" after a legal document is the document's account, as "states that" and
"established that" are ("The plea agreement specifies that the couple caused a loss of $40,000"); the
verb after anything that is no document stays no cue.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_plea_agreement_specifies_that() -> None:
    text = "The plea agreement specifies that the Harlows caused the treasury a loss of $40,000."
    assert source_of(text, "$40,000") == "The plea agreement"


def test_a_person_who_specifies_is_no_document() -> None:
    text = "Lena specified that the 12 chairs should be blue."
    assert source_of(text, "12") is None
