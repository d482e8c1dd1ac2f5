"""Tokens, sentences, clauses and paragraphs: the one pass that runs over every character.

Everything else in extraction works on the token list, and only around candidate numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from numcheck.extraction.words import ABBREVIATIONS

# digits with thousands separators and decimals; words (any script, inner apostrophes); any other symbol
TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:,\d{3})+(?:\.\d+)?(?!,?\d)|\d+(?:\.\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<sym>\S)"
)


class Token:
    """One token: a number, a word or a symbol, where it is and which sentence, paragraph and
    clause it is in. The end is not stored (it is start + len(text)): a megabyte of news is some
    180,000 tokens, and each stored offset is an int object of its own (32 bytes)."""

    __slots__ = ("kind", "text", "start", "index", "sentence", "paragraph", "clause", "lower")

    def __init__(self, kind: str, text: str, start: int, index: int = 0, sentence: int = 0,
                 paragraph: int = 0, clause: int = 0, lower: str = "") -> None:
        self.kind = kind  # "num", "word" or "sym"
        self.text = text
        self.start = start
        self.index = index
        self.sentence = sentence
        self.paragraph = paragraph
        self.clause = clause
        self.lower = lower or text.lower()  # the text in lower case, computed once (it is read everywhere)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def __repr__(self) -> str:
        return (f"Token(kind={self.kind!r}, text={self.text!r}, start={self.start}, end={self.end}, "
                f"index={self.index}, sentence={self.sentence}, paragraph={self.paragraph}, "
                f"clause={self.clause}, lower={self.lower!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return self._fields() == other._fields()

    def _fields(self) -> tuple[object, ...]:
        return (self.kind, self.text, self.start, self.index, self.sentence, self.paragraph, self.clause,
                self.lower)

    __hash__ = None  # type: ignore[assignment]


@dataclass
class Tokenized:
    text: str
    tokens: list[Token]
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)  # token index ranges
    paragraph_of_sentence: list[int] = field(default_factory=list)

    def sentence_tokens(self, s: int) -> list[Token]:
        a, b = self.sentence_spans[s]
        return self.tokens[a:b]

    def glued(self, i: int) -> bool:
        """Is token i written directly after token i-1, with no space?"""
        return i > 0 and self.tokens[i - 1].end == self.tokens[i].start


def tokenize(text: str) -> Tokenized:
    # one string object per distinct word (and its lower case): news repeats its words, so a
    # megabyte of copy holds tens of thousands of distinct strings, not hundreds of thousands
    seen: dict[str, tuple[str, str]] = {}
    tokens = []
    for i, m in enumerate(TOKEN_RE.finditer(text)):
        g = m.group()
        pair = seen.get(g)
        if pair is None:
            low = g.lower()
            pair = seen[g] = (g, g if low == g else low)
        tokens.append(Token(m.lastgroup or "sym", pair[0], m.start(), i, lower=pair[1]))
    tk = Tokenized(text, tokens)
    _segment(tk)
    return tk


CLAUSE_BREAK = {",", ";", ":", "—", "–", "(", ")", "“", "”", '"'}
SUBORDINATORS = {
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "while",
    "because",
    "although",
    "though",
    "after",
    "before",
    "but",
    "whereas",
    "if",
    "unless",
    "until",
}


MAX_SENTENCE_TOKENS = 150  # news sentences are far shorter; per-claim scans of a sentence stay bounded


def _too_long(toks: list[Token], n: int, i: int) -> bool:
    """Cut a run-on "sentence" (a pasted list of 10,000 figures) at a clause break past the cap
    (n tokens since the sentence began, token i the next)."""
    return n >= 2 * MAX_SENTENCE_TOKENS or (n >= MAX_SENTENCE_TOKENS and toks[i - 1].text in CLAUSE_BREAK)


def _cut(text: str, toks: list[Token], i: int, n: int) -> str | None:
    """What ends before token i (i > 0; n tokens since the sentence began): "paragraph",
    "sentence", "clause" or nothing. Looks at most three tokens back, so `toks` may be a window."""
    t = toks[i]
    gap = text[toks[i - 1].end : t.start]
    if "\n" in gap:
        return "paragraph"
    if _ends_sentence(toks, i - 1, gap, t) or _too_long(toks, n, i):
        return "sentence"
    if toks[i - 1].text in CLAUSE_BREAK or (t.kind == "word" and t.lower in SUBORDINATORS):
        return "clause"
    return None


def _segment(tk: Tokenized) -> None:
    """Assign sentence, paragraph and clause numbers to tokens."""
    text = tk.text
    toks = tk.tokens
    sentence = paragraph = clause = 0
    start = 0
    para_of: list[int] = []
    for i, t in enumerate(toks):
        if i > 0:
            cut = _cut(text, toks, i, i - start)
            if cut == "paragraph":
                if start < i:
                    tk.sentence_spans.append((start, i))
                    para_of.append(paragraph)
                    sentence += 1
                    start = i
                paragraph += 1
                clause += 1
            elif cut == "sentence":
                tk.sentence_spans.append((start, i))
                para_of.append(paragraph)
                sentence += 1
                start = i
                clause += 1
            elif cut == "clause":
                clause += 1
        t.sentence, t.paragraph, t.clause = sentence, paragraph, clause
    if start < len(toks):
        tk.sentence_spans.append((start, len(toks)))
        para_of.append(paragraph)
    tk.paragraph_of_sentence = para_of


def sentence_offsets(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence of `tokenize(text)` starts and ends in the text (its first token's
    start, its last token's end), found without keeping the token list: a window of four tokens
    is all the segmenter looks at, so memory is the two lists, not ~200 bytes a token."""
    starts: list[int] = []
    ends: list[int] = []
    window: list[Token] = []
    start = 0
    for i, m in enumerate(TOKEN_RE.finditer(text)):
        t = Token(m.lastgroup or "sym", m.group(), m.start(), i)
        window.append(t)
        if len(window) > 4:
            del window[0]
        if i == 0:
            starts.append(t.start)
        elif _cut(text, window, len(window) - 1, i - start) in ("paragraph", "sentence"):
            ends.append(window[-2].end)
            starts.append(t.start)
            start = i
    if window:
        ends.append(window[-1].end)
    return starts, ends


def _ends_sentence(toks: list[Token], i: int, gap: str, nxt: Token) -> bool:
    t = toks[i]
    if t.text in {"!", "?"} and gap:
        return True
    closing = t.text in {"”", '"', "’", "'"} and i > 0 and toks[i - 1].text in {".", "!", "?"}
    if t.text == "-" and i > 0 and toks[i - 1].text == "." and toks[i - 1].end == t.start and gap:
        return nxt.text[:1].isupper()  # "Revenue grew 12%, according to Forbes.- Lee Park disagreed."
    if not (t.text == "." or closing) or not gap:
        return False
    if closing:
        return nxt.text[:1].isupper() or nxt.text in {"“", '"'}
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.kind == "word" and prev.end == t.start:
        if prev.lower in ABBREVIATIONS and not (
            prev.lower in {"a", "m", "s", "p"} and nxt.text[:1].isupper()
        ):
            return False
        if len(prev.text) == 1 and prev.text.isupper():  # initials, U.S.
            return nxt.text[:1].isupper() and i > 1 and toks[i - 2].text != "."
    # "The fine was $5,000.00. -- Deputies voted.": a spaced dash after a full stop opens a sentence
    return nxt.text[:1].isupper() or nxt.text[:1] in {"“", '"', "‘", "-", "–", "—"} or nxt.kind == "num"
