"""How the findings of a scan of the benchmark corpus compare with the discrepancies planted in it.

    python bench/make_corpus.py
    numcheck scan bench/corpus/articles --output bench/out/corpus-scan.jsonl
    python bench/corpus_check.py [--scan bench/out/corpus-scan.jsonl] [--examples 5]

A planted discrepancy counts as found when the article has a finding (warning or error) that cites
a claim overlapping one of the planted surfaces; "right category" also asks for the category a
numbers editor would give it. Findings (warning or error) in articles with nothing planted are
false alarms: the corpus's clean copy is full of figures that look alike but are not the same
measurand ("the previous record, 42°C", "two years ago the figure stood at 35%"), so this is a
rough precision probe, not a gold standard. Writes bench/out/corpus-check.json.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EXPECTED = {
    "transposed": "internal-inconsistency",
    "factor_1000": "internal-inconsistency",
    "wrong_conversion": "conversion-error",
    "parts_exceed": "arithmetic-error",
    "percent_change": "arithmetic-error",
    "sources_disagree": "source-discrepancy",
}


def overlaps(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def evaluate(scan: list[dict[str, Any]], manifest: list[dict[str, Any]], corpus: Path) -> dict[str, Any]:
    by_path = {Path(r["path"]).name: r for r in scan}
    planted = Counter()
    found = Counter()
    right = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    false_alarms = Counter()
    fa_examples: dict[str, list[str]] = defaultdict(list)
    clean_articles = 0
    clean_flagged = 0
    scanned = 0
    for m in manifest:
        rec = by_path.get(Path(m["path"]).name)
        if rec is None or rec.get("error"):
            continue
        scanned += 1
        serious = [f for f in rec.get("findings", []) if f.get("severity") in ("error", "warning")]
        cited = rec.get("cited", {})
        if not m["planted"]:
            clean_articles += 1
            clean_flagged += bool(serious)
            for f in serious:
                false_alarms[f"{f['rule']} {f['category']}"] += 1
                key = f"{f['rule']} {f['category']}"
                if len(fa_examples[key]) < 50:
                    surfaces = " | ".join(cited.get(c, {}).get("surface", c) for c in f.get("claims", []))
                    fa_examples[key].append(f"{m['path']}: {f['message']}  [{surfaces}]")
            continue
        for p in m["planted"]:
            kind = str(p["kind"])
            planted[kind] += 1
            hit = [
                f
                for f in serious
                if any(
                    overlaps(cited.get(c, {}).get("surface", ""), s)
                    for c in f.get("claims", [])
                    for s in p["surfaces"]
                )
            ]
            if hit:
                found[kind] += 1
                right[kind] += any(f["category"] == EXPECTED[kind] for f in hit)
            elif len(misses[kind]) < 50:
                misses[kind].append(f"{m['path']}: {' / '.join(map(str, p['surfaces']))}")
    return {
        "articles_scanned": scanned,
        "planted": dict(planted),
        "found": dict(found),
        "found_right_category": dict(right),
        "recall_any_category": sum(found.values()) / max(1, sum(planted.values())),
        "recall_right_category": sum(right.values()) / max(1, sum(planted.values())),
        "clean_articles": clean_articles,
        "clean_articles_flagged": clean_flagged,
        "false_alarms_by_rule": dict(false_alarms.most_common()),
        "false_alarm_examples": fa_examples,
        "missed_examples": misses,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--scan", type=Path, default=HERE / "out" / "corpus-scan.jsonl")
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args()
    if not args.scan.exists():
        raise SystemExit(
            f"{args.scan}: no scan output (numcheck scan {args.corpus / 'articles'} --output {args.scan})"
        )
    scan = [json.loads(x) for x in args.scan.read_text(encoding="utf-8").splitlines() if x.strip()]
    manifest_text = (args.corpus / "manifest.jsonl").read_text(encoding="utf-8")
    manifest = [json.loads(x) for x in manifest_text.splitlines()]
    res = evaluate(scan, manifest, args.corpus)
    (HERE / "out").mkdir(exist_ok=True)
    out = HERE / "out" / "corpus-check.json"
    out.write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")

    print(f"{res['articles_scanned']} articles; planted discrepancies found (any category / right category):")
    for kind, n in sorted(res["planted"].items()):
        print(
            f"  {kind:18} {res['found'].get(kind, 0):4}/{n:<4} "
            f"{res['found_right_category'].get(kind, 0):4}/{n:<4} (expected {EXPECTED[kind]})"
        )
    print(f"  {'all':18} {res['recall_any_category']:.0%}      {res['recall_right_category']:.0%}")
    print(f"clean articles with a warning or error: {res['clean_articles_flagged']}/{res['clean_articles']}")
    for key, n in res["false_alarms_by_rule"].items():
        print(f"  {key:40} {n}")
        for ex in res["false_alarm_examples"][key][: args.examples]:
            print(f"      {ex[:200]}")
    if args.examples:
        print("missed, for example:")
        for kind, exs in res["missed_examples"].items():
            for ex in exs[: args.examples]:
                print(f"  {kind:18} {ex}")
    print("wrote bench/out/corpus-check.json")


if __name__ == "__main__":
    main()
