"""A sentence opened by "By comparison," or "In contrast," whose first figure has "only" or "just"
right before it sets that figure below the one figure of the same thing in the sentence before:
"Its sales rose 29 percent. By comparison, the market grew by just 1 percent." A slip that makes
the small figure the larger is found (NC505); the sentence as written is quiet. No order is read
when the sentence before holds two figures of the same thing, when the figure is not the first of
its sentence, when the cue is a hedge ("just over"), or when one figure is a change and the other a
level. The sentences are written for this file (round RL31).
"""

from __future__ import annotations

from arithmetic_findings import flagged_rules

CHANGE = "The brewer's sales rose 29 percent. By comparison, the market grew by just {} percent."
LEVEL = "Some 61 percent of nurses back the plan. In contrast, only {} percent of doctors do."


def test_the_contrasted_figures_as_written_are_quiet() -> None:
    assert flagged_rules(CHANGE.format("1")) == []
    assert flagged_rules(LEVEL.format("23")) == []


def test_the_small_figure_written_larger_is_found() -> None:
    assert "NC505" in flagged_rules(CHANGE.format("100"))
    assert "NC505" in flagged_rules(LEVEL.format("83"))


def test_counts_of_one_thing_are_contrasted() -> None:
    text = "The mayor held 30 town halls this year. By contrast, his rival held only {} town halls."
    assert flagged_rules(text.format("13")) == []
    assert "NC505" in flagged_rules(text.format("130"))


def test_no_order_with_two_figures_of_the_thing_before() -> None:
    text = (
        "Some 61 percent of nurses back it, up from 55 percent. In contrast, only 83 percent of doctors do."
    )
    assert flagged_rules(text) == []


def test_no_order_when_the_figure_is_not_the_first_of_its_sentence() -> None:
    text = "Some 61 percent of nurses back it. In contrast, 12 percent of doctors balk, only 83 percent do."
    assert "NC505" not in flagged_rules(text)


def test_a_hedge_is_no_cue() -> None:
    assert (
        flagged_rules("Some 61 percent of nurses back it. In contrast, just over 83 percent of doctors do.")
        == []
    )


def test_a_change_is_not_set_against_a_level() -> None:
    text = (
        "The brewer's market share is 29 percent. By comparison, its rival's sales grew by just 45 percent."
    )
    assert flagged_rules(text) == []
