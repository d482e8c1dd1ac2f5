"""An approximate hedge before the first of two figures joined by "and" ("something like 53,000
letters and 17,000 parcels") hedges the second as well, so a round 17,000 said loosely is no rival
of an exact 17,761 (rules/hedges.yaml "something like" and shared_over_and, claims._shared_hedge;
round JG9, read on the spent held half of the FNC news set; the text is written for this file).
The hedged first figure far from its rival (53,000 against 44,053) is still found, and so is the
unhedged round figure."""

from __future__ import annotations

import numcheck

SENATOR = (
    "The senator said the clerk had handed the paper {}53,000 letters and 17,000 parcels, the "
    "senator said.\n\n"
)
REPORT = "According to a police report, the clerk had sent the paper 44,053 letters and 17,761 parcels."


def findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_the_hedge_covers_both_figures() -> None:
    claims = numcheck.extract(SENATOR.format("something like "))
    assert [c.hedge for c in claims] == ["about", "about"]
    assert [(c.low, c.high) for c in claims][1] == (15000, 19000)


def test_a_loose_round_figure_is_no_rival_but_a_far_one_is() -> None:
    found = findings(SENATOR.format("something like ") + REPORT)
    assert len(found) == 1
    assert "53,000" in found[0] and "44,053" in found[0]


def test_without_the_hedge_both_are_found() -> None:
    found = findings(SENATOR.format("") + REPORT)
    assert len(found) == 2


def test_a_second_clause_is_not_hedged() -> None:
    claims = numcheck.extract("About 300 homes were hit and 40 shops closed.")
    assert [c.hedge for c in claims] == ["about", None]
