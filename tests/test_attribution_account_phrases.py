"""AT64: a legal account named in more than one word (`accounts` entries with a space: "statement
of facts", "factual basis") is an account like "the indictment": its narrative runs on through its
paragraph, and the source keeps its whole name ("the statement of facts", not the bare "the
statement", which names any statement). A plain "statement" stays a document that carries only as
documents do, and "the review of 136 trusts" is still the review (what a document covers is not
its name).

The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of


def test_the_statement_of_facts_keeps_its_name() -> None:
    text = "According to the statement of facts, Dara Quill opened 30 accounts at a Lisbon bank."
    assert source_of(text, "30") == "the statement of facts"


def test_the_statement_of_facts_runs_on_through_its_paragraph() -> None:
    text = (
        "A broker admitted hiding money from tax collectors.\n\n"
        "According to the statement of facts, on May 3, 2014, agents searched the broker's office. "
        "They found a locked cabinet in a back room. Inside it were over 500 pages of ledgers.\n\n"
    )
    assert source_of(text, "500") == "the statement of facts"


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("According to the factual basis, ", "the factual basis"),
        ("According to the stipulation of facts, ", "the stipulation of facts"),
    ],
)
def test_other_accounts_named_in_more_words(opening: str, source: str) -> None:
    text = (
        "A clerk admitted a payroll fraud.\n\n"
        + opening
        + "from 2009 to 2012, Ivo Brant ran the payroll office of a hospital. "
        + "The office paid 14 workers who did not exist.\n\n"
    )
    assert source_of(text, "14") == source


def test_a_bare_statement_is_no_account() -> None:
    # "the statement" alone names no legal account: its narrative does not run on past a sentence
    # with no figure, as an account's does
    text = (
        "A broker admitted hiding money from tax collectors.\n\n"
        "According to the statement, on May 3, 2014, agents searched the broker's office. "
        "They found a locked cabinet in a back room. Inside it were over 500 pages of ledgers.\n\n"
    )
    assert source_of(text, "500") is None


def test_what_a_review_covers_is_still_not_its_name() -> None:
    text = "The review of 136 hospital trusts found that 40 were unsafe."
    assert source_of(text, "40") == "The review"


def test_an_account_phrase_is_cut_after_it_like_a_document() -> None:
    # "of 40 pages" is what the statement of facts holds, not its name (as "the review of ...")
    text = "According to the statement of facts of 40 pages, Lee took $50,000."
    assert source_of(text, "$50,000") == "the statement of facts"


def test_a_factual_statement_is_no_legal_account() -> None:
    # a club's or a ministry's "factual statement" is a statement: it is not carried on like an
    # indictment's narrative to figures of the writer's own
    text = (
        "The club published a factual statement. According to the factual statement, 12 players "
        "tested positive. The season resumes in May. The league has 20 teams."
    )
    assert source_of(text, "20") is None
