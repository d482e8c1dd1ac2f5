#!/usr/bin/env python3
"""A change's direction turned in copy, measured on real sentences (NC103, draft against source).

    python bench/turned.py [--part measure] [--limit N]

For every sentence of a published article (bench/realtext.py's part) whose figure numcheck reads
with a direction, and whose direction word is one bench/mutations.py flips ('fell' -> 'rose'), two
drafts are checked against the whole article as their source: the sentence as published (no
finding may say the direction was turned: a false alarm) and the sentence with the word flipped
(NC103 should say so: caught). Prints both counts and a few of each to read.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutations import FLIPS  # noqa: E402
from realtext import article_paths  # noqa: E402

import numcheck  # noqa: E402
from numcheck.align import sentence_bounds  # noqa: E402
from numcheck.checks.sources import REVERSED as TURNED  # noqa: E402  (NC103's slip for it)
from numcheck.models import Document  # noqa: E402
from numcheck.read import read_text  # noqa: E402

_WORD = re.compile(r"[A-Za-z]+")


def as_source(text: str) -> Document:
    """The article read once as a source document."""
    return read_text(text, doc_id="s0", path="source.txt").model_copy(update={"role": "source"})


def turned(draft: str, source: str | Document) -> bool:
    """Does numcheck say the draft turned a direction of the source's?"""
    src = as_source(source) if isinstance(source, str) else source
    report = numcheck.check([draft], [src])
    return any(f.rule == "NC103" and f.slip == TURNED for f in report.findings)


def flipped(sentence: str, figure_at: int) -> str | None:
    """The sentence with the last flippable word before the figure (at most five words back)
    flipped, or None."""
    words = list(_WORD.finditer(sentence[:figure_at]))[-5:]
    for m in reversed(words):
        new = FLIPS.get(m.group().lower())
        if new is not None:
            new = new.capitalize() if m.group()[0].isupper() else new
            return sentence[: m.start()] + new + sentence[m.end() :]
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", default="measure", help="fit, measure or all (bench/realtext.py)")
    ap.add_argument("--limit", type=int, default=0, help="the first N articles only")
    ap.add_argument("--examples", type=int, default=5)
    a = ap.parse_args(argv)
    paths = article_paths(None if a.part == "all" else a.part)
    if a.limit:
        paths = paths[: a.limit]
    tried = caught = alarms = 0
    shown: list[str] = []
    missed: list[str] = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        source = as_source(text)
        seen: set[tuple[int, int]] = set()
        for c in numcheck.check([text]).claims:
            if c.direction is None:
                continue
            s, e = sentence_bounds(text, c.start, c.end)
            if (s, e) in seen:
                continue
            seen.add((s, e))
            sentence = text[s:e].strip()
            at = c.start - s - (len(text[s:e]) - len(text[s:e].lstrip()))
            turn = flipped(sentence, at)
            if turn is None:
                continue
            tried += 1
            if turned(sentence, source):
                alarms += 1
                shown.append(f"false alarm {path.parent.name}/{path.name}: {sentence[:160]}")
            if turned(turn, source):
                caught += 1
            else:
                missed.append(f"missed {path.parent.name}/{path.name}: {turn[:160]}")
    print(f"sentences with a flippable direction: {tried} in {len(paths)} articles")
    print(f"flipped and caught by NC103: {caught}/{tried} = {caught / max(tried, 1):.2f}")
    print(f"as published, said to be turned (false alarms): {alarms}")
    rng = random.Random(0)
    for line in shown[: a.examples] + rng.sample(missed, min(a.examples, len(missed))):
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
