"""How far apart published copy's restatements of one pair of currencies lie (round RL35): the tally
that `currency_rates` in rules/tolerances.yaml is set from.

    python bench/currency_rates.py DIR [DIR ...] [--list] [-j 2]

For every article (.txt, in any sub-folder of DIR) that numcheck reads as restating money in another
currency two or more times for one pair of currencies (conversion.py's `_rates_disagree` reads these
at no stated rate), each restatement's rate is taken as an interval from the rounding of its two
figures; a group's gap is how far apart the farthest two intervals lie (0 when all meet). Prints, per
DIR, the articles and groups and how many groups lie more than 0, 5 and 10% apart and more
than the band `currency_rates` allows (a group beyond it is reported by NC401). --list prints each
group that lies apart: the file, the pair, the gap and the figures' surfaces (for reading; nothing
of it belongs in the repository). The hand-read rows this reading can reach are counted by
`--handread`: the rows of bench/handread_misses_rl22.tsv sorted currency_no_rate in the design
samples (1-12, fit) and the check samples (13-20), and how many sit in an article that restates
their pair again.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections.abc import Iterable
from multiprocessing import Pool
from pathlib import Path

from numcheck.api import _config
from numcheck.link import interval
from numcheck.models import Claim

HERE = Path(__file__).resolve().parent
DESIGN = [
    "handread_labels.tsv",
    *[f"handread_labels_{i}.tsv" for i in range(2, 13)],
    "handread_labels_fit.tsv",
]
CHECK = [f"handread_labels_{i}.tsv" for i in range(13, 21)]


def groups(claims: list[Claim]) -> dict[tuple[str, str], list[tuple[Claim, Claim]]]:
    """The restatements of money in another currency, by (currency, restated currency)."""
    by_id = {c.id: c for c in claims}
    out: dict[tuple[str, str], list[tuple[Claim, Claim]]] = {}
    for b in claims:
        a = by_id.get(b.conversion_of or "")
        if a is None or a.kind != "money" or b.kind != "money" or a.unit == b.unit:
            continue
        out.setdefault((a.unit or "", b.unit or ""), []).append((a, b))
    return out


def gap(pairs: Iterable[tuple[Claim, Claim]]) -> float:
    """How far apart (a share) the farthest two rates of the restatements lie beyond their rounding."""
    rates = []
    for a, b in pairs:
        alo, ahi = interval(a)
        blo, bhi = interval(b)
        if alo > 0 and blo > 0 and not math.isinf(ahi) and not math.isinf(bhi):
            rates.append((blo / ahi, bhi / alo))
    if len(rates) < 2:
        return 0.0
    top, bottom = max(lo for lo, _ in rates), min(hi for _, hi in rates)
    return max(0.0, top / bottom - 1)


def _article(path: Path) -> list[tuple[str, tuple[str, str], float, list[str]]]:
    from mutations import claims_of

    text = path.read_text(encoding="utf-8", errors="replace")
    if "(" not in text:
        return []
    _, claims = claims_of(text)
    out = []
    for pair, pairs in groups(claims).items():
        if len(pairs) >= 2:
            out.append((str(path), pair, gap(pairs), [f"{a.surface} ({b.surface})" for a, b in pairs]))
    return out


def tally(folder: Path, jobs: int, show: bool, slack: float) -> None:
    files = sorted(folder.rglob("*.txt"))
    with Pool(jobs) as pool:
        rows = [r for found in pool.map(_article, files, chunksize=20) for r in found]
    band = (1 + slack) / (1 - slack) - 1
    cuts = [0.0, 0.05, 0.10, band]
    counts = ", ".join(f"> {c:.0%}: {sum(1 for r in rows if r[2] > c)}" for c in cuts)
    print(f"{folder}: {len(files)} articles, {len({r[0] for r in rows})} restating one pair twice or more")
    print(f"  {len(rows)} groups; apart beyond rounding {counts} (the last is the band of currency_rates)")
    if show:
        for path, pair, g, figures in sorted(rows, key=lambda r: -r[2]):
            if g > 0:
                print(f"  {path} {pair[0]}->{pair[1]} {g:.3f} {'; '.join(figures)}")


def handread(articles: Path) -> None:
    from handread import read_labels
    from mutations import claims_of

    lines = (HERE / "handread_misses_rl22.tsv").read_text().splitlines()
    rows = list(csv.DictReader((r for r in lines if not r.startswith("#")), delimiter="\t"))
    wanted = {(r["labels"], int(r["row"])) for r in rows if r["category"] == "currency_no_rate"}
    for name, files in (("design", DESIGN), ("check", CHECK)):
        total = unread = alone = reached = 0
        for f in files:
            for i, lb in enumerate(read_labels(HERE / f), 1):
                if (f, i) not in wanted:
                    continue
                total += 1
                _, claims = claims_of((articles / lb.article).read_text(encoding="utf-8", errors="replace"))
                (s0, e0), (s1, e1) = lb.spans[:2]
                pair = next(
                    (
                        k
                        for k, ps in groups(claims).items()
                        for a, b in ps
                        if a.start < e0 and s0 < a.end and b.start < e1 and s1 < b.end
                    ),
                    None,
                )
                if pair is None:
                    unread += 1
                elif len(groups(claims)[pair]) >= 2:
                    reached += 1
                else:
                    alone += 1
        print(
            f"{name}: {total} rows; not read as a conversion {unread}; alone in its article {alone}; "
            f"reached {reached}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--handread", action="store_true", help="count the hand-read rows the reading reaches")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    slack = _config(None).pack.tolerances.conversion.currency_rates
    for folder in a.folders:
        if not folder.is_dir():
            print(f"error: not a folder: {folder}", file=sys.stderr)
            return 2
        tally(folder, a.jobs, a.list, slack)
    if a.handread:
        from mutations import DEFAULT_DIR

        handread(DEFAULT_DIR)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
