#!/usr/bin/env python3
"""The same-measurand scorer's file, rules/judgement.yaml: its weights and each rule's threshold.

    python bench/fit_judgement.py                  # keep the weights, choose the thresholds, write
    python bench/fit_judgement.py --refit          # refit the weights at this commit, then the same
    python bench/fit_judgement.py --refit --dry-run  # the same without writing

Thresholds come from pairs read and judged by hand (bench/judgement_labels.tsv: article, the two
figures' offsets, slip / two voices / different measurands): each rule's threshold is the lowest,
on a step of STEP, above every pair labelled a different measurand that scores below the rule's
lowest pair labelled true. A false pair that outscores a true one stays above the threshold (the
budget: it cannot be taken away without that true one), and the script names it. A kind in KINDS
takes its own threshold from its own pairs ('NC301 percent'). Each pair is scored as a check with
the weights reports it (numcheck.check with them in its pack). Without --refit the weights are the
ones in the file, with the fit paragraph of its head: this script wrote them at commit FITTED, and
that commit's bench/fit_judgement.py, run there (scikit-learn 1.9.1), writes every weight, the
Platt terms and the fit paragraph again, all but its date (checked 2026-12-08):

    git archive FITTED | tar -x -C DIR && cd DIR && PYTHONPATH=DIR python bench/fit_judgement.py

The fit (--refit):

Weak labels from real text (published copy is almost always consistent):
  positive: two figures of one kind in one article with the same, specific value (two or more
            significant digits, not a year): a restatement of one measurand;
  negative: two figures of one kind whose intervals cannot both hold: different measurands.
Only pairs that knowledge allows (link.could_be_same) are labelled. The features
(numcheck/frames.py) never see the values, so the model learns which *contexts* restate a figure,
not that equal numbers are equal. Logistic regression (L2), then Platt scaling fitted on
out-of-fold scores (GroupKFold by article). The thresholds then come from the labelled pairs as
above (the old choice, at most TARGET of the fit articles holding a disagreeing pair at or above the
threshold, is printed for comparison); the report on the measure part, at NC301's threshold,
gives the article-level false-alarm rate, restatement recall at the threshold (a mutated
restatement scores what its original scores: the features do not see values) and a reliability
table (predicted probability against the observed share of restatements).

scikit-learn is needed here only (pip install scikit-learn); numcheck reads the weights with
plain Python (numcheck/scorer.py).
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realtext import ARTICLES, article_paths, read_articles  # noqa: E402

from numcheck.api import _config  # noqa: E402
from numcheck.checks.within import _different_sources, candidate_pairs  # noqa: E402
from numcheck.featurenames import FEATURE_DOCS, FEATURES  # noqa: E402
from numcheck.frames import _value_digits, digits, frames, list_sentences, pair_features  # noqa: E402
from numcheck.link import agree, point, same_measurand  # noqa: E402
from numcheck.rulepack import JudgementFile, load_yaml_model  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "rules" / "judgement.yaml"
LABELS = HERE / "bench" / "judgement_labels.tsv"
FITTED = "80c1cdf"  # the commit at which this script (--refit) wrote the shipped weights, 2026-11-30
TARGET = {"NC301": 0.004, "NC201": 0.004}  # --refit: the share of fit articles the old choice allowed
STEP = 0.01  # thresholds are chosen on this step: a few dozen labelled pairs place them no finer
# kinds that take a threshold of their own: two percentages meet one digit apart or in another order
# by chance (poll shares of groups, questions and years), which no other kind does so often
KINDS = {"NC301": ("percent",)}
TRUE = {"NC301": {"slip"}, "NC201": {"slip", "sources"}}  # the labels each rule should report
PERCENT = {"percent", "percentage_point"}
GENERIC = {g.lower() for g in _config(None).pack.attribution.generic}


def specific(c) -> bool:
    """A value unlikely to repeat by chance: two or more significant digits, not a year."""
    v = point(c)
    if v is None or c.value is None:
        return False
    if c.kind in {"number", "count"} and float(v).is_integer() and 1900 <= v <= 2100:
        return False
    digits = re.sub(r"\D", "", f"{abs(c.value):.10g}".split("e")[0]).strip("0")
    return len(digits) >= 2


SLIPS = ("digits transposed", "a power of ten", "a factor of 1,000", "one digit changed", "a nearby figure")


def plant(pb: float, db: str, kind: str, rng: random.Random) -> tuple[float, str] | None:
    """b's value after the slip `kind` (value, significant digits), or None if it cannot happen."""
    if kind == "digits transposed":
        spots = [i for i in range(len(db) - 1) if db[i] != db[i + 1]]
        if not spots:
            return None
        i = rng.choice(spots)
        new = db[:i] + db[i + 1] + db[i] + db[i + 2 :]
        return pb * int(new) / int(db), new.strip("0") or "0"
    if kind == "a power of ten":
        return pb * rng.choice((10, 100, 0.1, 0.01)), db
    if kind == "a factor of 1,000":
        return pb * rng.choice((1000, 0.001)), db
    if kind == "one digit changed":
        i = rng.randrange(len(db))
        d = rng.choice([x for x in "0123456789" if x != db[i] and not (i == 0 and x == "0")])
        new = db[:i] + d + db[i + 1 :]
        return pb * int(new) / int(db), new.strip("0") or "0"
    new_v = pb * rng.choice((0.8, 0.85, 0.9, 1.1, 1.15, 1.2, 1.25))
    return new_v, _value_digits(float(f"{new_v:.{max(1, len(db))}g}"))


def restatement(a, b) -> bool:
    pa, pb = point(a), point(b)
    return pa is not None and pa == pb and specific(a)


def dataset(part: str, seed: int = 0):
    """Rows (features, label, article, slip kind): natural disagreeing pairs (0) and restatements
    with one figure turned by a planted slip (1)."""
    rng = random.Random(seed)
    rows = []
    for gi, (_, doc, claims) in enumerate(read_articles(article_paths(part))):
        claims = [c for c in claims if c.doc == doc.id]
        fr = frames(claims, [doc])
        lists = list_sentences(claims)
        for a, b in candidate_pairs(claims):
            if restatement(a, b):
                for kind in rng.sample(SLIPS, 2):
                    planted = plant(point(b), digits(b), kind, rng)
                    if planted:
                        rows.append(
                            (pair_features(a, b, fr[a.id], fr[b.id], lists, planted), 1, gi, kind, True)
                        )
                continue
            pa, pb = point(a), point(b)
            voices = _different_sources(a, b, GENERIC) and same_measurand(a, b)
            if not agree(a, b) or (voices and pa is not None and pb is not None and pa != pb):
                x = pair_features(a, b, fr[a.id], fr[b.id], lists)
                # the label rows train the scorer; pairs in two voices choose NC201's threshold
                rows.append((x, 0, gi, "voices" if voices else "", not agree(a, b)))
    return rows


@dataclass(frozen=True)
class Label:
    rule: str
    path: str
    a: tuple[int, int]  # the first figure's offsets in the file
    b: tuple[int, int]
    label: str  # slip, sources (two voices disagree) or different (two measurands)
    reason: str


def read_labels(path: Path = LABELS) -> list[Label]:
    """The pairs of bench/judgement_labels.tsv."""
    out = []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for ln in lines[1:]:
        rule, where, a0, a1, b0, b1, label, reason = ln.split("\t")
        out.append(Label(rule, where, (int(a0), int(a1)), (int(b0), int(b1)), label, reason))
    return out


def _located(where: str) -> Path:
    """A label's article: under the repository when it names one of its folders; one of the 5,571
    where bench/realtext.py keeps them (ARTICLES: $NUMCHECK_REAL...); else under the temp dir."""
    head = where.split("/")[0]
    if head in {"bench", "tests"}:
        return HERE / where
    if where.startswith(REAL_PREFIX):
        return ARTICLES / where.removeprefix(REAL_PREFIX)
    return Path(tempfile.gettempdir()) / where


REAL_PREFIX = "numcheck-real/articles/"  # how the labels name an article of the 5,571


def label_scores(labels: list[Label], judgement: JudgementFile) -> list[tuple[Label, float, frozenset[str]]]:
    """Each labelled pair's confidence as a check with these weights reports it (a report gives two
    figures one finding, with the surest judgement of their places: numcheck.api.distinct_findings),
    0.0 when the rule reports no finding on it (NC301: below the info floor), and its figures' kinds."""
    from numcheck.api import check

    base = _config(None)
    config = base.model_copy(update={"pack": base.pack.model_copy(update={"judgement": judgement})})
    by_path: dict[str, list[Label]] = defaultdict(list)
    for lab in labels:
        by_path[lab.path].append(lab)
    out = []
    for where, labs in by_path.items():
        report = check(_located(where).read_text(encoding="utf-8", errors="replace"), config=config)
        claims = {c.id: c for c in report.claims}
        found = {}
        for f in report.findings:
            spans = tuple(sorted((claims[c].start, claims[c].end) for c in f.claims))
            found[(f.rule, spans)] = (f.confidence or 0.0, frozenset(claims[c].kind for c in f.claims))
        for lab in labs:
            # a pair no finding reports: its kinds from the figures at its offsets
            kinds = frozenset(c.kind for c in claims.values() if (c.start, c.end) in {lab.a, lab.b})
            out.append((lab, *found.get((lab.rule, (lab.a, lab.b)), (0.0, kinds))))
    return out


@dataclass(frozen=True)
class Choice:
    key: str  # 'NC301', 'NC301 percent', ...
    threshold: float
    pairs: int
    true_scores: tuple[float, ...]
    false_kept: tuple[float, ...]  # false pairs at or above the threshold (each outscores a true one)
    highest_false_below: float | None
    other_below: tuple[float, ...]  # pairs of one measurand the rule need not report, below it


def group_key(rule: str, kinds: frozenset[str]) -> str:
    """The threshold a finding on figures of these kinds takes (numcheck/checks/runner.py::_kind_floor)."""
    one = {"percent" if k in PERCENT else k for k in kinds}
    if len(one) == 1 and (kind := next(iter(one))) in KINDS.get(rule, ()):
        return f"{rule} {kind}"
    return rule


def choose(key: str, scored: list[tuple[Label, float]]) -> Choice:
    """The lowest threshold on STEP above every false pair that scores below the lowest true one
    (at most that true pair's score)."""
    rule = key.split()[0]
    trues = sorted(p for lab, p in scored if lab.label in TRUE[rule])
    falses = sorted((p for lab, p in scored if lab.label == "different"), reverse=True)
    lowest_true = trues[0] if trues else math.inf
    below = [p for p in falses if p < lowest_true]
    threshold = round((math.floor(below[0] / STEP) + 1) * STEP, 4) if below else 0.0
    if threshold > lowest_true:  # the step never passes a true pair: the threshold stops at it
        threshold = math.floor(lowest_true * 1e4) / 1e4
    kept = tuple(p for p in falses if p >= threshold)
    counted = TRUE[rule] | {"different"}
    other = tuple(sorted(p for lab, p in scored if lab.label not in counted and p < threshold))
    return Choice(key, threshold, len(scored), tuple(trues), kept, below[0] if below else None, other)


def choose_thresholds(w: list[float], pa: float, pb: float) -> list[Choice]:
    """Each rule's (and kind's) threshold from the labelled pairs, scored with these weights."""
    judgement = JudgementFile(weights=dict(zip(FEATURES, w, strict=True)), platt={"a": pa, "b": pb})
    scored: dict[str, list[tuple[Label, float]]] = defaultdict(list)
    for lab, p, kinds in label_scores(read_labels(), judgement):
        scored[group_key(lab.rule, kinds)].append((lab, p))
    choices = [choose(key, scored[key]) for key in sorted(scored)]
    for c in choices:
        print(
            f"{c.key}: threshold {c.threshold} from {c.pairs} labelled pairs; true pairs score "
            f"{', '.join(f'{p:.3f}' for p in c.true_scores) or 'none'}; highest false below the lowest "
            f"true {'none' if c.highest_false_below is None else round(c.highest_false_below, 4)}; "
            f"false pairs kept above it (each outscores a true one): {len(c.false_kept)}"
        )
        lost = [p for p in c.true_scores if p < c.threshold]
        if lost:
            print(f"  labelled true pairs below the threshold: {', '.join(f'{p:.3f}' for p in lost)}")
        if c.other_below:
            print(
                f"  pairs of one measurand in two voices below it (NC201's to report): "
                f"{', '.join(f'{p:.3f}' for p in c.other_below)}"
            )
    return choices


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--refit", action="store_true", help="refit the weights on the fit part at this commit")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--C", type=float, default=0.3)
    a = ap.parse_args()
    if not a.refit:
        shipped = load_yaml_model(OUT, JudgementFile)
        w = [shipped.weights[f] for f in FEATURES]
        choices = choose_thresholds(w, shipped.platt.a, shipped.platt.b)
        if not a.dry_run:
            head = OUT.read_text(encoding="utf-8").split(THRESHOLDS_HEAD)[0].rstrip("\n").splitlines()
            write(head, choices, w, shipped.platt.a, shipped.platt.b)
            print(f"\nwrote {OUT.relative_to(HERE)}")
        return
    refit(a)


def refit(a: argparse.Namespace) -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    n_fit = len(article_paths("fit"))
    n_measure = len(article_paths("measure"))
    allrows = dataset("fit")
    rows = [r for r in allrows if r[4]]
    X, y, g = (np.array([r[i] for r in rows]) for i in range(3))
    print(
        f"fit part: {n_fit} articles, {len(y)} pairs: {int(y.sum())} planted slips, "
        f"{int((y == 0).sum())} natural"
    )

    def model():
        return LogisticRegression(C=a.C, max_iter=3000, fit_intercept=False)

    oof = np.zeros(len(y))
    for tr, te in GroupKFold(5).split(X, y, g):
        oof[te] = model().fit(X[tr], y[tr]).decision_function(X[te])
    platt = LogisticRegression(C=1e6, max_iter=1000).fit(oof.reshape(-1, 1), y)
    pa, pb = float(platt.coef_[0][0]), float(platt.intercept_[0])
    w = model().fit(X, y).coef_[0]

    def prob(z):
        return 1 / (1 + np.exp(-(pa * z + pb)))

    # the old choice, for comparison: the lowest threshold at which at most TARGET of the fit articles
    # hold a natural pair the rule would report (NC301: values that cannot both hold; NC201: two voices)
    oof_of = {id(r): o for r, o in zip(rows, oof, strict=True)}
    for code in ("NC301", "NC201"):
        top: dict[int, float] = defaultdict(float)
        for r in allrows:
            if r[1] == 0 and (r[3] == "voices" if code == "NC201" else r[4] and r[3] != "voices"):
                z = oof_of.get(id(r), float(np.array(r[0]) @ w))
                top[r[2]] = max(top[r[2]], float(prob(z)))
        tops = sorted(top.values(), reverse=True)
        allowed = int(TARGET[code] * n_fit)
        old = round(float(tops[allowed]) + 1e-4, 4) if allowed < len(tops) else 0.0
        print(f"{code}: at most {TARGET[code]:.1%} of the fit articles flagged would take {old}")
    choices = choose_thresholds(list(w), pa, pb)
    threshold = next(c.threshold for c in choices if c.key == "NC301")

    mrows = [r for r in dataset("measure", seed=1) if r[4]]
    Xm, ym, gm = (np.array([r[i] for r in mrows]) for i in range(3))
    kinds = [r[3] for r in mrows]
    pm = prob(Xm @ w)
    flagged = {gi for p, lab, gi in zip(pm, ym, gm, strict=True) if lab == 0 and p >= threshold}
    recall = float(((pm >= threshold) & (ym == 1)).sum() / max(1, ym.sum()))
    print(f"measure part: {n_measure} articles, {len(ym)} pairs: {int(ym.sum())} planted slips")
    print(
        f"threshold {threshold:.3f}: articles with a natural disagreeing pair at or above it: {len(flagged)} "
        f"({len(flagged) / n_measure:.2%}); planted slips found: {recall:.1%}"
    )
    for kind in SLIPS:
        sel = np.array([k == kind for k in kinds])
        if sel.sum():
            print(f"  {kind:20s} {float((pm[sel] >= threshold).mean()):.1%} of {int(sel.sum())}")
    print(f"AUC on measure: {roc_auc_score(ym, pm):.3f}; Brier: {float(((pm - ym) ** 2).mean()):.4f}")
    print("\nreliability (measure part): predicted probability vs observed share of planted slips")
    bins = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1.0001]
    table = []
    for lo, hi in zip(bins, bins[1:], strict=False):
        sel = (pm >= lo) & (pm < hi)
        if sel.sum():
            table.append((lo, hi, int(sel.sum()), float(pm[sel].mean()), float(ym[sel].mean())))
            print(
                f"  [{lo:.2f}, {min(hi, 1):.2f})  n={int(sel.sum()):6d}  predicted {pm[sel].mean():.3f}  "
                f"observed {ym[sel].mean():.3f}"
            )
    print("\nweights (largest first):")
    for i in np.argsort(-np.abs(w)):
        print(f"  {FEATURES[i]:22s} {w[i]:+.3f}")
    if not a.dry_run:
        head = fit_head(n_fit, len(y), int(y.sum()), table, recall, len(flagged) / n_measure)
        write(head, choices, list(w), pa, pb)
        print(f"\nwrote {OUT.relative_to(HERE)}")


THRESHOLDS_HEAD = "# Per rule, the probability at or above which a finding takes the rule's severity"


def fit_head(n_articles, n_pairs, n_pos, rows, recall, measured_rate) -> list[str]:
    """The file's head: what the weights were fitted on and how they did on the measure part."""
    lines = [
        "# The same-measurand scorer: how sure numcheck is that two figures of one document measure",
        "# the same thing. Logistic regression over the features of numcheck/frames.py (all in [0, 1];",
        "# none looks at the values), then Platt scaling: p = 1 / (1 + exp(-(a * sum(w * x) + b))).",
        "#",
        f"# Fitted by bench/fit_judgement.py on {date.today().isoformat()}: {n_articles} published articles",
        "# (the 'fit' part of the split in bench/realtext.py: news, press releases, Wikinews), "
        f"{n_pairs} pairs,",
        f"# {n_pos} of them restatements (the same specific value twice) with one figure turned by a planted",
        "# slip (digits swapped, a power of ten, a factor of 1,000, one digit changed, a nearby figure),",
        "# the rest natural pairs whose values disagree (published copy: different measurands).",
        f"# On the 'measure' part: {measured_rate:.2%} of articles hold a natural pair at or above the",
        f"# threshold; {recall:.1%} of planted slips score at or above it.",
        "# Reliability on the measure part (predicted -> observed share of planted slips):",
    ]
    for lo, hi, n, pr, ob in rows:
        lines.append(f"#   [{lo:.2f}, {min(hi, 1):.2f}) n={n}: {pr:.3f} -> {ob:.3f}")
    return [
        *lines,
        "# A desk may refit on its own copy and ship the result in its rule pack, or raise the",
        "# threshold to see fewer, surer findings.",
    ]


def _file_order(c: Choice) -> tuple[bool, str]:
    """NC301 and its kinds first, then NC201 (the order the file has always had)."""
    return (not c.key.startswith("NC301"), c.key)


def write(head: list[str], choices: list[Choice], w: list[float], pa: float, pb: float) -> None:
    """rules/judgement.yaml: the fit's head, the thresholds chosen from the labels, the weights."""
    n = sum(c.pairs for c in choices)
    lines = [
        *head,
        "",
        THRESHOLDS_HEAD,
        "# (below it: info), chosen by bench/fit_judgement.py from the pairs read and judged by hand in",
        f"# bench/judgement_labels.tsv ({n} pairs of published copy and of the test suite): the lowest",
        f"# threshold, on a step of {STEP}, above every pair labelled two measurands that scores below the",
        "# rule's lowest pair labelled true (NC301: a slip; NC201: a slip or two voices that disagree).",
        "# A false pair that outscores a true one stays above (it cannot go without that true one). Two",
        "# percentages take their own threshold, from their own pairs: poll copy gives shares of groups,",
        "# questions and years that meet one digit apart or in another order by chance (45% and 54%).",
    ]
    for c in choices:
        lines.append(
            f"#   {c.key}: {c.pairs} pairs, {len(c.true_scores)} true; highest false below the lowest true "
            + ("none" if c.highest_false_below is None else f"{c.highest_false_below:.4f}")
            + f"; false kept above: {len(c.false_kept)}"
            + (f" ({min(c.false_kept):.3f}-{max(c.false_kept):.3f})" if c.false_kept else "")
        )
    lines += [
        "thresholds:",
        *(
            f"  {c.key}: {c.threshold}"
            for c in sorted(choices, key=lambda c: (c.key.split()[0] != "NC301", c.key))
        ),
        "info_floor: 0.5   # NC301 mentions a disagreeing pair as info from here; below, not at all",
        f"platt: {{a: {pa:.6f}, b: {pb:.6f}}}",
        "weights:",
    ]
    for name, wi in zip(FEATURES, w, strict=True):
        lines.append(f"  {name}: {wi:+.6f}   # {FEATURE_DOCS[name]}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
