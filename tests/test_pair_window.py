"""How far NC201/NC301 look: a figure is compared with the next WINDOW figures of its kind that
start within SPAN characters of it, so the work per figure is bounded on a huge document."""

from __future__ import annotations

import numcheck
from numcheck.checks.within import SPAN, WINDOW, candidate_pairs

FILLER = "The committee met again on Tuesday and heard from residents about the plans. "


def test_figures_of_one_kind_close_together_are_compared() -> None:
    text = "Crews cleared 120 trees on Monday. " + FILLER * 20 + "Crews cleared 210 trees on Monday."
    pairs = list(candidate_pairs(numcheck.extract(text)))
    assert [(a.value, b.value) for a, b in pairs] == [(120, 210)]


def test_figures_further_apart_than_the_span_are_not_compared() -> None:
    far = FILLER * (SPAN // len(FILLER) + 10)
    text = "Crews cleared 120 trees on Monday. " + far + "Crews cleared 210 trees on Monday."
    assert list(candidate_pairs(numcheck.extract(text))) == []


def test_a_figure_is_compared_with_at_most_the_window_of_its_kind() -> None:
    text = " ".join(f"Crews cleared {n} trees." for n in range(100, 100 + 3 * WINDOW))
    claims = numcheck.extract(text)
    per_figure: dict[str, int] = {}
    for a, _ in candidate_pairs(claims):
        per_figure[a.id] = per_figure.get(a.id, 0) + 1
    assert len(claims) == 3 * WINDOW
    assert max(per_figure.values()) == WINDOW
