"""Draft against sources: NC101 source-mismatch, NC102 changed-in-copy, NC103 claim-changed,
NC701 unsupported-claim, NC702 absent-from-source.

For each draft claim, the candidates are the source claims that link.compatible() allows. If
any candidate agrees, the figure is supported. If none agrees, the best candidate is the one a
known slip explains (digits transposed, a factor of 1,000, a unit swapped), else the one whose
context is most alike; it is reported as a mismatch when the slip or the context makes the link
convincing, and the draft figure is otherwise only unsupported (info).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from numcheck.align import sentence_bounds, sentence_of
from numcheck.checks.base import CheckContext, Rule
from numcheck.checks.slips import likely_slip
from numcheck.extraction.knowledge import stem
from numcheck.frames import content_stems
from numcheck.link import (
    agree,
    compatible,
    describe,
    interval,
    kind_key,
    point,
    ratio,
    representative,
    same_measurand,
    similarity,
    years,
)
from numcheck.models import AnyClaim, Category, Finding, Severity, with_fields

MIN_SIMILARITY = 2.0


def _closeness(a: AnyClaim, b: AnyClaim) -> float:
    pa, pb = representative(a), representative(b)
    if not pa or not pb or pa <= 0 or pb <= 0:
        return 0.0
    return -abs(math.log(pa / pb))


def _plausible(d: AnyClaim, s: AnyClaim) -> bool:
    """An open bound ('up to 345 miles') supports nothing orders of magnitude below it."""
    r = ratio(d, s)
    return r is None or r >= 0.1


def _of_kind(ctx: CheckContext, d: AnyClaim) -> list[AnyClaim]:
    """The source claims link.compatible() may allow for d, in the sources' order: the same kind
    key, or a bare figure and a count (an index built once per run, so each draft figure does not
    walk every source)."""
    key = "sources_by_kind"
    if key not in ctx.memo:
        index: dict[tuple[str, str | None], list[tuple[int, AnyClaim]]] = {}
        for i, s in enumerate(_source_claims(ctx)):
            index.setdefault(kind_key(s), []).append((i, s))
        ctx.memo[key] = index
    index = ctx.memo[key]  # type: ignore[assignment]
    k = kind_key(d)
    merged: dict[tuple[str, str | None], list[AnyClaim]] = ctx.memo.setdefault("sources_of_kind", {})  # type: ignore[assignment]
    if k not in merged:
        if k[0] in {"count", "number"}:
            found = [p for kk, ps in index.items() if kk[0] in {"count", "number"} for p in ps]
        else:
            found = index.get(k, [])
        merged[k] = [s for _, s in sorted(found, key=lambda p: p[0])]
    return merged[k]


def _assess(ctx: CheckContext, d: AnyClaim) -> tuple[str, AnyClaim | None, str | None]:
    """('supported'|'mismatch'|'unsupported', the source claim, the slip); worked out once per claim."""
    memo = ctx.memo.setdefault("assessed", {})
    if d.id not in memo:  # type: ignore[operator]
        memo[d.id] = _assess_once(ctx, d)  # type: ignore[index]
    return memo[d.id]  # type: ignore[index,no-any-return]


def _assess_once(ctx: CheckContext, d: AnyClaim) -> tuple[str, AnyClaim | None, str | None]:
    tol = ctx.config.pack.tolerances.agreement.relative
    cands = [s for s in _of_kind(ctx, d) if compatible(d, s)]
    if not cands:
        return "unsupported", None, None
    best_sim = max(similarity(d, s) for s in cands)
    floor = min(max(1.0, best_sim / 2), best_sim)
    if any(agree(d, s, tol, touching=False) and _plausible(d, s) for s in cands if similarity(d, s) >= floor):
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


def _draft_claims(ctx: CheckContext) -> Iterable[AnyClaim]:
    for doc in ctx.drafts():
        for c in ctx.by_doc(doc.id):
            if c.conversion_of is None and (c.kind != "number" or c.event):
                yield c


def _source_claims(ctx: CheckContext) -> list[AnyClaim]:
    ids = {d.id for d in ctx.sources()}
    return [c for c in ctx.claims if c.doc in ids]


def _year_of(c: AnyClaim, text: str) -> str | None:
    """The year written nearest the figure in its clause ('$1.30 to $1.40 for Q4 2019' -> 2019):
    after it within a few words, else before it."""
    after = re.split(r"[.;:!?]\s|,\s+(?:and|but|while|as)\b", text[c.end : c.end + 40], maxsplit=1)[0]
    m = _YEAR.search(after)
    if m:
        return m.group()
    before = re.split(r"[.;:!?]\s", text[max(0, c.start - 60) : c.start])[-1]
    found = _YEAR.findall(before)
    return found[-1] if found else None


def _as_written(d: AnyClaim, s: AnyClaim) -> bool:
    """The same figure in the same words' sense: one family, the same point or range, the same
    bounds ('more than 20 feet' is not 'up to 20 feet')."""
    if _family(d) != _family(s) or (d.low_open, d.high_open) != (s.low_open, s.high_open):
        return False
    pd, ps = point(d), point(s)
    if pd is not None or ps is not None:
        return pd is not None and ps is not None and math.isclose(pd, ps, rel_tol=1e-9) and d.hedge == s.hedge
    return all(math.isclose(x, y, rel_tol=1e-9) for x, y in zip(interval(d), interval(s), strict=True))


def _mismatches(ctx: CheckContext) -> list[tuple[str, list[AnyClaim], str | None, float | None]]:
    """NC101's findings as (message, claims, slip, ratio), worked out once per run: NC702 leaves
    out the figures they name."""
    key = "source_mismatches"
    if key in ctx.memo:
        return ctx.memo[key]  # type: ignore[return-value]
    out: list[tuple[str, list[AnyClaim], str | None, float | None]] = []
    sources = _source_claims(ctx)
    texts = {doc.id: doc.text for doc in ctx.documents}
    for d in _draft_claims(ctx) if sources else ():
        same = [s for s in sources if _as_written(d, s)]
        if same:  # the sources give this very figure, bounds and all: is it the same year?
            year = _year_of(d, texts[d.doc])
            near = bool(year) and all(y and y != year for y in (_year_of(s, texts[s.doc]) for s in same))
            dated = years(d.times)
            sentence = bool(dated) and all(years(s.times) and not years(s.times) & dated for s in same)
            if near or sentence:
                when = year or ", ".join(sorted(dated))
                msg = f"draft {describe(d)} is given for {when}; the source gives it for another year"
                out.append((msg, [d, same[0]], "a year changed", None))
            continue
        verdict, s, slip = _assess(ctx, d)
        if verdict == "mismatch" and s is not None:
            r = ratio(d, s)
            msg = f"draft {describe(d)} vs source {describe(s)}"
            if r is not None:
                msg += f"; ratio {r:.2f}"
            if slip:
                msg += f" — likely {slip}"
            out.append((msg, [d, s], slip, r))
    ctx.memo[key] = out
    return out


def _mismatch(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    for msg, claims, slip, r in _mismatches(ctx):
        yield rule.finding(msg, claims, slip=slip, ratio=r)


def _changes(ctx: CheckContext) -> list[tuple[str, list[AnyClaim], str | None, float]]:
    """NC102's findings as (message, claims, slip, confidence): the alignment's changed figures
    that NC101 does not already report. Worked out once per run (NC701 and NC702 leave them out)."""
    key = "copy_changes"
    if key in ctx.memo:
        return ctx.memo[key]  # type: ignore[return-value]
    flagged = {c.id for _, claims, _, _ in _mismatches(ctx) for c in claims}
    by_id = {c.id: c for c in [*ctx.claims, *ctx.alignment.claims]}
    out: list[tuple[str, list[AnyClaim], str | None, float]] = []
    for ch in ctx.alignment.changes:
        d, s = by_id.get(ch.draft), by_id.get(ch.source)
        if d is None or s is None or d.id in flagged:
            continue
        slip = likely_slip(d, s) if d.value is not None and s.value is not None else None
        if ch.how == "sentence":
            msg = f"draft {d.surface} in a sentence that follows the source's, which gives {s.surface}"
        else:
            msg = f"draft {d.surface} where the source, in the same words, gives {s.surface}"
        if slip:
            msg += f" — likely {slip}"
        msg += f"; the source: {ch.sentence}"
        out.append((msg, [d, s], slip, ch.strength))
    ctx.memo[key] = out
    return out


def _changed(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    for msg, claims, slip, confidence in _changes(ctx):
        yield rule.finding(msg, claims, slip=slip, confidence=confidence)


def _unsupported(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    if not _source_claims(ctx):
        return
    pool, derived, hedged = _source_values(ctx)
    changed = {c.id for _, claims, _, _ in _changes(ctx) for c in claims}
    changed |= {claims[0].id for _, claims, what, _ in _claim_changes(ctx) if what == REVERSED}
    for d in _draft_claims(ctx):
        if d.id in changed or not _found(d, pool, derived, hedged):
            continue  # NC102 or NC702 says more: the source's words around it, or the closest passage
        verdict, _, _ = _assess(ctx, d)
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

CHANGED_IN_COPY = Rule(
    code="NC102",
    name="changed-in-copy",
    category=Category.source_mismatch,
    severity=Severity.error,
    summary="A draft figure written in a source's words around a different figure: changed in the copy.",
    why="A story or summary keeps its source's words around the figures it takes; where the words "
    "before and after a figure are the source's and the figure is not, the figure was changed — "
    "a year, a scale word ('millions' for 'billions'), a bare number the extractor does not count. "
    "See numcheck/align.py.",
    example="Draft: 'Margins should rise in 2022 despite difficult comparisons.'  Source: 'margins "
    "to be up in 2021 despite difficult comparisons' -> 2022 where the source gives 2021.",
    run=_changed,
)

# How sure a "another speaker" finding is: both figures' attributions read right, each right on 449
# of 783 (57.3%) attributed figures of the eight blind batches, each as first scored (bench/attribution.py:
# measure 49/68, measure-2 61/100, measure-3 49/107, measure-4 56/102, measure-5 65/101, measure-6
# 64/100, measure-7 65/105, measure-8 40/100) -> 0.573 ** 2. Below NC103's min_confidence (rules.yaml:
# 0.6) it is info until attribution reads better.
SPEAKER_CONFIDENCE = 0.33
BOUNDS = {"at_most": "a ceiling", "at_least": "a floor"}  # "nearly", "more than": a figure near x
_MOVE = {"increase": "rise", "decrease": "fall"}  # a claim's direction, as a finding words it
REVERSED = "a direction reversed"


def _bound_of(c: AnyClaim, kinds: dict[str, str]) -> str | None:
    """'a ceiling' for 'up to 40,000', 'a floor' for 'more than 50', else None."""
    return BOUNDS.get(kinds.get(c.hedge or "", ""))


def _voice(c: AnyClaim) -> set[str]:
    """The words naming a figure's source, for telling two speakers apart ('the Pentagon' ~
    'Pentagon officials'); empty for the text's own voice."""
    return {w for w in re.findall(r"[a-z]+", (c.source or "").lower()) if len(w) > 2 and w != "the"}


def _said_here(c: AnyClaim, text: str) -> bool:
    """Is the figure's source named in the figure's own sentence ('X said 10,000'), not carried?"""
    if c.source_span is None or not c.source_cue:
        return False
    a = text.rfind(". ", 0, c.start)
    b = text.find(". ", c.end)
    return a < c.source_span[0] and (b < 0 or c.source_span[1] <= b + 1)


def _sentence_words(c: AnyClaim, text: str) -> set[str]:
    """The words of the figure's sentence written in lower case (a capitalised 'May' is the month,
    not a 'may')."""
    start, end = sentence_bounds(text, c.start, c.end)
    return set(re.findall(r"\b[a-z]+\b", text[start:end]))


MAX_LATER = 200  # later figures of a source looked at for an update of one figure


def _update_of(
    s: AnyClaim, sources: list[AnyClaim], texts: dict[str, str], updates: list[list[str]]
) -> AnyClaim | None:
    """A later figure of the same source for the same measurand, with another value, whose sentence
    says it updates ('revised', 'has since risen to', 'later')."""
    later = [u for u in sources if u.doc == s.doc and u.start > s.start and _family(u) == _family(s)]
    for u in later[:MAX_LATER]:
        if agree(u, s) or not same_measurand(s, u, 1):
            continue
        a, _ = sentence_bounds(texts[u.doc], u.start, u.end)
        head = re.findall(r"[a-z']+", texts[u.doc][a : u.start].lower())
        if any(head[i : i + len(p)] == p for p in updates for i in range(len(head))):
            return u
    return None


def _claim_changes(ctx: CheckContext) -> list[tuple[str, list[AnyClaim], str, float]]:
    """NC103's findings, worked out once per run (NC701 leaves out a figure whose direction it
    finds reversed: the source does give the figure)."""
    key = "claim_changes"
    if key not in ctx.memo:
        ctx.memo[key] = list(_claim_changes_once(ctx))
    return ctx.memo[key]  # type: ignore[return-value]


def _claim_changes_once(ctx: CheckContext) -> Iterable[tuple[str, list[AnyClaim], str, float]]:
    """(message, [draft, source], what changed, confidence) for each draft figure a source gives with
    the same value in the same role (the most alike source figure of that value; none of them kept what the
    draft says) but claimed otherwise: a ceiling or floor dropped ('up to', 'at least'), a 'may'
    dropped, a figure the source later updated, the direction of a change reversed, a speaker named
    in both sentences who is not the same."""
    sources = _source_claims(ctx)
    pack = ctx.config.pack
    kinds = {h.name: h.kind for h in pack.hedges.hedges}
    possible = {w.lower() for w in pack.events.possibility}
    tentative = possible | {
        w.lower() for w in [*pack.events.tentative, *pack.events.weak_modality, *pack.events.modality]
    }
    texts = {doc.id: doc.text for doc in ctx.documents}
    updates = [p.lower().split() for p in pack.events.updates]
    moves = frozenset(stem(w) for words in pack.events.directions.values() for w in words)
    by_value: dict[tuple[str, float], list[AnyClaim]] = {}
    for s in sources:
        if (ps := point(s)) is not None:
            by_value.setdefault((_family(s), float(f"{ps:.9g}")), []).append(s)  # 9 digits: isclose
    for d in _draft_claims(ctx):
        pd = point(d)
        if pd is None:
            continue
        valued = by_value.get((_family(d), float(f"{pd:.9g}")), [])
        same = [s for s in valued if similarity(d, s) >= MIN_SIMILARITY and compatible(d, s)]
        if not same:
            turned = _reversed(d, valued, texts, moves)  # no figure of the value: the draft turned one?
            if turned is not None:
                was, now = _MOVE[str(turned.direction)], _MOVE[str(d.direction)]
                msg = f"the source gives {describe(turned)} as a {was}; the draft gives it as a {now}"
                yield msg, [d, turned], REVERSED, 1.0
            continue
        s = max(same, key=lambda x: similarity(d, x))
        bound = _bound_of(s, kinds)
        hedged = bool(_sentence_words(d, texts[d.doc]) & tentative)  # the draft keeps it a possibility
        if bound and not hedged and _bound_of(d, kinds) is None and all(_bound_of(x, kinds) for x in same):
            msg = f"the source gives {describe(s)} as {bound}; the draft states {d.surface} as the figure"
            yield msg, [d, s], "a bound dropped", 1.0
            continue
        if not hedged and all(_sentence_words(x, texts[x.doc]) & possible for x in same):
            msg = f"the source says {describe(s)} may be so; the draft states it as fact"
            yield msg, [d, s], "a 'may' dropped", 1.0
            continue
        later = _update_of(s, sources, texts, updates)
        if later is not None and "<from>" not in d.times and not hedged:
            msg = f"the source gives {describe(s)} and later updates it to {describe(later)}"
            yield msg, [d, s, later], "a figure the source updated", 1.0
            continue
        vd, vs = _voice(d), _voice(s)
        if (
            vd
            and vs
            and not vd & vs
            and _said_here(d, texts[d.doc])
            and all(_said_here(x, texts[x.doc]) and not vd & _voice(x) for x in same)
        ):
            msg = f"the draft credits {d.surface} to {d.source}; the source to {s.source}"
            yield msg, [d, s], "another speaker", SPEAKER_CONFIDENCE


RESTATED = 2 / 3  # of the shorter sentence's content words, the share the other one repeats


def _reversed(
    d: AnyClaim, valued: list[AnyClaim], texts: dict[str, str], moves: frozenset[str]
) -> AnyClaim | None:
    """The source figure of d's value that d would be but for its direction: the source says it
    fell by the figure, the draft that it rose ('exports fell 4.2 percent' -> 'exports rose 4.2
    percent'). Only where no source figure of the value goes the draft's way, both directions are
    stated and opposite, the figures have the same bounds ('falls below 2%' is a threshold), the two
    are the same measurand in every other respect (link.compatible with the source's direction
    taken as the draft's: _turned_back), and the draft's sentence restates the source's: of the
    shorter one's content words, direction words (`moves`) aside, RESTATED are in the other. Two
    measures of one report moving apart by as much ('retail sales were up 0.6%', 'sales at
    appliance stores were down 0.6%') share fewer. The restated sentence is the evidence here, not
    shared terms ('totaled 41 million, up 27.5 percent' shares one), so every figure of the value is
    looked at."""
    if d.direction not in _MOVE or any(compatible(d, s) for s in valued):
        return None
    mine = _stems(d, texts, moves)
    turned = [
        s
        for s in valued
        if s.direction in _MOVE
        and s.direction != d.direction
        and (s.low_open, s.high_open) == (d.low_open, d.high_open)
        and compatible(d, _turned_back(s, d, moves))
        and _restates(mine, s, texts, moves)
    ]
    return max(turned, key=lambda x: similarity(d, x)) if turned else None


def _turned_back(s: AnyClaim, d: AnyClaim, moves: frozenset[str]) -> AnyClaim:
    """The source figure with the draft's direction: its direction, and a direction word among its
    head terms ('an increase of 31.5 percent') swapped for the draft's."""
    heads = [h for h in s.heads if h not in moves] + [h for h in d.heads if h in moves]
    return with_fields(s, direction=d.direction, heads=heads)


def _stems(c: AnyClaim, texts: dict[str, str], moves: frozenset[str]) -> set[str]:
    """The content stems of a figure's sentence, direction words (`moves`) aside."""
    return content_stems(sentence_of(texts[c.doc], c.start, c.end)) - moves


def _restates(x: set[str], s: AnyClaim, texts: dict[str, str], moves: frozenset[str]) -> bool:
    """Does s's sentence share RESTATED of the shorter's content words with a sentence of stems x?"""
    y = _stems(s, texts, moves)
    return bool(x and y) and len(x & y) >= RESTATED * min(len(x), len(y))


def _changed_claim(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    if not _source_claims(ctx):
        return
    for msg, claims, what, confidence in _claim_changes(ctx):
        yield rule.finding(msg, claims, slip=what, confidence=confidence)


CHANGED_CLAIM = Rule(
    code="NC103",
    name="claim-changed",
    category=Category.source_mismatch,
    severity=Severity.warning,
    summary="A draft keeps a source's figure but changes what is claimed of it: a bound or a 'may' "
    "dropped, a figure the source later updated, a fall made a rise (or a rise a fall), or another "
    "speaker credited.",
    why="'Up to 40,000 may be moved' and '40,000 were moved' share a number and say different things; "
    "so does a figure credited to the wrong speaker. The value matches, so no value check sees it.",
    example="Source: 'Up to 40,000 residents may be moved.'  Draft: '40,000 residents were moved.'  "
    "-> the source gives up to 40,000 as a ceiling; the draft states 40,000 as the figure.",
    run=_changed_claim,
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


def _family(c: AnyClaim) -> str:
    """What a figure may be found as: a quantity of its dimension, money, a share, or a count."""
    if c.kind == "quantity":
        return f"quantity:{c.dimension or c.unit}"
    if c.kind in {"percent", "percentage_point"}:
        return "share"
    return "money" if c.kind == "money" else "count"


def _found(
    d: AnyClaim,
    pool: dict[str, list[float]],
    derived: dict[str, list[float]],
    hedged: dict[str, list[tuple[float, float]]] | None = None,
) -> bool:
    """Is the draft figure, as written, among the sources' figures of its family, or the sum,
    difference or percentage change of two of them? Found when the draft's rounding covers a
    source figure ('1.2 billion' finds 1,234 million, '871' does not find 870), or the draft's
    figure lies inside a hedged source figure ('70%' is inside 'some 69%')."""
    lo, hi = interval(d)
    if math.isinf(lo) or math.isinf(hi) or representative(d) is None or d.hedge == "vague":
        return True  # 'thousands of', 'more than 50': nothing definite to look up
    fam = _family(d)
    p = point(d)
    if p is not None and any(slo <= p <= shi for slo, shi in (hedged or {}).get(fam, ())):
        return True
    values = [*pool.get(fam, ()), *derived.get(fam, ())]
    if d.value is None:  # a range: each end must be found
        return all(any(abs(v - end) <= 1e-4 * abs(end) for v in values) for end in (lo, hi))
    return any(lo <= v <= hi for v in values)


def _pool(sources: list[AnyClaim]) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for s in sources:
        got = out.setdefault(_family(s), [])
        if s.value is not None:
            got.append(point(s) or s.value)
        else:  # a range or a bound: its ends
            got += [x for x in interval(s) if not math.isinf(x)]
    return out


def _hedged(sources: list[AnyClaim]) -> dict[str, list[tuple[float, float]]]:
    """The intervals of the sources' hedged point figures ('some 69%', 'about 11,000'), by family."""
    out: dict[str, list[tuple[float, float]]] = {}
    for s in sources:
        lo, hi = interval(s)
        if s.hedge and s.hedge != "vague" and s.value is not None and not (math.isinf(lo) or math.isinf(hi)):
            out.setdefault(_family(s), []).append((lo, hi))
    return out


def _source_values(
    ctx: CheckContext,
) -> tuple[dict[str, list[float]], dict[str, list[float]], dict[str, list[tuple[float, float]]]]:
    """The sources' figures by family, what two of them derive, and their hedged intervals:
    worked out once per run for NC701 and NC702."""
    key = "source_values"
    if key not in ctx.memo:
        sources = _source_claims(ctx)
        pool = _pool(sources)
        ctx.memo[key] = (pool, _derived(pool), _hedged(sources))
    return ctx.memo[key]  # type: ignore[return-value]


def _derived(pool: dict[str, list[float]], limit: int = 80) -> dict[str, list[float]]:
    """Per family, sums and differences of two source figures, and percentage changes between
    two (as shares); the first `limit` figures of each family."""
    out: dict[str, list[float]] = {}
    for fam, values in pool.items():
        # each value once: a figure the source restates ("another 30 days" ... "30 more days") is
        # one figure, and no sum of it with itself follows from the source
        vals = list(dict.fromkeys([v for v in values if v > 0][:limit]))
        got = out.setdefault(fam, [])
        for i, x in enumerate(vals):
            for y in vals[i + 1 :]:
                got += [x + y, abs(x - y)]
                out.setdefault("share", []).extend(
                    # a change either way ("fell 25%" is 25 with a direction), and the ratios
                    (abs(100 * (y - x) / x), abs(100 * (x - y) / y), 100 * y / x, 100 * x / y)
                )
    return out


def _closest_sentence(ctx: CheckContext, d: AnyClaim) -> str | None:
    """The source sentence sharing most content words with the draft figure's sentence."""
    want = set(d.context)
    best, best_n = None, 0
    for c in _source_claims(ctx):
        n = len(want & set(c.context))
        if n > best_n:
            best, best_n = c, n
    if best is None:
        return None
    doc = next((x for x in ctx.documents if x.id == best.doc), None)
    if doc is None:
        return None
    return f"{doc.path}: {sentence_of(doc.text, best.start, best.end).strip()}"


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _absent(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    """A draft figure absent from every source. How sure that is wrong: the share of its sentence's
    words the sources hold (a sentence drawn from the sources whose figure is not there was changed;
    a background sentence the sources never touch brings its own figure)."""
    sources = _source_claims(ctx)
    if not sources:
        return
    pool, derived, hedged = _source_values(ctx)
    source_words: set[str] = set()
    for doc in ctx.sources():
        source_words |= content_stems(doc.text)
    texts = {doc.id: doc.text for doc in ctx.drafts()}
    source_years = {y for doc in ctx.sources() for y in _YEAR.findall(doc.text)}
    flagged = {c.id for _, claims, _, _ in [*_mismatches(ctx), *_changes(ctx)] for c in claims}
    for d in _draft_claims(ctx):
        if d.id in flagged or "<from>" in d.times:
            continue  # the earlier figure of a change ('up from 3.9%') often comes from an earlier release
        year = _year_of(d, texts.get(d.doc, ""))
        unknown_year = year if year and year not in source_years else None
        found = _found(d, pool, derived, hedged)
        if found and not unknown_year:
            continue
        words = content_stems(sentence_of(texts.get(d.doc, ""), d.start, d.end))
        covered = len(words & source_words) / len(words) if words else 0.0
        near = _closest_sentence(ctx, d)
        where = f"; the closest source passage: {near}" if near else ""
        if found:
            msg = f"{describe(d)} is dated {unknown_year}, a year no source mentions{where}"
        else:
            msg = f"{describe(d)} is in no source, nor follows from two source figures{where}"
        yield rule.finding(msg, [d], confidence=round(covered, 3))


ABSENT = Rule(
    code="NC702",
    name="absent-from-source",
    category=Category.unsupported_claim,
    severity=Severity.warning,
    summary="With sources given, a draft figure whose value occurs in no source, whatever it measures.",
    why="A figure found nowhere in the material a story was written from was changed or made up; "
    "it is the commonest way a figure goes wrong between source and copy. Sums, differences and "
    "percentage changes of two source figures count as found.",
    example="Draft: 'The company earned $3.9 billion.'  Sources: $3.6 billion and $1.2 billion, "
    "nothing that makes 3.9.",
    run=_absent,
)

RULES = [SOURCE_MISMATCH, CHANGED_IN_COPY, CHANGED_CLAIM, UNSUPPORTED, ABSENT]
