"""Figures with no digits: vague amounts ("dozens of", "hundreds of"), halves ("half of the
staff", "halved"), named figures ("a dozen", "a million") and one unit named alone ("a kilometre",
"a dollar"), read from rules/ via the Knowledge tables.
"""

from __future__ import annotations

from numcheck.extraction.around import CENTS, _possessive, _sentence_start
from numcheck.extraction.counted_nouns import OF_DETERMINERS, _find_noun
from numcheck.extraction.hedges import _hedge_words, _interval, _measurand_after
from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.money import _currency_word_at
from numcheck.extraction.numbers import HYPHENS
from numcheck.extraction.plurals import IRREGULAR
from numcheck.extraction.rates import _bare_rate, _read_price_per_unit
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Tokenized
from numcheck.extraction.units import match_unit_after


def _vague_at(tk: Tokenized, i: int, kb: Knowledge) -> Raw | None:
    toks = tk.tokens
    for phrase, v in kb.vague_by_first.get(toks[i].lower, ()):
        k = len(phrase)
        if i + k > len(toks):
            continue
        if tuple([t.lower for t in toks[i : i + k]]) != phrase:
            continue
        if v.alone and not _vague_alone(tk, i, kb):
            continue
        raw = Raw(i, i + k - 1, v.value, v.low, v.high, vague=True, hedge="vague")
        raw.number_first, raw.number_last = i, i + k - 1
        scale, e = 1.0, i + k
        while phrase[-1] != "of" and e < len(toks) and toks[e].lower in kb.numbers.scales:
            scale *= kb.numbers.scales[toks[e].lower]  # "several hundred million dollars"
            e += 1
        if scale >= 100:
            raw.value = None if v.value is None else v.value * scale
            raw.low, raw.high = v.low * scale, v.high * scale
            raw.last = raw.number_last = e - 1
            k = e - i
        e = i + k
        if phrase[-1] == "of" and scale == 1.0 and e < len(toks) and toks[e].sentence == toks[i].sentence:
            # "hundreds of billions of dollars", "hundreds of millions": a plural scale after the
            # phrase's "of" scales the whole amount, as "hundreds of millions of" in vague.yaml does
            plural = toks[e].lower
            if plural.endswith("s") and kb.numbers.scales.get(plural, 0) >= 1000:
                f = kb.numbers.scales[plural]
                raw.value = None if v.value is None else v.value * f
                raw.low, raw.high = v.low * f, v.high * f
                if e + 1 < len(toks) and toks[e + 1].lower == "of":
                    e += 1 if toks[e + 1].sentence == toks[e].sentence else 0
                raw.last = raw.number_last = e
                k = e - i + 1
        # "hundreds of millions of dollars", "tens of thousands of troops"
        cur = _currency_word_at(tk, i + k, kb)
        if cur:
            raw.kind, raw.currency = "money", cur[0]
            raw.last = cur[1]
            _read_price_per_unit(tk, raw, kb)  # "thousands of dollars per month"
        elif not v.alone:  # "dozens were hurt": the amount stands alone, no noun after it
            _find_noun(tk, i + k, raw, kb)
            if raw.counts is None:
                _vague_unit_or_whole(tk, i + k, raw, kb)
            times = i + k < len(toks) and toks[i + k].lower == "times"
            if raw.counts is None and raw.kind == "number" and times:
                _bare_rate(tk, raw, kb)  # "several times in the spring", "dozens of times a day"
        return raw
    return None


def _vague_alone(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """'the blast killed dozens', 'hundreds were arrested': a plural vague amount standing alone is
    the counted thing; not a name ('Hundreds' inside a sentence), not after a figure or a word of
    the pack's `alone_not_after` ('by the dozens', 'in the thousands'), not before a hyphen."""
    toks = tk.tokens
    t = toks[i]
    if t.text[:1].isupper() and not _sentence_start(tk, i):
        return False
    if i + 1 < len(toks) and toks[i + 1].text in {"-", "‐", "–"} and toks[i + 1].sentence == t.sentence:
        return False
    if _joined_before_of(tk, i, kb):
        return False
    if i == 0 or toks[i - 1].sentence != t.sentence:
        return True
    before = toks[i - 1]
    if before.kind == "num" or before.lower in kb.numbers.starters:
        return False
    return before.lower not in kb.vague_alone_not_after


def _joined_before_of(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """'hundreds, or at times thousands, of pounds', 'dozens and dozens of people': joined to a
    second amount that has the 'of' and the noun, the first is part of that phrase, not a count."""
    toks = tk.tokens
    if i + 1 >= len(toks) or toks[i + 1].lower not in kb.vague_alone_joined_by:
        return False
    for j in range(i + 2, min(i + 9, len(toks))):
        if toks[j].sentence != toks[i].sentence:
            return False
        if toks[j].lower == "of":
            return True
    return False


def _vague_unit_or_whole(tk: Tokenized, j: int, raw: Raw, kb: Knowledge) -> None:
    """'several months', 'hundreds of hours': a vague amount of a unit; 'several of their friends',
    'hundreds of their clients': of the noun after the determiner."""
    toks = tk.tokens
    n = len(toks)
    if j >= n or toks[j].sentence != toks[raw.first].sentence:
        return
    m = match_unit_after(tk, j, kb.units, False)
    if m is not None and m.unit.pint and m.unit.entity in {"time", "length", "area", "mass", "volume"}:
        if toks[m.last].lower.endswith("s") or toks[m.last].lower in kb.units.plurals:
            raw.kind, raw.unit, raw.last = "quantity", m.unit, m.last
        return
    k = j + 1 if toks[j].lower == "of" else j
    if k == j and toks[raw.last].lower != "of":
        return
    if k >= n or not (toks[k].lower in OF_DETERMINERS or _possessive(toks[k].lower)):
        return
    while k < n and k <= j + 3 and (toks[k].lower in OF_DETERMINERS or _possessive(toks[k].lower)):
        k += 1
    probe = Raw(0, 0, None, None, None)
    _find_noun(tk, k, probe, kb)
    if probe.noun_span is not None and toks[probe.noun_span[1]].lower.endswith("s"):
        raw.counts, raw.noun_class, raw.kind = probe.counts, probe.noun_class, "count"


def _half_of(tk: Tokenized, i: int, kb: Knowledge) -> Raw | None:
    """'Half of the county', 'half of them': 50 percent, as 'a third of the country' is a share.
    Without 'of' only before a determiner and a plural ('half the world's countries', 'half their
    members') or a whole made of people ('half the region's electorate': rules/nouns.yaml
    half_wholes): 'half the price' and 'half the time' compare, they take no share of anything."""
    toks = tk.tokens
    if _halved(tk, i, kb):
        return _share_of_half(i)  # "cut the fee in half", "fell by half"
    if i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence:
        return None
    nxt = toks[i + 1].lower
    subject = nxt in kb.half_subject_verbs  # "about half are retired"
    of_whole = nxt in kb.half_of_determiners  # "half that amount", "served half his term"
    if nxt != "of" and not subject and not of_whole and not _half_the_plural(tk, i + 1, kb):
        return None
    if i > 0 and (toks[i - 1].lower in {"a", "one"} or _and_after_a_figure(tk, i - 1)):
        return None
    raw = _share_of_half(i)
    _hedge_words(tk, i, raw, kb)  # "more than half of the 52", "less than half of the $240 billion"
    if raw.hedge is not None:
        _interval(raw, kb)
    return raw


def _share_of_half(i: int) -> Raw:
    """The share a 'half' at token i names: 50 percent, as 'a third' names a third."""
    raw = Raw(i, i, 50.0, 49.5, 50.5, kind="percent", words=True)
    raw.features["word_fraction"] = True
    raw.number_first = raw.number_last = i
    return raw


def _and_after_a_figure(tk: Tokenized, j: int) -> bool:
    """Is token j an 'and' after a figure ('three and half years': the half of a figure, no share)?
    'sales doubled, and half of that came from abroad' is a share."""
    toks = tk.tokens
    return toks[j].lower == "and" and j > 0 and toks[j - 1].kind == "num"


def _halved(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Is the 'half' at token i the end of a cut ('cut the fee in half', 'fell by half'): after one of
    rules/nouns.yaml half_cut_before with a verb of change (range_change_verbs) up to nine tokens
    before it, and before no noun phrase or hyphen of its own ('in half the time', 'by half a point',
    'by half-an-hour' are read as they are elsewhere)? 'Torn in half' and 'split in half' cut nothing."""
    toks = tk.tokens
    if i == 0 or toks[i - 1].lower not in kb.half_cut_before or toks[i - 1].sentence != toks[i].sentence:
        return False
    if not any(
        t.lower in kb.change_verbs and t.sentence == toks[i].sentence for t in toks[max(0, i - 10) : i - 1]
    ):
        return False
    if i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence:
        return True
    nxt = toks[i + 1]
    if nxt.text in HYPHENS:
        return False
    return nxt.kind != "word" or nxt.lower in kb.half_cut_after


def _half_the_plural(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """Do the words from token j name a plural whole after a determiner ('the world's countries',
    'their members', 'the staff')?"""
    toks = tk.tokens
    n = len(toks)
    k = j
    while k < n and k <= j + 2 and (toks[k].lower in OF_DETERMINERS or _possessive(toks[k].lower)):
        k += 1
    if k == j or k >= n or toks[k].sentence != toks[j].sentence:
        return False
    if toks[k].lower in kb.half_wholes:
        return True  # "half the population", "half the region's electorate": a whole made of people
    adjective = toks[k].text.islower() and toks[k].text.isalpha()
    if adjective and k + 1 < n and toks[k + 1].lower in kb.half_wholes:
        return True  # "half the yearly budget": past one adjective
    probe = Raw(0, 0, None, None, None)
    _find_noun(tk, k, probe, kb)
    if probe.noun_span is None or probe.counts is None:
        return False
    noun = probe.counts.split()[-1].lower()
    return (
        noun.endswith("s")
        or noun in IRREGULAR
        or noun in kb.plurals_without_s
        or probe.noun_class in kb.people_kinds
    )


def _named_figure_at(tk: Tokenized, i: int, kb: Knowledge) -> Raw | None:
    """A phrase that names a figure without writing it ('absolute zero', rules/units.yaml): that
    figure in its unit, exact (it has no rounding). A hedge of approximation before it is kept on the
    claim ('roughly absolute zero'); a bound ('0.5 degrees above absolute zero', 'nearly absolute
    zero') is a relation to it, not a hedge."""
    toks = tk.tokens
    for phrase, (value, unit) in kb.units.named.items():
        last = i + len(phrase) - 1
        if last >= len(toks) or toks[last].sentence != toks[i].sentence:
            continue
        if tuple([t.lower for t in toks[i : last + 1]]) != phrase:
            continue
        raw = Raw(i, last, value, None, None, kind="quantity", unit=unit, words=True, place=0.0)
        raw.number_first, raw.number_last = i, last
        _measurand_after(tk, last + 1, raw)
        _hedge_words(tk, i, raw, kb, kinds={"approx"})
        _interval(raw, kb)
        return raw
    return None


def _one_unit_at(tk: Tokenized, i: int, kb: Knowledge, out: list[Raw]) -> Raw | None:
    """'a gallon', 'a kibibyte', 'a penny', 'that one mile': one unit. Not a rate ('$4 a gallon', '10
    miles a day'), not a time ('a year ago'), not a unit word that is also an English word ('a foot',
    'a ton of')."""
    toks = tk.tokens
    n = len(toks)
    j = i + 1
    if j >= n or toks[j].kind != "word" or toks[j].sentence != toks[i].sentence:
        return None
    if i > 0:
        p = toks[i - 1]
        if p.kind == "num" or p.lower in {"per", "once", "twice", "thrice", "times"} or p.text in {"-", "/"}:
            return None
        if p.text in kb.units.currency_symbols or (out and out[-1].last >= i - 2):
            return None
    word = toks[j].lower
    if word in kb.pack.units.ambiguous_symbols or word in CENTS or len(word) < 3:
        return None  # "a u.s. judge": symbols are never read after "a"
    half = i > 0 and toks[i - 1].lower == "half" and toks[i - 1].sentence == toks[i].sentence
    sub = kb.pack.units.subunits.get(word)
    money = sub is not None and not word.endswith("s")
    if not money:
        m = match_unit_after(tk, j, kb.units, False)
        if m is None or (m.last != j and not half):
            return None  # "half a square mile", "half a month's rain"; not "a square mile" alone
        and_a_half = [t.lower for t in toks[j + 1 : j + 4]] == ["and", "a", "half"]
        if m.unit.entity == "temperature" or (m.unit.entity == "time" and not (half or and_a_half)):
            return None  # "a year ago"; but "a year and a half" is a span of time
        if kb.units.singular(toks[m.last].lower) != toks[m.last].lower:
            return None  # "a miles"
    # (the claim is made only once a unit is read: most "a"s before a word are none)
    raw = Raw(i, j, 1.0, None, None, words=True)
    raw.number_first = raw.number_last = i
    if half:
        raw.first, raw.value, raw.place = i - 1, 0.5, 0.5  # "half a mile"
    if money:
        raw.kind, raw.currency, raw.value, raw.place = "money", sub.currency, sub.share, sub.share
    else:
        raw.last = m.last
        raw.kind, raw.unit = "quantity", m.unit
        if [t.lower for t in toks[j + 1 : j + 4]] == ["and", "a", "half"] and raw.value == 1.0:
            raw.last, raw.value, raw.place = j + 3, 1.5, 0.5  # "a mile and a half"
    _measurand_after(tk, raw.last + 1, raw)
    _hedge_words(tk, i, raw, kb)
    _interval(raw, kb)
    return raw
