#!/usr/bin/env python3
"""Fit the same-measurand scorer on published articles and write rules/judgement.yaml.

    python bench/fit_judgement.py            # fit on the 'fit' part, report on 'measure', write
    python bench/fit_judgement.py --dry-run  # the same without writing the weights

Weak labels from real text (published copy is almost always consistent):
  positive: two figures of one kind in one article with the same, specific value (two or more
            significant digits, not a year): a restatement of one measurand;
  negative: two figures of one kind whose intervals cannot both hold: different measurands.
Only pairs that knowledge allows (link.could_be_same) are labelled. The features
(numcheck/frames.py) never see the values, so the model learns which *contexts* restate a figure,
not that equal numbers are equal. Logistic regression (L2), then Platt scaling fitted on
out-of-fold scores (GroupKFold by article). The threshold is chosen on the fit part so that at
most TARGET of articles hold a disagreeing pair scored at or above it; the report on the measure
part gives the article-level false-alarm rate, restatement recall at the threshold (a mutated
restatement scores what its original scores: the features do not see values) and a reliability
table (predicted probability against the observed share of restatements).

scikit-learn is needed here only (pip install scikit-learn); numcheck reads the weights with
plain Python (numcheck/scorer.py).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realtext import article_paths, read_articles  # noqa: E402

from numcheck.api import _config  # noqa: E402
from numcheck.checks.within import _different_sources, candidate_pairs  # noqa: E402
from numcheck.featurenames import FEATURE_DOCS, FEATURES  # noqa: E402
from numcheck.frames import _value_digits, digits, frames, list_sentences, pair_features  # noqa: E402
from numcheck.link import agree, point, same_measurand  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "rules" / "judgement.yaml"
TARGET = {"NC301": 0.004, "NC201": 0.004}  # share of fit articles a rule may flag at its threshold
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--C", type=float, default=0.3)
    a = ap.parse_args()

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

    # each rule's threshold: the lowest at which at most TARGET of the fit articles hold a natural
    # pair it would report (NC301: values that cannot both hold; NC201: values in two voices)
    oof_of = {id(r): o for r, o in zip(rows, oof, strict=True)}
    thresholds = {}
    for code in ("NC301", "NC201"):
        top: dict[int, float] = defaultdict(float)
        for r in allrows:
            if r[1] == 0 and (r[3] == "voices" if code == "NC201" else r[4] and r[3] != "voices"):
                z = oof_of.get(id(r), float(np.array(r[0]) @ w))
                top[r[2]] = max(top[r[2]], float(prob(z)))
        tops = sorted(top.values(), reverse=True)
        allowed = int(TARGET[code] * n_fit)
        thresholds[code] = round(float(tops[allowed]) + 1e-4, 4) if allowed < len(tops) else 0.0
    threshold = thresholds["NC301"]

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
        write(w, pa, pb, thresholds, n_fit, len(y), int(y.sum()), table, recall, len(flagged) / n_measure)
        print(f"\nwrote {OUT.relative_to(HERE)}")


def write(w, pa, pb, thresholds, n_articles, n_pairs, n_pos, rows, recall, measured_rate) -> None:
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
    lines += [
        "# A desk may refit on its own copy and ship the result in its rule pack, or raise the",
        "# threshold to see fewer, surer findings.",
        "",
        "# Per rule, the probability at or above which a finding takes the rule's severity",
        "# (below it: info),",
        "# chosen on the fit part so that at most 0.4% of articles are flagged by each (NC201 reports only",
        "# pairs the hand linker, link.same_measurand, ties in two named voices):",
        "thresholds:",
        *(f"  {code}: {t}" for code, t in thresholds.items()),
        "info_floor: 0.5   # NC301 mentions a disagreeing pair as info from here; below, not at all",
        f"platt: {{a: {pa:.6f}, b: {pb:.6f}}}",
        "weights:",
    ]
    for name, wi in zip(FEATURES, w, strict=True):
        lines.append(f"  {name}: {wi:+.6f}   # {FEATURE_DOCS[name]}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
