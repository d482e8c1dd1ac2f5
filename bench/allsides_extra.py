#!/usr/bin/env python3
"""Build a larger design set of set J's genre (AllSides US political news and opinion): the
articles next in line after set J's 2,000, for reading and designing on, never for measuring.

    python bench/allsides_extra.py REPO [--out DIR] [--count N]

REPO is the git directory bench/allsides_set.py reads (github:ramybaly/Article-Bias-Prediction).
The articles are cleaned and tested as bench/allsides_set.py does (the pages' furniture dropped,
the Reuters and BBC outlets left out, bodies of fewer than 100 words left out, a body whose opening
is an earlier kept body's, a published article's of the 5,571 or any article's in another set under
`<temp dir>/numcheck-fresh` left out: set J's own 2,000 among them). Of the rest, ordered by the
SHA-256 of their names as set J's were, the first N (default 3,000) are taken: set J took the 2,000
smallest, so these come next and none is one of J's. Any of them at least 30% of whose 8-word runs
are in one article of J's blind half (`allsides/measure`) is left out too (the same story as a
blind article: designing on it would leak into the measure); the script compares runs and nothing
else, and prints only the count. All go to DIR (default `<temp dir>/numcheck-fresh/allsides_extra`),
one folder, `fit/`: it may be read and designed on; set J's `measure` stays the measure.

A further slice: `--out <temp dir>/numcheck-fresh/allsides_extra2` leaves out every other set's
articles, the first slice's among them, so its N are the next in line (the 2026-12-05 rounds built
`allsides_extra2` this way, 3,000 asked, as a second design set).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from collections import Counter
from pathlib import Path

from allsides_set import SPENT_SOURCES, body_of, furniture, read_records
from fnc_set import MIN_WORDS, SEEN_SHARE, known_openings, opening_key, runs

NAME = "allsides_extra"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("repo", type=Path)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "numcheck-fresh" / NAME)
    ap.add_argument("--count", type=int, default=3000)
    args = ap.parse_args()
    records = read_records(args.repo)
    drop = furniture(records)
    known = known_openings(args.out, args.out.name)  # every other set's articles, allsides_extra's too
    left: Counter[str] = Counter()
    kept: dict[str, str] = {}
    for r in records:
        if r["source"].strip() in SPENT_SOURCES:
            left["spent_source"] += 1
            continue
        body, _ = body_of(r["content_original"], drop)
        if len(body.split()) < MIN_WORDS:
            left["short"] += 1
            continue
        key = opening_key(body)
        if key in known:
            left["repeated_or_in_other_sets"] += 1
            continue
        known.add(key)
        kept[f"allsides_{r['ID']}.txt"] = body
    order = sorted(kept, key=lambda n: hashlib.sha256(n.encode()).hexdigest())[: args.count]
    blind = Path(tempfile.gettempdir()) / "numcheck-fresh" / "allsides" / "measure"
    blind_runs: dict[str, set[int]] = {}
    for i, p in enumerate(sorted(blind.glob("*.txt"))):
        for run in runs(p.read_text(encoding="utf-8", errors="replace")):
            blind_runs.setdefault(run, set()).add(i)
    out = args.out / "fit"
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for name in order:
        mine = runs(kept[name])
        shared: Counter[int] = Counter(i for run in mine for i in blind_runs.get(run, ()))
        if mine and shared and max(shared.values()) >= SEEN_SHARE * len(mine):
            left["same_story_as_a_blind_article"] += 1
            continue
        (out / name).write_text(kept[name] + "\n", encoding="utf-8")
        written += 1
    print(f"{out}: written {written}; " + ", ".join(f"{k} {n}" for k, n in sorted(left.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
