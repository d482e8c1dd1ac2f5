"""Figures of one unit in one sentence that add up to a figure of that unit given elsewhere ("four
lakh acres ..., 1.6 lakh acres ... and 50,000 acres", and 6.1 lakh acres in all) are its parts,
never second values of it, though 6.1 and 1.6 look like swapped digits (rules/measures.yaml
breakdowns, link.breakdown_sum; round JG9, read on the spent held half of the Hindu set; the text is
written for this file). Parts that do not add up to it, and a lone figure, keep the finding."""

from __future__ import annotations

import numcheck

TOTAL = "The board has decided to release water to 6.1 lakh acres of farmland in the dry season.\n\n"
PARTS = (
    "Water will go to four lakh acres under the upper canal, 1.6 lakh acres under the lower canal "
    "and 50,000 acres under two small channels."
)
SLIP = (
    "the same figure is given two values: 6.1 lakh acres vs 1.6 lakh acres; ratio 0.26 — likely digits "
    "transposed"
)


def findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_parts_that_add_up_to_the_total_are_no_slip() -> None:
    assert findings(TOTAL + PARTS) == []


def test_parts_that_do_not_add_up_keep_the_finding() -> None:
    assert findings(TOTAL + PARTS.replace("50,000", "40,000")) == [SLIP]


def test_a_lone_figure_keeps_the_finding() -> None:
    assert findings(TOTAL + "Water will go to 1.6 lakh acres under the lower canal.") == [SLIP]
