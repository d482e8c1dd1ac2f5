"""numcheck beside CQE on real articles: where the two readers agree on a figure, its value and its
unit, and where they do not (issue 10). CQE is a second reader, never the truth.

    # CQE in its own virtual environment (../shared/peer/cqe/setup.sh), then:
    VENV/bin/python ../shared/peer/cqe/cqe_read.py ARTICLE... > cqe.jsonl
    python bench/cqe_compare.py cqe.jsonl                       # agreement, then disagreements
    python bench/cqe_compare.py cqe.jsonl --tsv out.tsv         # every disagreement, to sort by hand
    python bench/cqe_compare.py --summedits-sources DIR         # SummEdits' source documents as files
    python bench/cqe_compare.py --summedits-drafts DIR          # SummEdits' edited summaries as files

SummEdits' source documents are real text that no CQE comparison had read; written out as one
file each (named by domain and the SHA-1 of the text, so the names are the same on every build),
CQE and numcheck can read them like articles. The edited summaries (drafts) are written out the same
way, one file per distinct draft.

Matching, per article: a CQE quantity and a numcheck claim are the same figure when their values
are equal (to 1e-6 relative; a range by its two ends; a percentage also as a share; numcheck's
SI value also counts) and CQE's surface figure occurs in numcheck's surface, or the claim's
surface in CQE's; each claim matches at most one quantity, in text order. A matched pair agrees
on its unit when the units name the same thing once normalised (ISO currency, percent, the
singular noun, the unit's name). numcheck leaves out by design years, dates, times, ordinals and
bare numbers with nothing counted, which CQE reads as quantities: those are counted apart
("CQE only, not a claim by design") when numcheck's number reader has the figure.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

CURRENCY_WORDS = {
    "dollar": "USD",
    "united states dollar": "USD",
    "us dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "pound": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "russian ruble": "RUB",
    "ruble": "RUB",
    "rouble": "RUB",
    "indian rupee": "INR",
    "rupee": "INR",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "yuan": "CNY",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "swiss franc": "CHF",
}


TSV_COLUMNS = (
    "file",
    "kind",
    "offset",
    "cqe_surface",
    "cqe_value",
    "cqe_unit",
    "numcheck_surface",
    "numcheck_value",
    "numcheck_unit",
)


@dataclass
class Pair:
    file: str
    cqe: dict | None
    claim: dict | None
    unit_agrees: bool = False


def _singular(w: str) -> str:
    w = w.lower().strip()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _norm_unit(u: str | None) -> str:
    if not u or u in {"-", "count", "dimensionless"}:
        return ""
    u = u.lower().strip()
    if u in CURRENCY_WORDS:
        return CURRENCY_WORDS[u]
    if u.upper() == u and len(u) == 3:
        return u
    if u in {"percentage", "percent", "%"}:
        return "percent"
    u = u.replace("metre", "meter").replace("litre", "liter").replace("kilometers", "kilometer")
    return " ".join(_singular(w) for w in re.split(r"[\s/]+", u) if w not in {"per", "/"})


def unit_agrees(cqe_unit: str, claim: dict) -> bool:
    a = _norm_unit(cqe_unit)
    b = _norm_unit(claim.get("unit") or "")
    if claim.get("kind") == "money":
        b = (claim.get("unit") or "").split("/")[0]
    if not a and not b:
        return True
    if not a or not b:
        return False
    return a == b or a.split()[-1] == b.split()[-1] or a in b or b in a


def _values(claim: dict) -> list[float]:
    out = [v for v in (claim.get("value"), claim.get("si_value")) if v is not None]
    if claim.get("kind") == "percent" and claim.get("value") is not None:
        out.append(claim["value"] / 100)
    return out


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _same_value(q: dict, claim: dict) -> bool:
    if "low" in q:
        lo, hi = claim.get("low"), claim.get("high")
        return (
            claim.get("value") is None
            and lo is not None
            and hi is not None
            and _close(q["low"], lo)
            and _close(q["high"], hi)
        )
    return any(_close(q["value"], v) for v in _values(claim))


def _digits(s: str) -> str:
    return re.sub(r"[^0-9a-z.]", "", s.lower())


def _locate(text: str, surface: str, cursor: int) -> tuple[int, int] | None:
    """Where CQE's surface (its tokens joined by spaces) is in the text: the first occurrence at or
    after `cursor` (CQE reads in text order), else the first anywhere."""
    toks = surface.split()
    if not toks:
        return None
    body = r"\s*".join(re.escape(t) for t in toks)
    head = "\\b" if toks[0][0].isalnum() else ""
    tail = "\\b" if toks[-1][-1].isalnum() else ""
    pat = re.compile(head + body + tail)
    m = pat.search(text, cursor) or pat.search(text)
    return (m.start(), m.end()) if m else None


def compare(cqe_rows: list[dict]) -> tuple[list[Pair], Counter]:
    import numcheck
    from numcheck.extraction.numbers import find_numbers
    from numcheck.read import read_path

    by_file: dict[str, list[dict]] = defaultdict(list)
    for row in cqe_rows:
        by_file[row["file"]].append(row)
    pairs: list[Pair] = []
    stats: Counter = Counter()
    for file, qs in by_file.items():
        doc = read_path(file)
        claims = [c.model_dump() for c in numcheck.extract(doc)]
        numbers = find_numbers(doc.text)
        used: set[int] = set()
        cursor = 0
        for q in qs:
            qd = _digits(q["surface"])
            at = _locate(doc.text, q["surface"], cursor)
            if at:
                cursor = at[1]
                q = {**q, "start": at[0], "end": at[1]}
            hit = None
            for k, c in enumerate(claims):
                if k in used or not _same_value(q, c):
                    continue
                if at:
                    if c["start"] < at[1] and at[0] < c["end"]:
                        hit = k
                        break
                    continue
                cd = _digits(c["surface"])
                if qd and (qd in cd or cd in qd or any(ch.isdigit() for ch in qd) is False):
                    hit = k
                    break
            if hit is None:
                value = q.get("value", q.get("low"))
                by_design = value is not None and any(_close(value, v) for _, _, v in numbers)
                stats["cqe only, not a claim by design" if by_design else "cqe only"] += 1
                pairs.append(Pair(file, q, None))
                continue
            used.add(hit)
            agree = unit_agrees(q["unit"], claims[hit])
            stats["both, unit agrees" if agree else "both, unit differs"] += 1
            pairs.append(Pair(file, q, claims[hit], agree))
        for k, c in enumerate(claims):
            if k not in used:
                stats["numcheck only"] += 1
                pairs.append(Pair(file, None, c))
    return pairs, stats


def pick(part: str, n: int, seed: int, exclude: set[str]) -> list[Path]:
    """A seeded random `n` of one part's articles, leaving out those named in `exclude`
    (set/name.txt): the articles to give CQE."""
    import random

    from realtext import article_paths

    paths = [p for p in article_paths(part) if f"{p.parent.name}/{p.name}" not in exclude]
    return sorted(random.Random(seed).sample(paths, min(n, len(paths))))


def write_summedits_texts(out: Path, field: str = "source") -> list[Path]:
    """Each distinct text of one field of the built SummEdits items ("source": the source
    documents; "draft": the edited summaries) as `out`/DOMAIN-SHA1[:10].txt."""
    import hashlib

    from realtext import summedits_items

    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for item in summedits_items():
        text = item[field]
        if text in written:
            continue
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        path = out / f"{item['domain']}-{digest}.txt"
        path.write_text(text, encoding="utf-8")
        written[text] = path
    return sorted(written.values())


def write_summedits_sources(out: Path) -> list[Path]:
    """Each distinct source document of the built SummEdits set as `out`/DOMAIN-SHA1[:10].txt."""
    return write_summedits_texts(out, "source")


def write_summedits_drafts(out: Path) -> list[Path]:
    """Each distinct edited summary (draft) of the built SummEdits set as `out`/DOMAIN-SHA1[:10].txt."""
    return write_summedits_texts(out, "draft")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cqe", type=Path, nargs="?", help="CQE's reading, from ../shared/peer/cqe/cqe_read.py")
    ap.add_argument("--tsv", type=Path, help="write every disagreement here (to sort by hand)")
    ap.add_argument(
        "--context",
        type=int,
        default=0,
        help="with --tsv: N characters of text either side, to read (never to keep)",
    )
    ap.add_argument("--pick", choices=("fit", "measure"), help="print a seeded random sample of articles")
    ap.add_argument("-n", type=int, default=100, help="with --pick: how many articles")
    ap.add_argument("--seed", type=int, default=0, help="with --pick or --sample: the random seed")
    ap.add_argument(
        "--skip-sorted",
        type=Path,
        help="with --tsv: leave out the figures (file, offset) already sorted there",
    )
    ap.add_argument("--sample", type=int, default=0, help="with --tsv: write a seeded random N of the rows")
    ap.add_argument(
        "--exclude", type=Path, help="with --pick: a list of article paths (one a line) to leave out"
    )
    ap.add_argument(
        "--summedits-sources",
        type=Path,
        metavar="DIR",
        help="write SummEdits' source documents to DIR, one file each, and print their paths",
    )
    ap.add_argument(
        "--summedits-drafts",
        type=Path,
        metavar="DIR",
        help="write SummEdits' edited summaries (drafts) to DIR, one file each, and print their paths",
    )
    args = ap.parse_args(argv)
    if args.summedits_sources or args.summedits_drafts:
        if args.summedits_sources:
            for path in write_summedits_sources(args.summedits_sources):
                print(path)
        if args.summedits_drafts:
            for path in write_summedits_drafts(args.summedits_drafts):
                print(path)
        return 0
    if args.pick:
        names = args.exclude.read_text(encoding="utf-8").split() if args.exclude else []
        done = {"/".join(Path(x).parts[-2:]) for x in names}
        for p in pick(args.pick, args.n, args.seed, done):
            print(p)
        return 0
    if args.cqe is None:
        ap.error("the CQE reading (a .jsonl file) is needed")
    rows = [json.loads(x) for x in args.cqe.read_text(encoding="utf-8").splitlines() if x.strip()]
    pairs, stats = compare(rows)
    both = stats["both, unit agrees"] + stats["both, unit differs"]
    cqe_n = both + stats["cqe only"] + stats["cqe only, not a claim by design"]
    nc_n = both + stats["numcheck only"]
    print(f"{len({r['file'] for r in rows})} articles; CQE quantities {cqe_n}, numcheck claims {nc_n}")
    for k in (
        "both, unit agrees",
        "both, unit differs",
        "cqe only",
        "cqe only, not a claim by design",
        "numcheck only",
    ):
        print(f"  {k:34} {stats[k]:5}")
    if cqe_n and nc_n:
        print(f"value agreement (matched / union): {both / (cqe_n + nc_n - both):.1%}")
        print(
            f"  of CQE's quantities numcheck also reads: {both / cqe_n:.1%}; "
            f"of numcheck's claims CQE reads: {both / nc_n:.1%}"
        )
        print(f"value+unit agreement on matched figures: {stats['both, unit agrees'] / max(1, both):.1%}")
    if args.tsv:
        lines = ["\t".join(TSV_COLUMNS + (("context",) if args.context else ()))]
        texts: dict[str, str] = {}
        for p in pairs:
            if p.cqe is not None and p.claim is not None and p.unit_agrees:
                continue
            kind = "unit differs" if p.cqe and p.claim else ("cqe only" if p.cqe else "numcheck only")
            q, c = p.cqe or {}, p.claim or {}
            qv = q.get("value", f"{q.get('low')}-{q.get('high')}" if q else "")
            cv = (
                c.get("value")
                if c.get("value") is not None
                else (f"{c.get('low')}-{c.get('high')}" if c else "")
            )
            at = c.get("start", q.get("start"))
            row = [
                Path(p.file).parent.name + "/" + Path(p.file).name,
                kind,
                "" if at is None else at,
                q.get("surface", ""),
                qv,
                q.get("unit", ""),
                c.get("surface", ""),
                cv,
                c.get("unit", ""),
            ]
            if args.context:
                text = texts.setdefault(p.file, Path(p.file).read_text(encoding="utf-8", errors="replace"))
                if at is None:
                    row.append("?")
                else:
                    a, b = max(0, at - args.context), at + args.context
                    row.append(" ".join((text[a:at] + "[[" + text[at:b]).split()))
            lines.append("\t".join(str(x) for x in row))
        if args.skip_sorted:
            done = set()
            for line in args.skip_sorted.read_text(encoding="utf-8").splitlines():
                cells = line.split("\t")
                if line.startswith("#") or len(cells) < 4 or cells[0] == "n":
                    continue
                done.add((cells[2], cells[3]))
            lines = lines[:1] + [row for row in lines[1:] if tuple(row.split("\t")[0:3:2]) not in done]
        if args.sample:
            import random

            keep = set(
                random.Random(args.seed).sample(range(1, len(lines)), min(args.sample, len(lines) - 1))
            )
            lines = lines[:1] + [row for k, row in enumerate(lines) if k in keep]
        args.tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
