"""Extraction accuracy on the peer suites (issue 2): Recognizers-Text and quantulum3's own tests.

    python bench/accuracy.py                 # a table per suite, then the top failure kinds
    python bench/accuracy.py --failures 40   # more examples per failure kind
    python bench/accuracy.py --json out.json

Suites (read where they are, never copied into the project):

- Recognizers-Text `NumberWithUnit/English/CurrencyModel.json` and `DimensionModel.json`
  (../shared/peer/recognizers-text, MIT): judged on numcheck's *claims* (`numcheck.extract`).
- Recognizers-Text `Number/English/NumberModel.json`: judged on numcheck's *number reader*
  (`numcheck.extraction.numbers.find_numbers`, `read_number` over the tokens). The spec tests
  number reading ("sixteen", "two thirds", "1,234,567", "-4/5", "10k") and most of its entries
  are bare numbers with nothing counted, which the claim layer drops by design (a claim needs a
  unit, a currency, a percent sign or a counted noun, and years, dates and ordinals are not
  claims). The reader is the part of numcheck that spec measures.
- quantulum3 `_lang/en_US/tests/quantities.json` (inside the installed quantulum3 package, found
  with importlib's find_spec; quantulum3 is not imported): expected quantities with a unit are
  judged on numcheck's claims; expected *dimensionless* quantities (quantulum3 calls every bare
  number a quantity, years and model numbers included) are found in the claims or, failing
  that, by the number reader. The table also prints a "claims only" row, where the reader is
  not used, so the cost of numcheck's by-design non-claims (years, names, bare numbers) is seen,
  and a "with a unit (claims only)" row: the claims judged on the quantities quantulum3 gives a
  unit (a currency, a physical unit, a percentage, "dozen"), the entries where it expects nothing
  kept. Why that row leaves out the quantities quantulum3 calls "dimensionless": it writes that
  for every bare number — years ("1987", "the 1970s"), the number in a name ("Apollo 11"), a
  number talked about ("seven is prime", "five halves") and a counted figure ("40 buses")
  alike — and which of those is a numeric claim in the newsroom sense is a judgement the suite
  does not make; numcheck's claim layer makes no claim of years, dates, names or a lone number
  word by design. Where quantulum3 names a unit, a claim is always due. Bare numbers stay judged
  in the first quantulum3 row (claims, falling back to the reader). The test is on the suite's
  own label, not on which items numcheck gets right, and the old "claims only" row is still
  printed beside it. A last row, "news quantities (claims only)", scores the claims on the whole
  suite less the expected quantities listed by entry and index in `bench/peer_not_news.tsv`, each
  with its reason: years and a decade, the number in a name, a number talked about as a number
  ("is zero small?"). They are counted in that row's "excl" column, and the "claims only" row
  above keeps them, so both figures are printed.

Notes on expectations the suites hold that numcheck does not follow, left as failures and
counted (not excluded):

- DimensionModel "2 pm" as 2 picometres: in news copy "2 pm" is a time of day, never a length.
- DimensionModel "one drachma" as a dram (1.77 g): in news copy the drachma is Greece's old
  currency; as an ancient weight it was about 4.3 g, not the avoirdupois dram.
- quantulum3 "($99.99)" as minus 99.99: brackets mark a loss in a financial table, but in news
  prose a bracketed amount is a conversion or an aside ("€25 ($27)").
- quantulum3 "245 23 yen", where it expects nothing: numcheck reads "23 yen" and a bare 245.
- quantulum3 "a gross" and "a square dozen" (144): not read; "a gross" in news copy is nearly
  always an adjective ("a gross violation").

The metric, per suite:

- The unit of counting is an *expected quantity* (one `Results` item / one `res` item).
  An expected quantity is *read right* (value accuracy) when numcheck produced an item (a claim,
  or a reader number where said above) whose character span overlaps the expected span and
  whose value equals the expected value within 1e-6 relative (1e-9 absolute at zero). "Value"
  means, in order: the point figure in the unit numcheck states; or the same amount in the
  expected unit's SI value (pint), e.g. "a dozen" = 1 dozen = 12, "50 cents" = 0.50 USD, and a
  share numcheck states as a percentage ("two thirds" = 66.67 percent) against a dimensionless
  0.667; or, for a range claim, quantulum3's midpoint and half-width (its `uncertainty`, both
  must match) or, for Recognizers (which annotates the two ends of "eight to 10 feet" as
  separate quantities), either endpoint; a quantulum3 range written after "from" ("rose from
  $350 to $680") is also read right as its two ends, each a figure of its own, since numcheck reads
  a change's start and end apart. A vague amount ("dozens of") never matches a figure.
- *Unit accuracy* is reported separately, over the expected quantities that have a unit (all of
  quantulum3's, "dimensionless" included; none of NumberModel's, hence "n/a"): read right if an
  overlapping item (the value-matching ones if any) has the expected unit: the same ISO currency
  (a subunit such as cent/penny counts as its currency; Recognizers' "Pound" is a currency only
  in CurrencyModel), percent for "percentage", a count, bare number or percentage for
  "dimensionless", otherwise the same pint dimensionality and the same conversion to SI (factor
  and offset, so degrees Celsius are not kelvin). A rate numcheck reads where the suite annotates
  only the amount before its "per" ("3,000 barrels" of "3,000 barrels a day": the suite's
  span ends before the claim's, and its unit is no rate) is judged on the rate's first unit, as a
  price per unit ("$4 a gallon") is judged on its currency. A price per unit the suite names
  itself ("dollar per hour") is judged on both: the currency and the unit after "per". Documented
  equivalences: Recognizers'
  "Ton" is any ton (it labels tonnes, short tons and metric tons alike), its "Gallon" any
  gallon and its "Barrel" any barrel (numcheck reads news barrels as oil barrels); a "Franc" it
  gives no ISO code is any franc (it resolves "Swiss francs" to CHF and leaves a bare "francs"
  without one: the country is not stated, so no one franc is right).
- Entries whose `Results` are empty are kept: each counts as one item, correct only if numcheck
  extracts nothing there of the suite's kind (a money claim for CurrencyModel, a quantity claim
  for DimensionModel, any reader number for NumberModel, any claim for quantulum3). Value
  accuracy = (expected quantities read right + clean empty entries) / (expected quantities +
  empty entries).
- Excluded, and counted in the "excluded" column: expected quantities with no value (bare unit
  mentions, `"value": null`, e.g. "dollar" alone or "mcg") — there is no figure to read — and,
  in the "news quantities" row only, those `bench/peer_not_news.tsv` lists. Nothing else is
  excluded; entries marked NotSupported (by some of Microsoft's own ports) or
  NotSupportedByDesign are fair targets and kept.
- Extra items numcheck finds in entries that do have expected results are not errors in this
  metric (the specs annotate one model's view); they are counted and printed as "extra".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from importlib.util import find_spec
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
RECOGNIZERS = SHARED / "peer" / "recognizers-text"

REL_TOL = 1e-6

# Recognizers' and quantulum3's currency names -> (ISO code, factor to that currency's main unit)
CURRENCY_NAMES: dict[str, tuple[str, float]] = {
    "dollar": ("USD", 1.0),
    "united states dollar": ("USD", 1.0),
    "cent": ("USD", 0.01),
    "dime": ("USD", 0.1),
    "pound": ("GBP", 1.0),
    "british pound": ("GBP", 1.0),
    "pound sterling": ("GBP", 1.0),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
    "euro": ("EUR", 1.0),
    "japanese yen": ("JPY", 1.0),
    "chinese yuan": ("CNY", 1.0),
    "canadian dollar": ("CAD", 1.0),
    "australian dollar": ("AUD", 1.0),
    "hong kong dollar": ("HKD", 1.0),
    "swiss franc": ("CHF", 1.0),
    "franc": ("FRF", 1.0),
    "finnish markka": ("FIM", 1.0),
    "peseta": ("ESP", 1.0),
    "netherlands guilder": ("NLG", 1.0),
    "rupee": ("INR", 1.0),
    "turkish lira": ("TRY", 1.0),
    "mexican peso": ("MXN", 1.0),
    "new zealand dollar": ("NZD", 1.0),
    "bitcoin": ("BTC", 1.0),
    "satoshi": ("BTC", 1e-8),
    "costa rican colón": ("CRC", 1.0),
    "georgian lari": ("GEL", 1.0),
    "lao kip": ("LAK", 1.0),
    "sri lankan rupee": ("LKR", 1.0),
    "sen": ("JPY", 0.01),
}
# currency names a suite gives without an ISO code that stand for any of several currencies
ANY_CURRENCY: dict[str, set[str]] = {"franc": {"CHF", "FRF", "BEF", "LUF", "XOF", "XAF", "XPF"}}
SUBUNITS = {"cent", "dime", "pence", "penny", "satoshi", "sen"}

# unit names of the suites -> pint expressions, where lower-casing and the rewrites in _pint_expr
# are not enough
PINT_NAMES: dict[str, str] = {
    "ton": "short_ton",
    "metric ton": "metric_ton",
    "tonne": "metric_ton",
    "pound-mass": "pound",
    "degree celsius": "degC",
    "degree fahrenheit": "degF",
    "mile per hour": "mile / hour",
    "kilometer per hour": "kilometer / hour",
    "kilometre per hour": "kilometer / hour",
    "square dozen": "144",
    "dozen": "12",
    "gross": "144",
    "baker's dozen": "13",
    "dram": "dram",
    "gigayear": "gigayear",
    "megayear": "megayear",
    "ton per day": "short_ton / day",
    "joule second": "joule * second",
    "candela second": "candela * second",
    "watt hour": "watt_hour",
    "megawatt hour": "megawatt_hour",
    "count per week": "1 / week",
    "inverse femtobarn": "1 / femtobarn",
    "inverse second": "1 / second",
    "kilometre per square second": "kilometer / second ** 2",
    "turn": "turn",
    "cup": "cup",
    "joule per square metre per year": "joule / meter ** 2 / year",
}
# units a suite names loosely: any of these is the same unit
EQUIVALENT: dict[str, set[str]] = {
    "ton": {"short_ton", "metric_ton", "long_ton"},
    "gallon": {"gallon", "imperial_gallon"},
    "barrel": {"barrel", "oil_barrel"},
}


# ---------------------------------------------------------------- the data


@dataclass
class Expected:
    start: int
    end: int  # exclusive
    surface: str
    value: float | None
    unit: str | None  # the suite's unit name, lower case; None for a bare number
    iso: str | None = None
    uncertainty: float | None = None
    typename: str = ""  # Recognizers' TypeName ("currency", "dimension", "number"); "" for quantulum3


@dataclass
class Entry:
    text: str
    expected: list[Expected]
    flags: str = ""


@dataclass
class Found:
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    kind: str = "number"
    unit: str | None = None
    si_value: float | None = None
    si_low: float | None = None
    dimension: str | None = None
    si_high: float | None = None
    by_reader: bool = False
    vague: bool = False  # "dozens of": an interval, not a range of two written figures

    @property
    def is_range(self) -> bool:
        return self.value is None and not self.vague and self.low is not None and self.high is not None


def load_recognizers(path: Path) -> list[Entry]:
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    entries: list[Entry] = []
    for e in data:
        text = e["Input"]
        exp: list[Expected] = []
        for r in e.get("Results") or []:
            res = r.get("Resolution") or {}
            v = res.get("value")
            unit = res.get("unit")
            exp.append(
                Expected(
                    start=int(r["Start"]),
                    end=int(r["End"]) + 1,
                    surface=r["Text"],
                    value=None if v is None else float(v),
                    unit=unit.lower() if unit else None,
                    iso=res.get("isoCurrency"),
                    typename=r.get("TypeName", ""),
                )
            )
        flags = " ".join(
            x for x in (e.get("NotSupported"), e.get("NotSupportedByDesign") and "by-design") if x
        )
        entries.append(Entry(text, exp, flags))
    return entries


def quantulum_suite_path() -> Path | None:
    spec = find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return None
    p = Path(list(spec.submodule_search_locations)[0]) / "_lang" / "en_US" / "tests" / "quantities.json"
    return p if p.exists() else None


def load_quantulum(path: Path) -> list[Entry]:
    data = json.loads(path.read_text(encoding="utf-8"))
    entries: list[Entry] = []
    for e in data:
        text = e["req"]
        exp: list[Expected] = []
        cursor = 0
        for r in e["res"]:
            surface = r["surface"]
            i = text.find(surface, cursor)
            if i < 0:
                i = text.find(surface)
            if i < 0:
                raise ValueError(f"{path}: surface {surface!r} not in {text!r}")
            cursor = i + len(surface)
            unit = r.get("unit")
            exp.append(
                Expected(
                    start=i,
                    end=i + len(surface),
                    surface=surface,
                    value=float(r["value"]),
                    unit=None if unit in (None, "dimensionless") else unit.lower(),
                    uncertainty=r.get("uncertainty"),
                )
            )
        entries.append(Entry(text, exp))
    return entries


NOT_NEWS = HERE / "peer_not_news.tsv"


def not_news(suite: str, path: Path = NOT_NEWS) -> dict[tuple[int, int], float]:
    """(entry, quantity) -> expected value of the suite's quantities listed in bench/peer_not_news.tsv
    as no numeric claim in news copy (years, the number in a name, a number talked about)."""
    out: dict[tuple[int, int], float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "suite\t")):
            continue
        name, entry, quantity, value, _why = line.split("\t")
        if name == suite:
            out[int(entry), int(quantity)] = float(value)
    return out


def without_not_news(entries: list[Entry], listed: dict[tuple[int, int], float]) -> list[Entry]:
    """The entries with the listed quantities left without a value (so counted as excluded). A
    listed quantity whose value is not the suite's is an error: the suite changed under the list."""
    out = [Entry(e.text, list(e.expected), e.flags) for e in entries]
    for (i, q), value in listed.items():
        x = out[i].expected[q]
        if x.value is None or not _close(x.value, value):
            raise ValueError(f"{NOT_NEWS.name}: entry {i} quantity {q} is {x.value}, not {value}")
        out[i].expected[q] = replace(x, value=None)
    return out


def with_a_unit(entries: list[Entry]) -> list[Entry]:
    """The entries with only their expected quantities that have a unit (quantulum3's
    "dimensionless" ones dropped); an entry left with none is dropped, one that expected nothing
    from the start is kept."""
    out: list[Entry] = []
    for e in entries:
        kept = [x for x in e.expected if x.unit is not None]
        if kept or not e.expected:
            out.append(Entry(e.text, kept, e.flags))
    return out


# ---------------------------------------------------------------- what numcheck finds


def claims_found(text: str) -> list[Found]:
    import numcheck

    return [
        Found(
            c.start,
            c.end,
            c.value,
            c.low,
            c.high,
            c.kind,
            c.unit,
            c.si_value,
            c.si_low,
            c.dimension,
            si_high=c.si_high,
            vague=c.hedge == "vague",
        )
        for c in numcheck.extract(text)
    ]


def numbers_found(text: str) -> list[Found]:
    from numcheck.extraction.numbers import find_numbers

    return [Found(a, b, v, by_reader=True) for a, b, v in find_numbers(text)]


# ---------------------------------------------------------------- units, through pint


def _ureg() -> Any:
    from numcheck.extraction.units import ureg

    return ureg()


def _pint_expr(name: str) -> str:
    n = name.lower().strip()
    if n in PINT_NAMES:
        return PINT_NAMES[n]
    n = n.replace("metre", "meter").replace("litre", "liter").replace("gramme", "gram")
    if n in PINT_NAMES:
        return PINT_NAMES[n]
    parts = n.split(" per ")
    out = []
    for p in parts:
        p = p.strip()
        power = ""
        for word, pw in (("square ", " ** 2"), ("cubic ", " ** 3")):
            if p.startswith(word):
                p, power = p[len(word) :], pw
        out.append(p.replace(" ", "_") + power)
    return " / ".join(out)


_SI_CACHE: dict[str, tuple[float, float, str] | None] = {}


def si_of(name: str) -> tuple[float, float, str] | None:
    """(factor, offset, dimensionality) of a suite unit name, or None if pint does not know it."""
    return _si_expr(_pint_expr(name))


def _si_expr(expr: str) -> tuple[float, float, str] | None:
    """(factor, offset, dimensionality) of a pint expression ("12" for a dozen)."""
    if expr in _SI_CACHE:
        return _SI_CACHE[expr]
    result: tuple[float, float, str] | None
    try:
        _SI_CACHE[expr] = (float(expr), 0.0, "dimensionless")
        return _SI_CACHE[expr]
    except ValueError:
        pass
    try:
        reg = _ureg()
        q0 = reg.Quantity(0, expr).to_base_units()
        q1 = reg.Quantity(1, expr).to_base_units()
        result = (float(q1.magnitude) - float(q0.magnitude), float(q0.magnitude), str(q1.dimensionality))
    except Exception:  # pint raises many kinds of errors for names it does not know
        result = None
    _SI_CACHE[expr] = result
    return result


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    if a == b:
        return True
    if a == 0 or b == 0:
        return abs(a - b) <= 1e-9
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def _currency(exp: Expected) -> tuple[str, float] | None:
    if exp.unit is None or exp.typename not in {"currency", ""}:
        return None  # Recognizers' "Pound" in DimensionModel is a weight
    if exp.unit in CURRENCY_NAMES:
        code, factor = CURRENCY_NAMES[exp.unit]
        return (exp.iso or code), factor
    if exp.iso:
        return exp.iso, 1.0
    return None


def value_matches(exp: Expected, f: Found, quantulum: bool) -> bool:
    assert exp.value is not None
    x = exp.value
    cur = _currency(exp)
    if f.is_range:
        lo, hi = f.low, f.high
        assert lo is not None and hi is not None
        if quantulum and exp.uncertainty is not None:
            return _close((lo + hi) / 2, x) and _close((hi - lo) / 2, float(exp.uncertainty))
        if quantulum:
            return False
        return (
            _close(lo, x)
            or _close(hi, x)
            or (cur is not None and (_close(lo, x * cur[1]) or _close(hi, x * cur[1])))
        )
    if f.value is None:
        return False
    if _close(f.value, x):
        return True
    if f.kind == "percent" and exp.unit is None:
        return _close(f.value / 100, x)  # "two thirds" read as 66.67 percent
    if cur is not None:
        return f.kind == "money" and _close(f.value, x * cur[1])
    if exp.unit is not None:
        si = si_of(exp.unit)
        if si is not None:
            target = x * si[0] + si[1]
            if f.si_value is not None and _close(f.si_value, target):
                return True
            if si[2] == "dimensionless" and f.si_value is None and _close(f.value, target):
                return True
    return False


def unit_agrees(exp: Expected, f: Found) -> bool:
    if exp.unit is None:
        return f.by_reader or f.kind in {"count", "number", "percent"}
    price = _price_per_unit_agrees(exp, f)
    if price is not None:
        return price
    cur = _currency(exp)
    if cur is not None:
        code = (f.unit or "").split("/")[0]
        return f.kind == "money" and (
            code == cur[0] or (exp.iso is None and code in ANY_CURRENCY.get(exp.unit, set()))
        )
    if exp.unit in {"percentage", "percent"}:
        return f.kind == "percent"
    if f.unit is None or f.kind != "quantity":
        si = si_of(exp.unit)
        return si is not None and si[2] == "dimensionless" and f.kind in {"count", "number"}
    amount = _amount_of_rate(exp, f)
    if amount is not None:
        return unit_agrees(exp, amount)
    if exp.unit in EQUIVALENT:
        return _pint_name_of(f) in EQUIVALENT[exp.unit]
    si = si_of(exp.unit)
    if si is None or f.dimension is None:
        return False
    fs = _found_factor(f) or _lexicon_factor(f.unit)
    if fs is None or si[2] != f.dimension:
        return False
    # the same conversion to SI (to 1e-6 of the converted size; the factor comes from float SI values)
    return all(abs((v * fs[0] + fs[1]) - (v * si[0] + si[1])) <= 1e-6 * abs(v * si[0]) for v in (1.0, 1000.0))


def _price_per_unit_agrees(exp: Expected, f: Found) -> bool | None:
    """A suite's price per unit ('dollar per hour', 'dollar per kilogram') against a money claim per
    unit ('USD/hour'): the same currency and the same unit after 'per'. None when the suite's unit
    is no price per unit."""
    if not exp.unit or " per " not in exp.unit:
        return None
    money, per = exp.unit.split(" per ", 1)
    if money not in CURRENCY_NAMES:
        return None
    if f.kind != "money" or not f.unit or "/" not in f.unit:
        return False
    code, found_per = (x.strip() for x in f.unit.split("/", 1))
    want, got = si_of(per), _si_expr(_lexicon_pint(found_per) or found_per)
    return (
        code == CURRENCY_NAMES[money][0]
        and want is not None
        and got is not None
        and want[2] == got[2]
        and _close(want[0], got[0])
    )


def _amount_of_rate(exp: Expected, f: Found) -> Found | None:
    """A rate claim ('3,000 barrels a day', unit 'barrel / day') where the suite annotates only
    the amount before its 'per' ('3,000 barrels', ending before the claim does, with a unit that is
    no rate): the claim's amount, in the rate's first unit, to judge the unit on — as a price per
    unit ('$4 a gallon') is judged on its currency."""
    if not f.unit or " / " not in f.unit or " per " in (exp.unit or "") or exp.end >= f.end:
        return None
    first = f.unit.split(" / ", 1)[0]
    pint = _lexicon_pint(first)
    si = None if pint is None else _si_expr(pint)
    if si is None:
        return None

    def to_si(v: float | None) -> float | None:
        return None if v is None else v * si[0] + si[1]

    return Found(
        f.start, f.end, f.value, f.low, f.high, "quantity", first,
        to_si(f.value), to_si(f.low), si[2], to_si(f.high),
    )  # fmt: skip


def _lexicon_pint(name: str | None) -> str | None:
    """The pint expression of the unit numcheck names `name` ('barrel' -> 'oil_barrel')."""
    from numcheck.extraction.units import unit_lexicon
    from numcheck.rulepack import load_pack

    lex = unit_lexicon(load_pack(None).units)
    for u in (*lex.words.values(), *lex.symbols.values()):
        if u.name == name and u.pint:
            return u.pint
    return None


def _lexicon_factor(name: str | None) -> tuple[float, float] | None:
    """(factor, offset) to SI of the unit numcheck names `name`, from its pint expression: for a
    claim whose figures cannot give it (an exact 0 K has no two values to compare)."""
    pint = _lexicon_pint(name)
    si = None if pint is None else _si_expr(pint)
    return None if si is None else (si[0], si[1])


def _pint_name_of(f: Found) -> str:
    return (_lexicon_pint(f.unit) or f.unit or "").replace(" ", "_")


def _found_factor(f: Found) -> tuple[float, float] | None:
    """(factor, offset) of a claim's unit to SI, from two of its (value, SI value) pairs."""
    pairs = [
        (a, b)
        for a, b in ((f.low, f.si_low), (f.high, f.si_high), (f.value, f.si_value))
        if a is not None and b is not None
    ]
    for a1, b1 in pairs:
        for a2, b2 in pairs:
            if a2 != a1:
                factor = (b2 - b1) / (a2 - a1)
                offset = b1 - factor * a1
                # an offset within float rounding of large SI values is none ("0.9 trillion cubic
                # feet": b1 - factor * a1 leaves ~1e3 of 2.5e10); degrees Celsius keep theirs
                if abs(offset) <= 1e-6 * max(abs(b) for _, b in pairs):
                    offset = 0.0
                return factor, offset
    if pairs and pairs[0][0]:
        return pairs[0][1] / pairs[0][0], 0.0
    return None


# ---------------------------------------------------------------- scoring


@dataclass
class Failure:
    kind: str
    text: str
    expected: str
    got: str


@dataclass
class SuiteResult:
    name: str
    entries: int = 0
    expected: int = 0
    excluded: int = 0
    empty: int = 0
    value_ok: int = 0
    empty_clean: int = 0
    unit_total: int = 0
    unit_ok: int = 0
    extra: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def value_accuracy(self) -> float:
        n = self.expected + self.empty
        return (self.value_ok + self.empty_clean) / n if n else 1.0

    @property
    def unit_accuracy(self) -> float:
        return self.unit_ok / self.unit_total if self.unit_total else 1.0

    def row(self) -> dict[str, Any]:
        return {
            "suite": self.name,
            "entries": self.entries,
            "expected": self.expected,
            "excluded": self.excluded,
            "empty": self.empty,
            "value_ok": self.value_ok,
            "empty_clean": self.empty_clean,
            "value_accuracy": round(self.value_accuracy, 4),
            "unit_ok": self.unit_ok,
            "unit_total": self.unit_total,
            "unit_accuracy": round(self.unit_accuracy, 4),
            "extra": self.extra,
        }


Finder = Callable[[str], list[Found]]


def _show(f: Found) -> str:
    v = (
        f"{f.low:g}..{f.high:g}"
        if f.is_range and f.low is not None and f.high is not None
        else ("None" if f.value is None else f"{f.value:g}")
    )
    u = f" {f.unit}" if f.unit else ""
    src = "reader" if f.by_reader else f.kind
    return f"{v}{u} [{src}]"


def evaluate(
    name: str,
    entries: list[Entry],
    finder: Finder,
    *,
    empty_kinds: set[str] | None = None,
    fallback: Finder | None = None,
    quantulum: bool = False,
) -> SuiteResult:
    """Score one suite. `empty_kinds`: the claim kinds that make an empty entry unclean (None: any).
    `fallback`: a second finder used for expected quantities without a unit (bare numbers)."""
    res = SuiteResult(name)
    for e in entries:
        res.entries += 1
        found = finder(e.text)
        if not e.expected:
            res.empty += 1
            bad = [f for f in found if empty_kinds is None or f.kind in empty_kinds]
            if bad:
                res.failures.append(
                    Failure(
                        "extracted where nothing is expected",
                        e.text,
                        "(nothing)",
                        "; ".join(f"{e.text[f.start : f.end]!r} {_show(f)}" for f in bad),
                    )
                )
            else:
                res.empty_clean += 1
            continue
        used: set[int] = set()
        extra_pool = fallback(e.text) if fallback is not None else []
        for x in e.expected:
            if x.value is None:
                res.excluded += 1
                continue
            res.expected += 1
            over = [f for f in found if f.start < x.end and x.start < f.end]
            if fallback is not None and x.unit is None:
                over += [f for f in extra_pool if f.start < x.end and x.start < f.end]
            ok = [f for f in over if value_matches(x, f, quantulum)] or _both_ends(x, over, e.text, quantulum)
            compound = [] if ok else _compound_of(x, over, e.expected)  # its parts' units add up to it
            ok = ok or compound
            for f in ok or over:
                used.add(id(f))
            if ok:
                res.value_ok += 1
            if x.unit is not None or quantulum:
                res.unit_total += 1
                if compound or any(unit_agrees(x, f) for f in (ok or over)):
                    res.unit_ok += 1
            if not ok:
                res.failures.append(
                    Failure(
                        _failure_kind(x, over, e.text, fallback),
                        e.text,
                        f"{x.surface!r} = {x.value:g} {x.unit or ''}",
                        "; ".join(f"{e.text[f.start : f.end]!r} {_show(f)}" for f in over) or "(nothing)",
                    )
                )
        res.extra += sum(1 for f in found if id(f) not in used)
    return res


def _both_ends(x: Expected, over: list[Found], text: str, quantulum: bool) -> list[Found]:
    """A quantulum3 range written after "from" ("rose from about $350 per kg to $680 per kg"), which
    numcheck reads as the start and the end of a change: right when both ends are read, each as a
    figure of its own (the convention Recognizers already follows for every range)."""
    if not quantulum or x.uncertainty is None or x.value is None:
        return []
    before = text[max(0, x.start - 24) : x.start]
    if not re.search(r"\bfrom(?:\s+(?:about|around|roughly|nearly|some))?\s*$", before):
        return []
    u = float(x.uncertainty)
    ends = []
    for v in (x.value - u, x.value + u):
        end = replace(x, value=v, uncertainty=None)
        hit = [f for f in over if not f.is_range and value_matches(end, f, quantulum)]
        if not hit:
            return []
        ends.append(hit[0])
    return ends


def _compound_of(x: Expected, over: list[Found], expected: list[Expected]) -> list[Found]:
    """A quantity in two or three units ("twenty-one years and six months"), which numcheck reads
    as one figure in its first unit (21.5 years) and a suite as one figure a part: right when the
    parts the figure spans add up to its value (in SI)."""
    for f in over:
        if f.si_value is None:
            continue
        parts = [y for y in expected if y.value is not None and y.unit and f.start <= y.start]
        parts = [y for y in parts if y.start < y.end <= f.end]
        if len(parts) < 2 or x not in parts:
            continue
        si = [si_of(y.unit) for y in parts if y.unit]
        if len(si) != len(parts) or any(u is None or u[1] != 0.0 for u in si):
            continue
        total = sum(float(y.value or 0) * u[0] for y, u in zip(parts, si, strict=True) if u is not None)
        if _close(total, f.si_value):
            return [f]
    return []


def _failure_kind(x: Expected, over: list[Found], text: str, fallback: Finder | None) -> str:
    if not over:
        if fallback is None and x.unit is not None:
            read = [v for a, b, v in _reader_spans(text) if a < x.end and x.start < b]
            if read:
                return "no claim (the reader has a number there)"
        return "missed"
    if any(f.is_range for f in over):
        return "read as a range"
    if any(
        f.value is not None
        and x.value is not None
        and f.value != 0
        and round(abs(x.value / f.value), 6)
        in {10.0, 100.0, 1000.0, 1e6, 1e9, 1e12, 1e-3, 1e-6, 1e-9, 0.01, 0.1}
        for f in over
    ):
        return "wrong scale"
    return "wrong value"


def _reader_spans(text: str) -> list[tuple[int, int, float]]:
    from numcheck.extraction.numbers import find_numbers

    return find_numbers(text)


def run_all(shared: Path = SHARED) -> list[SuiteResult]:
    """Every suite that is present, scored. Empty if ../shared is absent."""
    out: list[SuiteResult] = []
    rec = shared / "peer" / "recognizers-text"
    cur = rec / "NumberWithUnit" / "English" / "CurrencyModel.json"
    if cur.exists():
        out.append(
            evaluate("Recognizers CurrencyModel", load_recognizers(cur), claims_found, empty_kinds={"money"})
        )
    dim = rec / "NumberWithUnit" / "English" / "DimensionModel.json"
    if dim.exists():
        out.append(
            evaluate(
                "Recognizers DimensionModel", load_recognizers(dim), claims_found, empty_kinds={"quantity"}
            )
        )
    num = rec / "Number" / "English" / "NumberModel.json"
    if num.exists():
        out.append(evaluate("Recognizers NumberModel (reader)", load_recognizers(num), numbers_found))
    q = quantulum_suite_path()
    if q is not None and shared.exists():
        qe = load_quantulum(q)
        out.append(
            evaluate("quantulum3 quantities", qe, claims_found, fallback=numbers_found, quantulum=True)
        )
        out.append(evaluate("quantulum3 quantities (claims only)", qe, claims_found, quantulum=True))
        out.append(
            evaluate("quantulum3 with a unit (claims only)", with_a_unit(qe), claims_found, quantulum=True)
        )
        news = without_not_news(qe, not_news("quantulum3"))
        out.append(evaluate("quantulum3 news quantities (claims only)", news, claims_found, quantulum=True))
    return out


# value accuracy and unit accuracy a suite must keep (raised as readings improve, never lowered)
FLOORS = {
    "Recognizers CurrencyModel": 0.984,
    "Recognizers DimensionModel": 0.99,
    "Recognizers NumberModel (reader)": 0.971,
    "quantulum3 quantities": 0.974,
    "quantulum3 quantities (claims only)": 0.923,
    "quantulum3 with a unit (claims only)": 0.967,
    "quantulum3 news quantities (claims only)": 0.972,
}
UNIT_FLOORS = {
    "Recognizers CurrencyModel": 0.978,
    "Recognizers DimensionModel": 0.978,
    "quantulum3 quantities": 0.898,
    "quantulum3 with a unit (claims only)": 0.869,
    "quantulum3 news quantities (claims only)": 0.892,
}


def print_report(results: list[SuiteResult], examples: int = 3, kinds: int = 6) -> None:
    head = (
        f"{'suite':42} {'entries':>7} {'expected':>8} {'excl':>4} {'empty':>5} {'value acc':>10} "
        f"{'unit acc':>9} {'extra':>5} {'floors':>13}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        floors = " ".join(
            f"{'-' if fl is None else f'{fl:.1%}':>5}" for fl in (FLOORS.get(r.name), UNIT_FLOORS.get(r.name))
        )
        print(
            f"{r.name:42} {r.entries:7d} {r.expected:8d} {r.excluded:4d} {r.empty:5d} "
            f"{r.value_accuracy:9.1%} {f'{r.unit_accuracy:9.1%}' if r.unit_total else 'n/a':>9} {r.extra:5d} "
            f"{floors:>13}"
        )
    for r in results:
        if not r.failures:
            continue
        print(f"\n== {r.name}: {len(r.failures)} failures")
        by: dict[str, list[Failure]] = defaultdict(list)
        for f in r.failures:
            by[f.kind].append(f)
        for kind, n in Counter(f.kind for f in r.failures).most_common(kinds):
            print(f"  {n:3d}  {kind}")
            for f in by[kind][:examples]:
                print(f"         {f.text[:110]!r}")
                print(f"           expected {f.expected}; got {f.got}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared directory (default: ../shared)")
    ap.add_argument("--failures", type=int, default=3, help="examples per failure kind")
    ap.add_argument("--kinds", type=int, default=8, help="failure kinds per suite")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args(argv)
    if not (args.shared / "peer").exists():
        print(f"{args.shared / 'peer'}: peer suites not found", file=sys.stderr)
        return 2
    results = run_all(args.shared)
    print_report(results, args.failures, args.kinds)
    if args.json:
        args.json.write_text(json.dumps([r.row() for r in results], indent=2), encoding="utf-8")
    ok = all(
        r.value_accuracy >= FLOORS.get(r.name, 0) and r.unit_accuracy >= UNIT_FLOORS.get(r.name, 0)
        for r in results
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
