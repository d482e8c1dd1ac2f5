"""Issue 10: a side that "conceded a goal" or "had conceded 13 goals" let a score in
(rules/attribution.yaml `other_senses`): no one speaks, and the team names no source. "conceded
that" still reports words. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_conceded_a_goal_is_no_saying() -> None:
    text = "When Leeds conceded a goal within the first ten minutes, the game looked lost."
    assert source_of(text, "ten minutes") is None


def test_conceded_goals_with_a_number_between() -> None:
    text = "By the winter break Leeds had conceded 13 goals fewer than a year before."
    assert source_of(text, "13") is None


def test_conceded_that_reports_words() -> None:
    assert source_of("The club conceded that 12 staff had left.", "12") == "The club"
