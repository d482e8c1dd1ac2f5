"""Attribution accuracy on hand-labelled figures in real published articles (issue 10).

    python bench/attribution.py                      # the score, then every miss
    python bench/attribution.py --articles DIR       # where the articles are
    python bench/attribution.py --json out.json
    python bench/attribution.py --batch fit          # one batch of labels only (repeatable)

The labels are in `bench/attribution_labels.tsv` (file, the figure's offset in the file, its
surface, the expected source; see the file's header). The articles themselves are not part of
the project: they are the real-article set of ../shared/eval/real (by default
bench/realtext.py ARTICLES: $NUMCHECK_REAL_ARTICLES, else $NUMCHECK_REAL/articles, else under the temp dir).

A figure's source is *right* when numcheck's `source` names the same source as the label (or
one of its alternatives): the two, lower-cased and with punctuation and a leading article
dropped, are equal, or one is a run of whole words inside the other with at most three words to
spare ("Brown" for "Bill Brown", "the emergencies ministry" for "The Emergencies Ministry", not
"the ministry recovered ten survivors from the debris"). A label "-" (the article's own voice) is
right when numcheck gives no source. Attributed figures and own-voice figures are scored apart;
the issue's target is on the attributed ones.

The labels come in batches ("# batch: NAME" lines in the file; "dev" before the first): the
figures the reader was developed on, then batches labelled blind. Each batch is scored apart, so
a score on labels that shaped the rules is never mistaken for one on unseen articles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from realtext import ARTICLES as DEFAULT_ARTICLES  # noqa: E402  (where build.py puts them)

LABELS = HERE / "attribution_labels.tsv"


@dataclass
class Label:
    file: str
    offset: int
    surface: str
    sources: list[str]  # alternatives; [] = the article's own voice
    batch: str = "dev"


@dataclass
class Outcome:
    label: Label
    found: bool  # a claim of numcheck's covers the labelled offset
    got: str | None
    cue: str | None
    right: bool


def read_labels(path: Path = LABELS) -> list[Label]:
    out: list[Label] = []
    batch = "dev"
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"#\s*batch:\s*(\S+)", line)
        if m:
            batch = m.group(1)
            continue
        if not line.strip() or line.startswith("#") or line.startswith("file\t"):
            continue
        file, offset, surface, source = line.split("\t")
        alts = [] if source.strip() == "-" else [s.strip() for s in source.split(" | ")]
        out.append(Label(file, int(offset), surface, alts, batch))
    return out


def _words(s: str) -> list[str]:
    w = re.findall(r"[\w]+", s.lower().replace("’", "'").replace("'s", "s"))
    while w and w[0] in {"the", "a", "an"}:
        w = w[1:]
    return w


def _inside(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def same_source(got: str | None, expected: list[str]) -> bool:
    if not expected:
        return got is None
    if got is None:
        return False
    g = _words(got)
    for e in expected:
        x = _words(e)
        if not g or not x:
            continue
        short, long = (g, x) if len(g) <= len(x) else (x, g)
        if short == long or (_inside(short, long) and len(long) - len(short) <= 3):
            return True
    return False


def score(labels: list[Label], articles: Path) -> list[Outcome]:
    import numcheck
    from numcheck.read import read_path

    by_file: dict[str, list[Label]] = {}
    for lab in labels:
        by_file.setdefault(lab.file, []).append(lab)
    out: list[Outcome] = []
    for file, labs in sorted(by_file.items()):
        doc = read_path(articles / file)
        claims = numcheck.extract(doc)
        spans = [(doc.offsets.to_original(c.start), doc.offsets.to_original(c.end), c) for c in claims]
        for lab in labs:
            hit = next((c for a, b, c in spans if a <= lab.offset < b), None)
            got = hit.source if hit is not None else None
            cue = getattr(hit, "source_cue", None) if hit is not None else None
            right = hit is not None and same_source(got, lab.sources)
            out.append(Outcome(lab, hit is not None, got, cue, right))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--batch", action="append", help="score only this batch (repeatable)")
    ap.add_argument("--quiet", action="store_true", help="only the summary lines")
    args = ap.parse_args(argv)
    if not args.articles.is_dir():
        print(f"articles not found: {args.articles} (see ../shared/eval/real/build.py)", file=sys.stderr)
        return 2
    labels = read_labels(args.labels)
    if args.batch:
        labels = [lab for lab in labels if lab.batch in args.batch]
    outcomes = score(labels, args.articles)
    if not args.quiet:
        for o in outcomes:
            if not o.right:
                want = " | ".join(o.label.sources) or "-"
                why = "no claim at the offset" if not o.found else f"got {o.got!r} (cue {o.cue!r})"
                where = f"[{o.label.batch}] {o.label.file}@{o.label.offset} {o.label.surface!r}"
                print(f"MISS {where}: want {want!r}; {why}")
    batches = list(dict.fromkeys(lab.batch for lab in labels))
    for batch in [*batches, None] if len(batches) > 1 else batches:
        mine = [o for o in outcomes if batch is None or o.label.batch == batch]
        line = []
        for name, group in (
            ("attributed", [o for o in mine if o.label.sources]),
            ("own voice", [o for o in mine if not o.label.sources]),
        ):
            if group:
                right = sum(o.right for o in group)
                line.append(f"{name} {right}/{len(group)} right ({right / len(group):.1%})")
        print(f"{batch or 'all':>11}: " + "; ".join(line))
    if args.json:
        args.json.write_text(json.dumps([asdict(o) for o in outcomes], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
