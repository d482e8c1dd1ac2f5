"""Issue 10: a charging document named by a word that names no document elsewhere.

"The four-count information charges Delmar Corp. with ..." is the information's account, like
an indictment's; "information" is such a document only as the subject of a charging verb
(`charging_documents` in rules/attribution.yaml). The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_an_information_that_charges_someone_gives_the_counts() -> None:
    text = (
        "The four-count information charges Delmar Corp. with two bid-rigging counts and a count of perjury."
    )
    assert source_of(text, "two") == "The four-count information"


def test_an_information_that_charges_that_gives_what_follows() -> None:
    text = "The felony information charges that Delmar Corp. paid 40 bribes."
    assert source_of(text, "40") == "The felony information"


def test_information_with_another_verb_is_no_source() -> None:
    text = "The information shows 40 bribes were paid."
    assert source_of(text, "40") is None
