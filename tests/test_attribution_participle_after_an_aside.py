"""AT50: a verb of saying in -ing shares the sentence's subject when an aside ("at one point", an
adverb in -ly) stands between its comma and it, or when it follows "and" after another verb in -ing
that a comma opened. A figure in a clause of the sentence's own, with no such verb, stays its own.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_aside_between_comma_and_saying() -> None:
    text = "The council delayed the vote again, at one point saying the review would need 480 days."
    assert source_of(text, "480 days") == "The council"


def test_adverb_between_comma_and_saying() -> None:
    text = "The union walked out of the talks, loudly saying 300 drivers had not been paid."
    assert source_of(text, "300") == "The union"


def test_saying_after_and_after_another_participle() -> None:
    text = "Drivers blocked the depot, blaming the firm for late pay and saying 40 of them had not been paid."
    assert source_of(text, "40") == "Drivers"


def test_and_with_no_participle_before_stays_own_voice() -> None:
    text = "Crews cleared the road and carried 40 people to safety."
    assert source_of(text, "40") is None
