"""Arithmetic and conversions on real copy, measured by mutating real published articles (issue 13).

    python bench/mutations.py [ARTICLES_DIR] [--part measure|fit|all] [--per-kind 300]
                              [--sample-out FILE] [--output bench/out/mutations.json]

ARTICLES_DIR (default $NUMCHECK_REAL/articles, else <temp dir>/numcheck-real/articles) holds
published articles, one .txt each, in any sub-folders. The test suite never runs this.

The split: an article belongs to the *fit* part when the first byte of sha1(file name) is even,
to the *measure* part otherwise. Cue words and readers were developed looking at the fit part
(and at the false alarms of a scan of all the articles); the figures to quote are the measure
part's.

1. Every relation numcheck reads in an article (numcheck/relations/: parts of a whole, changes,
   shares, shares against their words) and every stated conversion is a relation that holds in
   published copy: the arithmetic and conversion rules (NC401, NC501-NC505) must say nothing
   about them ("findings on unmutated articles").
2. Then one figure of one relation is mutated at a time, the way real slips happen: a factor of
   10 or 1,000, two adjacent digits swapped, the leading digit changed, the direction word
   flipped (rose/fell, increase/decrease, up/down, doubled/halved), a unit swapped (miles for
   km, acres for hectares, C for F, feet for metres, pounds for kilograms); and a figure written
   as a word from "one" to "ten" made ten times it ("seven" -> "seventy") or the next one
   ("seven" -> "eight"), as bench/handread.py mutates words (WORD_KINDS, sampled apart so that
   the other kinds' sample is what it was without them; round RL30).
3. A mutation counts when it breaks the relation: the relation as read from the original text,
   recomputed with the mutated figure (re-extracted from the mutated text) no longer holds.
   (A smaller part under a whole still holds, so it does not count.) It is caught when
   numcheck, run afresh on the whole mutated article, reports an arithmetic or conversion
   finding that cites a figure of that relation. Recall = caught / counted, by kind. An article
   with a finding before any mutation (step 1) is read apart and not mutated.

Note the oracle of step 3 recomputes with numcheck's own arithmetic on the original reading: what
is measured is whether the relation survives the slip in extraction and reading, not the
arithmetic itself (tests/test_relations.py pins that). `--sample-out` writes 100 sentences
(`--sample-size`) with figures from the part, each with the relations numcheck reads in it, for
reading by hand (hide the "read:" lines while labelling).

Last measured (2026-11-30, `--per-kind 300`, measure part, 2,753 articles): 715 relations (26.0
per 100 articles: 334 parts of a whole, 303 conversions, 72 changes, 4 comparisons, 2 shares of one
total); two findings on the unmutated articles, both true (a roundup restating "$2 billion" as "191
million euros" beside "$380 million (364 million euros)"; a share of land growing "by one-third"
from under a fifth to nearly three tenths), whose articles are not mutated; mutation recall 0.997
(579 of 581 breaking mutations).
Earlier the same day: 694 relations, recall 0.996.
By hand (bench/handread.py): sample 1 (`--seed 31 --per-kind 40`, bench/handread_labels.tsv, read
to design the readers) 7 of 13 relations caught under every slip; sample 2 (`--seed 47
--sample-size 200`, bench/handread_labels_2.tsv, labelled blind) 3 of 36 when first scored, 9 now
(read since for design); a fit-part design sample (`--part fit --seed 101 --sample-size 300`,
bench/handread_labels_fit.tsv) 4 of 38 when first scored, 6 now; sample 3 (`--seed 83
--sample-size 200`, bench/handread_labels_3.tsv, labelled blind by another hand and scored once
before any reader was designed on it) 2 of 24 (0.08), 4 now; sample 4 (`--seed 89`, the same way)
6 of 34 (0.18) when scored once, 7 now.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from numcheck.api import _config
from numcheck.checks import arithmetic, conversion
from numcheck.checks.base import CheckContext
from numcheck.extraction.claims import extract_claims
from numcheck.models import Claim, Document, Finding
from numcheck.read import read_text
from numcheck.relations import Relations, read_relations

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from realtext import ARTICLES as DEFAULT_DIR  # noqa: E402  (where build.py puts them)

RULES = [*arithmetic.RULES, *conversion.RULES]
KINDS = ["factor_10", "factor_1000", "digits_swapped", "leading_digit", "direction_flipped", "unit_swapped"]
# a figure written as a word ("seven"): ten times it ("seventy", the word's factor of 10) or the next
# one ("eight", its leading digit changed), as bench/handread.py mutates words; sampled apart from
# KINDS (their own shuffle and budget), so that the digit kinds' sample stays what it was
WORD_KINDS = ["word_times_ten", "word_next"]
WORD_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
TENS = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

FLIPS = {
    "rose": "fell",
    "fell": "rose",
    "risen": "fallen",
    "fallen": "risen",
    "rise": "fall",
    "fall": "rise",
    "rises": "falls",
    "falls": "rises",
    "increase": "decrease",
    "decrease": "increase",
    "increased": "decreased",
    "decreased": "increased",
    "up": "down",
    "down": "up",
    "grew": "shrank",
    "shrank": "grew",
    "climbed": "dropped",
    "dropped": "climbed",
    "jumped": "slumped",
    "gained": "lost",
    "doubled": "halved",
    "halved": "doubled",
    "drop": "jump",
    "jump": "drop",
    "declined": "increased",
    "decline": "increase",
}
UNIT_SWAPS = [  # longest spellings first: "km/h" is not "km"
    ("km/h", "mph"),
    ("mph", "km/h"),
    ("square miles", "square kilometres"),
    ("square kilometres", "square miles"),
    ("square kilometers", "square miles"),
    ("kilometres", "miles"),
    ("kilometers", "miles"),
    ("miles", "kilometres"),
    ("km", "miles"),
    ("acres", "hectares"),
    ("hectares", "acres"),
    ("Celsius", "Fahrenheit"),
    ("Fahrenheit", "Celsius"),
    ("°C", "°F"),
    ("°F", "°C"),
    ("C", "F"),
    ("F", "C"),
    ("feet", "metres"),
    ("ft", "m"),
    ("metres", "feet"),
    ("meters", "feet"),
    ("m", "ft"),
    ("pounds", "kilograms"),
    ("kilograms", "pounds"),
    ("kg", "lb"),
    ("lb", "kg"),
    ("gallons", "litres"),
    ("litres", "gallons"),
    ("liters", "gallons"),
    ("tonnes", "tons"),
]
DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def part_of(name: str) -> str:
    return "fit" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "measure"


def articles(root: Path, part: str) -> list[Path]:
    files = sorted(p for p in root.rglob("*.txt"))
    return [p for p in files if part == "all" or part_of(f"{p.parent.name}/{p.name}") == part]


# ---------------------------------------------------------------- running numcheck's relation rules


def claims_of(text: str) -> tuple[Document, list[Claim]]:
    doc = read_text(text, doc_id="d0", path="<article>").model_copy(update={"role": "draft"})
    return doc, extract_claims(doc, _config(None).pack)


def findings(doc: Document, claims: list[Claim]) -> list[Finding]:
    ctx = CheckContext(config=_config(None), documents=[doc], claims=claims)
    out: list[Finding] = []
    for rule in RULES:
        out.extend(rule.run(ctx, rule))
    return out


@dataclass
class Rel:
    kind: str
    claims: list[Claim]  # the figures, in text order
    direction_word: tuple[int, int] | None = None  # span of the word that states the direction


def relations_in(text: str, claims: list[Claim], rel: Relations) -> list[Rel]:
    out: list[Rel] = []
    for p in rel.parts:
        out.append(Rel("parts", _distinct([*p.parts, *([p.whole] if p.whole else [])])))
    for ch in rel.changes:
        cs = _distinct([ch.old.claim, ch.new.claim, *ch.stated])
        out.append(Rel("change", cs, _direction_word(text, cs) if ch.direction else None))
    for sh in rel.shares:
        out.append(Rel("share", _distinct([sh.part, sh.whole, sh.share])))
    for q in rel.quantified:
        out.append(Rel("quantified", [q.share]))
    for st in rel.totals:
        out.append(Rel("same_total", _distinct([c for m in st.members for c in m])))
    for cmp in rel.comparisons:
        diff = [cmp.difference] if cmp.difference is not None else []
        out.append(Rel("comparison", [cmp.first, *diff, cmp.second]))
    for ph in rel.per_head:
        out.append(Rel("per_head", _distinct([ph.total, ph.count, ph.each])))
    by_id = {c.id: c for c in claims}
    for c in claims:
        a = by_id.get(c.conversion_of or "")
        if a is not None:
            out.append(Rel("conversion", [a, c]))
    return out


def _distinct(cs: list[Claim]) -> list[Claim]:
    return sorted({c.id: c for c in cs}.values(), key=lambda c: c.start)


def _direction_word(text: str, cs: list[Claim]) -> tuple[int, int] | None:
    """The last direction word before the first figure, else ("A ... could rise to B") the last one
    between the first two."""
    first = cs[0]
    start = max(text.rfind(". ", 0, first.start) + 1, first.start - 80)
    windows = [(start, first.start)] + ([(first.end, cs[1].start)] if len(cs) > 1 else [])
    for a, b in windows:
        best = None
        for m in re.finditer(r"[A-Za-z]+", text[a:b]):
            if m.group().lower() in FLIPS:
                best = (a + m.start(), a + m.end())
        if best is not None:
            return best
    return None


# ---------------------------------------------------------------- mutations


def mutate(text: str, c: Claim, kind: str, rel: Rel) -> tuple[str, int, int] | None:
    """The mutated text and the span of the mutated figure (or word) in it."""
    if kind == "direction_flipped":
        if rel.direction_word is None:
            return None
        a, b = rel.direction_word
        word = text[a:b]
        new = FLIPS[word.lower()]
        new = new.capitalize() if word[:1].isupper() else new
        return text[:a] + new + text[b:], a, a + len(new)
    if kind == "unit_swapped":
        if c.kind != "quantity":
            return None
        surface = text[c.start : c.end]
        for old, new in UNIT_SWAPS:
            m = re.search(rf"(?<![A-Za-z]){re.escape(old)}(?![A-Za-z])", surface)
            if m:
                s = c.start + m.start()
                return text[:s] + new + text[c.start + m.end() :], c.start, c.end - len(old) + len(new)
        return None
    if kind in WORD_KINDS:
        return _mutate_word(text, c, kind)
    m = DIGITS.search(text, c.start, c.end)
    if m is None:
        return None
    digits = m.group()
    new = _mutate_digits(digits, kind)
    if new is None or new == digits:
        return None
    return text[: m.start()] + new + text[m.end() :], c.start, c.end + len(new) - len(digits)


def _mutate_word(text: str, c: Claim, kind: str) -> tuple[str, int, int] | None:
    """A figure written as one word from "one" to "ten" (no digits in it) mutated: "seven" ->
    "seventy" (word_times_ten, for one to nine) or "eight" (word_next, up to "ten")."""
    if DIGITS.search(text, c.start, c.end):
        return None
    m = re.search(r"[A-Za-z]+", text[c.start : c.end])
    if m is None or m.group().lower() not in WORD_NUMBERS[1:]:
        return None
    if text[c.start + m.end() : c.start + m.end() + 1] == "-":
        return None  # "one-third", "five-year": no count written as one word
    v = WORD_NUMBERS.index(m.group().lower())
    if kind == "word_times_ten":
        new = TENS[v] if v <= 9 else None
    else:
        new = WORD_NUMBERS[v + 1] if v + 1 < len(WORD_NUMBERS) else None
    if not new:
        return None
    new = new.capitalize() if m.group()[:1].isupper() else new
    s = c.start + m.start()
    return text[:s] + new + text[c.start + m.end() :], c.start, c.end + len(new) - len(m.group())


def _mutate_digits(digits: str, kind: str) -> str | None:
    plain = digits.replace(",", "")
    grouped = "," in digits
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    value = float(plain)

    def write(v: float, decimals: int = decimals) -> str:
        return f"{v:,.{decimals}f}" if grouped or v >= 10_000 else f"{v:.{decimals}f}"

    if kind == "factor_10":
        return write(value * 10, max(0, decimals - 1))
    if kind == "factor_1000":
        return write(value * 1000, 0) if decimals <= 3 else None
    if kind == "digits_swapped":
        chars = list(plain)
        for i in range(len(chars) - 1):
            if chars[i].isdigit() and chars[i + 1].isdigit() and chars[i] != chars[i + 1]:
                if i == 0 and chars[1] == "0":
                    continue  # no leading zero
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
                v = float("".join(chars))
                return write(v)
        return None
    if kind == "leading_digit":
        d = int(plain[0])
        if d == 0:
            return None
        nd = d + 1 if d < 9 else d - 1
        return write(float(str(nd) + plain[1:]))
    return None


def shifted(c: Claim, at: int, delta: int) -> tuple[int, int]:
    s, e = c.start, c.end
    if s >= at:
        s += delta
    if e > at:
        e += delta
    return s, e


def breaks(
    text: str, claims: list[Claim], c: Claim, mutated: str, mclaims: list[Claim], span: tuple[int, int]
) -> bool:
    """Does the relation, as read from the original, fail with the mutated figure?"""
    new = next((m for m in mclaims if m.start <= span[0] < m.end or span[0] <= m.start < span[1]), None)
    if new is None:
        return False
    fields = {
        k: getattr(new, k)
        for k in (
            "value",
            "low",
            "high",
            "low_open",
            "high_open",
            "kind",
            "unit",
            "si",
        )
    }
    swapped = [x.model_copy(update=fields) if x.id == c.id else x for x in claims]
    doc = read_text(text, doc_id="d0", path="<article>").model_copy(update={"role": "draft"})
    return bool(findings(doc, swapped))


def direction_breaks(rel: Rel) -> bool:
    """A flipped direction word contradicts a change whose figures differ beyond their rounding."""
    cs = rel.claims
    if len(cs) < 2:
        return False
    a, b = cs[0], cs[1]
    if None in (a.low, a.high, b.low, b.high):
        return False
    return bool(a.high < b.low or b.high < a.low)  # type: ignore[operator]


def caught(found: list[Finding], mclaims: list[Claim], spans: list[tuple[int, int]]) -> bool:
    by_id = {c.id: c for c in mclaims}
    for f in found:
        for cid in f.claims:
            c = by_id.get(cid)
            if c is not None and any(c.start < e and s < c.end for s, e in spans):
                return True
    return False


# ---------------------------------------------------------------- the run


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--part", choices=["measure", "fit", "all"], default="measure")
    ap.add_argument("--per-kind", type=int, default=300, help="mutations tried per kind at most")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--sample-out", type=Path, help="write sentences with figures for reading by hand")
    ap.add_argument("--sample-size", type=int, default=100, help="how many sentences --sample-out writes")
    ap.add_argument("--output", type=Path, default=HERE / "out" / "mutations.json")
    a = ap.parse_args(list(argv) if argv is not None else None)
    if not a.articles.is_dir():
        print(f"{a.articles}: no articles (set NUMCHECK_REAL or pass the directory)", file=sys.stderr)
        return 2
    t0 = time.time()
    rng = random.Random(a.seed)
    files = articles(a.articles, a.part)
    kinds_count: Counter[str] = Counter()
    unmutated: list[dict[str, Any]] = []
    candidates: list[tuple[Path, int, int, str]] = []  # (file, relation index, figure index, kind)
    per_article: dict[Path, tuple[str, list[Claim], list[Rel]]] = {}
    sentences: list[tuple[str, str]] = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        doc, claims = claims_of(text)
        rel = read_relations(doc.text, claims, _config(None).pack)
        rels = relations_in(doc.text, claims, rel)
        for r in rels:
            kinds_count[r.kind] += 1
        before = findings(doc, claims)
        for f in before:
            unmutated.append(
                {"article": f"{path.parent.name}/{path.name}", "rule": f.rule, "message": f.message}
            )
        if before:
            continue  # already flagged: no slip in it can be told from what is there (read apart)
        if rels:
            per_article[path] = (doc.text, claims, rels)
        for i, r in enumerate(rels):
            for j, _c in enumerate(r.claims):
                for kind in KINDS:
                    if kind == "direction_flipped" and j > 0:
                        continue
                    candidates.append((path, i, j, kind))
        if a.sample_out is not None:
            sentences.extend(_sentences(path, doc.text, claims, rels))
    rng.shuffle(candidates)
    words = [(path, i, j, kind) for path, i, j, _k in candidates if _k == KINDS[0] for kind in WORD_KINDS]
    random.Random(a.seed + 1).shuffle(words)
    candidates += words
    tried: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    by_rel: Counter[str] = Counter()
    by_rel_hit: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    for path, i, j, kind in candidates:
        if tried[kind] >= a.per_kind:
            continue
        text, claims, rels = per_article[path]
        r = rels[i]
        c = r.claims[j]
        m = mutate(text, c, kind, r)
        if m is None:
            continue
        mutated, s, e = m
        tried[kind] += 1
        mdoc, mclaims = claims_of(mutated)
        delta = len(mutated) - len(text)
        at = e - delta if delta else e
        spans = [shifted(x, at, delta) for x in r.claims] + [(s, e)]
        if kind == "direction_flipped":
            if not direction_breaks(r):
                continue
        elif not breaks(text, claims, c, mutated, mclaims, (s, e)):
            continue
        counted[kind] += 1
        by_rel[r.kind] += 1
        if caught(findings(mdoc, mclaims), mclaims, spans):
            hit[kind] += 1
            by_rel_hit[r.kind] += 1
        elif len(missed) < 40:
            lo = max(0, s - 160)
            missed.append({"kind": kind, "relation": r.kind, "text": mutated[lo : e + 80].replace("\n", " ")})
    n = len(files)
    result = {
        "part": a.part,
        "articles": n,
        "relations": dict(kinds_count),
        "relations_per_100_articles": round(100 * sum(kinds_count.values()) / max(n, 1), 1),
        "findings_on_unmutated": len(unmutated),
        "unmutated": unmutated,
        "mutations": {
            k: {
                "tried": tried[k],
                "breaking": counted[k],
                "caught": hit[k],
                "recall": _ratio(hit[k], counted[k]),
            }
            for k in (*KINDS, *WORD_KINDS)
        },
        "recall_by_relation": {k: _ratio(by_rel_hit[k], by_rel[k]) for k in by_rel},
        "recall": _ratio(sum(hit.values()), sum(counted.values())),
        "missed_examples": missed,
        "seconds": round(time.time() - t0, 1),
    }
    a.output.parent.mkdir(parents=True, exist_ok=True)
    a.output.write_text(json.dumps(result, indent=2), encoding="utf-8")
    if a.sample_out is not None:
        rng2 = random.Random(a.seed)
        sample = rng2.sample(sentences, min(a.sample_size, len(sentences)))
        a.sample_out.write_text("".join(f"{s}\n    read: {r}\n\n" for s, r in sample), encoding="utf-8")
    print(f"{a.part}: {n} articles, {sum(kinds_count.values())} relations ({dict(kinds_count)})")
    print(f"relations per 100 articles: {result['relations_per_100_articles']}")
    print(f"arithmetic/conversion findings on unmutated articles: {len(unmutated)}")
    for k in (*KINDS, *WORD_KINDS):
        mk = result["mutations"][k]
        counts = f"tried {mk['tried']:4}  breaking {mk['breaking']:4}  caught {mk['caught']:4}"
        print(f"  {k:18} {counts}  recall {mk['recall']}")
    print(f"by relation: {result['recall_by_relation']}")
    share = f"{sum(hit.values())}/{sum(counted.values())}"
    digits_hit, digits_counted = sum(hit[k] for k in KINDS), sum(counted[k] for k in KINDS)
    digits = f"{_ratio(digits_hit, digits_counted)} ({digits_hit}/{digits_counted})"
    print(f"  (the digit, direction and unit kinds alone: {digits})")
    print(f"mutation recall {result['recall']} ({share}) in {result['seconds']} s")
    return 0


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _sentences(path: Path, text: str, claims: list[Claim], rels: list[Rel]) -> list[tuple[str, str]]:
    """Each sentence with figures, and the relations read in it."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    out = []
    for s, cs in by_sentence.items():
        a = text.rfind("\n", 0, cs[0].start) + 1
        dot = max(text.rfind(". ", a, cs[0].start), text.rfind("? ", a, cs[0].start))
        a = dot + 2 if dot >= 0 else a
        ends = [text.find(x, cs[-1].end) for x in (". ", "\n")]
        b = min([x for x in ends if x >= 0], default=len(text))
        read = [
            f"{r.kind}: {' / '.join(c.surface for c in r.claims)}"
            for r in rels
            if any(c.sentence == s for c in r.claims)
        ]
        where = f"{path.parent.name}/{path.name}@{a}"  # the article and the sentence's offset in it
        out.append((f"[{where}] {text[a : b + 1].strip()}", "; ".join(read) or "-"))
    return out


if __name__ == "__main__":
    raise SystemExit(main())
