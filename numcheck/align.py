"""Draft against sources by alignment: the figures a draft changed in words it copied.

A summary or a story written from a source keeps the source's words around its figures: "expects
gross margin to increase in 2021 despite difficult comparisons" becomes "...in 2022 despite
difficult comparisons". Where a draft figure stands between the same words as a source figure (the
words just before it and just after it, read outward from the figure inside one sentence of each)
the two are in the same role, whatever the extractor makes of them: a year, a bare "millions", a
"4" with nothing counted. When no source figure in that role agrees with the draft's, the figure
was changed in the copy.

`align()` is a stage of its own between extraction and the checks: it reads the documents and the
claims and returns the changed figures, with a claim for each figure the extractor does not report
(a year, a scale word), so a finding can point at it. Rule NC102 (numcheck/checks/sources.py)
reports them.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from pydantic import BaseModel, Field

from numcheck.defaults import new_list
from numcheck.extraction.knowledge import knowledge, stem
from numcheck.extraction.numbers import NumberLexicon, read_number
from numcheck.extraction.tokens import Token, Tokenized, tokenize
from numcheck.extraction.words import FUNCTION
from numcheck.models import AnyClaim, Claim, Document
from numcheck.rulepack import RulePack

CONTEXT = 4  # words read on each side of a figure
MIN_CONTEXT = 4  # words that must agree around two figures for them to be in the same role
KEPT_SYMBOLS = {"$", "£", "€", "¥", "%"}  # symbols that are words here; other punctuation is skipped
PLURAL_SCALES = {"hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
FOLLOW_COVER = 0.6  # a draft sentence follows a source sentence that holds this share of its words
MAX_SOURCE_TOKENS = 400_000  # a bound on the work per run: sources past it are aligned no further
MAX_CANDIDATES = 64  # source figures looked at per pair of words around a draft figure (dense tables)


@dataclass(frozen=True)
class Figure:
    """A number as written, for alignment: its span, value, rounding and kind."""

    doc: str
    start: int
    end: int
    value: float
    place: float  # the place of its last significant digit ("11,000" -> 1000)
    kind: str  # "year", "number" or "scale" (a bare "millions")
    sentence: int
    left: tuple[str, ...]  # the words before it, nearest first
    right: tuple[str, ...]  # the words after it, nearest first


class Change(BaseModel):
    """A draft figure the draft's words put in the role of a different source figure."""

    draft: str  # the claim id of the draft figure (a claim of the extractor's, or one minted here)
    source: str  # the claim id of the source figure
    how: str  # "words around": the same words before and after; "sentence": a year in a sentence
    # that follows a source sentence giving another year
    strength: float  # 0-1: the share of the context words (or of the sentence's words) that agree
    sentence: str  # the source sentence


class Alignment(BaseModel):
    """What alignment found: the changed figures, and the claims it minted for figures the
    extractor does not report."""

    changes: list[Change] = Field(default_factory=new_list)
    claims: list[Claim] = Field(default_factory=new_list)


def _key(t: Token) -> str | None:
    if t.kind == "sym":
        return t.text if t.text in KEPT_SYMBOLS else None
    return t.lower


def _year(tk: Tokenized, first: int, last: int, value: float) -> bool:
    t = tk.tokens[first]
    if first != last or t.kind != "num" or len(t.text) != 4 or not 1800 <= value <= 2100:
        return False
    before = tk.tokens[first - 1].text if first > 0 else ""
    after = tk.tokens[last + 1].text if last + 1 < len(tk.tokens) else ""
    return before not in KEPT_SYMBOLS and after != "%"


def figures(doc: Document, lex: NumberLexicon, tk: Tokenized | None = None) -> list[Figure]:
    """The numbers of a document with the words around each, in text order. A number glued to a
    word ('Q3', 'COVID-19', '4th') is a name or an ordinal, not a figure."""
    tk = tk or tokenize(doc.text)
    toks = tk.tokens
    keys = [_key(t) for t in toks]
    spans: list[tuple[int, int, float, float, str]] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "word" and t.lower in PLURAL_SCALES:
            prev = toks[i - 1] if i > 0 else None
            if prev is None or (prev.kind != "num" and not lex.is_number_word(prev.text)):
                spans.append((i, i, PLURAL_SCALES[t.lower], PLURAL_SCALES[t.lower], "scale"))
            i += 1
            continue
        if (t.kind == "word" and not lex.may_start(t.text)) or t.kind == "sym":
            i += 1
            continue
        num = read_number(tk, i, lex) if t.kind == "num" or lex.is_number_word(t.text) else None
        if num is None:
            i += 1
            continue
        first, last = num.first, num.last
        glued_before = first > 0 and tk.glued(first) and toks[first - 1].kind == "word"
        hyphened = first > 1 and toks[first - 1].text == "-" and tk.glued(first) and tk.glued(first - 1)
        glued_after = last + 1 < len(toks) and tk.glued(last + 1) and toks[last + 1].kind == "word"
        if not (glued_before or hyphened or (glued_after and num.abbreviation is None)) and math.isfinite(
            num.value
        ):
            if _year(tk, first, last, num.value):  # a year is exact: 2020 is not 'about 2,020'
                spans.append((first, last, num.value, 1.0, "year"))
            else:
                spans.append((first, last, num.value, num.unit_place, "number"))
        i = last + 1
    out = []
    for first, last, value, place, kind in spans:
        s = toks[first].sentence
        left: list[str] = []
        j = first - 1
        while j >= 0 and len(left) < CONTEXT and toks[j].sentence == s:
            if keys[j] is not None:
                left.append(keys[j])  # type: ignore[arg-type]
            j -= 1
        right: list[str] = []
        j = last + 1
        while j < len(toks) and len(right) < CONTEXT and toks[j].sentence == s:
            if keys[j] is not None:
                right.append(keys[j])  # type: ignore[arg-type]
            j += 1
        out.append(
            Figure(
                doc.id, toks[first].start, toks[last].end, value, place, kind, s, tuple(left), tuple(right)
            )
        )
    return out


def _shared(x: tuple[str, ...], y: tuple[str, ...]) -> int:
    n = 0
    for a, b in zip(x, y, strict=False):
        if a != b:
            break
        n += 1
    return n


def context(d: Figure, s: Figure) -> int:
    """How many words around the two figures agree, read outward from each; 0 unless enough do on
    both sides (a figure at the start or end of its sentence needs them all on the other)."""
    left, right = _shared(d.left, s.left), _shared(d.right, s.right)
    if left + right < MIN_CONTEXT:
        return 0
    if (left == 0 and d.left) or (right == 0 and d.right):
        return 0  # the words on one side differ: another role
    return left + right


def agree(d: Figure, s: Figure) -> bool:
    """Equal within the rounding of the less precise of the two ('4.1 million' is 4,123,000)."""
    if d.kind == "scale" or s.kind == "scale":
        return d.value == s.value
    half = max(d.place, s.place) / 2
    return abs(d.value - s.value) <= half + 1e-9 * max(abs(d.value), abs(s.value))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around text[start:end], cut at '. ' and line ends."""
    stop = text.rfind(". ", 0, start)
    a = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return a, min(ends) + 1 if ends else len(text)


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (for quoting a passage)."""
    a, b = sentence_bounds(text, start, end)
    return text[a:b]


class _Sentences:
    """The sentences of the sources, indexed for BM25 over content-word stems."""

    K1, B = 1.2, 0.75

    def __init__(self) -> None:
        self.stems: list[set[str]] = []
        self.keys: list[tuple[str, int]] = []  # (doc, sentence number)
        self.postings: dict[str, list[int]] = {}
        self.words = 0  # content words over all sentences (their mean length is BM25's norm)

    def add(self, doc: str, n: int, stems: set[str]) -> None:
        i = len(self.stems)
        self.stems.append(stems)
        self.words += len(stems)
        self.keys.append((doc, n))
        for st in stems:
            self.postings.setdefault(st, []).append(i)

    def ranked(self, query: set[str], top: int = 3) -> list[tuple[float, int]]:
        """The `top` sentences that best match the query words, best first, as (score, index)."""
        n = len(self.stems)
        if not n:
            return []
        avg = self.words / n
        scores: dict[int, float] = {}
        for st in query:
            post = self.postings.get(st, ())
            if not post:
                continue
            idf = math.log(1 + (n - len(post) + 0.5) / (len(post) + 0.5))
            for i in post:
                ln = len(self.stems[i])
                scores[i] = scores.get(i, 0.0) + idf * (self.K1 + 1) / (
                    1 + self.K1 * (1 - self.B + self.B * ln / avg)
                )
        return sorted(((v, i) for i, v in scores.items()), reverse=True)[:top]


def _content_stems(toks: list[Token]) -> set[str]:
    return {stem(t.text) for t in toks if t.kind == "word" and len(t.text) > 2 and t.lower not in FUNCTION}


def align(documents: list[Document], claims: list[AnyClaim], pack: RulePack) -> Alignment:
    """The draft figures whose words follow a source's around a different figure (see module doc)."""
    drafts = [d for d in documents if d.role == "draft"]
    sources = [d for d in documents if d.role == "source"]
    if not drafts or not sources:
        return Alignment()
    lex = knowledge(pack).numbers
    budget = MAX_SOURCE_TOKENS
    by_left: dict[tuple[str, ...], list[Figure]] = {}
    by_right: dict[tuple[str, ...], list[Figure]] = {}
    by_sentence: dict[tuple[str, int], list[Figure]] = {}
    source_years: set[float] = set()
    index = _Sentences()
    texts = {d.id: d.text for d in documents}
    for doc in sources:
        if budget <= 0:
            break
        tk = tokenize(doc.text)
        budget -= len(tk.tokens)
        for n in range(len(tk.sentence_spans)):
            index.add(doc.id, n, _content_stems(tk.sentence_tokens(n)))
        for f in figures(doc, lex, tk):
            # MIN_CONTEXT words with one on each side means two on one side: index by word pairs
            by_left.setdefault(f.left[:2], []).append(f)
            by_right.setdefault(f.right[:2], []).append(f)
            by_sentence.setdefault((f.doc, f.sentence), []).append(f)
            if f.kind == "year":
                source_years.add(f.value)
    out = Alignment()
    minted: dict[tuple[str, int, int], Claim] = {}
    by_doc: dict[str, tuple[list[AnyClaim], list[int]]] = {}
    for doc in documents:
        ordered = sorted((c for c in claims if c.doc == doc.id), key=lambda c: c.start)
        by_doc[doc.id] = (ordered, [c.start for c in ordered])

    def report(d: Figure, s: Figure, how: str, strength: float) -> None:
        dc = _claim_at(d, by_doc, minted, texts)
        sc = _claim_at(s, by_doc, minted, texts)
        sentence = sentence_of(texts[s.doc], s.start, s.end).strip()
        out.changes.append(
            Change(draft=dc.id, source=sc.id, how=how, strength=round(strength, 3), sentence=sentence)
        )

    for doc in drafts:
        tk = tokenize(doc.text)
        for d in figures(doc, lex, tk):
            near = (
                *by_left.get(d.left[:2], ())[:MAX_CANDIDATES],
                *by_right.get(d.right[:2], ())[:MAX_CANDIDATES],
            )
            cands = {id(s): s for s in near}
            roles = [(n, s) for s in cands.values() if s.kind == d.kind and (n := context(d, s))]
            if any(agree(d, s) for _, s in roles):
                continue
            if roles:
                n, s = max(roles, key=lambda x: x[0])
                if not any(agree(d, o) for o in by_sentence[(s.doc, s.sentence)] if o.kind == d.kind):
                    report(d, s, "words around", n / (2 * CONTEXT))  # else the sentence gives it elsewhere
                continue
            if d.kind == "year":
                words = _content_stems(tk.sentence_tokens(d.sentence))
                got = _year_in_followed_sentence(d, words, index, by_sentence, source_years)
                if got is not None:
                    report(d, *got)
    out.claims = list(minted.values())
    return out


def _year_in_followed_sentence(
    d: Figure,
    words: set[str],
    index: _Sentences,
    by_sentence: dict[tuple[str, int], list[Figure]],
    source_years: set[float],
) -> tuple[Figure, str, float] | None:
    """A year in a draft sentence that follows one source sentence (BM25 ranks it first and it holds
    most of the draft sentence's words) which gives another year, while no source gives the
    draft's year anywhere."""
    ranked = index.ranked(words)
    if not ranked or not words:
        return None
    best = ranked[0][1]
    cover = len(words & index.stems[best]) / len(words)
    if cover < FOLLOW_COVER:
        return None
    if d.value in source_years:
        return None  # the sources give the draft's year somewhere: the sentence may join two of theirs
    years = [f for f in by_sentence.get(index.keys[best], ()) if f.kind == "year"]
    if not years:
        return None
    s = max(years, key=lambda f: (_shared(d.left, f.left) + _shared(d.right, f.right), -f.start))
    return s, "sentence", cover


def _claim_at(
    f: Figure,
    claims: dict[str, tuple[list[AnyClaim], list[int]]],
    minted: dict[tuple[str, int, int], Claim],
    texts: dict[str, str],
) -> AnyClaim:
    """The extractor's claim over the figure, else one minted for it (a year, 'millions', a bare 4)."""
    doc_claims, starts = claims.get(f.doc, ([], []))
    k = bisect.bisect_left(starts, f.end)  # claims before k start before the figure ends
    for c in reversed(doc_claims[max(0, k - 4) : k]):
        if f.start < c.end:
            return c
    key = (f.doc, f.start, f.end)
    if key not in minted:
        lo, hi = (
            (f.value, f.value * 10) if f.kind == "scale" else (f.value - f.place / 2, f.value + f.place / 2)
        )
        minted[key] = Claim(
            id=f"{f.doc}a{len(minted)}",
            doc=f.doc,
            start=f.start,
            end=f.end,
            surface=texts[f.doc][f.start : f.end],
            value=None if f.kind == "scale" else f.value,
            low=lo if f.kind != "year" else f.value,
            high=hi if f.kind != "year" else f.value,
            measurand="year" if f.kind == "year" else "",
            sentence=f.sentence,
        )
    return minted[key]
