#!/usr/bin/env python3
"""Fit a learned carry decision (issue 10) on the spent attribution batches and report it against
the hand-made rules by leave-one-batch-out cross-validation.

    python bench/fit_carry.py                 # the report (some four minutes)
    python bench/fit_carry.py --json out.json # and the per-figure cases
    python bench/fit_carry.py --cases out.json  # the report again from saved cases

The decision: a figure whose sentence names no source (no cue, outside every credited
quotation) either takes a candidate source or is the article's own voice. The candidate is the
source the hand-made rules carry there, or else the most recent source named (a cue's, or the
speaker of a quotation closing a sentence) within a window of sentences with no paragraph break
(bench/carry_features.py carry_case). Its features are read from the words of the sentence
carried into and its context (bench/carry_features.py; the words are `carry_words` in
rules/attribution.yaml): sentences and paragraph breaks since the source, the source's kind,
quotation marks, a quotation still open, first-person words outside quotation marks, a pronoun
opener that can or cannot stand for the source, a new capitalised subject, forecast words,
"But"/"However", continuation openers, a colon before, a case's proceedings, an unnamed cue,
whether the rules carry it.

Labels and split: the hand-labelled figures of bench/attribution_labels.tsv in the SPENT batches
only (dev, held-out-1, held-out-2, fit, measure, measure-2 ... measure-8; never a later blind
batch). A case is positive when its label names the candidate, negative when it is the article's
own voice; a case whose label names another source is wrong either way and left out of the fit
(it still counts in the scores). Leave one batch out: a model fitted on the other eleven decides
the held-out batch's cases, and the batch is scored over all its figures (those the decision does
not touch as numcheck scores them). Settings (feature set: the rules' decision alone, the words
without it, or both; window 1, 2, 3 or 5 sentences; threshold 0.4, 0.5 or 0.6 on the probability)
are printed flat over all twelve folds (the best of them is optimistic) and then chosen NESTED:
for each held-out batch, by leave-one-batch-out on the other eleven only.

Result (round after measure-8, with the rules of commit 691203d): nested cross-validation
846/1021 attributed and 992/1114 own voice right, against the rules' 843/1021 and 991/1114: four
figures of 2,135, with batches moving both ways (measure-3 -2 and -3, measure-4 +3, measure-5 +2
and +2, measure-8 +2 and +1). Fitted on all spent batches ('all' features, window 2, threshold
0.4) and run on all 5,571 articles, it changes the source of 707 claims in 431 articles; of a
sample of 50, 20 were right, 20 wrong and 10 neither. It fails the bar (more right than wrong on
the articles), so numcheck ships no weights and the rules decide; this script stays as the
measure for a next attempt (features that reach beyond the sentence, or a better candidate).

AT34 (--design): the same decision with the features of AT34 added (bench/carry_features.py: dates
and words of time past, a year, the figure's kind, the naming cue's kind, "according to" elsewhere
in the article, quotation marks in the naming sentence, "added"/"also", the source's name or a
title as subject, "we"/"our", the paragraph's length), fitted on the design batches dev to measure-24
with the setting (features, window, regularisation, threshold: 352 in all) chosen by
leave-one-batch-out over them; the hold-out measure-25 to measure-27 scored before and after only.
--choose bar (the setting that gains the most attributed figures without losing more own-voice
ones) gave design 2147 -> 2161/2928 attributed, 3772 -> 3763/4339 own voice (leave-one-batch-out,
best of 352: optimistic) and hold-out 215 -> 213/337, 520 -> 521/637; --choose sum gave design 2147
-> 2100, 3772 -> 3853 and hold-out 215 -> 211, 520 -> 542. Neither raises the hold-out's attributed
score, so numcheck ships no weights (docs/accuracy.md, "The round after that (AT34, ..."). --dump
(with --apply WEIGHTS) writes every claim's source on the 5,571 articles, with the rules or the model.

Logistic regression (scikit-learn, needed here only).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import carry_features as carry  # noqa: E402
from attribution import DEFAULT_ARTICLES, read_labels, same_source  # noqa: E402

import numcheck  # noqa: E402
from numcheck.extraction import attribution as A
from numcheck.extraction import features as features_module
from numcheck.extraction.interviews import interview_turns, question_answers
from numcheck.extraction.quotes import Quotes
from numcheck.read import read_path  # noqa: E402

SPENT = [
    "dev", "held-out-1", "held-out-2", "fit", "measure", "measure-2", "measure-3", "measure-4",
    "measure-5", "measure-6", "measure-7", "measure-8",
]  # fmt: skip
# AT34: the design batches (fitted on, the setting and threshold chosen on) and the hold-out
# (scored before and after only; its misses never read)
DESIGN = ["dev", "held-out-1", "held-out-2", "fit", "measure"] + [f"measure-{i}" for i in range(2, 25)]
HOLD_OUT = ["measure-25", "measure-26", "measure-27"]
WIDE = carry.Window(sentences=8, paragraphs=4)  # cases are collected wide, then cut to a setting's window


@dataclass
class Case:
    batch: str
    file: str
    offset: int
    want: list[str]  # [] = own voice
    got: str | None  # numcheck's source with the rules
    open: bool  # the figure's sentence names no source: the decision applies
    cand: str | None = None
    x: list[float] | None = None
    since: int = 0
    paragraphs: int = 0
    rule_carried: bool = False  # the rules gave the candidate
    found: bool = True  # a claim of numcheck's covers the labelled offset


_RECORD: list[tuple] = []
_APPLY: dict = {}  # a fitted model (load_model) the recording hook applies to every open figure


def load_model(path: Path) -> dict:
    """The weights file --weights writes, read with plain Python (window, threshold, weights)."""
    model: dict = {"weights": {}}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("weights:"):
            continue
        key, value = (p.strip() for p in line.split(":"))
        if line.startswith("  "):
            model["weights"][key] = float(value)
        else:
            model[key] = float(value)
    return model


def carries(model: dict, x: list[float]) -> bool:
    z = sum(model["weights"].get(f, 0.0) * v for f, v in zip(carry.FEATURES, x, strict=True))
    return 1.0 / (1.0 + math.exp(-z)) > model["threshold"]


def _apply(tk, c, case) -> None:  # type: ignore[no-untyped-def]
    """Give the claim the model's decision: the candidate, or the article's own voice."""
    window = int(_APPLY["window"])
    cand, ctx, x = case if case is not None else (None, None, None)
    inside = cand is not None and (ctx.rule or (ctx.since <= window and ctx.paragraphs == 0))
    if inside and carries(_APPLY, x):
        c.source, c.source_cue, c.source_carried = cand.source, cand.cue, True
        c.source_span = (tk.tokens[cand.first].start, tk.tokens[cand.last].end) if cand.first >= 0 else None
    else:
        c.source, c.source_cue, c.source_carried, c.source_span = None, None, False, None


def _recording(tk, raws, claims, kb, capitals) -> None:  # type: ignore[no-untyped-def]
    """attribute_claims, then the decision's inputs for every figure (as attribute_claims computes them)."""
    ORIGINAL(tk, raws, claims, kb, capitals)
    names = A._person_names(tk, kb.pronouns, capitals)
    unnamed: set[int] = set()
    sources = A._sentence_sources(tk, kb, names, None, unnamed)
    A._headline_source(tk, sources)
    A._headline_verb(tk, sources, kb)
    quotes = Quotes(tk, sources, names, kb)
    unquoted = {
        tk.tokens[r.first].sentence
        for r in raws
        if quotes.span_at(tk.tokens[r.first].start) is None and not A._names_a_source(tk, r, sources)
    }
    carried = A._carried_sources(tk, sources, quotes, unquoted, kb, names, unnamed)
    interview_turns(tk, carried, kb)
    question_answers(tk, carried, sources, names, kb)
    per_sentence = Counter(tk.tokens[r.first].sentence for r in raws)
    rows = []
    for raw, c in zip(raws, claims, strict=True):
        s = tk.tokens[raw.first].sentence
        att = A._claim_source(tk, raw, sources, quotes, kb)
        is_open = att is None and not sources[s] and quotes.unspoken_at(tk.tokens[raw.first].start)
        case = (
            carry.carry_case(tk, raw, sources, quotes, carried, unquoted, kb, names, per_sentence, WIDE)
            if is_open
            else None
        )
        rows.append((c, is_open, case, carried[s]))
        if _APPLY and is_open:
            _apply(tk, c, case)
    _RECORD.append(rows)


ORIGINAL = features_module.attribute_claims


def collect(articles: Path, batches: list[str]) -> list[Case]:
    features_module.attribute_claims = _recording
    labels = [lab for lab in read_labels() if lab.batch in batches]
    by_file: dict[str, list] = {}
    for lab in labels:
        by_file.setdefault(lab.file, []).append(lab)
    out: list[Case] = []
    try:
        for file, labs in sorted(by_file.items()):
            _RECORD.clear()
            doc = read_path(articles / file)
            numcheck.extract(doc)
            rows = _RECORD[-1] if _RECORD else []  # no figure: attribute_claims is not called
            spans = [
                (doc.offsets.to_original(c.start), doc.offsets.to_original(c.end), row)
                for row in rows
                for c in [row[0]]
            ]
            for lab in labs:
                row = next((r for a, b, r in spans if a <= lab.offset < b), None)
                if row is None:  # numcheck reads no figure there
                    out.append(Case(lab.batch, file, lab.offset, lab.sources, None, False, found=False))
                    continue
                c, is_open, case, rule = row
                cand, ctx, x = case if case is not None else (None, None, None)
                out.append(
                    Case(
                        lab.batch,
                        file,
                        lab.offset,
                        lab.sources,
                        c.source,
                        is_open and c.conversion_of is None,  # a conversion names no source of its own
                        cand.source if cand is not None else None,
                        x,
                        ctx.since if ctx else 0,
                        ctx.paragraphs if ctx else 0,
                        rule is not None and cand is not None and rule.source == cand.source,
                    )  # fmt: skip
                )
    finally:
        features_module.attribute_claims = ORIGINAL
    return out


def _in_window(c: Case, window: int, paragraphs: int) -> bool:
    return c.cand is not None and (c.rule_carried or (c.since <= window and c.paragraphs <= paragraphs))


def _target(c: Case) -> int | None:
    """1: the label names the candidate; 0: the article's own voice; None: another source."""
    if not c.want:
        return 0
    return 1 if same_source(c.cand, c.want) else None


def predict_got(c: Case, carries: bool | None) -> str | None:
    """The source numcheck would give with the decision (None: the decision does not apply)."""
    if carries is None or not c.open:
        return c.got
    return c.cand if carries else None


def tally(cases: list[Case], gots: list[str | None]) -> tuple[int, int, int, int]:
    att = [c.found and same_source(g, c.want) for c, g in zip(cases, gots, strict=True) if c.want]
    own = [c.found and g is None for c, g in zip(cases, gots, strict=True) if not c.want]
    return sum(att), len(att), sum(own), len(own)


def _fit(cases: list[Case], cols: list[int], c_reg: float = 1.0):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=c_reg, max_iter=2000, fit_intercept=False)
    m.fit([[c.x[i] for i in cols] for c in cases], [_target(c) for c in cases])  # type: ignore[index]
    return m


Setting = tuple[str, int, float]  # feature set, window (sentences; no paragraph break), threshold
FEATURE_SETS = {
    "rule only": ["bias", "rule"],
    "words, no rule": [f for f in carry.AT8_FEATURES if f != "rule"],
    "all": list(carry.AT8_FEATURES),
    "AT34, no rule": [f for f in carry.FEATURES if f not in ("rule", "since_1_rule")],
    "AT34": list(carry.FEATURES),
}
GRID: list[Setting] = [
    (f, w, t) for f in ("rule only", "words, no rule", "all") for w in (1, 2, 3, 5) for t in (0.4, 0.5, 0.6)
]


def _cols(setting: Setting) -> list[int]:
    return [carry.FEATURES.index(f) for f in FEATURE_SETS[setting[0]]]


def held_out(
    cases: list[Case], train_batches: list[str], test_batch: str, setting: Setting
) -> tuple[int, ...]:
    """The tally on one batch of a model fitted on others with one setting."""
    _, window, threshold = setting
    cols = _cols(setting)
    train = [
        c for c in cases
        if c.batch in train_batches and c.open and _in_window(c, window, 0) and _target(c) is not None
    ]  # fmt: skip
    m = _fit(train, cols)
    mine = [c for c in cases if c.batch == test_batch]
    scored = [c for c in mine if c.open and _in_window(c, window, 0)]
    probs = m.predict_proba([[c.x[i] for i in cols] for c in scored])[:, 1] if scored else []  # type: ignore[index]
    p = {id(c): float(q) for c, q in zip(scored, probs, strict=True)}
    gots = [
        c.got if not c.open else predict_got(c, p[id(c)] > threshold) if id(c) in p else None for c in mine
    ]
    return tally(mine, gots)


def _sum(ts: list[tuple[int, ...]]) -> tuple[int, ...]:
    return tuple(sum(t[i] for t in ts) for i in range(4))


def _line(name: str, t: tuple[int, ...]) -> str:
    a, n, o, m = t
    return f"{name:>28}: attributed {a}/{n} ({a / max(n, 1):.1%}); own voice {o}/{m} ({o / max(m, 1):.1%})"


def _probs(cases: list[Case], train_batches: list[str], test: list[Case], fs: str, window: int, c_reg: float):  # type: ignore[no-untyped-def]
    """P(carry) for the open cases of `test` within the window, by a model fitted on train_batches."""
    cols = [carry.FEATURES.index(f) for f in FEATURE_SETS[fs]]
    train = [
        c for c in cases
        if c.batch in train_batches and c.open and _in_window(c, window, 0) and _target(c) is not None
    ]  # fmt: skip
    m = _fit(train, cols, c_reg)
    scored = [c for c in test if c.open and _in_window(c, window, 0)]
    probs = m.predict_proba([[c.x[i] for i in cols] for c in scored])[:, 1] if scored else []  # type: ignore[index]
    return m, cols, {id(c): float(q) for c, q in zip(scored, probs, strict=True)}


def _gots(mine: list[Case], p: dict[int, float], threshold: float) -> list[str | None]:
    return [
        c.got if not c.open else predict_got(c, p[id(c)] > threshold) if id(c) in p else None for c in mine
    ]


THRESHOLDS = [round(0.25 + 0.05 * i, 2) for i in range(11)]  # 0.25 ... 0.75
AT34_GRID = [(f, w, cr) for f in FEATURE_SETS if f != "rule only" for w in (1, 2, 3, 5) for cr in (0.1, 1.0)]


def _better(tot: tuple[int, ...], rules: tuple[int, ...], choose: str) -> int | None:
    """The score a setting is chosen by: "sum", right figures of both kinds; "bar", the brief's
    bar (attributed gained, own voice not falling by more than that): the attributed gained, or None."""
    if choose == "sum":
        return tot[0] + tot[2]
    gain, loss = tot[0] - rules[0], rules[2] - tot[2]
    return gain * 10000 + (tot[0] + tot[2]) if gain > 0 and loss <= gain else None


def design_round(cases: list[Case], weights: Path | None, choose: str = "sum", hold_out: bool = True) -> None:
    """AT34: the setting (features, window, regularisation, threshold) chosen by leave-one-batch-out
    over the design batches; the model fitted on all of them; the hold-out scored before and after."""
    by_batch = {b: [c for c in cases if c.batch == b] for b in DESIGN + HOLD_OUT}
    rules = {b: tally(by_batch[b], [c.got for c in by_batch[b]]) for b in DESIGN + HOLD_OUT}
    best: tuple[int, tuple] | None = None
    print("leave-one-batch-out over the design batches (attributed; own voice; sum of right):")
    r = _sum([rules[b] for b in DESIGN])
    print(_line("rules", r), r[0] + r[2])
    for fs, w, cr in AT34_GRID:
        probs: dict[int, float] = {}
        for h in DESIGN:
            probs.update(_probs(cases, [b for b in DESIGN if b != h], by_batch[h], fs, w, cr)[2])
        for t in THRESHOLDS:
            tot = _sum([tally(by_batch[b], _gots(by_batch[b], probs, t)) for b in DESIGN])
            score = _better(tot, r, choose)
            if choose == "bar" and score is not None:
                print(_line(f"  meets the bar: {fs} w{w} C{cr} t{t}", tot))
            if score is not None and (best is None or score > best[0]):
                best = (score, (fs, w, cr, t))
        tot = _sum([tally(by_batch[b], _gots(by_batch[b], probs, 0.5)) for b in DESIGN])
        print(_line(f"{fs} w{w} C{cr} t0.5", tot), tot[0] + tot[2])
    if best is None:
        print("no setting meets the bar on the design batches")
        return
    fs, w, cr, t = best[1]
    print(f"chosen on the design batches: features {fs!r}, window {w}, C {cr}, threshold {t}")
    # the chosen setting's leave-one-batch-out score per design batch
    probs = {}
    for h in DESIGN:
        probs.update(_probs(cases, [b for b in DESIGN if b != h], by_batch[h], fs, w, cr)[2])
    print("design batches, rules -> model left out of its own fit (attributed; own voice):")
    for b in DESIGN:
        a, m = rules[b], tally(by_batch[b], _gots(by_batch[b], probs, t))
        if a != m:
            print(f"{b:>11}: {a[0]}/{a[1]} -> {m[0]}/{m[1]}; {a[2]}/{a[3]} -> {m[2]}/{m[3]}")
    print(_line("design, rules", _sum([rules[b] for b in DESIGN])))
    lobo = _sum([tally(by_batch[b], _gots(by_batch[b], probs, t)) for b in DESIGN])
    print(_line("design, model (LOBO)", lobo))
    if not hold_out:
        return
    test = [c for b in HOLD_OUT for c in by_batch[b]]
    model, cols, hp = _probs(cases, DESIGN, test, fs, w, cr)
    print("hold-out, rules -> model fitted on all design batches (attributed; own voice):")
    after = {}
    for b in HOLD_OUT:
        a, m = rules[b], tally(by_batch[b], _gots(by_batch[b], hp, t))
        after[b] = m
        print(f"{b:>11}: {a[0]}/{a[1]} -> {m[0]}/{m[1]}; {a[2]}/{a[3]} -> {m[2]}/{m[3]}")
    print(_line("hold-out, rules", _sum([rules[b] for b in HOLD_OUT])))
    print(_line("hold-out, model", _sum(list(after.values()))))
    if weights is not None:
        names = [carry.FEATURES[i] for i in cols]
        lines = [
            "# The learned carry (AT34, bench/fit_carry.py --design --weights): logistic regression",
            f"# (scikit-learn, L2, C={cr}, no intercept: the 'bias' feature) fitted on the open cases of",
            "# the design batches dev to measure-24 of bench/attribution_labels.tsv (a figure with no cue",
            "# of its own and a candidate source; positive when the label names it, negative when the",
            f"# label is the article's own voice); window {w} sentence(s) in the paragraph; the setting and",
            "# the threshold chosen by leave-one-batch-out over the design batches.",
            f"window: {w}",
            f"threshold: {t}",
            "weights:",
            *[f"  {n}: {float(v):.6f}" for n, v in zip(names, model.coef_[0], strict=True)],
        ]
        weights.write_text("\n".join(lines) + "\n", encoding="utf-8")


def dump(out: Path, model: Path | None) -> None:
    """Every claim of the 5,571 articles (file, offset, surface, source, cue), with the rules or
    with the model applied (--apply), for reading what the model changes."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from realtext import article_paths

    features_module.attribute_claims = _recording
    if model is not None:
        _APPLY.update(load_model(model))
    lines = []
    try:
        for path in article_paths():
            _RECORD.clear()
            doc = read_path(path)
            for c in numcheck.extract(doc):
                a = doc.offsets.to_original(c.start)
                name = f"{path.parent.name}/{path.name}"
                lines.append(f"{name}\t{a}\t{c.surface}\t{c.source or '-'}\t{c.source_cue or '-'}")
    finally:
        features_module.attribute_claims = ORIGINAL
        _APPLY.clear()
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    ap.add_argument("--json", type=Path, help="write the cases")
    ap.add_argument("--cases", type=Path, help="read the cases from an earlier --json file")
    ap.add_argument("--design", action="store_true", help="AT34: design batches and hold-out")
    ap.add_argument("--weights", type=Path, help="with --design: write the fitted weights here")
    ap.add_argument(
        "--choose", choices=["sum", "bar"], default="sum", help="with --design: how the setting is chosen"
    )
    ap.add_argument("--no-hold-out", action="store_true", help="with --design: do not score the hold-out")
    ap.add_argument("--dump", type=Path, help="write every claim's source on the 5,571 articles here")
    ap.add_argument("--apply", type=Path, help="with --dump: apply the model of this weights file")
    args = ap.parse_args(argv)
    if args.dump:
        dump(args.dump, args.apply)
        return 0
    if args.design:
        if args.cases:
            cases = [Case(**d) for d in json.loads(args.cases.read_text(encoding="utf-8"))]
        else:
            cases = collect(args.articles, DESIGN + HOLD_OUT)
        if args.json:
            args.json.write_text(json.dumps([c.__dict__ for c in cases]), encoding="utf-8")
        design_round(cases, args.weights, args.choose, not args.no_hold_out)
        return 0
    if args.cases:
        cases = [Case(**d) for d in json.loads(args.cases.read_text(encoding="utf-8"))]
    else:
        cases = collect(args.articles, SPENT)
    if args.json:
        args.json.write_text(json.dumps([c.__dict__ for c in cases]), encoding="utf-8")
    rules = {
        b: tally(mine, [c.got for c in mine]) for b in SPENT for mine in [[c for c in cases if c.batch == b]]
    }
    opened = [c for c in cases if c.open and c.cand is not None]
    kinds = Counter(("rules carry" if c.rule_carried else "rules stop", _target(c)) for c in opened)
    print(f"{len(cases)} labelled figures; {len(opened)} with no cue of their own and a candidate source")
    for (how, target), n in sorted(kinds.items(), key=str):
        what = {1: "the label is the candidate", 0: "own voice", None: "another source"}[target]
        print(f"  {how}, {what}: {n}")
    print(_line("rules", _sum(list(rules.values()))))
    print("\nflat leave-one-batch-out (every setting, all twelve folds; the best is optimistic):")
    for setting in GRID:
        t = _sum([held_out(cases, [b for b in SPENT if b != h], h, setting) for h in SPENT])
        print(_line(f"{setting[0]} w{setting[1]} t{setting[2]}", t))
    print("\nnested: for each held-out batch, the setting chosen by leave-one-batch-out on the other eleven")
    print("per batch, rules -> model (attributed; own voice):")
    nested = {}
    for h in SPENT:
        rest = [b for b in SPENT if b != h]
        score = {
            g: sum(t[0] + t[2] for t in (held_out(cases, [b for b in rest if b != i], i, g) for i in rest))
            for g in GRID
        }
        best = max(GRID, key=lambda g: score[g])
        nested[h] = held_out(cases, rest, h, best)
        r, m = rules[h], nested[h]
        print(f"{h:>11}: {r[0]}/{r[1]} -> {m[0]}/{m[1]}; {r[2]}/{r[3]} -> {m[2]}/{m[3]}   [{best}]")
    print(_line("rules", _sum(list(rules.values()))))
    print(_line("model (nested cross-validation)", _sum(list(nested.values()))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
