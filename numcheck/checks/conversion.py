"""Stated conversions: NC401 conversion-error.

A figure followed by another in brackets of the same dimension ("500 square miles (1,295 sq
km)") states a conversion. pint converts the first figure's interval (its rounding or hedge)
into the second's unit; the conversion is wrong when the second figure's own interval does not
meet it, with `conversion.relative` slack (rules/tolerances.yaml). Temperatures convert with
their offsets (°F = °C × 1.8 + 32). Currencies convert only at a rate the text states
("at an exchange rate of $1.25 per pound").
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from numcheck.checks.base import CheckContext, Rule
from numcheck.link import interval
from numcheck.models import Category, Claim, Finding, Severity


def _fmt(v: float) -> str:
    if abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:,.1f}" if abs(v) >= 10 else f"{v:,.2f}"


def _from_si(c: Claim, v: float) -> float | None:
    """An SI value in the claim's stated unit, using the claim's own (value, si_value) pair."""
    if c.value is None or c.si_value is None:
        lo, hi = c.low, c.high
        slo, shi = c.si_low, c.si_high
        if None in (lo, hi, slo, shi) or shi == slo:
            return None
        factor = (hi - lo) / (shi - slo)  # type: ignore[operator]
        return lo + (v - slo) * factor  # type: ignore[operator]
    if c.si_value == 0:
        return None
    # affine: stated = (si - offset) / factor; recover from low/high when they differ
    if (
        c.low is not None
        and c.high is not None
        and c.si_low is not None
        and c.si_high is not None
        and c.si_high != c.si_low
    ):
        factor = (c.high - c.low) / (c.si_high - c.si_low)
        return c.value + (v - c.si_value) * factor
    return v * c.value / c.si_value


def _conversion(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    rel = ctx.config.pack.tolerances.conversion.relative
    by_id = {c.id: c for c in ctx.claims}
    for doc in ctx.drafts():
        claims = ctx.by_doc(doc.id)
        for b in claims:
            a = by_id.get(b.conversion_of or "")
            if a is None:
                continue
            if a.kind == "quantity":
                alo, ahi = interval(a)
                if a.si_value is not None and (math.isinf(alo) or math.isinf(ahi)):
                    alo = ahi = a.si_value  # "up to 63 mph (82 km/h)": the bound converts as a figure
                blo, bhi = interval(b)
                expected = a.si_value
            elif a.kind == "money":
                rate = _stated_rate(claims, a, b)
                if rate is None:
                    continue
                alo, ahi = (x * rate for x in interval(a))
                blo, bhi = interval(b)
                expected = a.value * rate if a.value is not None else None
            else:
                continue
            alo, ahi = alo - abs(alo) * rel, ahi + abs(ahi) * rel
            if alo <= bhi and blo <= ahi:
                continue
            if a.kind == "quantity":
                exp_b = _from_si(b, expected) if expected is not None else None
            else:
                exp_b = expected
            shown = f"{_fmt(exp_b)} {b.unit}" if exp_b is not None else "something else"
            msg = f"{a.surface} is about {shown}, not {b.surface}"
            yield rule.finding(msg, [b, a])


def _stated_rate(claims: list[Claim], a: Claim, b: Claim) -> float | None:
    """A rate 'X b-currency per a-currency' stated in the same sentence."""
    for c in claims:
        if c.sentence == b.sentence and c.kind == "money" and c.unit == f"{b.unit}/{a.unit}" and c.value:
            return c.value
        if c.sentence == b.sentence and c.kind == "money" and c.unit == f"{a.unit}/{b.unit}" and c.value:
            return 1 / c.value
    return None


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
