"""AT51: a legal account ("According to evidence presented at trial, ...") goes on into the
paragraphs after it that are entries of a dated chronology of the case's acts ("On June 4, 2015,
Norbury sold ..."), each opened by "On", a month and a day. A paragraph that is not such an entry
(undated, quoting someone, telling the case's course or its penalties, or a state of affairs now)
ends the account, and its figures stay the release's own voice.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

HEAD = (
    "A federal jury convicted a Lakeview man of permit fraud.\n\n"
    "According to evidence presented at trial, Dale Norbury ran a scheme that sold forged building "
    "permits to contractors.\n\n"
)
ACCOUNT = "evidence"  # (the source read from "evidence presented at trial")


def test_dated_paragraphs_after_the_account_are_the_account() -> None:
    text = (
        HEAD
        + "On June 4, 2015, Norbury sold three forged permits to a builder in Ashford.\n\n"
        + "On Aug. 19, 2015, Norbury and a partner collected $12,000 from two landlords.\n\n"
    )
    assert source_of(text, "three") == ACCOUNT
    assert source_of(text, "$12,000") == ACCOUNT


def test_an_undated_paragraph_is_the_writers() -> None:
    text = HEAD + "The permits office in Lakeview employed 40 inspectors at the time.\n\n"
    assert source_of(text, "40") is None


def test_the_chronology_ends_at_an_undated_paragraph() -> None:
    text = (
        HEAD
        + "The permits office in Lakeview employed 40 inspectors at the time.\n\n"
        + "On June 4, 2015, Norbury sold three forged permits to a builder in Ashford.\n\n"
    )
    assert source_of(text, "three") is None


def test_penalties_and_the_present_are_not_the_account() -> None:
    text = (
        HEAD
        + "On June 4, 2015, Norbury sold three forged permits to a builder in Ashford.\n\n"
        + "On May 2, 2019, Norbury faces a maximum of 20 years in prison.\n\n"
    )
    assert source_of(text, "three") == ACCOUNT
    assert source_of(text, "20 years") is None
    text = HEAD + "On June 4, 2015, the firm has 15 vans on the road.\n\n"
    assert source_of(text, "15") is None
    text = HEAD + "On June 4, 2015, an agent who investigated the firm counted 15 vans.\n\n"
    assert source_of(text, "15") is None


def test_a_quoting_paragraph_ends_the_account() -> None:
    text = HEAD + 'On June 4, 2015, Norbury sold six permits. "It was easy money," a partner recalled.\n\n'
    assert source_of(text, "six") is None
