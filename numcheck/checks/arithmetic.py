"""Arithmetic: where the figures of one document must add up.

NC501 parts-exceed-whole — parts of a whole ("eight civilians, including five in Mykolaiv";
  "1,452 of the dead"; per-place counts of the same event under an overall toll; figures listed
  after "includes") add up to more than the whole allows.
NC502 parts-do-not-sum — a complete breakdown does not add up to its total: the people aboard
  (passengers + crew + ...) against "all 67 people aboard", or a list of shares that ends with
  "the remaining N%" against the total share stated before it.
NC503 change-does-not-follow — "X, up from Y, an increase of D (or P%)": D or P must follow from X
  and Y.
NC504 share-does-not-follow — "A of the B ..., or P%": P must be A/B.

Every comparison uses the intervals the wording allows (roundness, hedges), so "about $61
billion + about $26 billion + about $8 billion" is consistent with "$95 billion".
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from numcheck.checks.base import CheckContext, Rule
from numcheck.link import interval
from numcheck.models import Category, Claim, Finding, Severity


def _lo(c: Claim) -> float:
    lo, _ = interval(c)
    return 0.0 if math.isinf(lo) else lo


def _hi(c: Claim) -> float:
    return interval(c)[1]


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if abs(v - round(v)) < 1e-9 or abs(v) >= 100 else f"{v:,.1f}"


def _same_kind(a: Claim, b: Claim, people: set[str]) -> bool:
    if a.kind in {"count", "number"} and b.kind in {"count", "number"}:
        return True
    if a.kind == b.kind == "money":
        return a.unit == b.unit
    if a.kind == b.kind == "quantity":
        return a.dimension == b.dimension
    return a.kind == b.kind


def _draft_claims(ctx: CheckContext) -> Iterable[list[Claim]]:
    for doc in ctx.drafts():
        yield ctx.by_doc(doc.id)


# ---------------------------------------------------------------- NC501


def _parts_exceed(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    people = set(ctx.config.pack.nouns.people_kinds)
    for claims in _draft_claims(ctx):
        by_id = {c.id: c for c in claims}
        groups: dict[str, list[Claim]] = {}
        for c in claims:
            if c.part_of and c.part_of in by_id and _same_kind(c, by_id[c.part_of], people):
                groups.setdefault(c.part_of, []).append(c)
        # per-place figures of one event under an overall figure with no place
        for whole in claims:
            if (
                whole.event is None
                or whole.places
                or whole.partitive
                or whole.kind not in {"count", "number"}
            ):
                continue
            if whole.event in {"increase", "decrease"}:
                continue
            placed = [
                c
                for c in claims
                if c.places
                and c.event == whole.event
                and not c.partitive
                and c.kind in {"count", "number"}
                and c.id != whole.id
                and c.sentence > whole.sentence
                and (c.noun_class in (None, whole.noun_class) or whole.noun_class is None)
            ]
            if placed:
                seen = {p.id for p in groups.get(whole.id, [])}
                groups.setdefault(whole.id, []).extend(p for p in placed if p.id not in seen)
            break_after_first = True
            if break_after_first and placed:
                break
        for wid, parts in groups.items():
            whole = by_id[wid]
            total_lo = sum(_lo(p) for p in parts)
            if total_lo > _hi(whole) and not any(p.role == "total" for p in parts):
                shown = " + ".join(p.surface for p in parts)
                if len(parts) == 1:
                    msg = f"the part {parts[0].surface} is more than its whole {whole.surface}"
                else:
                    msg = f"the parts {shown} add up to {_fmt(total_lo)}, more than the whole {whole.surface}"
                ordered = sorted(parts, key=lambda p: -_lo(p))
                yield rule.finding(msg, [*ordered, whole])


# ---------------------------------------------------------------- NC502


def _parts_sum(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    people = set(ctx.config.pack.nouns.people_kinds)
    gap = float(ctx.config.rule("NC502").params.get("max_gap", 0.5))
    for claims in _draft_claims(ctx):
        yield from _aboard(rule, claims, people)
        yield from _remaining(rule, claims, gap)


def _aboard(rule: Rule, claims: list[Claim], people: set[str]) -> Iterable[Finding]:
    """'All 67 people aboard' against the passengers, crew and others said to be aboard."""
    for whole in claims:
        if "aboard" not in whole.cues or whole.noun_class != "people" or whole.partitive:
            continue
        parts = [
            c
            for c in claims
            if c.sentence > whole.sentence
            and c.sentence <= whole.sentence + 3
            and "aboard" in c.cues
            and c.kind == "count"
            and c.noun_class in people
            and c.noun_class != "people"
            and not c.partitive
            and c.value is not None
        ]
        if len(parts) < 2:
            continue
        total = sum(p.value or 0 for p in parts)
        if not (_lo(whole) <= total <= _hi(whole)):
            shown = " + ".join(p.surface + (f" {p.counts}" if p.counts else "") for p in parts)
            msg = f"those aboard add up to {_fmt(total)} ({shown}), not {whole.surface}"
            yield rule.finding(msg, [whole, *parts])


def _remaining(rule: Rule, claims: list[Claim], gap: float) -> Iterable[Finding]:
    """Shares listed down to 'the remaining N%' must add up to the total share stated before them."""
    for last in claims:
        if "remaining" not in last.cues or last.kind != "percent":
            continue
        parts = [
            c for c in claims if c.sentence == last.sentence and c.kind == "percent" and c.value is not None
        ]
        if len(parts) < 2:
            continue
        before = [
            c
            for c in claims
            if c.kind == "percent"
            and c.sentence < last.sentence
            and c.value is not None
            and c.value > max(p.value or 0 for p in parts)
            and c.paragraph >= last.paragraph - 1
        ]
        if not before:
            continue
        whole = before[-1]
        total = sum(p.value or 0 for p in parts)
        slack = sum((_hi(p) - _lo(p)) / 2 for p in parts) + gap
        if abs(total - (whole.value or 0)) > slack + (_hi(whole) - _lo(whole)) / 2:
            shown = " + ".join(p.surface for p in parts)
            msg = f"the listed shares {shown} add up to {_fmt(total)}%, not the stated total {whole.surface}"
            yield rule.finding(msg, [whole, *parts])


# ---------------------------------------------------------------- NC503


def _change(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    tol = float(ctx.config.rule("NC503").params.get("percent_tolerance", 1.0))
    people = set(ctx.config.pack.nouns.people_kinds)
    for claims in _draft_claims(ctx):
        for i, old in enumerate(claims):
            if old.change != "from":
                continue
            new = next(
                (
                    c
                    for c in reversed(claims[:i])
                    if c.sentence == old.sentence and c.change is None and _same_kind(c, old, people)
                ),
                None,
            )
            if new is None:
                continue
            # the change stated in the same sentence, or in the next one when it begins "That is ..."
            deltas = [
                c
                for c in claims[i + 1 :]
                if c.sentence == old.sentence or (c.sentence == old.sentence + 1 and _restates(ctx, c))
            ]
            for d in deltas:
                if d.change == "delta" or (d.role == "share" and d.kind == "percent"):
                    f = _check_delta(rule, new, old, d, tol)
                    if f is not None:
                        yield f


def _restates(ctx: CheckContext, c: Claim) -> bool:
    """Does the sentence holding c begin 'That is' / 'This is' / 'That was' (a restated change)?"""
    doc = next((d for d in ctx.documents if d.id == c.doc), None)
    if doc is None:
        return False
    start = doc.text.rfind("\n", 0, c.start) + 1
    for stop in (". ", "! ", "? "):
        k = doc.text.rfind(stop, start, c.start)
        if k >= 0:
            start = max(start, k + 2)
    head = doc.text[start : c.start].strip().lower()
    return head.startswith(("that is", "this is", "that was", "this was", "that's"))


def _check_delta(rule: Rule, new: Claim, old: Claim, d: Claim, tol: float) -> Finding | None:
    nlo, nhi = _lo(new), _hi(new)
    olo, ohi = _lo(old), _hi(old)
    if math.isinf(nhi) or math.isinf(ohi) or olo <= 0:
        return None
    rates = new.kind == old.kind == "percent"
    if d.kind == "percentage_point" or (d.kind == "percent" and rates):
        # a change between two rates: in points, or (for "%" only) relative to the old rate
        lo, hi = sorted((abs(nlo - ohi), abs(nhi - olo)))
        if nlo - ohi < 0 < nhi - olo:
            lo = 0.0
        dlo, dhi = _lo(d) - tol, _hi(d) + tol
        if dlo <= hi and lo <= dhi:
            return None
        if d.kind == "percentage_point":
            point = abs((new.value or 0) - (old.value or 0))
            msg = f"from {old.surface} to {new.surface} is {_fmt(point)} percentage points, not {d.surface}"
            return rule.finding(msg, [d, new, old])
    if rates and d.kind != "percent":
        return None
    if d.kind == "percent":
        candidates = [(nlo - ohi) / ohi * 100, (nhi - olo) / olo * 100]
        lo, hi = min(candidates), max(candidates)
        if hi <= 0:
            lo, hi = -hi, -lo  # a fall: compare its size
        elif lo < 0:
            lo, hi = 0.0, max(-lo, hi)
        dlo, dhi = _lo(d) - tol, _hi(d) + tol
        if dlo <= hi and lo <= dhi:
            return None
        point = ((new.value or 0) - (old.value or 0)) / (old.value or 1) * 100
        msg = f"from {old.surface} to {new.surface} is a change of {abs(point):.1f}%, not {d.surface}"
        return rule.finding(msg, [d, new, old])
    if d.kind in {"count", "number", "money", "quantity"}:
        lo, hi = abs(nlo - ohi), abs(nhi - olo)
        lo, hi = min(lo, hi), max(lo, hi)
        if _lo(d) <= hi and lo <= _hi(d):
            return None
        point = abs((new.value or 0) - (old.value or 0))
        msg = f"from {old.surface} to {new.surface} is a change of {_fmt(point)}, not {d.surface}"
        return rule.finding(msg, [d, new, old])
    return None


# ---------------------------------------------------------------- NC504


def _share(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    tol = float(ctx.config.rule("NC504").params.get("percent_tolerance", 1.0))
    for claims in _draft_claims(ctx):
        by_id = {c.id: c for c in claims}
        for i, p in enumerate(claims):
            if p.kind != "percent" or p.role != "share" or i == 0:
                continue
            part = next((c for c in reversed(claims[:i]) if c.sentence == p.sentence and c.part_of), None)
            if part is None or part.part_of not in by_id:
                continue
            whole = by_id[part.part_of]
            if part.change or whole.kind not in {"count", "number"} or part.kind not in {"count", "number"}:
                continue
            if not _hi(whole) or math.isinf(_hi(whole)) or _lo(whole) <= 0:
                continue
            lo, hi = _lo(part) / _hi(whole) * 100, _hi(part) / _lo(whole) * 100
            if _lo(p) - tol <= hi and lo <= _hi(p) + tol:
                continue
            actual = (part.value or 0) / (whole.value or 1) * 100
            msg = f"{part.surface} of {whole.surface} is {actual:.1f}%, not {p.surface}"
            yield rule.finding(msg, [p, part, whole])


PARTS_EXCEED = Rule(
    code="NC501",
    name="parts-exceed-whole",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="Parts of a total add up to more than the total.",
    why="'nine people, including 18 children' is impossible; usually two figures were swapped.",
    example="'killing nine people, including 18 children'.",
    run=_parts_exceed,
)

PARTS_SUM = Rule(
    code="NC502",
    name="parts-do-not-sum",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="A complete list of parts does not add up to the stated total.",
    why="When copy lists every part ('the remaining', 'all 67 aboard'), the sum must match.",
    example="'All 67 people aboard' ... '60 passengers and four crew members' ... 'Four soldiers'.",
    run=_parts_sum,
)

CHANGE = Rule(
    code="NC503",
    name="change-does-not-follow",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="A stated change (an increase of N, a rise of P%) does not follow from the two stated figures.",
    why="Percentage changes are computed by hand and often from the wrong base.",
    example="'127,350 cases, up from 61,070, an increase of 48%' (it is 109%).",
    run=_change,
)

SHARE = Rule(
    code="NC504",
    name="share-does-not-follow",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="A stated share ('411 of the 650 seats, or 73%') does not follow from its counts.",
    why="A share and its counts are often edited separately.",
    example="'411 of the 650 seats, or 73%' (it is 63%).",
    run=_share,
)

RULES = [PARTS_EXCEED, PARTS_SUM, CHANGE, SHARE]
