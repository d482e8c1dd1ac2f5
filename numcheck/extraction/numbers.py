"""Where a number is parsed: digits, number words, scale words and abbreviations, fractions.

`read_number(tk, i, lex)` reads the number that starts at token i and returns a `Number` (its
value, the token range it spans, and how precisely it was written) or None.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from numcheck.extraction.tokens import Tokenized
from numcheck.rulepack import NumbersFile


@dataclass
class Number:
    value: float
    first: int  # first token index
    last: int  # last token index (inclusive)
    unit_place: float  # place value of the last significant digit as written ("11,000" -> 1000)
    words: bool = False  # spelled out
    scaled: bool = False  # a scale word or abbreviation multiplied it
    scale_token: int | None = None  # token index of a glued abbreviation ("bn", "m", "k")
    abbreviation: str | None = None


@dataclass(frozen=True)
class NumberLexicon:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    abbreviations: dict[str, int]
    special: dict[tuple[str, ...], float]
    fractions: dict[str, int]

    @staticmethod
    def from_file(f: NumbersFile) -> NumberLexicon:
        return NumberLexicon(
            units=dict(f.units_words),
            tens=dict(f.tens_words),
            scales=dict(f.scales),
            abbreviations=dict(f.scale_abbreviations),
            special={tuple(k.lower().replace("-", " - ").split()): v for k, v in f.special.items()},
            fractions=dict(f.fractions),
        )

    def is_number_word(self, w: str) -> bool:
        w = w.lower()
        return w in self.units or w in self.tens or w in self.scales


def digits_value(text: str) -> float:
    """'11,000' -> 11000.0; Unicode digits of any script are read by their digit value."""
    s = text.replace(",", "")
    if not s.isascii():
        s = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in s)
    return float(s)


def place_of_last_digit(text: str) -> float:
    """Place value of the last significant digit of a written figure: '11,000' -> 1000, '51.8' -> 0.1."""
    s = text.replace(",", "")
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


def read_number(tk: Tokenized, i: int, lex: NumberLexicon) -> Number | None:
    t = tk.tokens[i]
    if t.kind == "num":
        return _read_digits(tk, i, lex)
    if t.kind == "word":
        return _read_words(tk, i, lex)
    return None


def _read_digits(tk: Tokenized, i: int, lex: NumberLexicon) -> Number | None:
    toks = tk.tokens
    t = toks[i]
    try:
        value = digits_value(t.text)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    place = place_of_last_digit(t.text)
    num = Number(value, i, i, place)
    j = i + 1
    # "2 1/2"
    if (
        j + 2 < len(toks)
        and toks[j].kind == "num"
        and toks[j + 1].text == "/"
        and toks[j + 2].kind == "num"
        and not tk.glued(j)
        and tk.glued(j + 1)
        and tk.glued(j + 2)
    ):
        try:
            den = digits_value(toks[j + 2].text)
            if den:
                num.value += digits_value(toks[j].text) / den
                num.last = j + 2
                num.unit_place = min(place, 1 / den)
                return num
        except ValueError:
            pass
    # glued abbreviation: "3.5bn", "40m", "10k"
    if j < len(toks) and toks[j].kind == "word" and tk.glued(j) and toks[j].text in lex.abbreviations:
        after = toks[j + 1] if j + 1 < len(toks) else None
        if after is None or not (after.kind == "word" and tk.glued(j + 1)):
            num.scale_token = j
            num.abbreviation = toks[j].text
            return num
    # scale word: "1.2 trillion", "3 million"
    return _apply_scale(tk, num, lex)


def _apply_scale(tk: Tokenized, num: Number, lex: NumberLexicon) -> Number:
    toks = tk.tokens
    j = num.last + 1
    while j < len(toks) and toks[j].kind == "word" and toks[j].lower in lex.scales:
        if lex.scales[toks[j].lower] == 100 and num.value >= 100:
            break
        factor = lex.scales[toks[j].lower]
        num.value *= factor
        num.unit_place *= factor
        num.last = j
        num.scaled = True
        j += 1
    return num


def apply_abbreviation(num: Number, lex: NumberLexicon) -> None:
    """Apply a glued scale abbreviation ("m" in "$40m") once the caller knows it is a scale."""
    if num.abbreviation is None or num.scale_token is None:
        return
    factor = lex.abbreviations[num.abbreviation]
    num.value *= factor
    num.unit_place *= factor
    num.last = num.scale_token
    num.scaled = True
    num.abbreviation = None


FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def _read_words(tk: Tokenized, i: int, lex: NumberLexicon) -> Number | None:
    """Spelled-out numbers: 'eight', 'sixty-eight', 'two-and-a-half', 'half a million', 'a dozen'."""
    toks = tk.tokens
    n = len(toks)
    special = _special_at(tk, i, lex)
    if special is not None:
        value, end = special
        return Number(value, i, end, 1.0 if value >= 1 else value, words=True)
    total = current = 0.0
    seen = False
    last_kind = ""
    last = i - 1
    j = i
    while j < n:
        t = toks[j]
        w = t.lower
        if t.kind == "sym":
            if t.text in {"-", "‐"} and seen and tk.glued(j) and j + 1 < n and tk.glued(j + 1):
                j += 1
                continue
            break
        if t.kind != "word":
            break
        k = _next_word(tk, j)
        nxt = toks[k].lower if k < n else ""
        if w in lex.units:
            if last_kind in {"units", "frac"}:
                break
            current += lex.units[w]
            last_kind = "units" if lex.units[w] < 10 or last_kind == "tens" else "frac"
        elif w in lex.tens:
            if last_kind in {"units", "tens", "frac"}:
                break
            current += lex.tens[w]
            last_kind = "tens"
        elif w in lex.scales and (seen or (w != "hundred" and last_kind == "a")):
            factor = lex.scales[w]
            base = current if current else 1.0
            if factor == 100:
                current = base * 100
            else:
                total += base * factor
                current = 0.0
            last_kind = "scale"
        elif w == "and" and seen and (nxt in lex.units or nxt in lex.tens or nxt == "a"):
            last_kind = "and"
            j += 1
            continue
        elif w == "and" and seen and nxt == "a":
            last_kind = "and"
            j = k
            continue
        elif w == "a" and not seen and nxt in lex.scales and nxt != "hundred":
            current = 1.0
            last_kind = "a"
            j += 1
            continue
        elif w == "a" and last_kind == "and" and nxt in FRACTION_WORDS:
            current += FRACTION_WORDS[nxt]
            last_kind = "frac"
            seen, last = True, k
            j = k + 1
            continue
        elif w == "half" and not seen and nxt == "a" and j + 2 < n and toks[j + 2].lower in lex.scales:
            total += 0.5 * lex.scales[toks[j + 2].lower]
            last_kind = "scale"
            seen, last = True, j + 2
            j += 3
            continue
        else:
            break
        seen, last = True, j
        j += 1
    if not seen:
        return None
    value = total + current
    if value == 0 and toks[i].lower != "zero":
        return None
    place = (
        place_of_last_digit(str(int(value)))
        if value == int(value)
        else 0.5 * 10 ** math.floor(math.log10(value))
    )
    return Number(value, i, last, place, words=True, scaled=total > 0)


def _next_word(tk: Tokenized, j: int) -> int:
    """Index of the next token after j, skipping a hyphen that glues two words together."""
    toks = tk.tokens
    k = j + 1
    if k < len(toks) and toks[k].text in {"-", "‐"} and tk.glued(k) and k + 1 < len(toks) and tk.glued(k + 1):
        k += 1
    return k


@lru_cache(maxsize=4096)
def _lower_seq(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.lower() for t in texts)


def _special_at(tk: Tokenized, i: int, lex: NumberLexicon) -> tuple[float, int] | None:
    toks = tk.tokens
    best: tuple[float, int] | None = None
    for phrase, value in lex.special.items():
        k = len(phrase)
        if i + k > len(toks):
            continue
        if _lower_seq(tuple(t.text for t in toks[i : i + k])) == phrase:
            if best is None or i + k - 1 > best[1]:
                best = (value, i + k - 1)
    return best


def find_numbers(text: str, lex: NumberLexicon | None = None) -> list[tuple[int, int, float]]:
    """Every number written in `text`, as (start, end, value) character spans, in text order.

    This is the number reader on its own, without the claim layer's judgement of what is a claim
    (years, dates, bare spelled-out numbers with nothing counted are all numbers here). The default
    lexicon is the default rule pack's."""
    from numcheck.extraction.tokens import tokenize

    if lex is None:
        from numcheck.rulepack import load_pack

        lex = NumberLexicon.from_file(load_pack(None).numbers)
    tk = tokenize(text)
    toks = tk.tokens
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(toks):
        num = read_number(tk, i, lex) if toks[i].kind != "sym" else None
        if num is None:
            i += 1
            continue
        if num.abbreviation is not None and num.abbreviation != "m":
            apply_abbreviation(num, lex)
        out.append((toks[num.first].start, toks[num.last].end, num.value))
        i = num.last + 1
    return out
