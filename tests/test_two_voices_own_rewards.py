"""Two voices each announcing a reward of its own ("the charity announced" a $20,000 reward, "City
police announced on Friday that tips would earn a $30,000 reward") make two offers, not one figure
told two ways: NC201 does not set them against each other (rewards among rules/attribution.yaml
own_results; round JG7, read on the FNC news set; the text is written for this file). A voice that
tells of the police's reward is still set against it."""

from __future__ import annotations

import numcheck

POLICE = "City police announced on Friday that tips would earn a $30,000 reward."


def sources(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_two_voices_each_announcing_a_reward_are_two_offers() -> None:
    text = (
        '"We will pay a $20,000 reward for any tip that leads to an arrest," the charity announced.'
        "\n\n" + POLICE
    )
    assert sources(text) == []


def test_a_family_telling_of_the_police_reward_is_still_found() -> None:
    text = POLICE + "\n\nThe family said the police reward for tips about the killing was $3,000."
    assert sources(text) == ["sources differ: $30,000 (City police) vs $3,000 (The family); ratio 0.10"]
