"""Units: what follows (or precedes) a figure, and how to normalise it with pint.

The unit lexicon is quantulum3's: its `units.json` files (names, surfaces, symbols, prefixes,
entities) are read as data, without importing quantulum3 — importing it costs ~3 s (inflect and
typeguard) and its parser has faults we work around anyway. `rules/units.yaml` adds currencies,
news spellings ("km/h", "sq km") and pint names for quantulum3's units.

pint itself is loaded lazily, the first time a value has to be converted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from numcheck.extraction.tokens import Tokenized
from numcheck.extraction.words import STOP_AFTER
from numcheck.rulepack import DeskUnit, UnitsFile, desk_unit_words

# quantulum3 entities worth reading as physical quantities in news copy
ENTITIES = {
    "length",
    "area",
    "volume",
    "mass",
    "speed",
    "temperature",
    "time",
    "power",
    "energy",
    "pressure",
    "frequency",
    "data storage",
    "force",
    "acceleration",
    "density",
    "flow",
    "charge",
    "current",
    "electric potential",
}
SYMBOL_PREFIXES = {
    "k": "kilo",
    "M": "mega",
    "G": "giga",
    "T": "tera",
    "m": "milli",
    "c": "centi",
    "μ": "micro",
    "µ": "micro",
}
# prefixes spelled out in unit words only ("nanometre"): as symbols "nm" is also a nautical mile
WORD_PREFIXES = {**SYMBOL_PREFIXES, "n": "nano", "p": "pico"}


NOT_UNIT_WORDS = {
    "quarter", "bar", "barn", "drop", "span", "league", "quartet", "tetrad", "nibble", "nybble", "nyble",
    "quad", "pond", "franklin", "galileo", "faraday", "dalton", "ell", "peck", "stere", "bary", "barie",
    "barrie", "barad", "kip", "gaj",
}  # fmt: skip


@dataclass(frozen=True)
class Unit:
    name: str  # display name ("square mile", "USD")
    pint: str | None  # pint expression, None for money
    entity: str  # length, area, ..., "currency"
    currency: str | None = None


@dataclass
class UnitLexicon:
    words: dict[str, Unit]  # lower-case, hyphens as spaces, singular
    symbols: dict[str, Unit]  # exact
    currency_symbols: dict[str, str]  # "$" -> USD
    currency_words: dict[str, str]  # "euros" -> EUR
    plurals: dict[str, str]
    glued_only: set[str]  # symbols that are also English words: only valid glued to the figure
    max_words: int = 4
    # symbol -> (its unit where the sentence has one of the words, the words): rules/units.yaml
    senses: dict[str, tuple[Unit, frozenset[str]]] = field(default_factory=dict)
    # lower-case words of a phrase that names a figure ("absolute zero") -> (its value, its unit)
    named: dict[tuple[str, ...], tuple[float, Unit]] = field(default_factory=dict)
    named_first: frozenset[str] = frozenset()  # the first words of `named`
    measure_adjectives: frozenset[str] = frozenset()  # "thick", "wide": a symbol before one is a unit
    # the words after a figure as written -> (their key, the unit they name or None): each text
    # asks again for the same few hundred words ("people", "per cent"); kept up to WORDS_KEPT
    looked_up: dict[str, tuple[str, Unit | None]] = field(default_factory=dict)

    def singular(self, word: str) -> str:
        w = word.lower()
        if w in self.plurals:
            return self.plurals[w]
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        if w.endswith(("ches", "shes", "sses", "xes")):
            return w[:-2]
        if w.endswith("s") and not w.endswith("ss") and len(w) > 2:
            return w[:-1]
        return w

    def word_unit(self, raw: str) -> tuple[str, Unit | None]:
        """The key of words written after a figure ("square miles" -> "square miles") and the unit
        they name, as `words` holds it or in the singular of the last word; found once a wording."""
        found = self.looked_up.get(raw)
        if found is None:
            key = _norm(raw)
            u = self.words.get(key)
            if u is None:
                parts = key.split(" ")
                parts[-1] = self.singular(parts[-1])
                u = self.words.get(" ".join(parts))
            if len(self.looked_up) >= WORDS_KEPT:
                self.looked_up.clear()
            found = self.looked_up[raw] = (key, u)
        return found


WORDS_KEPT = 50_000  # wordings a lexicon remembers (~10 MB at most)


def _quantulum_dir() -> Path | None:
    spec = find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _load_quantulum_units() -> dict[str, dict[str, Any]]:
    base = _quantulum_dir()
    if base is None:
        return {}
    units: dict[str, dict[str, Any]] = {}
    for path in (base / "units.json", base / "_lang" / "en_US" / "units.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for name, entry in data.items():
            units.setdefault(name, {}).update(entry)
    return units


def _common_words() -> set[str]:
    base = _quantulum_dir()
    if base is None:
        return set()
    try:
        data = json.loads((base / "_lang" / "en_US" / "common-words.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    words: set[str] = set()
    if isinstance(data, dict):
        for v in data.values():
            words.update(w.lower() for w in v)
    elif isinstance(data, list):
        words.update(str(w).lower() for w in data)
    return words


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower().replace("-", " ")).strip()


def _build(uf: UnitsFile) -> UnitLexicon:
    lex = UnitLexicon({}, {}, {}, {}, dict(uf.plurals), set())
    # symbols made by a prefix ("m" + "b") yield to the symbols a unit lists as its own: quantulum3
    # gives "mb" to the megabyte and "kb" to the kilobit, not to a millibarn or a kilobarn
    prefixed: dict[str, Unit] = {}
    for name, entry in _load_quantulum_units().items():
        entity = entry.get("entity")
        if entity not in ENTITIES:
            continue
        pint_name = uf.pint_names.get(name, name)
        unit = Unit(name, pint_name, entity)
        for surface in entry.get("surfaces", []):
            key = _norm(surface)
            lex.words.setdefault(key, unit)
            if " " not in key:
                for p in entry.get("prefixes", []):
                    if p in WORD_PREFIXES:
                        pre = WORD_PREFIXES[p]
                        lex.words.setdefault(pre + key, Unit(pre + name, pre + pint_name, entity))
        for sym in entry.get("symbols", []):
            if sym:
                lex.symbols.setdefault(sym, unit)
                if "µ" in sym:  # the micro sign, and the Greek mu people type for it
                    lex.symbols.setdefault(sym.replace("µ", "μ"), unit)
        for p in entry.get("prefixes", []):
            if p in SYMBOL_PREFIXES:
                for sym in entry.get("symbols", []):
                    if sym and sym.isalpha() and len(sym) <= 2:
                        prefixed.setdefault(
                            p + sym, Unit(SYMBOL_PREFIXES[p] + name, SYMBOL_PREFIXES[p] + pint_name, entity)
                        )
    for sym, unit in prefixed.items():
        lex.symbols.setdefault(sym, unit)
    for sym in uf.not_symbols:
        lex.symbols.pop(sym, None)
    for extra in uf.extra:
        display = (
            lex.singular(extra.words[0])
            if extra.words and " " not in extra.words[0]
            else (
                " ".join([*extra.words[0].split()[:-1], lex.singular(extra.words[0].split()[-1])])
                if extra.words
                else extra.pint
            )
        )
        unit = Unit(display, extra.pint, extra.entity or _entity_guess(extra.pint))
        for w in extra.words:
            lex.words[_norm(lex.singular(w)) if " " not in w else _norm(w)] = unit
            lex.words[_norm(w)] = unit
        for s in extra.symbols:
            lex.symbols[s] = unit
    known = dict(lex.words)
    for du in uf.desk_units:  # newsroom units the desk defines ("football pitch"); checked at load
        desk = read_desk_unit(du, lex, known)
        if isinstance(desk, str):
            continue
        for w in desk_unit_words(du):
            lex.words[w] = known[w] = desk
        for s in du.symbols:
            lex.symbols[s] = desk
    for code, cur in uf.currencies.items():
        for s in cur.symbols:
            lex.currency_symbols[s] = code
        for w in cur.words:
            lex.currency_words[_norm(w)] = code
    common = _common_words() | {
        "in",
        "at",
        "a",
        "an",
        "as",
        "is",
        "or",
        "on",
        "by",
        "per",
        "from",
        "to",
        "of",
        "it",
        "be",
        "do",
        "go",
        "no",
        "so",
        "up",
        "we",
        "us",
        "me",
        "my",
        "he",
        "am",
        "pm",
        "s",
        "h",
        "t",
        "l",
        "d",
        "g",
        "C",
        "F",
    }
    lex.glued_only = {s for s in lex.symbols if s in common or s in set(uf.ambiguous_symbols)}
    # words that must never be read as units after a figure
    for w in ("in", "at", "a", "an", "per", "point", "times", "degree"):
        lex.words.pop(w, None)
    # nouns a figure counts in news copy far more often than it measures with them: "two quarters",
    # "3 bars", "five drops", "two leagues"
    for w in NOT_UNIT_WORDS:
        lex.words.pop(w, None)
    for sym, sense in uf.symbol_senses.items():
        unit = lex.words.get(_norm(sense.unit))
        if unit is not None:
            lex.senses[sym] = (unit, frozenset(w.lower() for w in sense.when))
    lex.measure_adjectives = frozenset(w.lower() for w in uf.measure_adjectives)
    for phrase, fig in uf.named_figures.items():
        unit = lex.symbols.get(fig.unit) or lex.words.get(_norm(fig.unit))
        if unit is not None and unit.pint:
            lex.named[tuple(_norm(phrase).split())] = (fig.value, unit)
    lex.named_first = frozenset(p[0] for p in lex.named)
    lex.max_words = max((len(k.split()) for k in lex.words), default=1)
    lex.max_words = min(lex.max_words, 4)
    return lex


_AMOUNT = re.compile(r"\s*(\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d+))?\s+(\S.*?)\s*$")


def read_desk_unit(du: DeskUnit, lex: UnitLexicon, known: dict[str, Unit]) -> Unit | str:
    """A desk unit as a Unit whose pint expression carries its size: 'football pitch' equal to
    '7140 square metres' is '(7140 * meter ** 2)'. The size is in the expression, so pint's
    answers cached on disk stay right when a desk changes it. `known` holds the unit words
    (desk units defined earlier in the list included). A mistake is returned as a message."""
    m = _AMOUNT.fullmatch(du.equals)
    if m is None:
        return f"equals: {du.equals!r} is not a number and a unit (write e.g. '7140 square metres')"
    number = float(m.group(1).replace(",", "")) * (10 ** int(m.group(2)) if m.group(2) else 1)
    if not (number > 0 and number < 1e300):
        return f"equals: {du.equals!r}: the number must be above 0"
    text = m.group(3)
    unit = lex.symbols.get(text)
    if unit is None:
        key = _norm(text)
        unit = known.get(key)
        if unit is None:
            parts = key.split(" ")
            parts[-1] = lex.singular(parts[-1])
            unit = known.get(" ".join(parts))
    if unit is None:
        return f"equals: unknown unit {text!r} (use a unit numcheck reads: 'square metres', 'm', 'acres')"
    if not unit.pint:
        return f"equals: {text!r} is a currency; desk units measure things"
    if unit.entity == "temperature":
        return f"equals: {text!r} is a temperature; desk units are sizes, not readings"
    return Unit(du.name, f"({number!r} * {unit.pint})", unit.entity)


def _entity_guess(pint_expr: str) -> str:
    e = pint_expr
    if "/ hour" in e or e == "knot":
        return "speed"
    if "** 2" in e or e in {"acre", "hectare"}:
        return "area"
    if "** 3" in e or e in {"liter", "gallon", "barrel"}:
        return "volume"
    if e in {"degC", "degF"}:
        return "temperature"
    if "watt_hour" in e:
        return "energy"
    if "watt" in e:
        return "power"
    if e in {"metric_ton", "short_ton", "pound", "long_ton"}:
        return "mass"
    if e in {"year", "month", "week", "day", "hour", "minute", "second"}:
        return "time"
    return "length"


# lexicons built, by the units file they were built from (held, so its id is not reused); a pack
# read from the cache is used as it is: no dump and validation round trip, which would build the
# units models' validators on a cold start
_LEXICONS: dict[int, tuple[UnitsFile, UnitLexicon]] = {}


def unit_lexicon(units: UnitsFile) -> UnitLexicon:
    hit = _LEXICONS.get(id(units))
    if hit is not None and hit[0] is units:
        return hit[1]
    lex = _build(units)
    if len(_LEXICONS) >= 8:
        _LEXICONS.pop(next(iter(_LEXICONS)))
    _LEXICONS[id(units)] = (units, lex)
    return lex


@dataclass
class UnitMatch:
    unit: Unit
    first: int
    last: int


def match_unit_after(tk: Tokenized, j: int, lex: UnitLexicon, glued: bool) -> UnitMatch | None:
    """The unit written at token j (right after a figure), longest match first.

    `glued` says the unit follows the figure with no space or a hyphen ("93F", "2,000-pound").
    """
    toks = tk.tokens
    n = len(toks)
    if j >= n:
        return None
    text = tk.text
    if j > 0 and "\n" in text[toks[j - 1].end : toks[j].start]:
        return None  # a unit never starts on the next line
    if toks[j].text in BRACKETS and j + 1 < n and tk.glued(j + 1):
        return _bracketed_unit(tk, j, lex)
    # candidate token ends: up to max_words words, joined by spaces, hyphens or '/'
    ends: list[int] = []
    k = j
    words = 0
    most = lex.max_words + 1
    while k < n and words < most:
        t = toks[k]
        if t.kind == "num":
            # a power glued to a symbol: "km2", "m3"
            if (
                toks[k].text in {"2", "3"}
                and k > j
                and tk.glued(k)
                and toks[k - 1].kind == "word"
                and not (k + 1 < n and tk.glued(k + 1) and toks[k + 1].kind in {"num", "word"})
            ):
                ends.append(k)
            break
        ends.append(k)
        if t.kind == "word":
            words += 1
        if k + 1 < n and text[t.start + len(t.text) : toks[k + 1].start] not in ("", " "):
            break
        k += 1
    begin = toks[j].start
    for end in reversed(ends):
        last = toks[end]
        raw = text[begin : last.start + len(last.text)]  # (the end of the token at end)
        # symbols: exact, case-sensitive
        u = lex.symbols.get(raw)
        if u is not None and end + 1 < n and tk.glued(end + 1) and toks[end + 1].kind == "num":
            continue  # "eight A400M planes": a model name, not amperes
        if (
            u is not None
            and end + 2 < n
            and toks[end + 1].text == "&"
            and tk.glued(end + 1)
            and tk.glued(end + 2)
        ):
            continue  # "two A&O principals", "the M&A team": a name with an ampersand, no unit
        if u is not None and (glued or raw not in lex.glued_only or _measure_of(tk, end, raw, lex)):
            if raw in QUOTE_MARKS and _closes_quote(tk, j, raw):
                return None  # 'he said "we lost 300"': a quotation mark, not inches
            if raw in QUOTE_MARKS and end + 1 < n and tk.glued(end + 1) and toks[end + 1].kind == "word":
                return None  # 'two "criminal hackers"': a quotation opens, not inches
            dotted = end + 2 < n and toks[end + 1].text == "." and tk.glued(end + 1) and tk.glued(end + 2)
            if len(raw) == 1 and raw.isalpha() and dotted and len(toks[end + 2].text) == 1:
                return None  # "200 A.D.": an abbreviation, not amperes
            if _initial_of_name(tk, j, end, raw, glued):
                return None  # "Four N Korean suspects", "nine W Africa states": a compass initial
            if raw in QUOTE_MARKS and j > 0 and YEAR_FIGURE.fullmatch(toks[j - 1].text):
                return None  # 'in 2003" despite': a year, then a stray quotation mark
            if raw in lex.senses:
                u = _sense_of(tk, j, lex.senses[raw], u)
            return _powered(tk, UnitMatch(u, j, end))
        if toks[end].kind != "word":
            continue
        key, u = lex.word_unit(raw)
        if u is not None and _ordinal_in_compound(tk, end, key):
            return None  # "34,750 second-chance requests": the ordinal, not seconds
        if u is not None and _ordinal_after_a_year(tk, j, end, raw):
            return None  # "our fiscal 2031 second quarter": the ordinal, not seconds
        if u is not None:
            return _powered(tk, UnitMatch(u, j, end))
    return None


ORDINAL_UNITS = {"second"}  # a unit word that is also an ordinal


def _ordinal_in_compound(tk: Tokenized, end: int, key: str) -> bool:
    """Is the unit word ending at token end the ordinal of a hyphened compound ('second-chance',
    'second-round'), not the unit ('a 30 second-long clip' keeps it)?"""
    toks = tk.tokens
    if key not in ORDINAL_UNITS or end + 2 >= len(toks) or toks[end + 1].text != "-":
        return False
    nxt = toks[end + 2]
    return tk.glued(end + 1) and tk.glued(end + 2) and nxt.kind == "word" and nxt.lower != "long"


def _ordinal_after_a_year(tk: Tokenized, j: int, end: int, raw: str) -> bool:
    """Is the singular 'second' at token j, right after a year's figure and before a word, the
    ordinal of a period of that year ('the fiscal 2031 second quarter', 'its 2029 second half'),
    not a duration (which would be 'seconds')?"""
    toks = tk.tokens
    if j != end or raw != "second" or j == 0 or end + 1 >= len(toks):
        return False
    nxt = toks[end + 1]
    if nxt.kind != "word" or not nxt.text.islower() or nxt.sentence != toks[end].sentence:
        return False
    return bool(YEAR_FIGURE.fullmatch(toks[j - 1].text))


def _initial_of_name(tk: Tokenized, j: int, end: int, raw: str, glued: bool) -> bool:
    """Is the spaced capital letter at token j the initial of a name that goes on in a capitalised
    word of the same sentence ('N Korean', 'W Africa'), not a unit symbol?"""
    toks = tk.tokens
    if glued or j != end or len(raw) != 1 or not raw.isupper() or end + 1 >= len(toks):
        return False
    after = toks[end + 1]
    return (
        after.kind == "word"
        and after.sentence == toks[end].sentence
        and after.text[:1].isupper()
        and after.text[1:].islower()
        and len(after.text) > 1
        and tk.text[toks[end].end : after.start] == " "
    )


SENSE_WINDOW = 6  # tokens either side of a symbol that can decide its sense


def _sense_of(tk: Tokenized, j: int, sense: tuple[Unit, frozenset[str]], unit: Unit) -> Unit:
    """The unit of a symbol at token j whose sentence decides it: `sense`'s unit where one of its
    words is near, in the same sentence ('a 100 mb file': a megabit), else `unit` (the weather's
    millibar: '948 mb as it neared the coast, cutting power to data centres' stays one)."""
    toks = tk.tokens
    sentence = toks[j].sentence
    for step in (-1, 1):
        k = j
        while 0 <= k < len(toks) and toks[k].sentence == sentence and abs(k - j) <= SENSE_WINDOW:
            if toks[k].lower in sense[1]:
                return sense[0]
            k += step
    return unit


YEAR_FIGURE = re.compile(r"(?:18|19|20)\d\d")
BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}


def _bracketed_unit(tk: Tokenized, j: int, lex: UnitLexicon) -> UnitMatch | None:
    """'20 (kg)', '20 [kg]': a unit alone in brackets right after a figure, as in a table cell. Only a
    unit that is no English word ('(m)', '(s)' stay unread), and the bracket must close right after."""
    toks = tk.tokens
    m = match_unit_after(tk, j + 1, lex, False)
    close = m.last + 1 if m is not None else -1
    if m is None or close >= len(toks) or toks[close].text != BRACKETS[toks[j].text] or not tk.glued(close):
        return None
    return UnitMatch(m.unit, j, close)


def _powered(tk: Tokenized, m: UnitMatch) -> UnitMatch:
    """'km^2', 'km²', 'km squared', 'km cubed': a length unit raised to a power."""
    if m.unit.entity != "length" or not m.unit.pint:
        return m
    toks = tk.tokens
    n = len(toks)
    k = m.last + 1
    power, last = 0, m.last
    if (
        k + 1 < n
        and toks[k].text == "^"
        and tk.glued(k)
        and tk.glued(k + 1)
        and toks[k + 1].text in {"2", "3"}
    ):
        power, last = int(toks[k + 1].text), k + 1
    elif k < n and toks[k].text in {"²", "³"} and tk.glued(k):
        power, last = (2 if toks[k].text == "²" else 3), k
    elif k < n and toks[k].lower in {"squared", "cubed"} and not tk.glued(k):
        power, last = (2 if toks[k].lower == "squared" else 3), k
    if not power:
        return m
    word, entity = ("square", "area") if power == 2 else ("cubic", "volume")
    return UnitMatch(Unit(f"{word} {m.unit.name}", f"{m.unit.pint} ** {power}", entity), m.first, last)


QUOTE_MARKS = {'"': '"', "'": "'", "”": "“", "’": "‘"}  # closing mark -> its opening mark


def _closes_quote(tk: Tokenized, j: int, mark: str) -> bool:
    """Does the quote-like mark at token j close a quotation opened earlier in its sentence?"""
    toks = tk.tokens
    opening = QUOTE_MARKS[mark]
    k = j - 1
    count = 0
    while k >= 0 and toks[k].sentence == toks[j].sentence and j - k < 400:
        t = toks[k].text
        if opening != mark and t == opening:
            return True
        if opening == mark and t == mark and toks[k].kind == "sym":
            count += 1
        k -= 1
    return count % 2 == 1


def _measure_of(tk: Tokenized, end: int, symbol: str, lex: UnitLexicon) -> bool:
    """'4 L of wine', '5 m of cable': a one-letter symbol after a spaced figure, then 'of'; '50 m
    (165 ft)': then a stated conversion; 'm' before a word ('the 400 m hurdles'). Any such symbol
    before a word of size ('a door 2 in thick'), and 'in' after a figure in digits that ends a
    sentence ('the pencil is 2 in.')."""
    toks = tk.tokens
    if _size_word_after(tk, end, lex) and lex.symbols[symbol].entity == "length":
        return True
    if symbol == "in" and end > 0 and toks[end - 1].kind == "num" and _ends_sentence(tk, end):
        return True
    if len(symbol) != 1 or symbol in {"a", "s", "C", "F", "d"}:
        return False
    if symbol == "m" and _ends_measure(tk, end):
        return True
    if end + 1 >= len(toks):
        return False
    if toks[end + 1].lower == "of" and tk.text[toks[end].end : toks[end + 1].start] == " ":
        return True
    if toks[end + 1].text == "/" and tk.glued(end + 1) and end + 2 < len(toks) and tk.glued(end + 2):
        return toks[end + 2].kind == "word"  # "9.8 m/s", "5 g/l": a symbol over another
    if (
        symbol == "m"
        and toks[end + 1].kind == "word"
        and toks[end + 1].text.isalpha()
        and toks[end + 1].text.islower()
    ):
        return tk.text[toks[end].end : toks[end + 1].start] == " "  # "the 400 m hurdles", "a 5 m wall"
    return (
        symbol in {"m", "g", "l", "L", "t"}
        and toks[end + 1].text == "("
        and end + 2 < len(toks)
        and toks[end + 2].kind == "num"
    )


def _size_word_after(tk: Tokenized, end: int, lex: UnitLexicon) -> bool:
    """A word of size after token `end` that ends its phrase: 'a door 2 in thick, and', 'snow 6 in
    deep by noon'; not 'three in high school' or 'two in long-term care', where the word describes
    the noun after it."""
    toks = tk.tokens
    k = end + 1
    if k >= len(toks) or toks[k].sentence != toks[end].sentence:
        return False
    if toks[k].lower not in lex.measure_adjectives:
        return False
    if tk.text[toks[end].end : toks[k].start] != " ":
        return False
    after = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sentence == toks[k].sentence else None
    if after is None:
        return True
    if after.kind == "sym":
        return not (tk.glued(k + 1) and after.text in {"-", "‐"})
    return after.lower in STOP_AFTER


def _ends_sentence(tk: Tokenized, end: int) -> bool:
    """Token `end` is the last word of its sentence (a full stop may follow): 'the pencil is 2 in.'"""
    toks = tk.tokens
    nxt = end + 1
    if nxt >= len(toks) or toks[nxt].sentence != toks[end].sentence:
        return True
    if toks[nxt].text in {".", "!", "?"}:
        return nxt + 1 >= len(toks) or toks[nxt + 1].sentence != toks[end].sentence
    return False


def _ends_measure(tk: Tokenized, end: int) -> bool:
    """A spaced 'm' that ends a sentence ('the wall is 12 m.'), or is followed by 'x' or '×' ('1 m x 1
    m') or by another figure ('12 m 20 cm'): metres, as 'the 400 m hurdles' is. A spaced 'm' for
    million is written after a currency ('£12 m'), which is read before units are."""
    toks = tk.tokens
    nxt = end + 1
    if nxt >= len(toks) or toks[nxt].sentence != toks[end].sentence:
        return True
    t = toks[nxt]
    if t.text in {".", ";", "!", "?"}:
        return nxt + 1 >= len(toks) or toks[nxt + 1].sentence != toks[end].sentence
    return t.text in {"x", "×"} or (t.kind == "num" and tk.text[toks[end].end : t.start] == " ")


_UREG: Any = None


def ureg() -> Any:
    """pint's registry, created on first use."""
    global _UREG
    if _UREG is None:
        import pint

        reg = pint.UnitRegistry()
        # concentrations pint lacks (it has ppm)
        for definition in ("ppb = 1e-9", "parts_per_trillion = 1e-12"):
            name = definition.split(" ", 1)[0]
            if name not in reg:
                reg.define(definition)
        _UREG = reg
    return _UREG


_SCALED = re.compile(r"\(\d")  # a desk unit: "(7140.0 * meter ** 2)"


def _pint_si(pint_expr: str) -> tuple[float, float, str, str] | None:
    try:
        reg = ureg()
        if _SCALED.search(pint_expr):  # a unit expression may not hold a number; an expression may
            base1 = reg.parse_expression(pint_expr).to_base_units()
            if not hasattr(base1, "units") or base1.units.dimensionless or "delta" in str(base1.units):
                return None
            return (
                float(base1.magnitude),
                0.0,
                f"{base1.units:~}".replace(" ", "").replace("**", "^"),
                str(base1.dimensionality),
            )
        base0 = reg.Quantity(0, pint_expr).to_base_units()
        base1 = reg.Quantity(1, pint_expr).to_base_units()
    except Exception:  # pint raises many kinds of errors for names it doesn't know
        return None
    offset = float(base0.magnitude)
    factor = float(base1.magnitude) - offset
    return factor, offset, f"{base1.units:~}".replace(" ", "").replace("**", "^"), str(base1.dimensionality)


def table_expressions(units: UnitsFile, periods: Sequence[str]) -> set[str]:
    """The pint expressions numcheck asks about for a pack's units: each unit's, and each per one
    of `periods` (as rates.py writes a rate: "(cubic foot) / second", "gallon / hour")."""
    lex = unit_lexicon(units)
    names = {u.pint for u in (*lex.words.values(), *lex.symbols.values()) if u.pint}
    out = set(names)
    for n in names:
        for p in periods:
            out.add(f"({n}) / {p}" if " " in n else f"{n} / {p}")
    return out


def _shipped_table() -> dict[str, list[Any] | None]:
    """numcheck/si_table.json (written by bench/make_si_table.py), or nothing if it is missing or
    unreadable: then pint answers, as before."""
    try:
        path = Path(__file__).resolve().parent.parent / "si_table.json"
        units = json.loads(path.read_text(encoding="utf-8"))["units"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    if not isinstance(units, dict) or not all(_cache_entry_ok(v) for v in units.values()):
        return {}
    return units


class _SICache:
    """pint's answers (factor, offset, SI unit, dimensionality), kept on disk between runs.

    Importing pint and building its registry costs about a second; the answers for the few
    dozen units news copy uses never change for a given pint version, so they are cached in
    ~/.cache/numcheck (or $NUMCHECK_CACHE_DIR), keyed by pint's version. A missing or unwritable
    cache only costs time; a corrupt one (not JSON, or an entry of the wrong shape) is treated as
    absent and rebuilt, with one warning on stderr.
    """

    def __init__(self) -> None:
        self.data: dict[str, list[Any] | None] | None = None
        self.shipped: dict[str, list[Any] | None] | None = None  # numcheck/si_table.json
        self.path: Path | None = None

    def _load(self) -> dict[str, list[Any] | None]:
        if self.data is not None:
            return self.data
        from importlib.metadata import PackageNotFoundError, version

        from numcheck.fsutil import cache_dir

        try:
            pv = version("pint")
        except PackageNotFoundError:
            pv = "unknown"
        base = cache_dir()
        if base is None:
            self.data = {}
            return self.data
        self.path = base / f"pint-si-{pv}.json"
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, ValueError):
            self.data = {}
            return self.data
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict) and all(_cache_entry_ok(v) for v in data.values()):
            self.data = data
        else:
            import sys

            sys.stderr.write(f"numcheck: warning: {self.path}: unit cache is corrupt; rebuilding it\n")
            self.data = {}
            self._save()
        return self.data

    def get(self, expr: str) -> tuple[float, float, str, str] | None:
        data = self._load()
        if self.shipped is None:
            self.shipped = _shipped_table()
        for table in (data, self.shipped):
            if expr in table:
                return _entry(table[expr])
        result = _pint_si(expr)
        data[expr] = None if result is None else list(result)
        self._save()
        return result

    def _save(self) -> None:
        if self.path is None or self.data is None:
            return
        try:
            from numcheck.fsutil import atomic_write

            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, json.dumps(self.data, sort_keys=True))
        except OSError:
            pass


def _entry(v: list[Any] | None) -> tuple[float, float, str, str] | None:
    return None if v is None else (float(v[0]), float(v[1]), str(v[2]).replace("**", "^"), str(v[3]))


def _cache_entry_ok(v: object) -> bool:
    """None (pint cannot convert it), or [factor, offset, SI unit, dimensionality]."""
    if v is None:
        return True
    return (
        isinstance(v, list)
        and len(v) == 4
        and all(isinstance(x, int | float) and not isinstance(x, bool) for x in v[:2])
        and all(isinstance(x, str) for x in v[2:])
    )


_SI = _SICache()


@lru_cache(maxsize=1024)
def to_si(pint_expr: str) -> tuple[float, float, str, str] | None:
    """(factor, offset, SI unit string, dimensionality) for a pint expression, or None if pint can't."""
    return _SI.get(pint_expr)


PERIODS = ("second", "minute", "hour", "day", "week", "month", "year")


def rate_parts(unit: str | None) -> tuple[str, str]:
    """A unit split at its "/": ('USD', 'person') for 'USD/person', ('USD', '') for no rate."""
    head, sep, per = (unit or "").partition("/")
    return head.strip(), per.strip() if sep else ""


def per_period(unit: str | None) -> str | None:
    """The period of a count's rate: 'day' for 'car / day' or 'per day' (None: no rate)."""
    if not unit:
        return None
    head, sep, tail = unit.replace("per ", "/ ").rpartition("/ ")
    tail = tail.strip()
    return tail if sep and tail in PERIODS and "/" not in head else None
