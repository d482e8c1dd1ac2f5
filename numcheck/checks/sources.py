"""Draft against sources: NC101 source-mismatch, NC701 unsupported-claim.

For each draft claim, the candidates are the source claims that link.compatible() allows. If
any candidate agrees, the figure is supported. If none agrees, the best candidate is the one a
known slip explains (digits transposed, a factor of 1,000, a unit swapped), else the one whose
context is most alike; it is reported as a mismatch when the slip or the context makes the link
convincing, and the draft figure is otherwise only unsupported (info).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from numcheck.checks.base import CheckContext, Rule
from numcheck.checks.slips import likely_slip
from numcheck.link import agree, compatible, describe, ratio, representative, similarity
from numcheck.models import Category, Claim, Finding, Severity

MIN_SIMILARITY = 2.0


def _closeness(a: Claim, b: Claim) -> float:
    pa, pb = representative(a), representative(b)
    if not pa or not pb or pa <= 0 or pb <= 0:
        return 0.0
    return -abs(math.log(pa / pb))


def _plausible(d: Claim, s: Claim) -> bool:
    """An open bound ('up to 345 miles') supports nothing orders of magnitude below it."""
    r = ratio(d, s)
    return r is None or r >= 0.1


def _assess(ctx: CheckContext, d: Claim, sources: list[Claim]) -> tuple[str, Claim | None, str | None]:
    """('supported'|'mismatch'|'unsupported', the source claim, the slip)."""
    tol = ctx.config.pack.tolerances.agreement.relative
    cands = [s for s in sources if compatible(d, s)]
    if not cands:
        return "unsupported", None, None
    best_sim = max(similarity(d, s) for s in cands)
    floor = min(max(1.0, best_sim / 2), best_sim)
    if any(agree(d, s, tol) and _plausible(d, s) for s in cands if similarity(d, s) >= floor):
        return "supported", None, None
    scored = []
    for s in cands:
        slip = likely_slip(d, s)
        scored.append(((slip is not None, similarity(d, s), _closeness(d, s)), s, slip))
    scored.sort(key=lambda x: x[0], reverse=True)
    (has_slip, sim, _), best, slip = scored[0]
    if has_slip and sim >= 1 or sim >= MIN_SIMILARITY:
        return "mismatch", best, slip
    return "unsupported", best, None


def _draft_claims(ctx: CheckContext) -> Iterable[Claim]:
    for doc in ctx.drafts():
        for c in ctx.by_doc(doc.id):
            if c.conversion_of is None and (c.kind != "number" or c.event):
                yield c


def _source_claims(ctx: CheckContext) -> list[Claim]:
    ids = {d.id for d in ctx.sources()}
    return [c for c in ctx.claims if c.doc in ids]


def _mismatch(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    sources = _source_claims(ctx)
    if not sources:
        return
    for d in _draft_claims(ctx):
        verdict, s, slip = _assess(ctx, d, sources)
        if verdict == "mismatch" and s is not None:
            r = ratio(d, s)
            msg = f"draft {describe(d)} vs source {describe(s)}"
            if r is not None:
                msg += f"; ratio {r:.2f}"
            if slip:
                msg += f" — likely {slip}"
            yield rule.finding(msg, [d, s], slip=slip, ratio=r)


def _unsupported(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    sources = _source_claims(ctx)
    if not sources:
        return
    for d in _draft_claims(ctx):
        verdict, _, _ = _assess(ctx, d, sources)
        if verdict == "unsupported":
            yield rule.finding(f"no source supports {describe(d)}", [d])


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
