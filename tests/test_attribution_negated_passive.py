"""AT64: a cue verb in the passive with a negation or an adverb after its "be" ("were not told",
"was never disclosed", "are also estimated at", "weren't reported") is a passive as "were told" is:
its subject is what was said or who heard it, never a source, and nothing is carried from it. The
active with the same words ("has not said", "have also said") keeps its subject, and a "she said"
after the passive still credits the speaker. Where the subject is the speaker it keeps its source:
quoted ("was later quoted as saying", "is also recorded as saying"), or "to have" and a saying verb
after the cue ("is also said to have told detectives ...", tests/test_attribution_participles.py).
A capitalised "IS" is a name, not the verb. ("to be" or "to have" with no saying verb is hearsay
with no one named: "is widely reported to be earning".)

The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The lenders were not told that the loans paid $400,000 in fees.", "$400,000"),
        ("The lenders were never told that the loans paid $400,000 in fees.", "$400,000"),
        ("The buyers were also told that the flats cost $90,000 each.", "$90,000"),
        ("The deaths were not reported until 40 days later.", "40 days"),
        ("The deaths weren't reported until 40 days later.", "40 days"),
        ("Arrivals were also estimated at 590,000.", "590,000"),
    ],
)
def test_a_passive_with_a_word_after_its_be_names_no_source(text: str, surface: str) -> None:
    assert source_of(text, surface) is None


def test_a_document_not_disclosed_carries_nothing() -> None:
    text = (
        "The side letters were not disclosed to the bank. "
        "The loans then paid $400,000 in kickbacks to the buyers."
    )
    assert source_of(text, "$400,000") is None


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("The ministry has not said how many of the 40 wounded are soldiers.", "40", "The ministry"),
        ("Police have also said that 12 men fled the farm.", "12", "Police"),
        ("Ana Ruiz was not told that 40 workers had left, she said.", "40", "Ana Ruiz"),
        ("Forty deaths were also reported by the health ministry on Monday.", "Forty", "the health ministry"),
    ],
)
def test_the_active_and_a_named_agent_keep_their_source(text: str, surface: str, source: str) -> None:
    assert source_of(text, surface) == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("The minister was later quoted as saying 300 jobs will go.", "300", "The minister"),
        ("Ana Ruiz was also quoted in the paper as saying that 300 jobs will go.", "300", "Ana Ruiz"),
        ("Ana Ruiz was also recorded as saying that 300 jobs will go.", "300", "Ana Ruiz"),
        ("The minister is also reported as saying 300 jobs will go.", "300", "The minister"),
    ],
)
def test_a_subject_quoted_as_saying_is_the_speaker(text: str, surface: str, source: str) -> None:
    assert source_of(text, surface) == source


def test_an_upper_case_name_is_no_be() -> None:
    assert source_of("IS also claimed the attack, saying 40 soldiers had died.", "40") is not None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The striker is widely reported to be earning $400,000 a week.", "$400,000 a week"),
        ("He is widely said to have 3 homes in Spain.", "3"),
    ],
)
def test_hearsay_about_the_subject_names_no_source(text: str, surface: str) -> None:
    assert source_of(text, surface) is None
