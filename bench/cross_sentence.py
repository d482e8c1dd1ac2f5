"""What a reading of parts across sentences by their counted nouns alone would do (issue 13,
round RL34): a count whose noun is a kind of an earlier count's noun, in the next sentence of the
same paragraph, read as a part of it, with no cue word. numcheck does not read this; the script
measures it, so that a later round can see what such a reading gains and what it costs.

    python bench/cross_sentence.py --labels bench/handread_labels_3.tsv [--labels ...]
    python bench/cross_sentence.py --folder DIR [--folder DIR ...]

With --labels: for each labelled relation of kind parts or parts_complete, whether the reading
joins its whole to one of its parts, whole first (as the label has it) or the other way round (the
part written first: the reading would take the larger figure for a part, a finding on the
published article). With --folder: how many pairs it reads in the folder's articles and how many of
them have the later count above the earlier one, each a finding the reading would raise on
published copy. Counts only: nothing of an article's text is printed.

The reading: both figures counts with a counted noun, compatible as numcheck's relations take
them (one class, or people and a kind of people: rules/nouns.yaml); the earlier the last such count
of its sentence; the later in the sentence right after it, in the same paragraph.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from handread import read_labels
from mutations import DEFAULT_DIR, claims_of

from numcheck.api import _config
from numcheck.models import Claim
from numcheck.relations.cues import _people_nouns
from numcheck.relations.figures import compatible


def next_sentence_pairs(claims: list[Claim], people: set[str]) -> list[tuple[Claim, Claim]]:
    """(earlier, later) counts of compatible nouns in adjacent sentences of one paragraph."""
    counts = [c for c in claims if c.kind == "count" and c.noun_class and c.value is not None]
    out = []
    for w in counts:
        if any(c.sentence == w.sentence and c.start > w.start and compatible(w, c, people) for c in counts):
            continue  # not the last of its kind in its sentence
        for p in counts:
            if p.sentence == w.sentence + 1 and p.paragraph == w.paragraph and compatible(w, p, people):
                out.append((w, p))
    return out


def _above(p: Claim, w: Claim) -> bool:
    lo = p.low if p.low is not None else p.value
    hi = w.high if w.high is not None else w.value
    return lo is not None and hi is not None and lo > hi


def _on(c: Claim, span: tuple[int, int]) -> bool:
    return c.start < span[1] and span[0] < c.end


def labels_tally(paths: list[Path], articles: Path, people: set[str]) -> Counter[str]:
    """Labelled parts relations the reading joins whole first, part first, or not at all."""
    out: Counter[str] = Counter()
    for path in paths:
        for lb in read_labels(path):
            if not lb.kind.startswith("parts"):
                continue
            _, claims = claims_of((articles / lb.article).read_text(encoding="utf-8"))
            pairs = next_sentence_pairs(claims, people)
            whole, parts = lb.spans[0], lb.spans[1:]
            if any(_on(w, whole) and any(_on(p, s) for s in parts) for w, p in pairs):
                out["joined, whole first"] += 1
            elif any(_on(p, whole) and any(_on(w, s) for s in parts) for w, p in pairs):
                out["joined, part first (a finding on the published article)"] += 1
            else:
                out["not joined"] += 1
    return out


def folder_tally(folder: Path, people: set[str]) -> Counter[str]:
    """Pairs the reading joins in a folder's articles, and those whose later count is the larger."""
    out: Counter[str] = Counter()
    for f in sorted(folder.glob("*.txt")):
        _, claims = claims_of(f.read_text(encoding="utf-8", errors="replace"))
        pairs = next_sentence_pairs(claims, people)
        out["articles"] += 1
        out["articles with a pair"] += bool(pairs)
        out["pairs"] += len(pairs)
        out["pairs with the later count above the earlier (a finding)"] += sum(_above(p, w) for w, p in pairs)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, action="append", default=[])
    ap.add_argument("--articles", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--folder", type=Path, action="append", default=[])
    args = ap.parse_args(argv)
    if not args.labels and not args.folder:
        ap.error("give --labels or --folder")
    people = _people_nouns(_config(None).pack)
    if args.labels:
        for k, v in labels_tally(args.labels, args.articles, people).most_common():
            print(f"labels: {k}: {v}")
    for folder in args.folder:
        if not folder.is_dir():
            print(f"error: no such folder: {folder}", file=sys.stderr)
            return 2
        for k, v in folder_tally(folder, people).items():
            print(f"{folder}: {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
