"""Issue 10: "According to the indictment, Ana Ruiz, 41, stole ..." is the indictment's account.

A name between commas after the words that "according to" opens names the source only when those
words describe a person ("according to the town's first selectman, Chris Kervick, ..."). When they
name a document or an account (one of `accounts` in rules/attribution.yaml, a document word, or
"allegations"), the name is the subject of the account's clause, and the document is the source
(`_names_document`). The plurals of the legal documents are `groups` too, so "according to
allegations in the complaints" names a source (not "allegations" alone). The sentences are
written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_indictment_not_the_defendant() -> None:
    text = "According to the indictment, Ana Ruiz, 41, of Ames, stole at least eight cars."
    assert source_of(text, "eight") == "the indictment"
    assert source_of(text, "41") == "the indictment"


def test_court_documents_not_the_preparer() -> None:
    text = "According to court records, Bo Chen, a tax preparer, claimed $90,000 in refunds."
    assert source_of(text, "$90,000") == "court records"


def test_allegations_in_the_complaints() -> None:
    text = (
        "According to allegations in the complaints, between May 2010 and June 2012, Ana Ruiz, 28, "
        "a baker from Lima, is said to have stolen at least eight boats."
    )
    assert source_of(text, "eight") == "allegations in the complaints"


def test_a_title_before_the_name_keeps_the_name() -> None:
    text = "According to the town's first selectman, Chris Kervick, the storm cut power to 300 homes."
    assert source_of(text, "300") == "Chris Kervick"


def test_allegations_alone_say_nothing() -> None:
    assert source_of("The allegations were serious, and 40 people lost money.", "40") is None
