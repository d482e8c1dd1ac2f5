"""How far two people agree on who a figure is attributed to: the ceiling for issue 10's target.

    python bench/attribution_agreement.py

`bench/attribution_agreement.tsv` holds a second annotator's labels for 200 figures drawn from the
design batches of `bench/attribution_labels.tsv` (see its header for how they were drawn and
labelled). This script compares the two annotators with the very test `bench/attribution.py`
scores numcheck by (`same_source`): on the figures the first labels call attributed, how often the
second names the same source (the figure comparable to numcheck's "attributed ... right"), on the
ones it calls the article's own voice, how often the second agrees, and overall. Where the second
label lists a group of sources as one name ("A, B and C") each of them is tried as well. Figures
the second annotator leaves out ("SKIP") are counted apart. Needs no article text and no numcheck.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from attribution import read_labels, same_source  # noqa: E402

SECOND = HERE / "attribution_agreement.tsv"


def read_second(path: Path = SECOND) -> dict[tuple[str, int], tuple[list[str] | None, str]]:
    """(file, offset) -> (the second annotator's sources, [] for own voice, None for SKIP; mark)."""
    out: dict[tuple[str, int], tuple[list[str] | None, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("file\t"):
            continue
        file, offset, _surface, source, *rest = line.split("\t")
        mark = rest[0] if rest else ""
        if source == "SKIP":
            out[(file, int(offset))] = (None, mark)
            continue
        alts = [] if source.strip() == "-" else [s.strip() for s in source.split(" | ")]
        for a in list(alts):  # "A, B and C" named together: each of them too
            parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", a) if p.strip()]
            if len(parts) > 1:
                alts.extend(parts)
        out[(file, int(offset))] = (alts, mark)
    return out


def agree(first: list[str], second: list[str]) -> bool:
    if not first or not second:
        return not first and not second
    return any(same_source(s, first) for s in second)


def main() -> int:
    second = read_second()
    first = {(lab.file, lab.offset): lab for lab in read_labels() if (lab.file, lab.offset) in second}
    missing = set(second) - set(first)
    if missing:
        print(f"{len(missing)} figures of the second annotator have no first label", file=sys.stderr)
        return 1
    tally: Counter[str] = Counter()
    for key, lab in first.items():
        alts, mark = second[key]
        if alts is None:
            tally["skipped"] += 1
            continue
        side = "attributed" if lab.sources else "own voice"
        tally[side] += 1
        ok = agree(lab.sources, alts)
        tally[side + " agree"] += ok
        if mark == "ambiguous":
            tally["ambiguous"] += 1
            tally["ambiguous agree"] += ok
        if lab.sources and alts and not ok:
            tally["attributed, another source"] += 1
        elif lab.sources and not alts:
            tally["attributed, second says own voice"] += 1
        elif not lab.sources and alts:
            tally["own voice, second names a source"] += 1
    n = tally["attributed"] + tally["own voice"]
    both = tally["attributed agree"] + tally["own voice agree"]
    print(f"figures compared: {n} (skipped by the second annotator: {tally['skipped']})")
    for side in ("attributed", "own voice"):
        print(
            f"  first label {side}: second agrees on {tally[side + ' agree']}/{tally[side]}"
            f" ({tally[side + ' agree'] / max(tally[side], 1):.1%})"
        )
    print(f"  overall: {both}/{n} ({both / max(n, 1):.1%})")
    print(
        f"  disagreements: {tally['attributed, another source']} another source, "
        f"{tally['attributed, second says own voice']} attributed -> own voice, "
        f"{tally['own voice, second names a source']} own voice -> a source"
    )
    print(
        f"  marked ambiguous by the second annotator: {tally['ambiguous']} "
        f"(agreeing on {tally['ambiguous agree']})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
