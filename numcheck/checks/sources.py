"""Draft against sources: NC101 source-mismatch, NC701 unsupported-claim."""

from __future__ import annotations

from collections.abc import Iterable

from numcheck.checks.base import CheckContext, Rule
from numcheck.models import Category, Finding, Severity


def _mismatch(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    return []


def _unsupported(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    return []


SOURCE_MISMATCH = Rule(
    code="NC101",
    name="source-mismatch",
    category=Category.source_mismatch,
    severity=Severity.error,
    summary="A draft figure disagrees with the same measurand in a source document.",
    why="Copying a figure from a source is where transposed digits, million-for-billion and "
    "square-miles-for-square-kilometres slips happen; the source is the evidence.",
    example="Draft: 'Russia launched 154 drones overnight.'  Source: 'Russia launched 145 drones "
    "overnight.'  -> 154 drones vs 145 drones (digits transposed).",
    run=_mismatch,
)

UNSUPPORTED = Rule(
    code="NC701",
    name="unsupported-claim",
    category=Category.unsupported_claim,
    severity=Severity.info,
    summary="With sources given, a draft figure that no source supports.",
    why="A figure with no counterpart in the material the story was written from needs a source "
    "or a second look.",
    example="Draft: 'about 240 kilometres across the sea'; no source mentions a distance.",
    run=_unsupported,
)

RULES = [SOURCE_MISMATCH, UNSUPPORTED]
