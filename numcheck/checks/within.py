"""Inside one document: NC201 source-discrepancy, NC301 internal-inconsistency."""

from __future__ import annotations

from collections.abc import Iterable

from numcheck.checks.base import CheckContext, Rule
from numcheck.models import Category, Finding, Severity


def _discrepancy(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    return []


def _inconsistency(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    return []


SOURCE_DISCREPANCY = Rule(
    code="NC201",
    name="source-discrepancy",
    category=Category.source_discrepancy,
    severity=Severity.warning,
    summary="Differently attributed sources in one document give different values for the same measurand.",
    why="Readers see two figures for one thing; the copy should say that sources disagree, or pick one.",
    example="'about 11,000 North Korean soldiers' (Zelenskyy) vs 'some 10,000 North Korean troops' "
    "(the Pentagon).",
    run=_discrepancy,
)

INTERNAL_INCONSISTENCY = Rule(
    code="NC301",
    name="internal-inconsistency",
    category=Category.internal_inconsistency,
    severity=Severity.error,
    summary="One document gives the same measurand two values with no difference of source.",
    why="A headline that says 179 and a body that says 197 cannot both be right.",
    example="'killing 179 of the 181 people on board' ... 'Relatives of the 197 victims'.",
    run=_inconsistency,
)

RULES = [SOURCE_DISCREPANCY, INTERNAL_INCONSISTENCY]
