"""Against the desk's reference facts: NC601 fact-mismatch."""

from __future__ import annotations

from collections.abc import Iterable

from numcheck.checks.base import CheckContext, Rule
from numcheck.models import Category, Finding, Severity


def _facts(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    return []


FACT_MISMATCH = Rule(
    code="NC601",
    name="fact-mismatch",
    category=Category.fact_mismatch,
    severity=Severity.error,
    summary="A draft figure disagrees with a reference value in the facts file.",
    why="Stable reference figures (heights, areas, capacities) are mistyped and mis-united in copy.",
    example="Facts: height of Mount Everest 8,848.86 metres.  Draft: 'the 8,489-meter summit'.",
    run=_facts,
)

RULES = [FACT_MISMATCH]
