"""Stated conversions: NC401 conversion-error."""

from __future__ import annotations

from collections.abc import Iterable

from numcheck.checks.base import CheckContext, Rule
from numcheck.models import Category, Finding, Severity


def _conversion(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    return []


CONVERSION = Rule(
    code="NC401",
    name="conversion-error",
    category=Category.conversion_error,
    severity=Severity.error,
    summary="A stated conversion ('500 square miles (1,295 sq km)') is wrong beyond the rounding "
    "its wording allows.",
    why="Conversions are done by hand under deadline and are rarely corrected: acres multiplied "
    "instead of divided, the +32 of Fahrenheit forgotten.",
    example="'51.8C (93F)': 51.8C is 125.2F; 93F is 51.8 x 1.8 without the +32.",
    run=_conversion,
)

RULES = [CONVERSION]
