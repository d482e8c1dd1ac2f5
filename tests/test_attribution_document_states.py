"""Issue 10: "The complaint states that ..." gives the complaint what follows.

"states" and "state" are a document's verb (`document_verbs`) only with a document or one of
`accounts` as their subject and "that" after them: "The plea agreement states that ...", "Court
documents state that ...". Anywhere else they are a noun and part of the words around them ("The
United States alleged a fraud", "a state office found ...", "the state said ..."), so a subject
that holds them is not cut there. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_agreement_states_that() -> None:
    text = "The plea agreement states that both sides will seek 20 years in prison."
    assert source_of(text, "20 years") == "The plea agreement"


def test_documents_state_that() -> None:
    text = "Court documents state that close to 200 returns were filed from a single address."
    assert source_of(text, "200") == "Court documents"


def test_a_person_who_states_is_no_document() -> None:
    assert source_of("Ruiz states that 40 firms had closed.", "40") is None


def test_the_united_states_keeps_its_name() -> None:
    text = "The United States alleged that a clinic billed for 300 visits."
    assert source_of(text, "300") == "The United States"
    assert source_of("Officials in the United States said 40 firms had closed.", "40") == (
        "Officials in the United States"
    )


def test_the_state_said() -> None:
    assert source_of("The state said 40 firms had closed.", "40") == "The state"


def test_a_state_office_inside_a_document_subject() -> None:
    text = "Studies conducted with state heritage offices found 12 burial sites along the route."
    assert source_of(text, "12") == "Studies conducted with state heritage offices"
