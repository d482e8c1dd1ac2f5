"""Arithmetic: NC501 parts-exceed-whole, NC502 parts-sum, NC503 change, NC504 share."""

from __future__ import annotations

from collections.abc import Iterable

from numcheck.checks.base import CheckContext, Rule
from numcheck.models import Category, Finding, Severity


def _none(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    return []


PARTS_EXCEED = Rule(
    code="NC501",
    name="parts-exceed-whole",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="Parts of a total add up to more than the total.",
    why="'nine people, including 18 children' is impossible; usually two figures were swapped.",
    example="'killing nine people, including 18 children'.",
    run=_none,
)

PARTS_SUM = Rule(
    code="NC502",
    name="parts-do-not-sum",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="A complete list of parts does not add up to the stated total.",
    why="When copy lists every part ('the remaining', 'all 67 aboard'), the sum must match.",
    example="'All 67 people aboard' ... '60 passengers and four crew members' ... 'Four soldiers'.",
    run=_none,
)

CHANGE = Rule(
    code="NC503",
    name="change-does-not-follow",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="A stated change (an increase of N, a rise of P%, doubled, halved) does not follow "
    "from the two stated figures.",
    why="Percentage changes are computed by hand and often from the wrong base.",
    example="'127,350 cases, up from 61,070, an increase of 48%' (it is 109%).",
    run=_none,
)

SHARE = Rule(
    code="NC504",
    name="share-does-not-follow",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="A stated share ('411 of the 650 seats, or 73%') does not follow from its counts.",
    why="A share and its counts are often edited separately.",
    example="'411 of the 650 seats, or 73%' (it is 63%).",
    run=_none,
)

RULES = [PARTS_EXCEED, PARTS_SUM, CHANGE, SHARE]
