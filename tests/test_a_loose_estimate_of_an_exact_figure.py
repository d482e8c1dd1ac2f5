"""Two voices, one giving a figure hedged as an approximation ("something like 17,000") and the
other a plain figure at least ten times as precise that lies inside it (17,761): the first is a
loose estimate of the second, no discrepancy (checks/within._approximates; round JG9, read on the
spent held half of the FNC news set; the text is written for this file). Two round figures
("about 11,000" and "10,000") are still two estimates that differ, and so is an exact figure
outside the hedge."""

from __future__ import annotations

import numcheck


def findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_a_loose_estimate_of_an_exact_figure_is_no_discrepancy() -> None:
    assert findings("The governor said about 11,000 people fled.\n\nThe mayor said 10,912 people fled.") == []


def test_two_round_figures_still_differ() -> None:
    assert findings("The governor said about 11,000 people fled.\n\nThe mayor said 10,000 people fled.") == [
        "sources differ: about 11,000 (The governor) vs 10,000 (The mayor); ratio 0.91"
    ]


def test_an_exact_figure_outside_the_hedge_still_differs() -> None:
    found = findings("The governor said about 11,000 people fled.\n\nThe mayor said 14,912 people fled.")
    assert len(found) == 1 and "14,912" in found[0]
