"""Rates: a figure per unit or per time ("$5 a gallon", "60 miles per hour", "twice a week"),
occasions ("three times"), a price per item and a quantity per something.
"""

from __future__ import annotations

from numcheck.extraction.around import PERCENT_WORDS, _lower_word_at
from numcheck.extraction.hedges import _hedge_before, _interval
from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.money import _currency_word_at
from numcheck.extraction.numbers import HYPHENS
from numcheck.extraction.plurals import singular_noun
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Tokenized
from numcheck.extraction.units import Unit, match_unit_after
from numcheck.extraction.words import STOP_AFTER


def _read_rate(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'$1.25 per pound', '1.08 dollars to the euro': an exchange rate, unit 'USD/GBP'."""
    toks = tk.tokens
    j = raw.last + 1
    if j + 1 < len(toks) and toks[j].lower in {"per", "a", "an", "to"}:
        k = j + 1
        if toks[k].lower == "the" and k + 1 < len(toks):
            k += 1
        other = kb.pack.units.currency_names.get(toks[k].lower)
        if other and toks[j].lower != "to" and not _names_a_currency(tk, k, kb):
            return  # "$17,500 per pound": a price by weight
        if other and other != raw.currency:
            raw.currency = f"{raw.currency}/{other}"
            raw.last = k
            raw.measurand = "exchange rate"


def _names_a_currency(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """Is the currency name at token k, after a price's 'per' or 'a', a currency rather than a unit
    of the same name ("$1.25 per pound sterling", "at a rate of $1.25 per pound", not "$9 a pound")?
    An exchange-rate word must follow the name or stand among the eight tokens before it in its
    sentence."""
    u = kb.pack.units
    toks = tk.tokens
    if toks[k].lower not in u.currency_or_unit:
        return True
    cues = u.exchange_rate_cues
    if k + 1 < len(toks) and toks[k + 1].lower in cues:
        return True
    return any(t.lower in cues and t.sentence == toks[k].sentence for t in toks[max(0, k - 8) : k])


def _per_unit_at(tk: Tokenized, j: int, kb: Knowledge) -> tuple[Unit, int] | None:
    """'per kg', 'a gallon', '/hour' after a price: (unit, last token)."""
    toks = tk.tokens
    if j + 1 >= len(toks):
        return None
    if toks[j + 1].lower in kb.pack.units.currency_names and _names_a_currency(tk, j + 1, kb):
        return None  # "$1.25 per dollar", "at a rate of $1.25 per pound": an exchange rate
    if toks[j].lower in {"per", "a", "an"}:
        m = match_unit_after(tk, j + 1, kb.units, False)
    elif toks[j].text == "/" and tk.glued(j) and tk.glued(j + 1):
        m = match_unit_after(tk, j + 1, kb.units, True)
    else:
        return None
    if m is None or m.unit.entity in {"temperature", "currency"}:
        return None
    return m.unit, m.last


RATE_WORDS = {"a", "an", "per", "every", "each"}
# after "a year", "a week": a time ("a year earlier", "a week ago"), not a rate
TIME_AFTER_UNIT = {"ago", "earlier", "later", "before", "after", "previously", "prior"}
PER_HEAD = {"capita", "head", "person"}


def _per_time_at(tk: Tokenized, j: int, kb: Knowledge) -> tuple[Unit, int] | None:
    """'a day', 'per week', 'every hour', '/yr' after a quantity or a counted noun: (unit, last token)."""
    toks = tk.tokens
    n = len(toks)
    if j + 1 >= n or toks[j + 1].sentence != toks[j].sentence:
        return None
    if toks[j].lower in RATE_WORDS:
        m = match_unit_after(tk, j + 1, kb.units, False)
    elif toks[j].text == "/" and tk.glued(j) and tk.glued(j + 1):
        m = match_unit_after(tk, j + 1, kb.units, True)
    else:
        return None
    if m is None or m.unit.entity != "time" or not m.unit.pint:
        return None
    written = tk.text[toks[m.first].start : toks[m.last].end]
    plural = toks[m.last].lower.endswith("s") and toks[m.last].lower != m.unit.name
    if plural and written not in kb.units.symbols:
        return None  # "2 hours a few days later"; "per days" is not a rate ("km/s" is)
    if m.last + 1 < n and toks[m.last + 1].lower in TIME_AFTER_UNIT:
        return None  # "10 miles a day earlier" is not written; "a week ago" is a time
    return m.unit, m.last


def _bare_rate(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'1.5 per woman', '400 per week', '30 a day': a figure with nothing counted but a rate, read as
    so many per one of the noun or the unit of time (no pint unit: nothing to convert)."""
    toks = tk.tokens
    n = len(toks)
    j = raw.last + 1
    if j < n and toks[j].lower == "times":
        per = _per_time_at(tk, j + 1, kb)
        if per is not None:  # "three times a year": a count of occasions per unit of time
            raw.kind, raw.counts, raw.noun_class = "count", "times", "time"
            raw.noun_span, raw.last = (j, j), per[1]
            raw.features["per"] = per[0].name
        elif _occasions_end(tk, j + 1, kb) and not _multiple_verb_before(tk, raw.first, kb):
            # "shared 14,000 times.", "met five times in 2015"; not "grew six times in a decade"
            raw.kind, raw.counts, raw.noun_class = "count", "times", "time"
            raw.noun_span = (j, j)
        return
    per = _per_time_at(tk, j, kb)
    if per is not None:
        raw.kind, raw.unit, raw.last = "quantity", Unit(f"per {per[0].name}", None, "rate"), per[1]
        return
    if j + 1 >= n or toks[j].lower != "per" or toks[j + 1].sentence != toks[j].sentence:
        return
    t = toks[j + 1]
    w = t.lower
    if t.kind != "word" or not t.text.isalpha() or not t.text.islower() or len(w) < 3:
        return
    if w in STOP_AFTER or w in PERCENT_WORDS or w == "cent" or singular_noun(w) != w:
        return
    raw.kind, raw.unit, raw.last = "quantity", Unit(f"per {w}", None, "rate"), j + 1


def _occasions_at(tk: Tokenized, i: int, kb: Knowledge) -> Raw | None:
    """'was arrested twice in May', 'met once.', 'at least once', 'twice a week': a word of the pack's
    `occasion_words` counting occasions, read as 'two times' is (a count of times, or times per a
    unit of time). Not a multiple ('twice the gain', 'twice as fast': the relations reader's) and
    not 'once' the conjunction or 'formerly' ('once in office', 'once a farmer'): that 'once' counts
    only after a word of `once_counted_after`, before a unit of time or before punctuation."""
    toks = tk.tokens
    t = toks[i]
    if not t.text.islower() or (i + 1 < len(toks) and toks[i + 1].text in HYPHENS and tk.glued(i + 1)):
        return None  # "Once inside, ...", "a twice-weekly flight"
    raw = Raw(i, i, float(kb.occasion_words[t.lower]), None, None, kind="count", words=True)
    raw.number_first = raw.number_last = i
    raw.counts, raw.noun_class, raw.noun_span = "times", "time", (i, i)
    per = _per_time_at(tk, i + 1, kb)
    before = toks[i - 1] if i > 0 and toks[i - 1].sentence == t.sentence else None
    prev = before.lower if before is not None else ""
    if prev in kb.occasion_idioms_after:
        return None  # "think twice", "not once"
    if per is not None:
        raw.last = per[1]
        raw.features["per"] = per[0].name  # "twice a week", "once a month"
    elif t.lower != "once":
        if not _occasions_end(tk, i + 1, kb) or _multiple_verb_before(tk, i, kb):
            return None  # "twice the gain", "twice as fast", "grew twice in size"
    elif prev not in kb.once_counted_after and not (
        _punctuation_in_sentence(tk, i + 1) and before is not None and before.text.islower()
    ):
        return None  # "once in office", "once a farmer", "once again", "Reagan once, when ..."
    if prev == "at" or (t.lower == "once" and prev in {"all", "for"}):
        return None  # "at once", "all at once", "for once"
    h = _hedge_before(tk, i, kb)
    if h is not None:
        raw.hedge = h[0].name
        raw.features["hedge_kind"] = h[0].kind
        raw.features["hedge_width"] = h[0].width
        raw.features["hedge_phrase"] = " ".join([t.lower for t in toks[h[1] : i]])
    _interval(raw, kb)
    return raw


def _punctuation_in_sentence(tk: Tokenized, k: int) -> bool:
    """Is token k a mark that ends a phrase inside the sentence of token k - 1 ("met once.", "voted
    once, in 2016")?"""
    toks = tk.tokens
    if k >= len(toks) or toks[k].sentence != toks[k - 1].sentence:
        return True
    return toks[k].text in {".", ",", ";", ":", ")", "!", "?"}


def _multiple_verb_before(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """A verb of growth just before token i, or before "by" there ("multiplied by six times")."""
    toks = tk.tokens
    k = i - 1
    if k >= 0 and toks[k].lower == "by":
        k -= 1
    return k >= 0 and toks[k].lower in kb.multiple_verbs


def _occasions_end(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """Does "N times" end before token k, so that it counts occasions ("shared 14,000 times.", "met
    five times in 2015", "struck 12 times, police said"), not a multiple ("three times the size",
    "three times as fast")? Punctuation or a word of `occasions_before` follows it."""
    toks = tk.tokens
    if k >= len(toks) or toks[k].sentence != toks[k - 1].sentence:
        return True
    t = toks[k]
    if t.text in {".", ",", ";", ":", ")", "!", "?"}:
        return True
    return t.kind == "word" and t.lower in kb.occasions_before


def _read_quantity_rate(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'500 barrels a day', '30 to 35 hours a week': a quantity per unit of time, pint-normalised."""
    unit = raw.unit
    if unit is None or not unit.pint or "/" in unit.pint or unit.entity in {"speed", "temperature"}:
        return
    per = _per_time_at(tk, raw.last + 1, kb)
    if per is None or per[0].pint == unit.pint:
        return
    pint_expr = f"({unit.pint}) / {per[0].pint}" if " " in unit.pint else f"{unit.pint} / {per[0].pint}"
    raw.unit = Unit(f"{unit.name} / {per[0].name}", pint_expr, "rate")
    raw.last = per[1]


def _read_price_per_unit(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'$350 per kg', '$4 a gallon', '$15.4/hour': a price per unit, unit 'USD/kilogram'; '$3,000
    per capita', '$50 a head': per person, unit 'USD/capita'."""
    if raw.currency is None or "/" in raw.currency:
        return
    toks = tk.tokens
    j = raw.last + 1
    if j + 1 < len(toks) and toks[j].lower in {"per", "a"} and toks[j + 1].lower in PER_HEAD:
        raw.currency = f"{raw.currency}/capita"
        raw.last = j + 1
        return
    # "$21 a share", "$40 a ticket"; "$1.15 a diluted share" (rules/nouns.yaml per_item_qualifiers)
    at = j + 1 if j + 1 < len(toks) and toks[j + 1].lower in kb.per_item else None
    if at is None and j + 1 < len(toks) and toks[j].lower in {"a", "an"}:
        at = _qualified_item(tk, j + 1, kb)
    if (
        at is not None
        and toks[j].lower in {"a", "an"}
        and not _lower_word_at(tk, at + 1)
        and not (at + 1 < len(toks) and tk.glued(at + 1) and toks[at + 1].text in {"-", "'", "’"})
    ):
        raw.currency = f"{raw.currency}/{toks[at].lower}"
        raw.last = at
        return
    past = _past_conversion(tk, raw)
    if past is not None:
        pu = _per_unit_at(tk, past, kb)
        if pu is not None and pu[0].entity == "time" and _singular_time(tk, pu):
            raw.currency = f"{raw.currency}/{pu[0].name}"  # "6,000 rupees (about $90) a month"
        return
    item = _item_after_sum(tk, j, kb)
    if item is not None:
        raw.currency = f"{raw.currency}/{toks[item].lower}"  # "a $75,000 fine per count"
        raw.last = item
        return
    pu = _per_unit_at(tk, raw.last + 1, kb)
    if pu is None:
        if j + 1 < len(toks) and toks[j].lower == "per":
            item = _qualified_item(tk, j + 1, kb)
            if item is not None:
                raw.currency = f"{raw.currency}/{toks[item].lower}"  # "$0.58 per diluted share"
                raw.last = item
            elif _per_noun(tk, j + 1, kb):
                raw.currency = f"{raw.currency}/{toks[j + 1].lower}"  # "$15 per share", "$80m per astronaut"
                raw.last = j + 1
        return
    if pu[0].entity == "time" and not _singular_time(tk, pu):
        # "$15 an hour", "$5 billion a year": a rate, only with the singular unit ("$5 a day", not
        # "$5 a few days later"), and not "$42 billion a year earlier" (when, not a rate)
        return
    raw.currency = f"{raw.currency}/{pu[0].name}"
    raw.last = pu[1]


def _singular_time(tk: Tokenized, pu: tuple[Unit, int]) -> bool:
    """Is the unit of time read after a price its singular name, not a time ('a year earlier')?"""
    toks = tk.tokens
    after = toks[pu[1] + 1].lower if pu[1] + 1 < len(toks) else ""
    return toks[pu[1]].lower == pu[0].name and after not in TIME_AFTER_UNIT


def _past_conversion(tk: Tokenized, raw: Raw) -> int | None:
    """After an amount of money, the token past its conversion in brackets ('6,000 rupees (about
    $90) a month', '500 yuan ($72; 66 euros) a day'); after the conversion itself, the token
    past its closing bracket. None when no such brackets follow the amount."""
    toks = tk.tokens
    j = raw.last + 1
    if j >= len(toks):
        return None
    if toks[j].text in {")", ";"}:  # the conversion itself: "(about $90) a month", "($72; 66 euros)"
        opened = _bracket_end(tk, raw.first - 1, -1)
        closed = _bracket_end(tk, j, 1)
        if opened is None or closed is None:
            return None
        return closed + 1
    if toks[j].text != "(":
        return None
    k = _bracket_end(tk, j + 1, 1)
    if k is None or not any(t.kind == "num" for t in toks[j + 1 : k]):
        return None
    return k + 1


def _bracket_end(tk: Tokenized, k: int, step: int) -> int | None:
    """The bracket that closes (step 1) or opens (step -1) an aside around token k, within 12 tokens
    of its sentence and with no other bracket between."""
    toks = tk.tokens
    if not 0 <= k < len(toks):
        return None
    want, other = (")", "(") if step == 1 else ("(", ")")
    sentence = toks[k].sentence
    for m in range(k, k + 13 * step, step):
        if m < 0 or m >= len(toks) or toks[m].sentence != sentence:
            return None
        if toks[m].text == want:
            return m
        if toks[m].text == other:
            return None
    return None


def _item_after_sum(tk: Tokenized, j: int, kb: Knowledge) -> int | None:
    """The item of `per_item` that a sum ending before j is paid per, past a word naming the sum
    and "per", "for each" or "on each" ("$75,000 fine per count", "$75,000 for each count"); None
    when there is none (rules/nouns.yaml per_item_sums, per_item_each)."""
    toks = tk.tokens
    n = len(toks)
    if j < n and toks[j].lower in kb.per_item_sums and toks[j].text.islower():
        j += 1
    if j + 1 < n and toks[j].lower == "per" and toks[j + 1].lower in kb.per_item:
        return j + 1 if toks[j + 1].sentence == toks[j].sentence else None
    each = j + 2 < n and (toks[j].lower, toks[j + 1].lower) in kb.per_item_each
    if each and toks[j + 2].lower in kb.per_item:
        return j + 2 if toks[j + 2].sentence == toks[j].sentence else None
    return None


def _qualified_item(tk: Tokenized, j: int, kb: Knowledge) -> int | None:
    """The item after one or two qualifying words at j ('per diluted share', 'per basic common
    share': rules/nouns.yaml per_item_qualifiers), in the sentence of j; None if there is none."""
    toks = tk.tokens
    k = j
    while k < len(toks) and k - j < 2 and toks[k].lower in kb.per_item_qualifiers:
        k += 1
    if k == j or k >= len(toks) or toks[k].lower not in kb.per_item or toks[k].sentence != toks[j].sentence:
        return None
    return k


def _per_noun(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """A singular noun at j, after 'per', that an amount of money is paid for: 'share', 'astronaut';
    not a currency ('$1.25 per pound' is an exchange rate, read later)."""
    t = tk.tokens[j]
    w = t.lower
    if w in kb.per_item:
        return True
    return (
        t.kind == "word"
        and t.text.isalpha()
        and t.text.islower()
        and len(w) > 2
        and w not in STOP_AFTER
        and w not in PERCENT_WORDS
        and w not in {"cent", "annum", "se", "pound", "pounds"}
        and singular_noun(w) == w
        and _currency_word_at(tk, j, kb) is None
        and not _lower_word_at(tk, j + 1)  # "$10,000 per seasonal farm worker": the noun is further on
    )
