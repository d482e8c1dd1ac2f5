"""Hedges: the words before a figure that bound or blur it ("about", "more than", "up to"), a
hedge shared over "and", and the interval (`low`, `high`) a hedge makes of a figure.
"""

from __future__ import annotations

import math

from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.numbers import cap_place
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Token, Tokenized
from numcheck.extraction.words import FUNCTION, STOP_AFTER
from numcheck.rulepack import Hedge


def _hedge_words(tk: Tokenized, i: int, raw: Raw, kb: Knowledge, kinds: set[str] | None = None) -> None:
    """The hedge written before token i ('about a mile', 'nearly absolute zero'), on raw; only a
    hedge of `kinds` when given."""
    h = _hedge_before(tk, i, kb)
    if h is None or (kinds is not None and h[0].kind not in kinds):
        return
    raw.hedge = h[0].name
    raw.features["hedge_kind"] = h[0].kind
    raw.features["hedge_width"] = h[0].width
    raw.features["hedge_phrase"] = " ".join([t.lower for t in tk.tokens[h[1] : i]])


def _hedge_before(tk: Tokenized, i: int, kb: Knowledge) -> tuple[Hedge, int] | None:
    toks = tk.tokens
    for k in range(min(kb.hedge_max, i), 0, -1):
        phrase = tuple([t.lower for t in toks[i - k : i]])
        h = kb.hedges.get(phrase)
        if h is not None and all(t.kind == "word" or t.text == "." for t in toks[i - k : i]):
            return h, i - k
    return None


def _shared_hedge(tk: Tokenized, i: int, kb: Knowledge) -> tuple[Hedge, str] | None:
    """The hedge (and its words) of the figure before "and" when it hedges the figure at token i as
    well ("something like 53,000 letters and 17,000 parcels"; hedges.yaml shared_over_and): token
    i - 1 is "and", one or two lower-case words before it (no function word: "about 300 homes were
    hit and 40 ..." is two clauses), a figure before them in digits, and a hedge of a shared kind
    right before that figure."""
    if not kb.hedge_shared_kinds or i < 3:
        return None
    toks = tk.tokens
    if toks[i - 1].lower != "and" or toks[i - 1].sentence != toks[i].sentence:
        return None
    k = i - 2
    while k > 0 and i - 2 - k < 2 and toks[k].kind == "word" and toks[k].text.islower():
        if toks[k].lower in FUNCTION:
            return None
        k -= 1
    if k == i - 2 or toks[k].kind != "num" or toks[k].sentence != toks[i].sentence:
        return None
    h = _hedge_before(tk, k, kb)
    if h is None or h[0].kind not in kb.hedge_shared_kinds:
        return None
    return h[0], " ".join(t.lower for t in toks[h[1] : k])


def _measurand_after(tk: Tokenized, j: int, raw: Raw) -> None:
    """'500 square miles of Russian territory' -> 'Russian territory';
    '$800 billion in damages' -> 'damages'."""
    toks = tk.tokens
    n = len(toks)
    if j < n and toks[j].lower in {"of", "in", "for", "worth"}:
        j += 1
    if j < n and toks[j].lower in {"the", "a", "an"}:
        j += 1
    words: list[Token] = []
    k = j
    while k < n and len(words) < 4:
        t = toks[k]
        if t.kind != "word" or t.lower in STOP_AFTER:
            break
        words.append(t)
        k += 1
    if words and not raw.measurand:
        raw.measurand = tk.text[words[0].start : words[-1].end]


def _interval(raw: Raw, kb: Knowledge) -> None:
    """low/high from the range, the vague amount, the hedge or the figure's roundness (rules/)."""
    if raw.vague or raw.is_range:
        return
    x = raw.value
    if x is None or not math.isfinite(x):
        return
    rnd = kb.pack.tolerances.roundness
    kind = raw.features.get("hedge_kind")
    # "nearly 7 million", "more than 2,000": the speaker rounded to the figure's own granularity,
    # so bounds use the uncapped place value; bare and "about" figures use the capped one
    uncapped = raw.place
    u = cap_place(abs(x), raw.place, rnd.cap_orders) if x else raw.place
    if kind in {"below", "above"}:
        u = uncapped
    raw.place = u
    width = float(raw.features.get("hedge_width", 0.0) or 0.0)  # type: ignore[arg-type]
    if kind == "approx":
        raw.low, raw.high = x - width * u, x + width * u
    elif kind == "below":
        raw.low, raw.high = x - width * u, x
    elif kind == "above" and raw.features.get("word_fraction"):
        # "more than half", "over a third": a spelled fraction is a coarse mark, and a writer says
        # "more than half" of 62% as readily as of 52%; it bounds the share from below only
        raw.low, raw.high = x, None
        raw.features["low_open"] = True
    elif kind == "above":
        raw.low, raw.high = x, x + width * u
        raw.features["low_open"] = True
    elif kind == "at_least":
        raw.low, raw.high = x, None
    elif kind == "at_most":
        raw.low, raw.high = None, x
        raw.features["high_open"] = h_name_is_strict(raw)
    else:
        raw.low, raw.high = x - rnd.half_width * u, x + rnd.half_width * u


STRICT_UPPER = {"fewer than", "less than", "under", "below", "lower than"}


def h_name_is_strict(raw: Raw) -> bool:
    return raw.features.get("hedge_phrase") in STRICT_UPPER
