"""Issue 10: "claim" in the present with a plural subject reports words when "that" follows it
("The budget papers claim that fines are up 30%"), as "claims" and "claimed" do
(rules/attribution.yaml `verbs`); before anything else it asks for or takes something
("residents can claim up to $300", "the rebels claim two more villages") and no one speaks
(`that_only_cues`). The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_documents_claim_that() -> None:
    text = "The union's leaflets also claim that the new rota has failed, saying overtime is up 30%."
    assert source_of(text, "30%") == "The union's leaflets"


def test_officials_claim_that() -> None:
    assert source_of("Local officials claim that 40 homes were lost.", "40") == "Local officials"


def test_claim_as_asking_for_is_no_cue() -> None:
    assert source_of("Residents can claim up to $300 in relief this year.", "$300") is None


def test_claim_as_taking_is_no_cue() -> None:
    assert source_of("The rebels claim two more villages each week.", "two") is None
