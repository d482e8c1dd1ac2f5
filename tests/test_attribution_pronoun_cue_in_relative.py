"""AT56: a figure in a relative clause set off by a comma after a cue ("..., where ...") is the
writer's, unless the clause gives its own pronoun and verb of saying ("The charity says it cannot
reach the valley, where it estimates 9,000 families are cut off": the charity's estimate).

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_pronoun_estimate_in_the_relative_clause() -> None:
    text = "The charity says it cannot reach the valley, where it estimates 9,000 families are cut off."
    assert source_of(text, "9,000") == "The charity"


def test_a_relative_clause_without_its_own_cue_stays_the_writers() -> None:
    text = "The charity says it cannot reach the valley, where 9,000 families live."
    assert source_of(text, "9,000") is None
