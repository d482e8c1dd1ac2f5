#!/usr/bin/env python3
"""Every figure of the judgement's 'done when' in one run, on the split written down in
bench/realtext.py (weights and thresholds are fitted on 'fit'; figures are reported on 'measure').

    python bench/judgement.py                 # SummEdits, published articles, acceptance, seed
    python bench/judgement.py --examples 10   # and what was flagged or missed, to read
    python bench/judgement.py --part all      # both parts

SummEdits: an item is flagged when a warning or error cites a claim of the draft (as
../shared/eval/real/score.py counts); the naive baseline flags a draft with a number token whose
value is nowhere in the source (the same rule as that kit's, re-implemented here).
Published articles: every warning or error is presumed a false alarm (read them: some are true).
The acceptance cases and the seed are run only if the evaluation kit is beside the repository.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realtext import article_paths, read_articles, summedits_items  # noqa: E402

import numcheck  # noqa: E402
from numcheck.api import _config  # noqa: E402
from numcheck.checks.runner import run_checks  # noqa: E402
from numcheck.read import read_text  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
SERIOUS = ("warning", "error")
_KIT = HERE.parent / "shared" / "eval" / "real" / "build.py"
_NUM = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?")


def _values(text: str) -> set[float]:
    """The kit's baseline number finder when the kit is beside the repository, else a plain one."""
    if _KIT.is_file():
        sys.path.insert(0, str(_KIT.parent))
        from build import values  # the evaluation kit's own: the baseline as its score.py runs it

        return values(text)
    return {float(m.group().replace(",", "")) for m in _NUM.finditer(text)}


def summedits(part: str, examples: int) -> None:
    items = summedits_items(None if part == "all" else part)
    ours, base, notes = [], [], []
    for it in items:
        src = read_text(it["source"], doc_id="s0", path="source.txt").model_copy(update={"role": "source"})
        report = numcheck.check([it["draft"]], [src])
        drafts = {c.id for c in report.claims if c.doc == "d0"}
        fs = [f for f in report.findings if f.severity in SERIOUS and set(f.claims) & drafts]
        ours.append(bool(fs))
        base.append(bool(_values(it["draft"]) - _values(it["source"])))
        notes.append(fs)
    n_err = sum(it["gold"] == "error" for it in items)

    def rates(flags: list[bool]) -> tuple[float, float, float]:
        tp = sum(f and it["gold"] == "error" for it, f in zip(items, flags, strict=True))
        fp = sum(f and it["gold"] == "clean" for it, f in zip(items, flags, strict=True))
        return tp / max(1, tp + fp), tp / max(1, n_err), fp / max(1, len(items) - n_err)

    p, r, c = rates(ours)
    bp, br, bc = rates(base)
    print(f"SummEdits ({part}: {len(items)} items, {n_err} with changed figures)")
    print(f"  numcheck  P {p:.2f}  R {r:.2f}  clean drafts flagged {c:.1%}")
    print(f"  baseline  P {bp:.2f}  R {br:.2f}  clean drafts flagged {bc:.1%}")
    print("  findings:", dict(Counter(f"{f.rule} {f.severity}" for fs in notes for f in fs)))
    rng = random.Random(0)
    misses = [it for it, f in zip(items, ours, strict=True) if it["gold"] == "error" and not f]
    alarms = [(it, fs) for it, fs, f in zip(items, notes, ours, strict=True) if it["gold"] == "clean" and f]
    for it in rng.sample(misses, min(examples, len(misses))):
        print(f"  miss {it['id']}: changed {it['error_figures']}")
    for it, fs in rng.sample(alarms, min(examples, len(alarms))):
        print(f"  false alarm {it['id']}: {fs[0].rule} {fs[0].message[:160]}")


def articles(part: str, examples: int) -> None:
    cfg = _config(None)
    paths = article_paths(None if part == "all" else part)
    flagged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    shown = []
    for path, doc, claims in read_articles(paths):
        s = Path(path).parent.name
        total[s] += 1
        fs = [f for f in run_checks(cfg, [doc], claims) if f.severity in SERIOUS]
        if fs:
            flagged[s] += 1
            rules.update({f.rule for f in fs})
            shown += [(f"{s}/{Path(path).name}", f.rule, f.message[:150]) for f in fs]
    n, k = sum(total.values()), sum(flagged.values())
    print(f"Published articles ({part}): {k} of {n} flagged at warning or error ({k / max(1, n):.2%})")
    for s in total:
        print(f"  {s}: {flagged[s]} of {total[s]} ({flagged[s] / total[s]:.2%})")
    print("  articles flagged by rule:", dict(rules))
    for row in random.Random(0).sample(shown, min(examples, len(shown))):
        print("  ", *row)


def acceptance() -> None:
    score = HERE.parent / "shared" / "eval" / "score.py"
    if not score.is_file():
        print("Acceptance cases: the evaluation kit is not beside the repository; skipped")
        return
    cmd = f"{sys.executable} -m numcheck"
    out = subprocess.run([sys.executable, str(score), "--cmd", cmd], capture_output=True, text=True).stdout
    print("Acceptance cases:", out.strip().splitlines()[-1] if out.strip() else "no output")
    seed = next((HERE / "seeds").glob("*.txt"))
    report = numcheck.check_paths([seed])
    print(f"Seed: {[(f.rule, f.severity.value) for f in report.findings]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("fit", "measure", "all"), default="measure")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--only", choices=("summedits", "articles", "acceptance"))
    a = ap.parse_args()
    print("split: bench/realtext.py (SHA-1 of the name; weights and thresholds fitted on 'fit')\n")
    if a.only in (None, "summedits"):
        summedits(a.part, a.examples)
    if a.only in (None, "articles"):
        articles(a.part, a.examples)
    if a.only in (None, "acceptance"):
        acceptance()


if __name__ == "__main__":
    main()
