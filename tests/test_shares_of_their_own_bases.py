"""Figures each with a share in brackets are shares of one total (NC504) only when each is a level:
the amount of a change ('would fall by $40 billion (2.5 percent)') is a share of its own level
before, and the base of a ratio ('seven-in-ten (71%)') is no figure of a total."""

from __future__ import annotations

import numcheck


def nc504(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC504"]


def test_the_amounts_of_changes_are_shares_of_their_own_levels() -> None:
    text = (
        "Output would fall by an average of $40 billion (2.5 percent) a year, cutting the housing "
        "stock by an average of $310 billion (0.8 percent) a year."
    )
    assert nc504(text) == []


def test_the_bases_of_ratios_are_no_figures_of_a_total() -> None:
    text = "Roughly seven-in-ten (71%) use the app, and roughly four-in-ten (43%) pay for it."
    assert nc504(text) == []


def test_levels_with_shares_of_one_total_still_disagree() -> None:
    text = "Ruiz took 48,200 votes (41.5%), while Lee took 39,900 votes (22.4%)."
    assert nc504(text) != []
