"""Where a number is parsed: digits, number words, scale words and abbreviations, fractions.

`read_number(tk, i, lex)` reads the number that starts at token i and returns a `Number` (its
value, the token range it spans, and how precisely it was written) or None. `find_numbers(text)`
runs the reader over a whole text (every number, claim or not).

What the reader knows, all as general rules (the word lists live in rules/numbers.yaml):

- digits: thousands separators ("1,234,567"), groups of three split by a space or a thin or
  no-break space ("40 000", "1 234 567.89"), Indian grouping ("12,34,567.89"), a leading
  decimal point (".08"), a sign ("-5", "−5", "$-99.99", "minus 5", "negative one"), fractions
  and mixed numbers ("3/4", "2 1/2", "2½", "½"), scientific notation and powers ("1.3e6",
  "2.48×10−5", "1.3x10^6", "2^10");
- scale words and abbreviations after a figure ("3 million", "322 hundred", "13 lakh", "3 dozen",
  "£3.5bn", "10 bln", "US$ 1MM"), and the rest of a number written in figures and words
  ("3 hundred and 21", "4 thousand 3 hundred", "3 million and a half");
- spelled-out numbers: "sixty-eight", "fifty - two", "a hundred and two", "two hundred and two
  thousand", "twenty-one trillion and three hundred", "hundred thousand", "three lakh crore",
  "three hundred and two dozens" (324), decimals ("two point five", "nine point nought four");
- spelled-out fractions: "a half", "two thirds", "one-eighth", "three twenty-firsts",
  "one hundred and three quarters", "five and a half million", "one million and a half",
  "half a million", "a quarter million", "two thirds of a million". The split between
  numerator and denominator follows Recognizers-Text's reading ("one hundred thirty fifths" is
  100/35, "one hundred and thirty fifths" 130/5). A singular ordinal after "a"/"one" is a
  fraction only where an ordinal could not stand: "a third of", "a fifth." — not "a third term";
- ratios, only when asked (`ratios=True`): "one over three", "2000 over 3", "two out of five
  hundred", "1 in 21". The claim layer does not ask: "one in five adults" is a proportion it
  does not model yet.

Not numbers: "one" after a determiner ("the one", "which one"), a lone "a", ordinals ("the
third", "4th"), "1/0".
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from numcheck.extraction.tokens import Tokenized
from numcheck.rulepack import NumbersFile


@dataclass
class Number:
    value: float
    first: int  # first token index of the figure (after any sign)
    last: int  # last token index (inclusive)
    unit_place: float  # place value of the last significant digit as written ("11,000" -> 1000)
    words: bool = False  # spelled out
    scaled: bool = False  # a scale word or abbreviation multiplied it
    scale_token: int | None = None  # token index of a glued abbreviation ("bn", "m", "k")
    abbreviation: str | None = None
    sign: int | None = None  # token index of a minus sign or "minus"/"negative" before the figure
    fraction: bool = False  # a fraction: "3/4", "two thirds", "½"
    slash: bool = False  # written as a/b with nothing else ("3/4", not "2 1/2")
    ratio: bool = False  # "one in five", "2 out of 3", "1 over 3"
    scale_value: float = 1.0  # the last scale word that multiplied it (1000 for "4 thousand")

    @property
    def start(self) -> int:
        """First token index, the sign included."""
        return self.sign if self.sign is not None else self.first


SIGN_WORDS = {"minus", "negative"}
MINUS_SIGNS = {"-", "−"}
# where a minus glued to the figure may follow: "(-5)", "$-99.99", "= -3"
SIGN_AFTER = {"(", "[", "{", "$", "€", "£", "¥", "₹", "₽", "₴", "=", ":", "~", "<", ">", "≈", "/", "^"}
NOT_ONE_AFTER = {
    "the",
    "this",
    "that",
    "which",
    "each",
    "every",
    "any",
    "another",
    "what",
    "whichever",
    "no",
    "someone",
    "anyone",
    "everyone",
    "no-one",
    "one",
}
# ... unless a noun follows "that" (a conjunction: "showed that one heart attack was prevented"; the
# claim reader keeps "one" only with its noun)
ONE_NOUN_AFTER = {"that"}
GROUP_SPACES = " \u00a0\u202f\u2009"
SPACE_GROUPS_RE = re.compile(r"\d{1,3}([ \u00a0\u202f\u2009])\d{3}(?:\1\d{3})*(?:\.\d+)?(?![\d,])")
COMMA_SPACE_RE = re.compile(r"\d{1,3}, \d{3}(?![\d,]|\.\d)")
INDIAN_RE = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])")
POINT_RE = re.compile(r"\.\d+")
COMPOUND_ONLY = {
    "first",
    "firsts",
    "second",
    "seconds",
}  # ordinals that are denominators only in "twenty-first"
# fraction words that are never ordinals: "a half turn" and "a quarter point" are parts of one thing,
# where "a third term" is an ordinal
NOT_ORDINAL_FRACTIONS = frozenset({"half", "quarter"})
HYPHENS = {"-", "‐", "–"}


@dataclass(frozen=True)
class NumberLexicon:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    abbreviations: dict[str, int]
    special: dict[tuple[str, ...], float]
    fractions: dict[str, int]
    starters: frozenset[str] = field(default_factory=frozenset)
    # numbers.yaml comma_space_before: words after which "3, 200" is one figure (_comma_space_group)
    comma_space_before: frozenset[str] = field(default_factory=frozenset)
    # numbers.yaml hyphen_space_before: "-1,000" after these is a lost space (not_claims._lost_space_hyphen)
    hyphen_space_before: frozenset[str] = field(default_factory=frozenset)
    # numbers.yaml count_before: after these words four digits count, never a year (not_claims)
    count_before: tuple[tuple[str, ...], ...] = ()
    # `special` by its phrases' first words, in the order of `special` (what _special_at tries)
    special_by_first: dict[str, list[tuple[tuple[str, ...], float]]] = field(default_factory=dict)

    @staticmethod
    def from_file(f: NumbersFile) -> NumberLexicon:
        special = {tuple(k.lower().replace("-", " - ").split()): v for k, v in f.special.items()}
        starters = frozenset(
            {*f.units_words, *f.tens_words, *f.scales, "a", "an", "half", "quarter", *(p[0] for p in special)}
        )
        by_first: dict[str, list[tuple[tuple[str, ...], float]]] = {}
        for phrase, value in special.items():
            by_first.setdefault(phrase[0], []).append((phrase, value))
        return NumberLexicon(
            units=dict(f.units_words),
            tens=dict(f.tens_words),
            scales=dict(f.scales),
            abbreviations=dict(f.scale_abbreviations),
            special=special,
            fractions={k.lower(): v for k, v in f.fractions.items()},
            starters=starters,
            special_by_first=by_first,
            comma_space_before=frozenset(w.lower() for w in f.comma_space_before),
            hyphen_space_before=frozenset(w.lower() for w in f.hyphen_space_before),
            count_before=tuple(tuple(p.lower().split()) for p in f.count_before),
        )

    def is_number_word(self, w: str) -> bool:
        w = w.lower()
        return w in self.units or w in self.tens or w in self.scales

    def may_start(self, word: str) -> bool:
        """Can a number start with this word token? (cheap test before `read_number`)"""
        w = word.lower()
        return w in self.starters or _vulgar(word) is not None


def digits_value(text: str) -> float:
    """'11,000' -> 11000.0; Unicode digits of any script are read by their digit value."""
    s = text.replace(",", "")
    for ch in GROUP_SPACES:
        s = s.replace(ch, "")
    if not s.isascii():
        s = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in s)
    return float(s)


def place_of_last_digit(text: str) -> float:
    """Place value of the last significant digit of a written figure: '11,000' -> 1000, '51.8' -> 0.1."""
    s = text.replace(",", "")
    for ch in GROUP_SPACES:
        s = s.replace(ch, "")
    if "." in s:
        return 10.0 ** -(len(s.split(".", 1)[1]))
    stripped = s.rstrip("0")
    return 10.0 ** (len(s) - len(stripped)) if stripped else 1.0


def cap_place(value: float, place: float, cap_orders: int) -> float:
    """Round figures are less vague than their last digit says: '10,000' is not '±5,000'.

    The place value is capped at `cap_orders` orders of magnitude below the figure, but an
    integer is never read as more precise than its units."""
    if value <= 0 or place <= 0:
        return place
    top = 10.0 ** (math.floor(math.log10(value)) - cap_orders)
    floor = 1.0 if place >= 1 else place
    return min(place, max(top, floor))


def scaled(value: float, factor: float) -> float:
    """value * factor without binary noise: 16.4 million is 16400000, not 16399999.999999998."""
    return float(f"{value * factor:.12g}")


def _vulgar(text: str) -> float | None:
    """'½' -> 0.5 (a one-character token that Unicode gives a fractional value)."""
    if len(text) != 1 or text.isascii() or text.isdigit():
        return None
    if unicodedata.category(text) != "No":
        return None
    v = unicodedata.numeric(text, None)
    return None if v is None or v == int(v) else float(v)


def read_number(tk: Tokenized, i: int, lex: NumberLexicon, *, ratios: bool = False) -> Number | None:
    t = tk.tokens[i]
    num: Number | None
    if t.kind == "num":
        num = _read_digits(tk, i, lex)
    elif t.kind == "word":
        num = _read_words(tk, i, lex)
    elif t.text == ".":
        num = _read_point(tk, i)
    else:
        return None
    if num is None:
        return None
    if ratios and not num.fraction:
        _read_ratio(tk, num, lex)
    _sign_before(tk, num)
    return num


def _sign_before(tk: Tokenized, num: Number) -> None:
    toks = tk.tokens
    i = num.first
    if i == 0:
        return
    p = toks[i - 1]
    if p.text in MINUS_SIGNS and tk.glued(i) and toks[i].kind != "word":
        if i - 1 > 0 and tk.glued(i - 1) and toks[i - 2].text not in SIGN_AFTER:
            return  # "COVID-19", "300-400", "scp-173"
        if i - 1 > 0 and not tk.glued(i - 1) and toks[i - 2].kind == "num":
            return  # "75 -300mm": a dash between two figures
        num.value = -num.value
        num.sign = i - 1
    elif p.kind == "word" and p.lower in SIGN_WORDS and not tk.glued(i):
        num.value = -num.value
        num.sign = i - 1


def _token_ending_at(tk: Tokenized, i: int, end: int) -> int | None:
    toks = tk.tokens
    k = i
    while k < len(toks) and toks[k].end < end:
        k += 1
    return k if k < len(toks) and toks[k].end == end else None


def _read_point(tk: Tokenized, i: int) -> Number | None:
    """'.08', '.5': a figure written with its leading decimal point."""
    toks = tk.tokens
    t = toks[i]
    if (
        i + 1 >= len(toks)
        or toks[i + 1].kind != "num"
        or not tk.glued(i + 1)
        or not toks[i + 1].text.isdigit()
    ):
        return None
    if i > 0 and tk.glued(i) and toks[i - 1].kind in {"num", "word"}:
        return None
    m = POINT_RE.match(tk.text, t.start)
    if m is None or m.end() != toks[i + 1].end:
        return None
    return Number(float(m.group()), i, i + 1, 10.0 ** -(len(m.group()) - 1))


AND_A_HALF = ("and", "a", "half")


def _and_a_half_end(tk: Tokenized, i: int) -> int | None:
    """The token of "half" when the whole figure at i is followed by "and a half", spaced or glued by
    hyphens ('6-and-a-half years', '6 and a half years'), before a word; else None."""
    toks = tk.tokens
    k, words = i + 1, 0
    hyphens = k < len(toks) and toks[k].text == "-" and tk.glued(k)
    while words < 3:
        if hyphens:
            if k >= len(toks) or toks[k].text != "-" or not tk.glued(k) or not tk.glued(k + 1):
                return None
            k += 1
        if k >= len(toks) or toks[k].lower != AND_A_HALF[words] or (not hyphens and tk.glued(k)):
            return None
        k += 1
        words += 1
    end = k - 1
    if k >= len(toks) or toks[k].kind != "word" or toks[k].sentence != toks[i].sentence:
        return None  # "4 and a half." or "won 6 and a half of": no unit to carry the sum
    return end


def _read_digits(tk: Tokenized, i: int, lex: NumberLexicon) -> Number | None:
    toks = tk.tokens
    n = len(toks)
    t = toks[i]
    text = t.text
    last = i
    # "40 000", "1 234 567.89"; "12,34,567.89"
    for rx in (SPACE_GROUPS_RE, INDIAN_RE):
        m = rx.match(tk.text, t.start)
        if m is not None and (rx is INDIAN_RE or _space_groups_ok(tk, i)):
            k = _token_ending_at(tk, i, m.end())
            if k is not None and k > i:
                text, last = m.group(), k
                break
    if last == i:
        k = _comma_space_group(tk, i, lex)
        if k is not None:
            text, last = tk.text[t.start : toks[k].end], k  # "the 3, 200 flights": 3,200
    try:
        value = digits_value(text.replace(", ", ""))
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    num = Number(value, i, last, place_of_last_digit(text.replace(", ", ",")))
    if last > i:
        return _apply_scale(tk, num, lex)
    j = i + 1
    if _dotted(tk, i):
        return None  # "192.168.1.2", "version 2.0.1": not a figure
    if _read_power(tk, num):
        return num
    half = _and_a_half_end(tk, i)
    if half is not None and "." not in text:
        return Number(value + 0.5, i, half, 0.5)  # "6-and-a-half years", "6 and a half years"
    # "2 1/2", "2½"
    if (
        j + 2 < n
        and toks[j].kind == "num"
        and toks[j + 1].text == "/"
        and toks[j + 2].kind == "num"
        and not tk.glued(j)
        and tk.glued(j + 1)
        and tk.glued(j + 2)
        and not _slash_after(tk, j + 2)
    ):
        try:
            a, b = digits_value(toks[j].text), digits_value(toks[j + 2].text)
        except ValueError:
            a, b = 0.0, 0.0
        if b and a < b and "." not in text:
            num.value += a / b
            num.last = j + 2
            num.unit_place = min(num.unit_place, 1 / b)
            num.fraction = True
            return num
    if j < n and tk.glued(j) and toks[j].kind == "word" and "." not in text:
        v = _vulgar(toks[j].text)
        if v is not None:
            num.value += v
            num.last = j
            num.unit_place = min(num.unit_place, v)
            num.fraction = True
            return num
    # "3/4", "1/40"; "1/0" is no number; "5/17/2018" is a date
    if j + 1 < n and toks[j].text == "/" and tk.glued(j) and tk.glued(j + 1) and toks[j + 1].kind == "num":
        if _slash_after(tk, j + 1) or (i > 0 and toks[i - 1].text == "/" and tk.glued(i)):
            return num
        try:
            b = digits_value(toks[j + 1].text)
        except ValueError:
            return num
        if b == 0:
            return None
        if value < b and "." not in text and "," not in text and "." not in toks[j + 1].text:
            return Number(value / b, i, j + 1, min(1.0, 1 / b), fraction=True, slash=True)
        return num
    # glued abbreviation: "3.5bn", "40m", "10k"
    if j < n and toks[j].kind == "word" and tk.glued(j) and toks[j].text in lex.abbreviations:
        after = toks[j + 1] if j + 1 < n else None
        if after is None or not ((after.kind in {"word", "num"}) and tk.glued(j + 1)):
            num.scale_token = j
            num.abbreviation = toks[j].text
            return num
    # spaced abbreviation of two letters or more: "10 bln", "2.5 bn"
    if (
        j < n
        and toks[j].kind == "word"
        and not tk.glued(j)
        and len(toks[j].text) > 1
        and toks[j].text in lex.abbreviations
        and toks[j].text.islower()
    ):
        after = toks[j + 1] if j + 1 < n else None
        if after is None or not (after.kind == "word" and tk.glued(j + 1)):
            apply_abbreviation_at(num, j, lex, toks[j].text)
            return num
    # scale word: "1.2 trillion", "3 million", then the rest: "3 hundred and 21"
    _apply_scale(tk, num, lex)
    if num.scaled:
        _continue_after_scale(tk, num, lex)
    return num


_COMMA_SPACE_ENDS = frozenset({"and", "or", "to", "through", "and/or"})


def _comma_space_group(tk: Tokenized, i: int, lex: NumberLexicon) -> int | None:
    """The token of the last three digits when the figure at token i is a thousands group written
    with a stray space after its comma ("of the 3, 200 flights"; numbers.yaml comma_space_before):
    after one of lex.comma_space_before or a currency sign, one to three digits, a comma, one space,
    exactly three digits, then a lower-case word that goes on no list or range; else None."""
    toks = tk.tokens
    t = toks[i]
    if not lex.comma_space_before or i == 0 or len(t.text) > 3 or not t.text.isdigit():
        return None
    prev = toks[i - 1]
    if prev.lower not in lex.comma_space_before and prev.text not in {"$", "£", "€", "¥", "₹"}:
        return None
    m = COMMA_SPACE_RE.match(tk.text, t.start)
    if m is None:
        return None
    k = _token_ending_at(tk, i, m.end())
    if k is None or k + 1 >= len(toks):
        return None
    after = toks[k + 1]
    if after.kind != "word" or not after.text[:1].islower() or after.lower in _COMMA_SPACE_ENDS:
        return None
    return k


def _dotted(tk: Tokenized, i: int) -> bool:
    """Is the figure at token i part of a dotted sequence ('192.168.1.2', '2.0.1')?"""
    toks = tk.tokens
    n = len(toks)
    after = (
        i + 2 < n
        and toks[i + 1].text == "."
        and tk.glued(i + 1)
        and tk.glued(i + 2)
        and toks[i + 2].kind == "num"
        and ("." in toks[i].text or "." in toks[i + 2].text)
    )
    before = (
        i >= 2
        and toks[i - 1].text == "."
        and tk.glued(i)
        and tk.glued(i - 1)
        and toks[i - 2].kind == "num"
        and ("." in toks[i].text or "." in toks[i - 2].text)
    )
    return after or before


DOTTED_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d]|\.\d)")


def _space_groups_ok(tk: Tokenized, i: int) -> bool:
    """'40 000' is one number, but not after a month ('May 5 300 ...') or inside a list of figures."""
    toks = tk.tokens
    if i > 0:
        p = toks[i - 1]
        if tk.glued(i) and p.kind in {"word", "num"}:
            return False  # "i7 860": a code, then a number
        if p.kind == "num" or p.lower.rstrip(".") in {
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        }:
            return False
    if _model_after_space_group(tk, i):
        return False
    return True


def _model_after_space_group(tk: Tokenized, i: int) -> bool:
    """'take 12 737 MAX jets': a count, then a model's number before its capitalised name, not
    12,737; unless the words before are capitalised too ('Than 200 000 Women': a Title Case line)."""
    toks = tk.tokens
    m = SPACE_GROUPS_RE.match(tk.text, toks[i].start)
    if m is None or m.group(1) != " " or m.group().count(" ") != 1 or m.group().endswith("000"):
        return False
    k = _token_ending_at(tk, i, m.end())
    if k is None or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.kind != "word" or not nxt.text[:1].isupper() or tk.glued(k + 1):
        return False
    if i > 0 and toks[i - 1].kind == "word" and toks[i - 1].text[:1].isupper():
        return False
    return True


def _slash_after(tk: Tokenized, k: int) -> bool:
    toks = tk.tokens
    return k + 1 < len(toks) and toks[k + 1].text == "/" and tk.glued(k + 1)


def _signed_int(tk: Tokenized, k: int) -> tuple[int, int] | None:
    """Glued signs then a glued integer at token k: '-3', '+14', '--23' -> (last index, exponent)."""
    toks = tk.tokens
    neg = False
    while k < len(toks) and toks[k].text in {"-", "−", "+"} and tk.glued(k):
        neg ^= toks[k].text != "+"
        k += 1
    if k >= len(toks) or toks[k].kind != "num" or not tk.glued(k) or not toks[k].text.isdigit():
        return None
    e = int(toks[k].text)
    return k, -e if neg else e


def _pow(x: float, y: float) -> float:
    """x ** y, inf when it overflows ('6e666' raised OverflowError; callers drop non-finite values)."""
    try:
        return x**y
    except OverflowError:
        return math.inf


def _read_power(tk: Tokenized, num: Number) -> bool:
    """'1e10', '12.32e+14', '2.48×10−5', '1.3x10^6', '8x2^10', '1.1^23'."""
    toks = tk.tokens
    n = len(toks)
    j = num.last + 1
    if j >= n or not tk.glued(j):
        return False
    t = toks[j]
    mantissa = num.value
    result: tuple[int, float, float] | None = None  # (last token, value, place)
    if t.kind == "word" and t.text in {"e", "E"}:
        se = _signed_int(tk, j + 1)
        if se is not None:
            result = (se[0], mantissa * _pow(10.0, se[1]), num.unit_place * _pow(10.0, se[1]))
    elif (
        t.text in {"x", "X", "×"}
        and j + 1 < n
        and toks[j + 1].kind == "num"
        and tk.glued(j + 1)
        and toks[j + 1].text.isdigit()
    ):
        base = int(toks[j + 1].text)
        k = j + 2
        se = None
        if k < n and toks[k].text == "^" and tk.glued(k):
            se = _signed_int(tk, k + 1)
        elif base == 10 and k < n and toks[k].text in {"−", "-"} and tk.glued(k):
            se = _signed_int(tk, k)
        if se is not None and base > 1:
            result = (se[0], mantissa * _pow(float(base), se[1]), 0.0)
    elif t.text == "^":
        se = _signed_int(tk, j + 1)
        if se is not None and mantissa > 0:
            result = (se[0], _pow(mantissa, se[1]), 0.0)
    if result is None:
        return False
    last, value, place = result
    if not math.isfinite(value) or abs(value) > 1e300:
        return False
    num.value, num.last = value, last
    num.unit_place = place if place else (10.0 ** math.floor(math.log10(abs(value))) if value else 1.0)
    return True


def _apply_scale(tk: Tokenized, num: Number, lex: NumberLexicon) -> Number:
    toks = tk.tokens
    j = num.last + 1
    if (
        j + 1 < len(toks)
        and toks[j].text == "-"
        and tk.glued(j)
        and tk.glued(j + 1)
        and lex.scales.get(toks[j + 1].lower, 0) >= 1_000_000
    ):
        j += 1  # "104-million euros", "$111-million"
    while j < len(toks) and toks[j].kind == "word" and toks[j].lower in lex.scales:
        factor = lex.scales[toks[j].lower]
        if factor == 100 and (num.value >= 1000 or num.scaled):
            break
        num.value = scaled(num.value, factor)
        num.unit_place *= factor
        num.last = j
        num.scaled = True
        num.scale_value = factor
        j += 1
    return num


def _continue_after_scale(tk: Tokenized, num: Number, lex: NumberLexicon) -> None:
    """'3 hundred and 21', '4 thousand 3 hundred', '6 crore and two hundred', '3 million and a half'."""
    toks = tk.tokens
    n = len(toks)
    s = num.scale_value
    k = num.last + 1
    has_and = k < n and toks[k].lower in {"and", "&"}
    if has_and:
        k += 1
    if k >= n:
        return
    if has_and:
        f = _fraction_words_at(tk, k, lex)
        if f is not None and f[0] < 1 and not (f[1] + 1 < n and toks[f[1] + 1].lower in lex.scales):
            num.value += f[0] * (s if s >= 1000 else 1)
            num.last = f[1]
            num.fraction = True
            return
    if s not in (100, 1000, 100_000, 10_000_000) or (s == 100 and not has_and):
        return
    nxt = read_number(tk, k, lex) if toks[k].kind in {"num", "word"} else None
    if nxt is None or nxt.value <= 0 or nxt.value >= s or nxt.value != int(nxt.value) or nxt.sign is not None:
        return
    if nxt.scaled and nxt.scale_value >= s:
        return
    num.value += nxt.value
    num.last = nxt.last
    num.unit_place = min(num.unit_place, nxt.unit_place)


def apply_abbreviation(num: Number, lex: NumberLexicon) -> None:
    """Apply a glued scale abbreviation ("m" in "$40m") once the caller knows it is a scale."""
    if num.abbreviation is None or num.scale_token is None:
        return
    apply_abbreviation_at(num, num.scale_token, lex, num.abbreviation)


def apply_abbreviation_at(num: Number, j: int, lex: NumberLexicon, abbreviation: str | None = None) -> None:
    factor = lex.abbreviations[abbreviation] if abbreviation else 0
    if not factor:
        return
    num.value = scaled(num.value, factor)
    num.unit_place *= factor
    num.last = j
    num.scaled = True
    num.scale_value = factor
    num.abbreviation = None


# ---------------------------------------------------------------- spelled-out numbers


# word items: (kind, value, first token, last token, plural)
#   kinds: "u" 0-19, "t" tens, "c" tens+units written as one ("sixty-eight"), "s" scale, "o" ordinal
#   denominator, "a" a/an, "and", "point", "of", "d" digits
@dataclass
class _Item:
    kind: str
    value: float
    first: int
    last: int
    plural: bool = False
    word: str = ""


def _items(tk: Tokenized, i: int, lex: NumberLexicon, limit: int = 40) -> list[_Item]:
    toks = tk.tokens
    n = len(toks)
    out: list[_Item] = []
    j = i
    while j < n and len(out) < limit:
        t = toks[j]
        if t.kind == "sym":
            # a hyphen between two number words: glued ("sixty-eight") or spaced ("fifty - two")
            if t.text in HYPHENS and out and j + 1 < n and toks[j + 1].kind == "word":
                glued = tk.glued(j) and tk.glued(j + 1)
                nxt = toks[j + 1].lower
                prev = out[-1]
                if glued or (prev.kind in {"t", "u"} and (nxt in lex.units or nxt in lex.fractions)):
                    j += 1
                    continue
            if t.text == "&" and out:
                out.append(_Item("and", 0, j, j, word="and"))
                j += 1
                continue
            # "three million, two hundred and forty": a comma after a scale of a thousand or more
            if (
                t.text == ","
                and out
                and out[-1].kind == "s"
                and out[-1].value >= 1000
                and j + 1 < n
                and toks[j + 1].lower in lex.units | lex.tens
            ):
                j += 1
                continue
            break
        if t.kind != "word":
            break
        w = t.lower
        hyphen_before = j > 0 and toks[j - 1].text in HYPHENS and out and out[-1].last == j - 2
        if w in lex.units:
            v = lex.units[w]
            if out and out[-1].kind == "t" and hyphen_before and 0 < v < 10:
                prev = out[-1]
                out[-1] = _Item("c", prev.value + v, prev.first, j, word=f"{prev.word}-{w}")
            else:
                out.append(_Item("u", v, j, j, word=w))
        elif w in lex.tens:
            out.append(_Item("t", lex.tens[w], j, j, word=w))
        elif w in lex.scales:
            out.append(_Item("s", lex.scales[w], j, j, word=w))
        elif w in lex.fractions:
            v = lex.fractions[w]
            plural = w.endswith("s")
            if len(out) == 1 and out[0].kind == "t" and plural and w in COMPOUND_ONLY and not hyphen_before:
                break  # "twenty seconds": a count of seconds; "three twenty seconds" (3/22) has a numerator
            if out and out[-1].kind == "t" and v < 10 and (hyphen_before or w in COMPOUND_ONLY):
                prev = out[-1]  # "twenty-first", "thirty-fifths", "three twenty firsts"
                out[-1] = _Item("o", prev.value + v, prev.first, j, plural, word=f"{prev.word}-{w}")
            elif w in COMPOUND_ONLY:
                break
            else:
                out.append(_Item("o", v, j, j, plural, word=w))
        elif w in {"a", "an"}:
            out.append(_Item("a", 1, j, j, word=w))
        elif w in {"and", "point", "of"}:
            out.append(_Item(w, 0, j, j, word=w))
        else:
            break
        j += 1
    # trailing joiners are never part of a number
    while out and out[-1].kind in {"and", "point", "of", "a"}:
        out.pop()
    return out


def _cardinal(items: list[_Item], p: int, q_max: int | None = None) -> tuple[float, int, float] | None:
    """An integer written in words from items[p]: (value, items consumed up to (exclusive), biggest scale)."""
    end = len(items) if q_max is None else q_max
    total = 0.0
    current = 0.0
    small = 0.0  # the units and tens since the last scale ("two" in "three hundred and two dozens")
    last = ""
    biggest = 0.0
    big_scale = 0.0  # the last scale >= 1000 used
    best: tuple[float, int, float] | None = None
    checkpoint: tuple[float, int, float] | None = None  # best as of the last scale of a thousand or more
    q = p
    while q < end:
        it = items[q]
        nxt = items[q + 1] if q + 1 < end else None
        if it.kind in {"u", "t", "c"}:
            if last in {"u", "c"}:
                break
            if last == "t" and not (it.kind == "u" and 0 < it.value < 10):
                break
            if last == "a":
                break
            current += it.value
            small += it.value
        elif it.kind == "s":
            s = it.value
            if last in {"", "and"}:
                if not (q == p and nxt is not None and nxt.kind == "s" and s == 100):
                    break  # "hundred thousand"; a bare scale word is no number
                current, small = 1.0, 1.0
            if s == 12:  # dozen: multiplies the last small group
                if last == "s":
                    break
                current += small * 11
                small = 0.0
            elif s == 100:
                if last == "s" or current >= 100 * 100:
                    break
                current = (current or 1.0) * 100
                small = 0.0
            else:
                if last == "s" and items[q - 1].value >= 1000 and s > items[q - 1].value and current == 0:
                    total *= s  # "three lakh crore"
                elif big_scale and s >= big_scale:
                    # "one thousand, two thousand": the number ends at the first scale
                    return checkpoint if current and checkpoint is not None else best
                else:
                    total += (current or 1.0) * s
                    current = 0.0
                big_scale = s
                small = 0.0
            biggest = max(biggest, s)
        elif it.kind == "and":
            if nxt is None or nxt.kind not in {"u", "t", "c"}:
                break
            if not (last == "s" or (last == "t" and nxt.kind == "u" and 0 < nxt.value < 10)):
                break
            last = "and"
            q += 1
            continue
        elif it.kind == "a":
            if q != p or nxt is None or nxt.kind != "s":
                break
            current, small = 1.0, 1.0
            last = "a"
            q += 1
            continue
        else:
            break
        last = it.kind
        q += 1
        best = (total + current, q, biggest)
        if it.kind == "s" and it.value >= 1000:
            checkpoint = best
    return best


def _composable(big: float, small: float) -> bool:
    base = 100 if small > 10 else 10
    return big % base == 0 and big / base >= 1


def _split(values: list[float], seps: list[bool]) -> int:
    """Recognizers-Text's numerator/denominator split of a spelled-out fraction (index of the first
    denominator word)."""
    n = len(values)
    split = n - 1
    cur = values[-1]
    round_value = 1.0
    s = n - 2
    while s >= 0:
        if seps[s]:
            s -= 1
            continue
        prev, cur = cur, values[s]
        if (prev >= 100 and prev > cur) or (prev < 100 and _composable(cur, prev)):
            if prev < 100 and cur >= round_value:
                round_value = cur
            elif prev < 100 and cur < round_value:
                return s + 1
            if s == 0:
                split = 1
                while split <= n - 2:
                    if values[split] >= 100 and not seps[split + 1] and values[split + 1] < 100:
                        return split + 1
                    split += 1
                return split
            s -= 1
            continue
        return s + 1
    return split


def _fraction(items: list[_Item], p: int) -> tuple[float, int] | None:
    """A spelled-out fraction starting at items[p]: (value, items consumed up to (exclusive))."""
    e = p
    while e < len(items) and items[e].kind in {"u", "t", "c", "s", "a", "and"}:
        e += 1
    if e >= len(items) or items[e].kind != "o":
        return None
    ord_item = items[e]
    words = items[p : e + 1]
    if len(words) == 1:
        return None
    values = [1.0 if w.kind == "a" else w.value for w in words]
    seps = [w.kind == "and" for w in words]
    split = _split(values, seps)
    if split <= 0:
        return None
    num_words = items[p : p + split]
    if len(num_words) == 1 and num_words[0].kind == "a":
        numerator, consumed = 1.0, 1
    else:
        c = _cardinal(items, p, p + split)
        if c is None:
            return None
        numerator, q, _ = c
        consumed = q - p
    if consumed != split:
        return None
    den_end = e
    while den_end > p + split and items[den_end - 1].kind == "and":
        den_end -= 1  # "one one hundred and fifth"
    den_small = 0.0
    if den_end > p + split:
        c = _cardinal(items, p + split, den_end)
        if c is None or c[1] != den_end:
            return None
        den_small = c[0]
    o = ord_item.value
    denominator = (den_small * o if o >= 100 else den_small + o) if den_small else o
    if denominator == 0:
        return None
    if (numerator == 1) == ord_item.plural:
        return None  # "two millionth", "one fifths"
    return numerator / denominator, e + 1


def _scale_after(items: list[_Item], q: int) -> tuple[float, int] | None:
    """'million' or 'of a million' or 'a million' after a fraction: (factor, items consumed up to)."""
    k = q
    if k < len(items) and items[k].kind == "of":
        k += 1
    if k < len(items) and items[k].kind == "a":
        k += 1
    if k < len(items) and items[k].kind == "s" and (items[k].value >= 1000 or items[k].value == 12):
        if k > q and items[q].kind == "of" and (k == q + 1 or items[k].value == 12):
            return None  # "two thirds of million" is not English; "of a dozen" stays a fraction of a dozen
        return items[k].value, k + 1
    return None


def _words_value(items: list[_Item]) -> tuple[float, int, bool] | None:
    """The longest number at the start of items: (value, items consumed, is a fraction).

    Candidates are compared by length; on a tie, a whole number and a proper fraction ("two
    hundred and fifty-four hundredths" = 200.54) wins over one improper fraction (254/100)."""
    cands: list[tuple[int, int, float, bool]] = []  # (items consumed, priority, value, is a fraction)
    first = items[0]
    # half/quarter + [a] + scale: "half a million", "quarter million", "half a dozen"; bare "half"
    if first.kind == "o" and first.word in {"half", "quarter"}:
        sc = _scale_after(items, 1)
        if sc is not None:
            cands.append((sc[1], 1, sc[0] / first.value, False))
        elif first.word == "half":
            cands.append((1, 1, 0.5, True))
    card = _cardinal(items, 0)
    if card is not None:
        c, q, biggest = card
        cands.append((q, 1, c, False))
        # decimals: "two point five", "nine point nought four", "two hundred point seventy-one"
        if q + 1 < len(items) and items[q].kind == "point":
            digits = ""
            k = q + 1
            if items[k].kind in {"c", "t"} or (items[k].kind == "u" and items[k].value >= 10):
                digits = str(int(items[k].value))
                k += 1
            else:
                while k < len(items) and items[k].kind == "u" and items[k].value < 10:
                    digits += str(int(items[k].value))
                    k += 1
            if digits:
                v = c + float("0." + digits)
                if k < len(items) and items[k].kind == "s" and items[k].value >= 1000 and not biggest:
                    v *= items[k].value
                    k += 1
                cands.append((k, 1, v, False))
    # a whole number, "and", a proper fraction: "one and a half", "one hundred and three quarters",
    # "twenty and three fifths", "five and a half million", "one million and a half",
    # "one billion and three quarters million"
    for a in range(1, len(items) - 1):
        if items[a].kind != "and":
            continue
        whole = _cardinal(items, 0, a)
        if whole is None or whole[1] != a:
            continue
        c, _, biggest = whole
        f = _fraction(items, a + 1)
        if f is None and items[a + 1].kind == "o" and items[a + 1].word == "half":
            f = (0.5, a + 2)  # "four and half years": "a" left out
        if f is None or f[0] >= 1:
            continue
        fv, k = f
        sc = _scale_after(items, k) if not (k < len(items) and items[k].kind == "of") else None
        if sc is not None and biggest < 1000:
            cands.append((sc[1], 2, (c + fv) * sc[0], True))
        elif sc is not None and sc[0] < biggest:
            cands.append((sc[1], 2, c + fv * sc[0], True))
        cands.append((k, 2, c + fv * (biggest if biggest >= 1000 else 1), True))
    # a fraction: "two thirds", "one hundred thirty fifths", "a quarter", then "of a million"
    f = _fraction(items, 0)
    if f is not None:
        fv, k = f
        cands.append((k, 1, fv, True))
        sc = _scale_after(items, k)
        if sc is not None:
            cands.append((sc[1], 1, fv * sc[0], False))
    if not cands:
        return None
    k, _, v, is_frac = max(cands, key=lambda c: (c[0], c[1]))
    return v, k, is_frac


def _read_words(tk: Tokenized, i: int, lex: NumberLexicon) -> Number | None:
    """Spelled-out numbers: 'eight', 'sixty-eight', 'two-and-a-half', 'half a million', 'a dozen'."""
    toks = tk.tokens
    v = _vulgar(toks[i].text)
    if v is not None:
        return Number(v, i, i, min(1.0, v), fraction=True)
    w = toks[i].lower
    if w not in lex.starters:
        return None
    if w == "one" and i > 0 and toks[i - 1].lower in NOT_ONE_AFTER:
        nxt = toks[i + 1].lower if i + 1 < len(toks) and not tk.glued(i + 1) else ""
        noun = (
            toks[i - 1].lower in ONE_NOUN_AFTER
            and nxt.isalpha()
            and toks[i + 1].text.islower()
            and not nxt.endswith("s")  # "that one knows": a verb
        )
        # "the one-count indictment", "this one-year ban": a hyphenated modifier, as after "a"
        hyphen = i + 2 < len(toks) and toks[i + 1].text == "-" and tk.glued(i + 1) and tk.glued(i + 2)
        if not (nxt in lex.scales or (nxt == "of" and toks[i - 1].lower == "that") or noun or hyphen):
            # "the one you mentioned", "which one"; not "the one million jobs", nor "admitted that
            # one of the sites" (a conjunction: "that one" is no pronoun before "of")
            return None
    best: Number | None = None
    items = _items(tk, i, lex)
    if items and items[0].first == i:
        r = _words_value(items)
        if r is not None:
            value, k, is_frac = r
            last_item = items[k - 1]
            last = last_item.last
            if is_frac and not _fraction_stands(tk, items, k, lex):
                r = None
            else:
                best = Number(
                    value,
                    i,
                    last,
                    _word_place(value),
                    words=True,
                    fraction=is_frac,
                    scaled=any(it.kind == "s" and it.value >= 1000 for it in items[:k]),
                )
                big = [it.value for it in items[:k] if it.kind == "s"]
                if big:
                    best.scale_value = big[-1]
    special = _special_at(tk, i, lex)
    if special is not None and (best is None or special[1] > best.last):
        value, end = special
        best = Number(value, i, end, 1.0 if value >= 1 else value, words=True)
    if best is None:
        return None
    if best.value == 0 and toks[i].lower not in lex.units:
        return None
    return best


def _fraction_stands(tk: Tokenized, items: list[_Item], k: int, lex: NumberLexicon) -> bool:
    """'a third' is a fraction in 'a third of', 'a third.' — an ordinal in 'a third term' and in a
    compound glued by a hyphen ('a third-generation farmer', 'a fifth-place finish')."""
    last = items[k - 1]
    if last.kind != "o" or last.plural or last.word in NOT_ORDINAL_FRACTIONS:
        return True
    toks = tk.tokens
    j = last.last + 1
    if j >= len(toks):
        return True
    t = toks[j]
    if t.text in HYPHENS and tk.glued(j) and j + 1 < len(toks) and tk.glued(j + 1):
        return toks[j + 1].kind != "word"
    if t.kind != "word":
        return True
    return (
        t.lower in {"of", "and", "or", "than", "to", "in", "as", "more", "less", "fewer"}
        or t.lower in lex.scales
    )


def _word_place(value: float) -> float:
    if value == int(value):
        return place_of_last_digit(str(int(abs(value))))
    return 0.5 * 10 ** math.floor(math.log10(abs(value))) if value else 1.0


def _fraction_words_at(tk: Tokenized, k: int, lex: NumberLexicon) -> tuple[float, int] | None:
    """A spelled-out proper fraction at token k ('a half', 'three quarters'): (value, last token)."""
    items = _items(tk, k, lex, limit=12)
    if not items or items[0].first != k:
        return None
    f = _fraction(items, 0)
    if f is None:
        return None
    return f[0], items[f[1] - 1].last


@lru_cache(maxsize=4096)
def _lower_seq(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.lower() for t in texts)


def _special_at(tk: Tokenized, i: int, lex: NumberLexicon) -> tuple[float, int] | None:
    toks = tk.tokens
    best: tuple[float, int] | None = None
    for phrase, value in lex.special_by_first.get(toks[i].lower, ()):
        k = len(phrase)
        if i + k > len(toks):
            continue
        if _lower_seq(tuple([t.text for t in toks[i : i + k]])) == phrase:
            if best is None or i + k - 1 > best[1]:
                best = (value, i + k - 1)
    return best


# ---------------------------------------------------------------- ratios


def _read_ratio(tk: Tokenized, num: Number, lex: NumberLexicon) -> None:
    """'one over three', '2000 over 3', 'two out of five hundred', '1 in 21' (read as a fraction)."""
    toks = tk.tokens
    n = len(toks)
    j = num.last + 1
    if j >= n or num.value != int(num.value) or num.value < 0:
        return
    w = toks[j].lower
    k = j + 1
    if w == "out" and k < n and toks[k].lower == "of":
        k += 1
    elif w not in {"over", "in"}:
        return
    if k >= n or toks[k].kind not in {"num", "word"}:
        return
    other = read_number(tk, k, lex)
    if other is None or other.value <= 0 or other.fraction or other.sign is not None:
        return
    after = toks[other.last + 1] if other.last + 1 < n else None
    followed_by_word = after is not None and after.kind == "word"
    if w == "over" and followed_by_word:
        return  # "$2000 over 3 years"
    if w == "out" and not num.value < other.value:
        return  # "12 out of 10"
    if w == "in":
        year = toks[k].kind == "num" and len(toks[k].text) == 4 and 1000 <= other.value <= 2100
        if num.value != 1 or other.value <= 1 or year or followed_by_word:
            return
    num.value = num.value / other.value
    num.last = other.last
    num.fraction = num.ratio = True
    num.unit_place = min(1.0, num.value)


# ---------------------------------------------------------------- the reader over a whole text


_DEFAULT_LEX: NumberLexicon | None = None


def _default_lexicon() -> NumberLexicon:
    global _DEFAULT_LEX
    if _DEFAULT_LEX is None:
        from numcheck.rulepack import load_pack

        _DEFAULT_LEX = NumberLexicon.from_file(load_pack(None).numbers)
    return _DEFAULT_LEX


def find_numbers(text: str, lex: NumberLexicon | None = None) -> list[tuple[int, int, float]]:
    """Every number written in `text`, as (start, end, value) character spans, in text order.

    This is the number reader on its own, without the claim layer's judgement of what is a claim:
    years, dates and bare spelled-out numbers with nothing counted are numbers here; ratios are
    read ("one in five" = 0.2). A figure glued to letters that are not a scale abbreviation
    ("29km", "4th", "1m") is part of a measurement, an ordinal or a code, and is left out (a plural
    "s" is not: "the 1960s")."""
    from numcheck.extraction.tokens import tokenize

    lex = lex or _default_lexicon()
    tk = tokenize(text)
    toks = tk.tokens
    out: list[tuple[int, int, float]] = []
    # the parts of a dotted sequence ("192.168.1.2") are numbers of their own
    for m in DOTTED_RE.finditer(text):
        pos = m.start()
        for part in m.group().split("."):
            out.append((pos, pos + len(part), float(part)))
            pos += len(part) + 1
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "word" and not lex.may_start(t.text):
            i += 1
            continue
        num = read_number(tk, i, lex, ratios=True)
        if num is None:
            i += 1
            continue
        if num.abbreviation is not None:
            if num.abbreviation in {"m"}:
                i = num.last + 2
                continue
            apply_abbreviation(num, lex)
        j = num.last + 1
        if (
            j < len(toks)
            and tk.glued(j)
            and toks[j].kind == "word"
            and toks[num.last].kind == "num"
            and toks[j].text != "s"  # "the 1960s" holds the number 1960
        ):
            i = j + 1
            continue
        out.append((toks[num.start].start, toks[num.last].end, num.value))
        i = num.last + 1
    return sorted(out)
