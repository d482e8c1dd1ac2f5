"""Arithmetic: where the figures of one document must add up.

The relations are read by numcheck/relations/ (a whole and its parts, a change, a share, with
the cue words of rules/relations.yaml); here each is recomputed.

NC501 parts-exceed-whole — parts of a whole ("eight civilians, including five in Mykolaiv";
  "1,452 of the dead"; per-place figures of an event under its toll; shares of one group, "Of
  those, ...", above 100%) add up to more than the whole allows.
NC502 parts-do-not-sum — a complete breakdown does not add up to its total: "All 67 people ...:
  60 passengers and four crew members", the people said to be aboard against "all 67 aboard",
  a list of shares that ends with "the remaining N%" against the total share stated before it
  (or against 100% after "Of those, ..."); and parts listed under a whole, not known to be all
  of it, that miss it by exactly a common slip ("62 patients, including 14 women and 12
  children": 26, the digits swapped; ten or a thousand times; the leading digit changed).
NC503 change-does-not-follow — a change between two stated figures ("from A to B", "B, up from
  A", "to B from A") against what is said of it: its direction (rose, fell), a stated change (an
  increase of D, a rise of P%, N percentage points) or a factor (doubled, halved, 12-fold).
NC504 share-does-not-follow — "A of the B ..., or P%": P must be A/B; "120 seats, a third of the
  450": A must be that fraction of B; "a majority (45%)": the figure must be the share the words
  say (rules/relations.yaml quantifiers).
NC505 comparison-does-not-follow — two figures compared in one sentence against the comparison's
  words: "16.2% ahead of the Greens on 13.4%" (the first must not be smaller), "just behind her
  rival with $30 billion" (not larger), "more than double the 27" (a multiple), "300 more than
  last year's 2,100" (a difference).
NC506 per-head-does-not-follow — an amount per head against the total and the count it divides:
  "$600 million for its 400,000 residents, or $1,500 per resident"; "$1.2 million, or $100,000
  each" among 12 winners.

Every comparison uses the intervals the wording allows (roundness, hedges), so rounding never
raises a finding ("about $61 billion + about $26 billion + about $8 billion" is "$95 billion").
Messages give the figures as written and the corrected figure: "the parts add up to 64, not 67";
"from 2.1 to 2.4 is a rise of 14%, not 25%".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from numcheck.checks.base import CheckContext, Rule
from numcheck.checks.figures import NUM_RE, written
from numcheck.checks.slips import sum_slip
from numcheck.extraction.knowledge import knowledge
from numcheck.link import interval, rate
from numcheck.models import AnyClaim, Category, Finding, Severity
from numcheck.relations import Change, Comparison, Figure, Relations, read_relations, span


def _lo(c: AnyClaim) -> float:
    return span(c)[0]


def _hi(c: AnyClaim) -> float:
    return span(c)[1]


def _fmt(v: float) -> str:
    if abs(v - round(v)) < 1e-9 or abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:,.1f}" if abs(v) >= 10 else f"{v:,.2f}".rstrip("0").rstrip(".")


def _pct(v: float) -> str:
    v = abs(v)
    return f"{v:.0f}%" if v >= 10 else f"{v:.1f}%".replace(".0%", "%")


def relations(ctx: CheckContext, doc_id: str) -> Relations:
    """The relations of one document, read once for all the arithmetic rules."""
    key = ("relations", doc_id)
    if key not in ctx.memo:
        doc = next(d for d in ctx.documents if d.id == doc_id)
        ctx.memo[key] = read_relations(doc.text, ctx.by_doc(doc_id), ctx.config.pack)
    return ctx.memo[key]  # type: ignore[return-value]


def _shown(parts: Iterable[AnyClaim]) -> str:
    return " + ".join(p.surface for p in parts)


# ---------------------------------------------------------------- NC501


def _parts_exceed(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    gap = float(ctx.config.rule("NC502").params.get("max_gap", 0.5))
    know = knowledge(ctx.config.pack)
    for doc in ctx.drafts():
        seen: set[frozenset[str]] = set()
        for rel in relations(ctx, doc.id).parts:
            whole, parts = rel.whole, list(rel.parts)
            key = frozenset(p.id for p in parts) | {whole.id if whole else ""}
            if key in seen:
                continue
            seen.add(key)
            if rel.complete:
                continue  # a complete breakdown: NC502 says what it adds up to
            if whole is None:
                total = sum(_lo(p) for p in parts)
                if sum(_lo(p) > 50 for p in parts) >= 3:
                    # 'feel tired (62%), sad (54%) and worried (51%)': three shares each more than
                    # half of one group answer several questions, never one split; a slip in one
                    # share of a split (at most one share above half) makes at most two
                    continue
                if total > 100 + gap:
                    point = sum(_point(p) for p in parts)
                    msg = f"the shares {_shown(parts)} of one group add up to {_pct(point)}, more than 100%"
                    yield rule.finding(msg, parts)
                continue
            whole_rate = rate(whole, doc.text, know, to_next_figure=True)
            if any(rate(p, doc.text, know, to_next_figure=True) != whole_rate for p in parts):
                continue  # '60 calls a day, with 700 still open': a rate is no whole of a stock
            if rel.listed:
                total = sum(_lo(p) for p in parts)
                if total > _hi(whole):
                    point = sum(interval(p)[0] if p.value is None else _point(p) for p in parts)
                    msg = (
                        f"the parts {_shown(parts)} add up to {written(point, whole)}, "
                        f"more than the whole {whole.surface}"
                    )
                    yield rule.finding(msg, [*sorted(parts, key=lambda p: -_lo(p)), whole])
                continue
            for p in parts:
                if _lo(p) > _hi(whole) and not _modifies(p, doc.text):
                    yield rule.finding(
                        f"the part {p.surface} is more than its whole {whole.surface}", [p, whole]
                    )


_COMPOUND = re.compile(r"-[A-Za-z]+\s+[A-Za-z]")


def _modifies(c: AnyClaim, text: str) -> bool:
    """c is the number of a compound modifier ('a 140-count indictment', 'three-member crews'): the
    size of each item, not a number of the items, so no part of a count of them."""
    return _COMPOUND.match(text, c.end) is not None


def _point(c: AnyClaim) -> float:
    if c.kind == "quantity" and c.si_value is not None:
        return c.si_value
    return c.value if c.value is not None else _lo(c)


# ---------------------------------------------------------------- NC502


def _parts_sum(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    people = set(ctx.config.pack.nouns.people_kinds)
    gap = float(ctx.config.rule("NC502").params.get("max_gap", 0.5))
    for doc in ctx.drafts():
        claims = ctx.by_doc(doc.id)
        yield from _aboard(rule, claims, people)
        for rel in relations(ctx, doc.id).parts:
            if not rel.complete:
                f = _slipped_whole(rule, rel.whole, list(rel.parts)) if rel.listed else None
                if f is not None:
                    yield f
                continue
            parts = list(rel.parts)
            lo, hi = sum(_lo(p) for p in parts), sum(_hi(p) for p in parts)
            point = sum(_point(p) for p in parts)
            if rel.whole is None:
                if lo - gap <= 100 <= hi + gap:
                    continue
                msg = f"the shares {_shown(parts)} of one group add up to {_pct(point)}, not 100%"
                yield rule.finding(msg, parts)
                continue
            wlo, whi = span(rel.whole)
            slack = gap if rel.whole.kind == "percent" else 0.0
            if lo - slack <= whi and wlo <= hi + slack:
                continue
            shares = rel.whole.kind == "percent" and all(p.kind == "percent" for p in parts)
            if shares and lo - gap <= 100 <= hi + gap:
                # "55% heard of it ... 47% gave it a low score, 14% a middling one and the remaining
                # 39% a high one": shares that make up 100% split a group of their own (or the 55%,
                # as shares of it), never the 55% as shares of all
                continue
            msg = f"the parts {_shown(parts)} add up to {written(point, rel.whole)}, not {rel.whole.surface}"
            yield rule.finding(msg, [rel.whole, *parts])


def _slipped_whole(rule: Rule, whole: AnyClaim | None, parts: list[AnyClaim]) -> Finding | None:
    """A whole and the parts listed under it (not known to be all of it) that miss each other by
    exactly a common slip: 'a total of 620 cases, 180 in A, 40 in B and 6 in C' (the parts add up
    to 226: the whole's digits swapped), ten or a thousand times the sum, or the sum with its
    leading digit changed. Only for exact figures of at least two significant digits each, where
    a coincidence is unlikely; a whole above its parts is otherwise allowed (NC501 says when it is
    below)."""
    if whole is None or len(parts) < 2 or not all(_exact(c) for c in (whole, *parts)):
        return None
    total = sum(p.value or 0.0 for p in parts)
    slip = sum_slip(total, whole.value or 0.0)
    if slip is None:
        return None
    shown = f"the parts {_shown(parts)} add up to {written(total, whole)}"
    msg = f"{shown}, not {whole.surface} ({slip}: a slip?)"
    return rule.finding(msg, [whole, *parts])


def _exact(c: AnyClaim) -> bool:
    """A figure stated as one exact whole number: no hedge, no range, no bound."""
    v = c.value
    return v is not None and c.hedge is None and not (c.low_open or c.high_open) and v > 0 and v == int(v)


def _aboard(rule: Rule, claims: list[AnyClaim], people: set[str]) -> Iterable[Finding]:
    """'All 67 people aboard' against the passengers, crew and others said to be aboard in the
    sentences after it."""
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


# ---------------------------------------------------------------- NC503


def _change(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    tol = float(ctx.config.rule("NC503").params.get("percent_tolerance", 1.0))
    ftol = ctx.config.pack.relations.change.factor_tolerance
    ranks = {w.lower() for w in ctx.config.pack.relations.change.rank_words}
    cues = ctx.config.pack.relations.change
    sides = (
        frozenset(w.lower() for w in cues.score_ahead),
        frozenset(w.lower() for w in cues.score_behind),
        frozenset(w.lower() for w in cues.score_skip),
    )
    for doc in ctx.drafts():
        for ch in relations(ctx, doc.id).changes:
            crossed = _sides_crossed(doc.text, ch, sides)
            if crossed is not None:
                if crossed not in (ch.direction, ch.also) and {ch.direction, ch.also} - {None}:
                    said = "rise" if "increase" in (ch.direction, ch.also) else "fall"
                    where = f"from {ch.old.surface} behind to {ch.new.surface} ahead"
                    if crossed == "decrease":
                        where = f"from {ch.old.surface} ahead to {ch.new.surface} behind"
                    msg = f"{where} is a {_word(crossed == 'increase')}, not a {said}"
                    yield rule.finding(msg, _claims_of(ch))
                continue
            f = _check_change(rule, ch, tol, ftol, _ranked(doc.text, ch, ranks))
            if f is not None:
                yield f


def _claims_of(ch: Change) -> list[AnyClaim]:
    out: list[AnyClaim] = []
    for c in (*ch.stated, ch.new.claim, ch.old.claim):
        if c not in out:
            out.append(c)
    return out


def _word(rise: bool) -> str:
    return "rise" if rise else "fall"


def _side(text: str, c: AnyClaim, sides: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> int:
    """The side of a score the noun right after c names (relations.yaml change.score_ahead: 1,
    score_behind: -1; words of score_skip passed over: "6-point deficit"), else 0."""
    ahead, behind, skip = sides
    for w in re.findall(r"[a-z]+|[-–]", text[c.end : c.end + 40].lower())[:4]:
        if w in skip:
            continue
        return 1 if w in ahead else -1 if w in behind else 0
    return 0


def _sides_crossed(
    text: str, ch: Change, sides: tuple[frozenset[str], frozenset[str], frozenset[str]]
) -> str | None:
    """A score that crossed ("from a 6-point deficit to a 3-point lead") from one side to the other
    moved up ("increase") or down ("decrease") whatever the sizes; None when it did not cross."""
    a, b = _side(text, ch.old.claim, sides), _side(text, ch.new.claim, sides)
    if a * b != -1:
        return None
    return "increase" if b == 1 else "decrease"


def _ranked(text: str, ch: Change, ranks: set[str]) -> bool:
    """Does the change's sentence name a ranking (relations.yaml change.rank_words: "crept up the
    charts from six to five")? A place in one rises as its number falls."""
    lo = min(ch.old.claim.start, ch.new.claim.start)
    hi = max(ch.old.claim.end, ch.new.claim.end)
    a = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo)) + 1
    ends = [x for x in (text.find(". ", hi), text.find("\n", hi)) if x >= 0]
    b = min(ends, default=len(text))
    return bool(ranks & set(re.findall(r"[a-z]+", text[a:b].lower())))


def _check_change(rule: Rule, ch: Change, tol: float, ftol: float, ranked: bool = False) -> Finding | None:
    old, new = ch.old, ch.new
    if math.isinf(old.hi) or math.isinf(new.hi) or old.lo <= 0 and old.hi <= 0:
        return None
    where = f"from {old.surface} to {new.surface}"
    rose = new.value > old.value
    (olo, ohi), (nlo, nhi) = ((old.lo, old.hi), (new.lo, new.hi)) if ranked else map(_counted, (old, new))
    # the direction as worded
    for direction in (ch.direction, ch.also):
        if direction == "increase" and nhi < olo or direction == "decrease" and nlo > ohi:
            said = "rise" if direction == "increase" else "fall"
            return rule.finding(f"{where} is a {_word(rose)}, not a {said}", _claims_of(ch))
    # a factor: doubled, halved, 12-fold
    if ch.factor is not None and old.lo > 0:
        rlo, rhi = new.lo / old.hi, new.hi / old.lo
        f = ch.factor
        flo, fhi = _change_window(f, ch.factor_bound, ftol)
        if not (rlo <= fhi and flo <= rhi):
            ratio = new.value / old.value if old.value else math.inf
            msg = f"{where} is a factor of {ratio:.2g}, not {ch.factor_word} ({f:g} times)"
            return rule.finding(msg, _claims_of(ch))
    for d in ch.stated:
        found = _check_stated(rule, ch, d, tol)
        if found is not None:
            return found
    return None


def _counted(f: Figure) -> tuple[float, float]:
    """A figure's interval for the direction of a change: a count is a whole number ("the toll rose
    from 14 to 13" is a fall, where 14 and 13 read as rounded would touch at 13.5), as
    relations.span reads it; any other figure's interval as it is. Not in a sentence that names a
    ranking (_ranked): a place is no count, and "up from six to five" in the charts is a rise."""
    c = f.claim
    counted = c.kind == "count" or (c.kind == "number" and c.value is not None and c.value == int(c.value))
    if counted and not math.isinf(f.lo) and not math.isinf(f.hi) and math.ceil(f.lo) <= math.floor(f.hi):
        return float(math.ceil(f.lo)), float(math.floor(f.hi))
    return f.lo, f.hi


def _change_window(f: float, bound: str | None, ftol: float) -> tuple[float, float]:
    """The ratios new/old a change's factor word allows (_factor_window); a fall's bound is worded
    on the fall, its inverse: 'more than halved' is a fall past half (the inverse above 2), 'almost
    halved' a fall short of it ('almost halved, from 20 percent to 12.5 percent': the inverse just
    under 2). A comparison's 'nearly half as many' stays a ratio just under a half."""
    if f < 1 and bound in ("above", "below"):
        lo, hi = _factor_window(1 / f, bound, ftol)
        return 1 / hi, (1 / lo if lo > 0 else math.inf)
    return _factor_window(f, bound, ftol)


def _factor_window(f: float, bound: str | None, ftol: float) -> tuple[float, float]:
    """The ratios a multiple as worded allows: 'doubled' about 2, 'more than doubled' from just
    under 2 up, 'nearly doubled' up to just over 2; 'halved' with the tolerance on the inverse."""
    if bound == "above":
        return f * (1 - ftol / 5), math.inf
    if bound == "below":
        return f * (1 - 2 * ftol), f * (1 + ftol / 5)
    if f < 1:
        return 1 / (1 / f * (1 + ftol)), 1 / (1 / f * (1 - ftol))
    return f * (1 - ftol), f * (1 + ftol)


# a stated change in percentage points may differ from its figures' by percent_tolerance points,
# or by this share of itself when that is less ("cut by 50 basis points" from 4.5% to 3.75%)
POINT_SLACK = 0.25


def _check_stated(rule: Rule, ch: Change, d: AnyClaim, tol: float) -> Finding | None:
    old, new = ch.old, ch.new
    where = f"from {old.surface} to {new.surface}"
    rates = old.claim.kind == new.claim.kind == "percent"
    rise = new.value > old.value
    dlo, dhi = _lo(d), _hi(d)
    if math.isinf(dhi):
        return None
    if d.kind == "percentage_point" or (d.kind == "percent" and rates):
        lo, hi = sorted((abs(new.lo - old.hi), abs(new.hi - old.lo)))
        if new.lo - old.hi < 0 < new.hi - old.lo:
            lo = 0.0
        # a change of a few basis points is not given a whole point of slack: at most a quarter of it
        ptol = min(tol, POINT_SLACK * dhi) if d.kind == "percentage_point" else tol
        if dlo - ptol <= hi and lo <= dhi + ptol:
            return None
        if d.kind == "percentage_point":
            points = abs(new.value - old.value)
            msg = f"{where} is a {_word(rise)} of {_fmt(points)} percentage points, not {d.surface}"
            return rule.finding(msg, _claims_of(ch))
    if d.kind == "percent":
        if old.lo <= 0:
            return None
        cands = [(new.lo - old.hi) / old.hi * 100, (new.hi - old.lo) / old.lo * 100]
        lo, hi = min(cands), max(cands)
        if hi <= 0:
            lo, hi = -hi, -lo  # a fall: compare its size
        elif lo < 0:
            lo, hi = 0.0, max(-lo, hi)
        if dlo - tol <= hi and lo <= dhi + tol:
            return None
        actual = (new.value - old.value) / old.value * 100 if old.value else 0.0
        msg = f"{where} is a {_word(rise)} of {_pct(actual)}, not {d.surface}"
        return rule.finding(msg, _claims_of(ch))
    if rates or d.kind == "percentage_point":
        return None
    if d.kind in {"count", "number", "money", "quantity"} and (
        d.kind == old.claim.kind or {d.kind, old.claim.kind} <= {"count", "number"}
    ):
        if d.kind == "money" and d.unit != old.claim.unit:
            return None
        if d.kind == "quantity":
            if d.unit != old.claim.unit:
                return None
            dlo, dhi = d.low or 0.0, d.high or math.inf
        lo, hi = sorted((abs(new.lo - old.hi), abs(new.hi - old.lo)))
        if new.lo - old.hi < 0 < new.hi - old.lo:
            lo = 0.0
        if dlo <= hi and lo <= dhi:
            return None
        amount = abs(new.value - old.value)
        msg = f"{where} is a {_word(rise)} of {_as(amount, d)}, not {d.surface}"
        return rule.finding(msg, _claims_of(ch))
    return None


def _as(value: float, like: AnyClaim) -> str:
    if like.kind == "quantity" and like.value is not None:
        m = NUM_RE.search(like.surface)
        if m is None:
            return _fmt(value)
        return like.surface[: m.start()] + _fmt(value) + like.surface[m.end() :]
    return written(value, like)


# ---------------------------------------------------------------- NC504


def _share(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    tol = float(ctx.config.rule("NC504").params.get("percent_tolerance", 1.0))
    for doc in ctx.drafts():
        for sh in relations(ctx, doc.id).shares:
            part, whole, p = sh.part, sh.whole, sh.share
            if not _hi(whole) or math.isinf(_hi(whole)) or _lo(whole) <= 0:
                continue
            if whole.value is None and whole.hedge == "vague":
                continue  # "90 of these millions of calls (9%)": no writer takes a share of "millions"
            w_lo, w_hi, w_value = _lo(whole), _hi(whole), whole.value or 1
            if sh.moved is not None:  # the level before a move: the level after, less the rise
                sign = -1 if sh.moved == "rise" else 1
                ends = (_lo(whole) + sign * _lo(part), _hi(whole) + sign * _hi(part))
                ends2 = (_lo(whole) + sign * _hi(part), _hi(whole) + sign * _lo(part))
                w_lo, w_hi = min(*ends, *ends2), max(*ends, *ends2)
                w_value = (whole.value or 0) + sign * (part.value or 0)
                if w_hi <= 0:  # rose by more than the level it rose to: no level to rise from
                    said = f"a rise of {part.surface} to {whole.surface} is more than the level itself"
                    yield rule.finding(f"{said}, not {p.surface}", [p, part, whole])
                    continue
                if w_lo <= 0 or w_value <= 0:
                    continue
            lo, hi = _lo(part) / w_hi * 100, _hi(part) / w_lo * 100
            if _lo(p) - tol <= hi and lo <= _hi(p) + tol:
                continue
            actual = (part.value or 0) / w_value * 100
            if sh.moved is not None:
                msg = f"a {sh.moved} of {part.surface} to {whole.surface} is {_pct(actual)}, not {p.surface}"
            else:
                msg = f"{part.surface} of {whole.surface} is {_pct(actual)}, not {p.surface}"
            yield rule.finding(msg, [p, part, whole])
        for st in relations(ctx, doc.id).totals:
            f = _same_total(rule, st.members)
            if f is not None:
                yield f
        for q in relations(ctx, doc.id).quantified:
            lo, hi = interval(q.share)
            if lo <= q.high and q.low <= hi:
                continue
            bound = (
                f"more than {q.low:g}%"
                if q.high >= 100
                else f"less than {q.high:g}%"
                if q.low <= 0
                else f"{q.low:g}-{q.high:g}%"
            )
            yield rule.finding(f"{q.words} is {bound}, not {q.share.surface}", [q.share])


# ---------------------------------------------------------------- NC505


def _comparisons(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    ftol = ctx.config.pack.relations.change.factor_tolerance
    for doc in ctx.drafts():
        for cmp in relations(ctx, doc.id).comparisons:
            f = _check_comparison(rule, cmp, ftol)
            if f is not None:
                yield f


def _check_comparison(rule: Rule, cmp: Comparison, ftol: float) -> Finding | None:
    a, b = cmp.first, cmp.second
    alo, ahi = span(a)
    blo, bhi = span(b)
    if math.isinf(ahi) or math.isinf(bhi):
        return None
    if cmp.larger is True and ahi < blo:
        return rule.finding(f"{a.surface} is smaller than {b.surface}, not {cmp.words} it", [a, b])
    if cmp.larger is False and alo > bhi:
        return rule.finding(f"{a.surface} is larger than {b.surface}, not {cmp.words} it", [a, b])
    if cmp.difference is not None:
        dlo, dhi = span(cmp.difference)
        lo, hi = (alo - bhi, ahi - blo) if cmp.larger else (blo - ahi, bhi - alo)
        if not math.isinf(dhi) and not (dlo <= hi and lo <= dhi):
            gap = abs((a.value or 0) - (b.value or 0))
            said = "more" if (a.value or 0) >= (b.value or 0) else "less"
            d = cmp.difference
            msg = f"{a.surface} is {written(gap, d)} {said} than {b.surface}, not {d.surface}"
            return rule.finding(msg, [a, d, b])
        return None
    if cmp.factor is not None and blo > 0:
        flo, fhi = _factor_window(cmp.factor, cmp.factor_bound, ftol)
        if not (alo / bhi <= fhi and flo <= ahi / blo):
            ratio = (a.value or 0) / (b.value or 1)
            said = {"above": "more than ", "below": "nearly "}.get(cmp.factor_bound or "", "")
            times = "" if "times" in cmp.words else f" ({cmp.factor:g} times)"
            msg = f"{a.surface} is {ratio:.2g} times {b.surface}, not {said}{cmp.words}{times}"
            return rule.finding(msg, [a, b])
    return None


# ---------------------------------------------------------------- NC506


def _per_head(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    tol = float(ctx.config.rule("NC506").params.get("relative_tolerance", 0.05))
    for doc in ctx.drafts():
        for ph in relations(ctx, doc.id).per_head:
            tlo, thi = span(ph.total)
            nlo, nhi = span(ph.count)
            elo, ehi = span(ph.each)
            if nlo <= 0 or math.isinf(thi) or math.isinf(nhi) or math.isinf(ehi):
                continue
            lo, hi = tlo / nhi * (1 - tol), thi / nlo * (1 + tol)
            if elo <= hi and lo <= ehi:
                continue
            actual = (ph.total.value or 0) / (ph.count.value or 1)
            each = "" if "/" in (ph.each.unit or "") else " each"  # "$1,500 per resident" says it
            msg = f"{ph.total.surface} over {ph.count.surface} is {written(actual, ph.each)}{each}, "
            msg += f"not {ph.each.surface}"
            yield rule.finding(msg, [ph.each, ph.total, ph.count])


def _same_total(rule: Rule, members: tuple[tuple[AnyClaim, AnyClaim], ...]) -> Finding | None:
    """Figures with their shares of one total must imply the same total."""
    lo, hi = 0.0, math.inf
    for a, p in members:
        alo, ahi = span(a)
        plo, phi = span(p)
        if plo <= 0:
            return None
        lo, hi = max(lo, alo / phi * 100), min(hi, ahi / plo * 100)
    if lo <= hi * 1.005:
        return None
    totals = [(a.value or 0) / (p.value or 1) * 100 for a, p in members]
    shown = "; ".join(
        f"{a.surface} ({p.surface}) is a share of about {written(_three_figures(t), a)}"
        for (a, p), t in zip(members, totals, strict=True)
    )
    return rule.finding(
        f"shares of one total imply different totals: {shown}", [c for m in members for c in m]
    )


def _three_figures(v: float) -> float:
    if v <= 0:
        return v
    return round(v, 2 - math.floor(math.log10(v)))


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
    summary="A complete list of parts does not add up to the stated total, or listed parts miss it by "
    "exactly a common slip (ten times, two digits swapped).",
    why="When copy lists every part ('the remaining', 'all 67 aboard'), the sum must match.",
    example="'All 67 people aboard' ... '60 passengers and four crew members' ... 'Four soldiers'.",
    run=_parts_sum,
)

CHANGE = Rule(
    code="NC503",
    name="change-does-not-follow",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="A stated change (an increase of N, a rise of P%, 'fell', 'doubled', '12-fold') does not follow "
    "from the two stated figures.",
    why="Percentage changes are computed by hand and often from the wrong base.",
    example="'127,350 cases, up from 61,070, an increase of 48%' (it is 109%).",
    run=_change,
)

SHARE = Rule(
    code="NC504",
    name="share-does-not-follow",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="A stated share ('411 of the 650 seats, or 73%'; 'a third of the 450'; 'a majority (45%)') does "
    "not follow from its counts or its words.",
    why="A share and its counts are often edited separately.",
    example="'411 of the 650 seats, or 73%' (it is 63%).",
    run=_share,
)

COMPARISON = Rule(
    code="NC505",
    name="comparison-does-not-follow",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="Two figures compared in one sentence ('ahead of', 'behind', 'more than double the') do not "
    "stand in the order or multiple the words say.",
    why="A figure edited on one side of a comparison leaves the words saying the opposite.",
    example="'The Greens are on 13.4%, ahead of Labour on 16.2%'.",
    run=_comparisons,
)

PER_HEAD = Rule(
    code="NC506",
    name="per-head-does-not-follow",
    category=Category.arithmetic_error,
    severity=Severity.error,
    summary="An amount per head ('$1,500 per resident', '$50 a head', '$100,000 each') does not follow from "
    "the total and the count it divides in the same sentence.",
    why="A per-head figure is worked out by hand, and stays behind when the total or the count is edited.",
    example="'$600 million for its 400,000 residents, or $1,200 per resident' (it is $1,500).",
    run=_per_head,
)

RULES = [PARTS_EXCEED, PARTS_SUM, CHANGE, SHARE, COMPARISON, PER_HEAD]
