"""Stated conversions: NC401 conversion-error.

A figure followed by another in brackets of the same dimension ("500 square miles (1,295 sq
km)") states a conversion. pint converts the first figure's interval (its rounding or hedge)
into the second's unit; the conversion is wrong when the second figure's own interval does not
meet it, with `conversion.relative` slack (rules/tolerances.yaml). Every pint dimension converts,
areas included (acres, hectares, square miles). Temperatures convert with their offsets (°F = °C
× 1.8 + 32), and a temperature stated as a difference ("rose by 3C (5.4F)", "2C (3.6F) above
the average": the cue words of rules/relations.yaml) converts with pint's delta units, without
them. Currencies convert only at a rate the text states: in words ("at an exchange rate of $1.25
per pound"), or by its other restatements between the same two currencies, which must agree on
one rate ("800 yuan ($116)" and "3,000 yuan ($870)" cannot both hold; `currency_rates` in
rules/tolerances.yaml is how far they may drift). A share written as a fraction and restated as a
percentage ("a quarter (25%)") must be the same share. Two figures that both end in 0 or 5 may
both be rounded to the nearest 5 of their last place ("30 mph (45 km/h)", each rounded from
knots), so each claims ±2.5 of that place. A unit word newsrooms write for several units
(rules/units.yaml unit_senses: "tons" short, metric or long) converts in any of its senses.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from numcheck.checks.base import CheckContext, Rule
from numcheck.checks.figures import fmt, written
from numcheck.extraction.units import per_period, rate_parts, ureg
from numcheck.link import interval
from numcheck.models import AnyClaim, Category, Finding, Severity
from numcheck.relations import Figure, range_ends, words

DELTA_UNITS = {"celsius": "delta_degC", "fahrenheit": "delta_degF", "kelvin": "kelvin"}


def _fmt(v: float) -> str:
    if abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:,.1f}" if abs(v) >= 10 else f"{v:,.2f}"


def _from_si(c: AnyClaim, v: float) -> float | None:
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


def _pairs(
    text: str, claims: list[AnyClaim], by_id: dict[str, AnyClaim]
) -> Iterable[tuple[AnyClaim, AnyClaim]]:
    """The stated conversions: (figure, its restatement); "8ft x 5ft (2.4m x 1.5m)" and "2 and 3 m (6.6
    and 9.8 ft)" pair item by item."""
    order = sorted(claims, key=lambda c: c.start)
    index = {c.id: i for i, c in enumerate(order)}
    for b in order:
        a = by_id.get(b.conversion_of or "")
        if a is None:
            continue
        i, j = index.get(a.id), index[b.id]
        if i is not None and i > 0 and j + 1 < len(order):
            a0, b1 = order[i - 1], order[j + 1]
            if _times(text[a0.end : a.start]) and _times(text[b.end : b1.start]) and b1.conversion_of is None:
                yield a0, b
                yield a, b1
                continue
            if (
                _listed(text[a0.end : a.start])
                and _listed(text[b.end : b1.start])
                and b1.conversion_of is None
                and a0.unit == a.unit
                and b1.unit == b.unit
            ):
                # "53.5 and 58 kg (118 and 128 pounds)": the lists convert item by item, in order
                yield a0, b
                yield a, b1
                continue
        yield a, b


def _listed(gap: str) -> bool:
    return gap.strip().lower() in {"and", "or", ","}


def _times(gap: str) -> bool:
    return gap.strip().lower() in {"x", "×", "by"}


def _rounded_to_5(c: AnyClaim) -> tuple[float, float] | None:
    """A figure ending in 0 or 5 may be rounded to the nearest 5 of its last place."""
    if c.value is None or c.hedge or not c.surface[:1].isdigit():
        return None
    digits = "".join(ch for ch in c.surface.split()[0] if ch.isdigit() or ch == ".")
    if len(digits.replace(".", "")) < 2 or digits[-1] not in "05" or digits.endswith("00"):
        return None
    place = 10 ** -len(digits.split(".")[1]) if "." in digits else 1
    if c.si_value is not None and c.value:
        factor = c.si_value / c.value
        return (c.value - 2.5 * place) * factor, (c.value + 2.5 * place) * factor
    return c.value - 2.5 * place, c.value + 2.5 * place


Phrases = list[tuple[str, ...]]


@lru_cache(maxsize=64)
def _phrase_words(phrases: tuple[str, ...]) -> Phrases:
    """Each cue phrase as its words, made once per list of phrases (not once per check); only read."""
    return [tuple(words(p)) for p in phrases]


def _difference(
    text: str,
    a: AnyClaim,
    b: AnyClaim,
    cues: Phrases,
    readings: Phrases,
    after_readings: Phrases,
    between: frozenset[str] = frozenset(),
    nouns: Phrases | None = None,
    reading_nouns: frozenset[str] = frozenset(),
    not_after: frozenset[str] = frozenset(),
) -> bool:
    """Is a temperature stated as a difference ("rose by 3C (5.4F)", "2C (3.6F) above the
    average", "2C (3.6F) of warming", "a 5C (9F) average temperature increase", the words of
    `between` passed over before the difference word) rather than a reading ("reached 45C
    (113F)")?"""
    before = words(text[max(0, a.start - 60) : a.start])
    for _ in range(2):
        hedge = next((h for h in HEDGES if tuple(before[len(before) - len(h) :]) == h), None)
        if hedge:
            before = before[: len(before) - len(hedge)]
    after = words(text[b.end : b.end + 40])
    if after[:1] == [")"]:
        after = after[1:]
    if any(tuple(after[: len(p)]) == p for p in after_readings):
        return False
    k = 0
    while k < 3 and k < len(after) and after[k] in between:
        k += 1  # "1C (1.8F) of warming", "a 5C (9F) average temperature increase"
    if any(tuple(after[k : k + len(p)]) == p and p[0] not in not_after for p in cues):
        return True
    reading = next((p for p in readings if tuple(before[len(before) - len(p) :]) == p), None)
    if reading is not None:
        return _names_a_difference(before[: len(before) - len(reading)], nouns or [], reading_nouns)
    near = before[-3:]
    return any(tuple(near[i : i + len(p)]) == p for p in cues for i in range(len(near)))


_PROGRESSIVE = frozenset({"is", "are", "was", "were", "been", "be"})


def _names_a_difference(before: list[str], nouns: Phrases, reading_nouns: frozenset[str]) -> bool:
    """Do the words before a reading word ("to", "of", "reached") end, within five words, on a noun
    naming a difference of temperature ("limit warming to", "global warming of", "the warming of
    the planet to", "the temperature rise has reached")? Not when a temperature noun stands between
    ("the warming pushed temperatures to": a reading) or the noun is a verb ("are warming to")."""
    for n in range(len(before), max(-1, len(before) - 6), -1):
        if any(w in reading_nouns for w in before[n:]):
            return False
        for p in nouns:
            if n >= len(p) and tuple(before[n - len(p) : n]) == p:
                return n == len(p) or before[n - len(p) - 1] not in _PROGRESSIVE
    return False


HEDGES = [
    ("more", "than"),
    ("up", "to"),
    ("just", "over"),
    ("about",),
    ("around",),
    ("roughly",),
    ("some",),
    ("nearly",),
    ("almost",),
    ("over",),
]


def _ranges(a: AnyClaim, b: AnyClaim) -> bool:
    return (
        all(
            c.value is None
            and c.low is not None
            and c.high is not None
            and c.si_low
            and c.low
            and not c.hedge
            for c in (a, b)
        )
        and a.dimension != "[temperature]"
    )


def _range_end_wrong(a: AnyClaim, b: AnyClaim, rel: float) -> str | None:
    """'4,000 to 6,500 km (2,485 to 4,039 miles)': each end converts to its own end."""
    ea, eb = range_ends(a), range_ends(b)
    if ea is None or eb is None:
        return None
    fa = (a.si_low or 0) / (a.low or 1)
    fb = (b.si_low or 0) / (b.low or 1)
    for x, y in zip(ea, eb, strict=True):
        if _end_converts(x.lo * fa, x.hi * fa, y, fb, rel):
            continue
        return f"{x.surface} is about {fmt(x.value * fa / fb)}, not {y.surface}"
    return None


def _end_converts(lo: float, hi: float, y: Figure, fb: float, rel: float) -> bool:
    """Does one end of a range, lo..hi in SI units, meet the end y of its restatement (y's values
    times fb in SI units) within the relative tolerance rel?"""
    return lo * (1 - rel) <= y.hi * fb and y.lo * fb <= hi * (1 + rel)


_END_JOIN = re.compile(r"\s*(?:to|and|-|–|—)\s*")


def _first_end_apart(text: str, claims: list[AnyClaim], a: AnyClaim, b: AnyClaim) -> AnyClaim | None:
    """'from 40,000 to 6,200 km (2,485 to 3,853 miles)': the range's first end written larger than
    its second (a slip) is no range to the extractor, which leaves a bare number before the figure
    it restates in brackets as a range. That bare number, joined to the figure by "to", "and" or a
    dash, is the first end of what the bracket converts; None when the figure has no such number
    right before it or the restatement is no range."""
    if b.value is not None or b.low is None or b.high is None or b.hedge or a.value is None or not a.si_value:
        return None
    x = max((c for c in claims if c.end <= a.start), key=lambda c: c.end, default=None)
    if x is None or x.kind != "number" or x.unit is not None or x.value is None or x.low is None:
        return None
    if x.high is None or not _END_JOIN.fullmatch(text[x.end : a.start]):
        return None
    return x if range_ends(b) is not None else None


def _split_range_wrong(x: AnyClaim, a: AnyClaim, b: AnyClaim, rel: float) -> str | None:
    """x ('40,000') and a ('6,200 km') are the two ends of a range b restates ('2,485 to 3,853
    miles'): each end converts to its own end of b, in a's unit."""
    ends = range_ends(b)
    if ends is None or not b.low or not b.si_low or not a.value or not a.si_value:
        return None
    fa, fb = a.si_value / a.value, b.si_low / b.low
    alo, ahi = interval(a)  # in SI units, as x's ends are made
    for lo, hi, y in (((x.low or 0.0) * fa, (x.high or 0.0) * fa, ends[0]), (alo, ahi, ends[1])):
        if _end_converts(lo, hi, y, fb, rel):
            continue
        unit = b.surface[b.surface.rindex(ends[1].surface) :].lstrip("0123456789,. ")  # "miles"
        shown = f"{fmt((x.value or 0.0) * fa / fb)} to {fmt(a.value * fa / fb)} {unit}".rstrip()
        return f"{x.surface} to {a.surface} is about {shown}, not {b.surface}"
    return None


def _senses(c: AnyClaim, senses: dict[str, list[str]]) -> list[float]:
    """The factors that turn c's SI value into its value in each sense of its unit word
    (rules/units.yaml unit_senses: "tons" as short, metric or long tons); [1.0] for one sense."""
    names = senses.get(c.unit or "")
    if not names or not c.value or not c.si_value:
        return [1.0]
    read = c.si_value / c.value  # SI per unit as read
    return [_si_per(name) / read for name in names]


@lru_cache(maxsize=32)
def _si_per(name: str) -> float:
    return float(ureg().Quantity(1, name).to_base_units().magnitude)


def _periods(a: AnyClaim, b: AnyClaim) -> float | None:
    """How many of a's periods make one of b's: 7 for a count a day restated a week."""
    pa, pb = per_period(a.unit), per_period(b.unit)
    if pa is None or pb is None or pa == pb:
        return None
    return float(ureg().Quantity(1, pb).to(pa).magnitude)


def _delta(a: AnyClaim, b: AnyClaim) -> float | None:
    """a's value, as a difference, in b's unit (pint delta units)."""
    ua = next((u for k, u in DELTA_UNITS.items() if k in (a.unit or "").lower()), None)
    ub = next((u for k, u in DELTA_UNITS.items() if k in (b.unit or "").lower()), None)
    if ua is None or ub is None or a.value is None:
        return None
    return float(ureg().Quantity(a.value, ua).to(ub).magnitude)


_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s")


def _follows_a_difference(text: str, a: AnyClaim, differences: list[tuple[int, float]]) -> bool:
    """Does a temperature pair stand in the sentence of, or the sentence after, a pair read as a
    difference, its first figure within a factor of three of that difference ("limiting warming to
    3C (5.4F) above the average of 1900. A tougher goal sets 2.5C (4.5F) ...")? It then goes on
    with the difference: a pair that converts as one is no slip. A reading far from the difference
    ("30C (54F)" after "rose by 2C (3.6F)"), or a pair that converts as neither, is still found."""
    if not a.value:
        return False
    for end, size in differences:
        if not size or not 1 / 3 <= abs(a.value / size) <= 3:
            continue
        if end <= a.start and len(_SENTENCE_END.findall(text[end : a.start])) <= 1:
            return True
    return False


def _too_large_a_difference(a: AnyClaim, most: float) -> bool:
    """Is a's temperature, read as a difference, more than `most` degrees Celsius
    (relations.yaml temperature_difference_most)?"""
    ua = next((u for k, u in DELTA_UNITS.items() if k in (a.unit or "").lower()), None)
    if ua is None or a.value is None:
        return False
    return abs(float(ureg().Quantity(a.value, ua).to("delta_degC").magnitude)) > most


def _holds_as_reading(a: AnyClaim, b: AnyClaim, rel: float) -> bool:
    """Does b restate a's temperature as a reading (with its offset), within the tolerance?"""
    alo, ahi = interval(a)
    blo, bhi = interval(b)
    if any(math.isinf(x) or math.isnan(x) for x in (alo, ahi, blo, bhi)):
        return False
    return alo - abs(alo) * rel <= bhi and blo <= ahi + abs(ahi) * rel


def _holds_as_difference(a: AnyClaim, b: AnyClaim, rel: float) -> bool:
    """Does b restate a's temperature as a difference (pint delta units), with a's rounding?"""
    exp = _delta(a, b)
    if exp is None or b.value is None:
        return False
    spread = max(
        abs(exp) * rel,
        abs((a.high or 0) - (a.low or 0)) * abs(exp / a.value) / 2 if a.value else 0,
    )
    blo, bhi = b.low if b.low is not None else b.value, b.high if b.high is not None else b.value
    return exp - spread <= bhi and blo <= exp + spread


def _conversion(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    rel = ctx.config.pack.tolerances.conversion.relative
    cues = _phrase_words(tuple(ctx.config.pack.relations.temperature_difference))
    readings = _phrase_words(tuple(ctx.config.pack.relations.temperature_reading))
    after_readings = _phrase_words(tuple(ctx.config.pack.relations.temperature_reading_after))
    between = frozenset(w.lower() for w in ctx.config.pack.relations.temperature_difference_between)
    nouns = _phrase_words(tuple(ctx.config.pack.relations.temperature_difference_nouns))
    reading_nouns = frozenset(w.lower() for w in ctx.config.pack.relations.temperature_reading_nouns)
    not_after = frozenset(w.lower() for w in ctx.config.pack.relations.temperature_difference_not_after)
    most = ctx.config.pack.relations.temperature_difference_most
    senses = ctx.config.pack.units.unit_senses
    by_id = {c.id: c for c in ctx.claims}
    slices = frozenset(w.lower() for w in ctx.config.pack.relations.fraction_slices)
    ratio_after = frozenset(w.lower() for w in ctx.config.pack.relations.fraction_ratio_after)
    for doc in ctx.drafts():
        claims = ctx.by_doc(doc.id)
        yield from _fractions(rule, doc.text, claims, slices, ratio_after)
        unrated: dict[tuple[str, str], list[tuple[AnyClaim, AnyClaim]]] = {}
        pairs = list(_pairs(doc.text, claims, by_id))
        told = {
            (id(a), id(b)): a.kind == "quantity"
            and a.dimension == "[temperature]"
            and _difference(
                doc.text, a, b, cues, readings, after_readings, between, nouns, reading_nouns, not_after
            )
            for a, b in pairs
        }
        differences = [(b.end, a.value or 0.0) for a, b in pairs if told[id(a), id(b)]]
        for a, b in pairs:
            if (
                a.kind == "quantity"
                and a.dimension == "[temperature]"
                and not told[id(a), id(b)]
                and _follows_a_difference(doc.text, a, differences)
                and _holds_as_difference(a, b, rel)
            ):
                continue  # "3C (5.4F) above the average ... a tougher goal of 2.5C (4.5F)"
            if told[id(a), id(b)]:
                exp = _delta(a, b)
                if exp is None or b.value is None:
                    continue
                if _holds_as_difference(a, b, rel):
                    continue
                if _too_large_a_difference(a, most) and _holds_as_reading(a, b, rel):
                    continue  # "the heat climbs above 115F (46C)": a level, no rise of 64 degrees
                msg = f"a difference of {a.surface} is a difference of {written(exp, b)}, not {b.surface}"
                yield rule.finding(msg, [b, a])
                continue
            if a.kind == "quantity" and (first := _first_end_apart(doc.text, claims, a, b)) is not None:
                wrong = _split_range_wrong(first, a, b, rel)
                if wrong is not None:
                    yield rule.finding(wrong, [b, a, first])
                continue
            if a.kind == "quantity" and _ranges(a, b):
                wrong = _range_end_wrong(a, b, rel)
                if wrong is not None:
                    yield rule.finding(wrong, [b, a])
                continue
            if a.kind == "quantity":
                alo, ahi = interval(a)
                if a.si_value is not None and (math.isinf(alo) or math.isinf(ahi)):
                    alo = ahi = a.si_value  # "up to 63 mph (82 km/h)": the bound converts as a figure
                blo, bhi = interval(b)
                r5a, r5b = _rounded_to_5(a), _rounded_to_5(b)
                if r5a is not None and r5b is not None and a.dimension != "[temperature]":
                    # one of the two may be rounded to the nearest 5 (both from a third unit)
                    wa = (alo - abs(alo) * rel, ahi + abs(ahi) * rel)
                    if r5a[0] <= bhi and blo <= r5a[1] or wa[0] <= r5b[1] and r5b[0] <= wa[1]:
                        continue
                expected = a.si_value
            elif a.kind == "money" and (per := _per_unit_factor(a, b)) is not None:
                # "$4 a gallon ($1.06 a litre)": one currency, per units pint converts
                alo, ahi = (x * per for x in interval(a))
                blo, bhi = interval(b)
                expected = a.value * per if a.value is not None else None
            elif a.kind == "money":
                rate = _stated_rate(claims, a, b)
                if rate is None:
                    unrated.setdefault((a.unit or "", b.unit or ""), []).append((a, b))
                    continue
                alo, ahi = (x * rate for x in interval(a))
                blo, bhi = interval(b)
                expected = a.value * rate if a.value is not None else None
            elif a.kind == "count" and (periods := _periods(a, b)) is not None:
                # "1,000 cars a day (365,000 a year)": the count times the periods' ratio
                alo, ahi = (x * periods for x in interval(a))
                blo, bhi = interval(b)
                expected = a.value * periods if a.value is not None else None
            else:
                continue
            alo, ahi = alo - abs(alo) * rel, ahi + abs(ahi) * rel
            if alo <= bhi and blo <= ahi:
                continue
            if a.kind == "quantity" and any(
                alo * ka <= bhi * kb and blo * kb <= ahi * ka
                for ka in _senses(a, senses)
                for kb in _senses(b, senses)
            ):
                continue  # "100,000 kilograms (100 tons)": metric tons
            if a.kind == "quantity":
                exp_b = _from_si(b, expected) if expected is not None else None
            else:
                exp_b = expected
            shown = written(exp_b, b) if exp_b is not None else "something else"
            named = f"{a.surface} a {per_period(a.unit)}" if a.kind == "count" else a.surface
            msg = f"{named} is about {shown}, not {b.surface}"
            yield rule.finding(msg, [b, a])
        slack = ctx.config.pack.tolerances.conversion.currency_rates
        for pairs in unrated.values():
            yield from _rates_disagree(rule, pairs, slack)


def _rate(a: AnyClaim, b: AnyClaim, slack: float) -> tuple[float, float] | None:
    """The rate 'a (b)' states, b-currency per a-currency, as an interval (rounding and slack)."""
    alo, ahi = interval(a)
    blo, bhi = interval(b)
    if alo <= 0 or math.isinf(ahi) or math.isinf(bhi) or blo <= 0:
        return None
    return blo / ahi * (1 - slack), bhi / alo * (1 + slack)


def _rates_disagree(rule: Rule, pairs: list[tuple[AnyClaim, AnyClaim]], slack: float) -> Iterable[Finding]:
    """Money restated in another currency at no stated rate: every restatement between the same two
    currencies in one document states the rate the others use ("800 yuan ($116)" and "3,000
    yuan ($435)"). A restatement whose rate meets none of the others' while those agree is
    wrong; two that disagree with nothing else to tell, or with only a third whose rounding spans
    both rates, are reported together."""
    rated = [(a, b, r) for a, b in pairs if (r := _rate(a, b, slack)) is not None]
    if len(rated) < 2:
        return
    meets = [
        sum(1 for j, (_, _, s) in enumerate(rated) if j != i and r[0] <= s[1] and s[0] <= r[1])
        for i, (_, _, r) in enumerate(rated)
    ]
    if all(m == len(rated) - 1 for m in meets):
        return
    half = (len(rated) - 1) / 2
    agreeing = [(a, b) for (a, b, _), m in zip(rated, meets, strict=True) if m >= half and m > 0]
    if not agreeing:
        yield _apart(rule, rated[0], rated[1])
        return
    if len(agreeing) == len(rated):
        # each meets half the others or more, yet two do not meet: a restatement whose rounding spans
        # both rates ("($12,000)" is 11,500 to 12,500 dollars) bridges them, and cannot tell which is
        # wrong; the two that disagree are reported together (round RL35)
        for i, (_, _, r) in enumerate(rated):
            for j in range(i + 1, len(rated)):
                s = rated[j][2]
                if not (r[0] <= s[1] and s[0] <= r[1]):
                    yield _apart(rule, rated[i], rated[j])
        return
    rates = sorted((b.value or 0) / (a.value or 1) for a, b in agreeing)
    rate = rates[len(rates) // 2]
    for a, b, _ in rated:
        if (a, b) in agreeing or a.value is None:
            continue
        ex = agreeing[0]
        msg = (
            f"at the rate of {ex[0].surface} ({ex[1].surface}) elsewhere in the text, {a.surface} is about "
            f"{written(a.value * rate, b)}, not {b.surface}"
        )
        yield rule.finding(msg, [b, a, ex[1], ex[0]])


def _apart(
    rule: Rule, first: tuple[AnyClaim, AnyClaim, object], second: tuple[AnyClaim, AnyClaim, object]
) -> Finding:
    """Two restatements between one pair of currencies whose rates do not meet, reported together."""
    (a1, b1, _), (a2, b2, _) = first, second
    r1, r2 = (b1.value or 0) / (a1.value or 1), (b2.value or 0) / (a2.value or 1)
    msg = (
        f"{a1.surface} ({b1.surface}) and {a2.surface} ({b2.surface}) are converted at different rates: "
        f"{_fmt_rate(r1)} and {_fmt_rate(r2)} {b1.unit} per {a1.unit}"
    )
    return rule.finding(msg, [b2, a2, b1, a1])


def _fmt_rate(r: float) -> str:
    return f"{r:.3g}"


_OF_NEXT = re.compile(r"\s*\)?\s*of\b")


def _slice_named(text: str, word: AnyClaim, fig: AnyClaim, slices: frozenset[str]) -> bool:
    """Does the fraction in words name a slice of a ranking (relations.yaml fraction_slices: "the
    bottom four-fifths (28 percent)"), the bracket not followed by "of" ("the top fifth (25 percent)
    of earners" restates the slice's size)? Then the bracketed figure is said of the slice."""
    before = words(text[max(0, word.start - 40) : word.start])
    if before[-1:] == ["the"]:
        before = before[:-1]
    if not before or before[-1].lower() not in slices:
        return False
    return _OF_NEXT.match(text, max(word.end, fig.end)) is None


def _fractions(
    rule: Rule,
    text: str,
    claims: list[AnyClaim],
    slices: frozenset[str],
    ratio_after: frozenset[str],
) -> Iterable[Finding]:
    """'a quarter (40%)', '25% (one in three)': one share written two ways must be the same share;
    not a slice of a ranking named by its fraction (_slice_named), nor a fraction with a word of
    ratio_after right after it ("below 30 percent, half that of the mayor": a ratio to another
    figure; relations.yaml fraction_ratio_after)."""
    order = sorted(claims, key=lambda c: c.start)
    for a, b in zip(order, order[1:], strict=False):
        if a.kind != "percent" or b.kind != "percent" or a.sentence != b.sentence:
            continue
        gap = words(text[a.end : b.start])
        written_as = [not c.surface[:1].isdigit() for c in (a, b)]
        if written_as[0] == written_as[1] or gap not in (["("], [",", "or"], ["—"], ["–"]):
            continue
        word, fig = (a, b) if written_as[0] else (b, a)
        if _slice_named(text, word, fig, slices):
            continue  # 'as from the bottom four-fifths (28 percent)': students from that slice
        nxt = words(text[word.end : word.end + 12])[:1]
        if nxt and nxt[0].lower() in ratio_after:
            continue  # "below 30 percent, half that of the mayor": a ratio to another figure
        # a fraction in words is a round figure: a third is 30-37%
        wlo, whi = interval(word)
        slack = 0.1 * (word.value or 0)
        if word.hedge not in {"more than", "at least"}:
            wlo -= slack
        if word.hedge not in {"nearly", "almost", "fewer than", "up to"}:
            whi += slack
        flo, fhi = interval(fig)
        if wlo <= fhi and flo <= whi:
            continue
        msg = f"{word.surface} is about {fmt(word.value or 0)}%, not {fig.surface}"
        yield rule.finding(msg, [b, a])


def _per_unit_factor(a: AnyClaim, b: AnyClaim) -> float | None:
    """How many of a's amount make b's when both are one currency per a unit of one dimension:
    1 USD/gallon is 0.264 USD/litre. None when the currencies or dimensions differ."""
    ca, pa = rate_parts(a.unit)
    cb, pb = rate_parts(b.unit)
    if not (pa and pb) or ca != cb or pa == pb:
        return None
    try:
        return float(ureg().Quantity(1, pb).to(pa).magnitude)
    except Exception:  # pint: an unknown unit ("person") or two dimensions
        return None


def _stated_rate(claims: list[AnyClaim], a: AnyClaim, b: AnyClaim) -> float | None:
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
