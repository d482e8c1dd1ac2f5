"""AT56: after "according to", a legal account named with a long phrase of where it was filed or
shown ("court documents filed in the district court for the northern counties of ...") is too long
to pass as a name; the account at its head is the source (the documents). A short phrase stays
whole, as before ("records filed with the judge"). The participle must follow a word of an account
or a document and come before a preposition.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_documents_filed_in_a_long_named_court() -> None:
    text = (
        "According to court documents filed in the Wexford Valley district court for the northern "
        "counties of the state, Orlo Vance's firm took in about $21 million from 2009 to 2011."
    )
    assert source_of(text, "$21 million") == "court documents"


def test_a_short_phrase_stays_whole() -> None:
    text = "According to records filed with the judge, Vance kept $40,000 of the payments."
    assert source_of(text, "$40,000") == "records filed with the judge"
