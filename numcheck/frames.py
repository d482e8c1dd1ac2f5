"""Where two figures of one document are described side by side: the frame of each figure and
the features of a pair that the scorer (numcheck/scorer.py) weighs.

A figure's frame is what says what it measures: the words right before and after it in its
sentence (the thing counted with its modifiers, whose figure it is: "Clinton 46%, Trump 35%"),
its clause and sentence, and what extraction read (event, subjects, places, times, source).
The context features of a pair compare two frames and never look at the values; the value
features say only how the two values relate — the signatures of the slips corrections fix (digits
swapped, a power of ten, one digit changed) or two estimates close together. The scorer learns
from published text which contexts restate a figure and which disagreements look like slips
(bench/fit_judgement.py); whether two values agree at all stays symbolic (link.agree).

Every feature is a number in [0, 1]; FEATURES lists them in the order the weights file uses.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from numcheck.extraction.knowledge import stem
from numcheck.extraction.words import FUNCTION
from numcheck.featurenames import FEATURES
from numcheck.link import kind_key, point, same_measurand, shared_terms
from numcheck.models import AnyClaim, Document

WINDOW_WORDS = 4  # content words on each side of a figure that frame it
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|[.;:!?]")
_BOUNDARY = frozenset(".;:!?")


@dataclass(frozen=True)
class Frame:
    """The words around one figure, stemmed, numbers and function words left out."""

    left: frozenset[str]
    right: frozenset[str]
    names: frozenset[str]  # capitalised words of the window that do not start the sentence

    @property
    def window(self) -> frozenset[str]:
        return self.left | self.right


def frame(c: AnyClaim, text: str) -> Frame:
    """The frame of claim `c` in its document's plain text."""
    before = text[max(0, c.start - 160) : c.start]
    after = text[c.end : c.end + 160]
    left_toks = _WORD.findall(before)
    left: list[str] = []
    names: set[str] = set()
    for i in range(len(left_toks) - 1, -1, -1):
        t = left_toks[i]
        if t in _BOUNDARY or len(left) >= WINDOW_WORDS:
            break
        if _content(t):
            left.append(stem(t))
            if t[0].isupper() and i > 0 and left_toks[i - 1] not in _BOUNDARY:
                names.add(t.lower())
    right: list[str] = []
    for m in _WORD.finditer(after):  # read only as far as the walk goes
        t = m.group()
        if t in _BOUNDARY or len(right) >= WINDOW_WORDS:
            break
        if _content(t):
            right.append(stem(t))
            if t[0].isupper():
                names.add(t.lower())
    return Frame(frozenset(left), frozenset(right), frozenset(names))


def _content(tok: str) -> bool:
    return tok[0].isalpha() and len(tok) > 2 and tok.lower() not in FUNCTION


def content_stems(text: str) -> set[str]:
    """The stems of a text's content words (what alignment with a source counts)."""
    return {stem(t) for t in _WORD.findall(text) if _content(t)}


def frames(claims: list[AnyClaim], documents: list[Document]) -> dict[str, Frame]:
    """The frame of every claim, by claim id."""
    texts = {d.id: d.text for d in documents}
    return {c.id: frame(c, texts.get(c.doc, "")) for c in claims}


def _jaccard(x: frozenset[str] | set[str], y: frozenset[str] | set[str]) -> float:
    if not x and not y:
        return 0.0
    return len(x & y) / len(x | y)


def _disjoint(x: list[str], y: list[str]) -> float:
    return float(bool(x) and bool(y) and not set(x) & set(y))


def _overlap(x: list[str], y: list[str]) -> float:
    return float(bool(set(x) & set(y)))


def _one_sided(x: list[str] | str | None, y: list[str] | str | None) -> float:
    return float(bool(x) != bool(y))


def _is_range(c: AnyClaim) -> bool:
    return c.value is None and c.low is not None and c.high is not None


def digits(c: AnyClaim) -> str:
    """The significant digits of a claim's figure as written ('1,200' -> '12'; 'six' -> '6')."""
    m = _DIGITS.search(c.surface)
    if m:
        return re.sub(r"\D", "", m.group()).strip("0") or "0"
    return _value_digits(c.value) if c.value is not None else ""


_DIGITS = re.compile(r"\d[\d,.]*")


def _value_digits(v: float) -> str:
    return re.sub(r"\D", "", f"{abs(v):.12g}".split("e")[0]).strip("0") or "0"


VALUE_FEATURES = (
    "value_transposed",
    "value_factor_ten",
    "value_factor_thousand",
    "value_one_digit",
    "value_close",
    "value_far",
)


def value_features(pa: float | None, pb: float | None, da: str, db: str) -> list[float]:
    """How two values relate, in the order of the value_* FEATURES (all 0 when unknown)."""
    if not pa or not pb or pa <= 0 or pb <= 0:
        return [0.0] * 6
    r = math.log10(max(pa, pb) / min(pa, pb))
    k = round(r)
    power = k >= 1 and abs(r - k) < 0.01
    transposed = bool(da) and da != db and sorted(da) == sorted(db)
    one_digit = len(da) == len(db) and sum(x != y for x, y in zip(da, db, strict=True)) == 1
    return [
        float(transposed),
        float(power and k % 3 != 0),
        float(power and k % 3 == 0),
        float(one_digit and not power),
        float(r < math.log10(1.25)),
        float(r >= 1 and not power),
    ]


def pair_features(
    a: AnyClaim,
    b: AnyClaim,
    fa: Frame,
    fb: Frame,
    lists: frozenset[tuple[str, int]] = frozenset(),
    b_value: tuple[float, str] | None = None,
) -> list[float]:
    """The features of a pair of claims of one kind, in the order of FEATURES. `b_value` (the
    value and digits) stands in for b's own: how the fitting script scores a planted slip."""
    wa, wb = fa.window, fb.window
    pb, db = b_value if b_value is not None else (point(b), digits(b))
    values = value_features(point(a), pb, digits(a), db)
    slip = float(any(values[:4]))
    strict = float(same_measurand(a, b))
    headline = float((a.sentence == 0) != (b.sentence == 0))
    unshared = len(wa ^ wb)
    kind = kind_key(a)[0]
    dist = abs(a.sentence - b.sentence)
    sa = ("" if a.source_carried else a.source or "").lower()
    sb = ("" if b.source_carried else b.source or "").lower()
    f = {
        "bias": 1.0,
        "window_jaccard": _jaccard(wa, wb),
        "left_jaccard": _jaccard(fa.left, fb.left),
        "right_jaccard": _jaccard(fa.right, fb.right),
        "window_unshared": min(unshared, 6) / 6,
        "names_differ": float(bool(fa.names) and bool(fb.names) and not fa.names & fb.names),
        "clause_jaccard": _jaccard(set(a.terms), set(b.terms)),
        "sentence_jaccard": _jaccard(set(a.context), set(b.context)),
        "shared_terms": min(len(shared_terms(a, b)), 4) / 4,
        "same_sentence": float(a.sentence == b.sentence),
        "same_paragraph": float(a.paragraph == b.paragraph),
        "sentence_distance": min(math.log1p(dist), 4.0) / 4,
        "headline": headline,
        "list_sentence": float((a.doc, a.sentence) in lists or (b.doc, b.sentence) in lists),
        "event_same": float(a.event is not None and a.event == b.event),
        "event_differs": float(a.event != b.event and bool(a.event or b.event)),
        "noun_same": float(a.counts is not None and a.counts == b.counts),
        "noun_differs": float(a.counts is not None and b.counts is not None and a.counts != b.counts),
        "subjects_overlap": _overlap(a.subjects, b.subjects),
        "subjects_differ": _disjoint(a.subjects, b.subjects),
        "heads_overlap": _overlap(a.heads, b.heads),
        "heads_differ": _disjoint(a.heads, b.heads),
        "places_overlap": _overlap(a.places, b.places),
        "places_differ": _disjoint(a.places, b.places),
        "places_one_sided": _one_sided(a.places, b.places),
        "times_same": float(bool(a.times) and set(a.times) == set(b.times)),
        "times_one_sided": _one_sided(a.times, b.times),
        "modifiers_same": float(bool(a.modifiers) and set(a.modifiers) == set(b.modifiers)),
        "modifiers_differ": float(set(a.modifiers) != set(b.modifiers)),
        "role_differs": float(a.role != b.role),
        "source_same": float(bool(sa) and (sa == sb or sa in sb or sb in sa)),
        "source_differs": float(bool(sa) and bool(sb) and not (sa == sb or sa in sb or sb in sa)),
        "source_one_sided": _one_sided(sa, sb),
        "hedged": float(bool(a.hedge) or bool(b.hedge)),
        "range": float(_is_range(a) or _is_range(b)),
        "kind_count": float(kind == "count"),
        "kind_money": float(kind == "money"),
        "kind_percent": float(kind in {"percent", "percentage_point"}),
        "kind_quantity": float(kind == "quantity"),
        "kind_number": float(kind == "number"),
        "strict_link": strict,
        "strict_link_slip": strict * slip,
        "headline_slip": headline * slip,
    }
    f.update(zip(VALUE_FEATURES, values, strict=True))
    return [f[name] for name in FEATURES]


def list_sentences(claims: list[AnyClaim], min_figures: int = 3) -> frozenset[tuple[str, int]]:
    """Sentences holding `min_figures` or more figures of one kind: lists of market moves, poll
    shares, results — figures side by side that are different things by construction."""
    counts: dict[tuple[str, int, tuple[str, str | None]], int] = {}
    for c in claims:
        key = (c.doc, c.sentence, kind_key(c))
        counts[key] = counts.get(key, 0) + 1
    return frozenset((d, s) for (d, s, _), n in counts.items() if n >= min_figures)
