"""Tokens, sentences, clauses and paragraphs: the one pass that runs over every character.

Everything else in extraction works on the token list, and only around candidate numbers.
"""

from __future__ import annotations

import re
import threading
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

from numcheck.extraction.words import (
    ABBREVIATIONS,
    FUNCTION,
    NAME_HEADS,
    NAME_LINKS,
    SENTENCE_OPENERS,
    STATE_ABBREVIATIONS,
    SUFFIX_ABBREVIATIONS,
)

# digits with thousands separators and decimals; words (any script, inner apostrophes); any other symbol.
# A scale word glued to the word after it by a lost space ("$400 Millionin fines", "$2millionhome")
# is two words (tried only at a word starting "mi", "bi" or "tr": the cost of the rest stays as it was).
# For speed only (the same tokens): a space is passed over by one test, not by trying every
# alternative at it; a word of ASCII letters that no other letter or inner apostrophe follows is
# read with a plain class before the general one (which reads the same word where it applies).
TOKEN_RE = re.compile(
    r"(?=\S)(?:"
    r"(?P<num>\d+(?:,\d{3})+(?:\.\d+)?(?!,?\d)|\d+(?:\.\d+)?)"
    r"|(?P<word>(?=[mbtMBT][iIrR])(?:(?i:million|billion|trillion)(?=(?i:in|for|to|of|and|from|on|at|with)\b)"
    r"|(?<=\d)(?i:million|billion|trillion)(?=[^\W\d_]{2})(?!(?i:th|aire)))"
    r"|[a-zA-Z]++(?![^\W\d_]|['’][^\W\d_])"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<sym>\S))"
)


class Token:
    """One token: a number, a word or a symbol, where it is and which sentence, paragraph and
    clause it is in. The end is not stored (it is start + len(text)): a megabyte of news is some
    180,000 tokens, and each stored offset is an int object of its own (32 bytes)."""

    __slots__ = ("kind", "text", "start", "index", "sentence", "paragraph", "clause", "lower")

    def __init__(
        self,
        kind: str,
        text: str,
        start: int,
        index: int = 0,
        sentence: int = 0,
        paragraph: int = 0,
        clause: int = 0,
        lower: str = "",
    ) -> None:
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
        return (
            f"Token(kind={self.kind!r}, text={self.text!r}, start={self.start}, end={self.end}, "
            f"index={self.index}, sentence={self.sentence}, paragraph={self.paragraph}, "
            f"clause={self.clause}, lower={self.lower!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return self._fields() == other._fields()

    def _fields(self) -> tuple[object, ...]:
        return (
            self.kind,
            self.text,
            self.start,
            self.index,
            self.sentence,
            self.paragraph,
            self.clause,
            self.lower,
        )

    __hash__ = None  # type: ignore[assignment]


class TokenStore:
    """A document's tokens, stored as parallel arrays and made into Token objects on demand.

    A Token object costs some 130 bytes (the object and its offset), and a megabyte of news is some
    180,000 tokens: kept as objects they were two thirds of a check's peak memory. Here a token is
    16 bytes (which distinct string it is, where it starts, its sentence and clause); the Token
    objects of the chunks in use (256 tokens a chunk) are made when read and kept, up to
    CACHED_CHUNKS chunks (the oldest made is dropped first). Reads by index, slice, `len` and
    iteration, like the list it replaces; a slice is a list.
    """

    SHIFT = 8  # chunks of 256 tokens
    MASK = (1 << SHIFT) - 1
    # at most 1,024 Token objects alive (~0.17 MB): reading looks at most 120 tokens either side of
    # a figure and a sentence's tokens, so a larger cache bought no speed (16 chunks: 2.5 MB per MB
    # more at 200 kB of news, the same time)
    CACHED_CHUNKS = 4
    PLAIN_LIST = 4096  # a text of up to this many tokens (~20 kB) gets a plain list of Token objects

    __slots__ = ("_table", "_ids", "_starts", "_sentences", "_clauses", "_paragraph_of", "_n", "_chunks")

    def __init__(
        self,
        table: list[tuple[str, str, str]],
        ids: array,
        starts: array,
        sentences: array,
        clauses: array,
        paragraph_of: list[int],
    ) -> None:
        self._table = table  # (text, lower, kind) of each distinct token text
        self._ids = ids
        self._starts = starts
        self._sentences = sentences
        self._clauses = clauses
        self._paragraph_of = paragraph_of  # the paragraph of each sentence
        self._n = len(ids)
        self._chunks: dict[int, list[Token]] = {}

    def __len__(self) -> int:
        return self._n

    def _chunk(self, c: int) -> list[Token]:
        """The Token objects of chunk c (made and cached if they are not)."""
        chunks = self._chunks
        if len(chunks) >= self.CACHED_CHUNKS:
            del chunks[next(iter(chunks))]
        a = c << self.SHIFT
        b = min(a + (1 << self.SHIFT), self._n)
        table, ids, starts, sents, clauses, para_of = (
            self._table,
            self._ids,
            self._starts,
            self._sentences,
            self._clauses,
            self._paragraph_of,
        )
        out = []
        s = cl = -1
        for i in range(a, b):
            text, lower, kind = table[ids[i]]
            if sents[i] != s:  # one int object for a run of tokens in one sentence (and clause)
                s = sents[i]
            if clauses[i] != cl:
                cl = clauses[i]
            out.append(Token(kind, text, starts[i], i, s, para_of[s], cl, lower))
        chunks[c] = out
        return out

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        if i.__class__ is int:
            try:
                return self._chunks[i >> self.SHIFT][i & self.MASK]
            except KeyError:
                if i < 0:
                    i += self._n
                if not 0 <= i < self._n:
                    raise IndexError("token index out of range") from None
                return self._chunk(i >> self.SHIFT)[i & self.MASK]
        if isinstance(i, slice):
            a, b, step = i.indices(self._n)
            if step != 1:
                return [self[k] for k in range(a, b, step)]
            out: list[Token] = []
            while a < b:
                c = a >> self.SHIFT
                base = c << self.SHIFT
                end = min(b, base + self.MASK + 1)
                chunk = self._chunks.get(c) or self._chunk(c)
                if a == base and end == b and not out:
                    return chunk[: end - base]
                out.extend(chunk[a - base : end - base])
                a = end
            return out
        return self[i.__index__()]

    def __iter__(self) -> Iterator[Token]:
        for c in range((self._n + self.MASK) >> self.SHIFT):
            yield from (self._chunks.get(c) or self._chunk(c))


@dataclass
class Tokenized:
    text: str
    tokens: list[Token] | TokenStore  # a list for a text of up to 4,096 tokens
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)  # token index ranges
    paragraph_of_sentence: list[int] = field(default_factory=list)
    # the words that start with a capital letter, if the tokenizer found them as it read (capitalised())
    capitals: list[Token] | None = None

    def sentence_tokens(self, s: int) -> list[Token]:
        a, b = self.sentence_spans[s]
        return self.tokens[a:b]

    def glued(self, i: int) -> bool:
        """Is token i written directly after token i-1, with no space? (No, when there is no token i.)"""
        toks = self.tokens
        if i <= 0 or i >= len(toks):
            return False
        prev = toks[i - 1]
        return prev.start + len(prev.text) == toks[i].start  # prev.end, without the property's call


def tokenize(text: str) -> Tokenized:
    """Tokens, sentences, clauses and paragraphs of a text. Segmenting looks at a window of four
    tokens. A text of at most as many tokens as the store keeps as objects gets a plain list of
    Token objects (read at list speed: news articles are this size); a longer one gets the token
    store, whose arrays keep one copy of each distinct token text. The window of four tokens is
    made only where a break is possible."""
    if len(text) <= _LIST_CHARS:
        listed = _tokenize_list(text)
        if listed is not None:
            return listed
    return _tokenize_store(text)


# a text of up to this many characters is first read into a plain list (news runs ~5.5 characters
# a token, so such a text rarely outgrows TokenStore.PLAIN_LIST tokens; one that does is read again)
_LIST_CHARS = 6 * TokenStore.PLAIN_LIST


def _tokenize_list(text: str) -> Tokenized | None:
    """tokenize() of a text of at most TokenStore.PLAIN_LIST tokens, as a plain list of Token
    objects, made with no table of distinct texts (a paragraph repeats few words); None if the
    text has more tokens. Breaks are found as _tokenize_store finds them."""
    toks: list[Token] = []
    append = toks.append
    capitals: list[Token] = []
    capitals_append = capitals.append
    spans: list[tuple[int, int]] = []
    para_of: list[int] = []
    small = TokenStore.PLAIN_LIST
    sentence = paragraph = clause = 0
    start = 0
    i = -1
    prev_text = ""
    find = text.find
    nl = find("\n")
    nl = len(text) if nl == -1 else nl
    may_cut, subordinators = _MAY_CUT, SUBORDINATORS
    longest = MAX_SENTENCE_TOKENS
    new = object.__new__
    limit = longest  # the first token index at which the sentence is too long (start + longest)
    for i, m in enumerate(TOKEN_RE.finditer(text)):
        word = m[0]
        lower = word.lower()
        pos = m.start()
        # Token(m.lastgroup, word, pos, i, sentence, paragraph, clause, lower), made here: calling
        # the class (its __init__ through the type) costs about as much again as these stores,
        # and one store a statement costs less than one tuple unpacked into them (~400 machine
        # instructions a token)
        t = new(Token)
        t.kind = kind = m.lastgroup  # type: ignore[assignment]
        t.text = word
        t.start = pos
        t.index = i
        t.sentence = sentence
        t.paragraph = paragraph
        t.clause = clause
        t.lower = lower
        append(t)
        if word[0].isupper() and kind == "word":  # (a token is never empty)
            capitals_append(t)
        # (i last: it is false only for the first token, where nothing can end before it)
        if not (prev_text not in may_cut and lower not in subordinators and i < limit and pos < nl) and i:
            if nl < pos:
                nl = find("\n", pos)
                nl = len(text) if nl == -1 else nl
            window = toks[i - 3 :] if i >= 3 else toks[:]
            cut = _cut(text, window, len(window) - 1, i - start)
            if cut is not None:
                counts = _break(cut, i, start, sentence, paragraph, clause, spans, para_of)
                start, sentence, paragraph, clause = counts
                limit = start + longest
                t.sentence, t.paragraph, t.clause = sentence, paragraph, clause
        prev_text = word
    n = i + 1
    if n > small:
        return None
    if start < n:
        spans.append((start, n))
        para_of.append(paragraph)
    _remember_offsets(text, [toks[a].start for a, _ in spans], [toks[b - 1].end for _, b in spans])
    return Tokenized(text, toks, spans, para_of, capitals)


def _break(
    cut: str,
    i: int,
    start: int,
    sentence: int,
    paragraph: int,
    clause: int,
    spans: list[tuple[int, int]],
    para_of: list[int],
) -> tuple[int, int, int, int]:
    """The first token of the sentence and the sentence, paragraph and clause numbers after a break
    of kind `cut` ("paragraph", "sentence" or "clause") before token i; the sentence it ends goes to
    `spans` and its paragraph to `para_of` (a paragraph break ends no empty sentence)."""
    if cut == "clause":
        return start, sentence, paragraph, clause + 1
    if cut == "sentence" or start < i:
        spans.append((start, i))
        para_of.append(paragraph)
        sentence += 1
        start = i
    if cut == "paragraph":
        paragraph += 1
    return start, sentence, paragraph, clause + 1


def _tokenize_store(text: str) -> Tokenized:
    """tokenize() of any text: the store's arrays are filled only once a text outgrows the plain
    list (from the Token objects made so far)."""
    index: dict[str, int] = {}
    table: list[tuple[str, str, str]] = []
    code = "i" if len(text) < 2**31 else "q"
    ids, starts, sents, clauses = array("i"), array(code), array("i"), array("i")
    spans: list[tuple[int, int]] = []
    para_of: list[int] = []
    small = TokenStore.PLAIN_LIST
    kept: list[Token] | None = []  # the Token objects, while there are no more than `small`
    sentence = paragraph = clause = 0
    start = 0
    i = -1
    prev_text = ""
    t1 = t2 = t3 = None  # the three tokens before this one, nearest first
    find = text.find
    # the first line break at or after some point no later than the last token's end (tokens hold
    # none): a token that starts before it has no line break in the gap before it
    nl = find("\n")
    nl = len(text) if nl == -1 else nl
    may_cut, subordinators = _MAY_CUT, SUBORDINATORS
    for i, m in enumerate(TOKEN_RE.finditer(text)):
        g = m.group()
        e = index.get(g)
        if e is None:
            low = g.lower()
            e = index[g] = len(table)
            table.append((g, g if low == g else low, m.lastgroup or "sym"))
        word, lower, kind = table[e]
        pos = m.start()
        t = Token(kind, word, pos, i, sentence, paragraph, clause, lower)
        # most tokens can end nothing before them (as _cut would find): no call for them
        if i > 0 and not (
            prev_text not in may_cut
            and lower not in subordinators
            and i - start < MAX_SENTENCE_TOKENS
            and pos < nl
        ):
            if nl < pos:  # the next line break from here
                nl = find("\n", pos)
                nl = len(text) if nl == -1 else nl
            window = [t3, t2, t1, t] if t3 is not None else [x for x in (t2, t1) if x is not None] + [t]
            cut = _cut(text, window, len(window) - 1, i - start)
            if cut is not None:
                counts = _break(cut, i, start, sentence, paragraph, clause, spans, para_of)
                start, sentence, paragraph, clause = counts
                t.sentence, t.paragraph, t.clause = sentence, paragraph, clause
        prev_text = word
        t3, t2, t1 = t2, t1, t
        if kept is not None:
            if i < small:
                kept.append(t)
                continue
            for k in kept:  # the text outgrows the plain list: the store's arrays from here
                ids.append(index[k.text])
                starts.append(k.start)
                sents.append(k.sentence)
                clauses.append(k.clause)
            kept = None
        ids.append(e)
        starts.append(pos)
        sents.append(sentence)
        clauses.append(clause)
    n = i + 1
    if start < n:
        spans.append((start, n))
        para_of.append(paragraph)
    if kept is not None:
        _remember_offsets(text, [kept[a].start for a, _ in spans], [kept[b - 1].end for _, b in spans])
        return Tokenized(text, kept, spans, para_of)
    ends = [starts[b - 1] + len(table[ids[b - 1]][0]) for _, b in spans]
    _remember_offsets(text, [starts[a] for a, _ in spans], ends)
    return Tokenized(text, TokenStore(table, ids, starts, sents, clauses, para_of), spans, para_of)


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
    p = toks[i - 1]
    gap = text[p.start + len(p.text) : t.start]  # (p.end)
    if "\n" in gap:
        return "paragraph"
    if _ends_sentence(toks, i - 1, gap, t, text) or (n >= MAX_SENTENCE_TOKENS and _too_long(toks, n, i)):
        return "sentence"
    if toks[i - 1].text in CLAUSE_BREAK or (t.kind == "word" and t.lower in SUBORDINATORS):
        return "clause"
    return None


# the only tokens after which _ends_sentence can end a sentence
_MAY_END = frozenset({".", "!", "?", "”", '"', "’", "'", "-"})
# the only tokens after which _cut can find any break (a line break or a long sentence aside)
_MAY_CUT = _MAY_END | frozenset(CLAUSE_BREAK)


# the sentence offsets of the texts tokenize() read last: a check reads the relations of the text
# its extraction has just tokenized, and need not segment it again
_OFFSETS: dict[str, tuple[list[int], list[int]]] = {}
_OFFSETS_KEPT = 2


_OFFSETS_LOCK = threading.Lock()


def _remember_offsets(text: str, starts: list[int], ends: list[int]) -> None:
    with _OFFSETS_LOCK:
        while len(_OFFSETS) >= _OFFSETS_KEPT:
            del _OFFSETS[next(iter(_OFFSETS))]
        _OFFSETS[text] = (starts, ends)


def sentence_offsets(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence of `tokenize(text)` starts and ends in the text (its first token's
    start, its last token's end), found without keeping the token list: a window of four tokens
    is all the segmenter looks at, so memory is the two lists, not ~200 bytes a token. A text
    tokenize() has just read is not segmented again."""
    with _OFFSETS_LOCK:
        held = _OFFSETS.get(text)
    if held is not None:
        return list(held[0]), list(held[1])
    return _segment_offsets(text)


def _segment_offsets(text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    window: list[re.Match[str]] = []  # Token objects are made only where a break is possible
    start = 0
    for i, m in enumerate(TOKEN_RE.finditer(text)):
        window.append(m)
        if len(window) > 4:
            del window[0]
        if i == 0:
            starts.append(m.start())
            continue
        prev = window[-2]
        if (
            prev.group() not in _MAY_END
            and i - start < MAX_SENTENCE_TOKENS
            and text.find("\n", prev.end(), m.start()) == -1
        ):
            continue  # no break here, as _cut would say: nothing that ends a sentence came before
        first = i - len(window) + 1
        toks = [Token(x.lastgroup or "sym", x.group(), x.start(), first + k) for k, x in enumerate(window)]
        if _cut(text, toks, len(toks) - 1, i - start) in ("paragraph", "sentence"):
            ends.append(prev.end())
            starts.append(m.start())
            start = i
    if window:
        ends.append(window[-1].end())
    return starts, ends


# a capitalised word (not all capitals), then one space and a lower-case word: "Morales was", "Peru's
# sales" (the word's possessive is part of its token)
_NAME_THEN_LOWER = re.compile(r"[A-Z][a-z][\w'’.-]* ([a-z]+)")


def _opens_with_name(text: str, nxt: Token) -> bool:
    """After a name's suffix ("Jr.", "Co."): does token `nxt` open a new sentence whose subject is a
    name? It does when it is a capitalised word that a lower-case word follows, not one that carries
    a name on (NAME_LINKS) nor names a place (NAME_HEADS): "... said Judge Ana Ruiz Jr. Morales
    was fined ..." ends a sentence, "Ana Ruiz Jr. Middle School" and "Acme Co. Chairman of the
    Board" do not. Reads the text after `nxt`, which the segmenter's window does not hold."""
    if nxt.kind != "word" or nxt.lower in NAME_HEADS:
        return False
    m = _NAME_THEN_LOWER.match(text, nxt.start, nxt.start + 80)
    return m is not None and m.start(1) == nxt.start + len(nxt.text) + 1 and m.group(1) not in NAME_LINKS


def _ends_sentence(toks: list[Token], i: int, gap: str, nxt: Token, text: str) -> bool:
    t = toks[i]
    if t.text in {"!", "?"} and gap:
        return True
    closing = t.text in {"”", '"', "’", "'"} and i > 0 and toks[i - 1].text in {".", "!", "?"}
    if t.text == "-" and i > 0 and toks[i - 1].text == "." and toks[i - 1].end == t.start and gap:
        return nxt.text[:1].isupper()  # "Revenue grew 12%, according to Forbes.- Lee Park disagreed."
    glued = not gap  # t.end == nxt.start (gap is the text between them)
    if t.text == "-" and i > 1 and toks[i - 1].text == "." and toks[i - 1].end == t.start and glued:
        # "... rose 4 percent.-A later audit showed": a space lost after the full stop, not "U.S.-led"
        word = toks[i - 2]
        return (
            word.end == toks[i - 1].start
            and word.text[-1:].islower()
            and word.lower not in ABBREVIATIONS
            and nxt.kind == "word"
            and nxt.text[:1].isupper()
            and (nxt.text[1:2].islower() or nxt.text in {"A", "I"})
        )
    if not (t.text == "." or closing) or not gap:
        return False
    if closing:
        return nxt.text[:1].isupper() or nxt.text in {"“", '"'}
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.kind == "word" and prev.end == t.start:
        if (prev.lower in STATE_ABBREVIATIONS and i > 1 and toks[i - 2].text == ",") or (
            prev.lower in SUFFIX_ABBREVIATIONS and i > 1 and toks[i - 2].text[:1].isupper()
        ):
            # "in Salem, Ore. The owner", "said Ana Ruiz Jr. The ruling"
            if nxt.text[:1].isupper() and nxt.lower in SENTENCE_OPENERS:
                return True
            return prev.lower in SUFFIX_ABBREVIATIONS and _opens_with_name(text, nxt)
        if prev.lower in ABBREVIATIONS and not (
            prev.lower in {"a", "m", "s", "p"} and nxt.text[:1].isupper()
        ):
            return False
        if len(prev.text) == 1 and prev.text.isupper():  # initials, U.S.
            before = toks[i - 2] if i > 1 else None
            if (
                before is not None
                and before.kind == "word"
                and len(before.text) > 1
                and before.text[:1].isupper()
                and before.end < prev.start
                and prev.text != "I"
                and nxt.kind == "word"
                and nxt.text[:1].isupper()
                and nxt.lower not in FUNCTION  # "..., Plan B. The board agreed"
            ):
                return False  # a middle initial: "Mara J. Ellison announced"
            if before is not None and before.text == ".":  # "U.S.", "D.C.": a sentence opener follows
                return nxt.text[:1].isupper() and nxt.lower in SENTENCE_OPENERS
            return nxt.text[:1].isupper() and before is not None
    # "The fine was $5,000.00. -- Deputies voted.": a spaced dash after a full stop opens a sentence
    return nxt.text[:1].isupper() or nxt.text[:1] in {"“", '"', "‘", "-", "–", "—"} or nxt.kind == "num"


def capitalised(tk: Tokenized) -> list[Token]:
    """The words of a text that start with a capital letter, in text order (what _person_names and
    _names_mid_sentence read, found in one pass)."""
    if tk.capitals is not None:
        return tk.capitals
    return [t for t in tk.tokens if t.kind == "word" and t.text[:1].isupper()]
