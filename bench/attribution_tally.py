#!/usr/bin/env python3
"""Sort the attribution misses (issue 10) by what tells a reader the source, and measure the reach of a carry.

Over the batches named only (never run it on a blind batch).

    python bench/attribution_tally.py --batch dev --batch measure-2 ...
    python bench/attribution_tally.py --batch fit --rows out.json   # and every row sorted

Two tables, each counted by figures and by articles:

1. The attributed figures numcheck gets wrong, by kind: no claim at the figure; a wrong source;
   no source although a cue was read in the figure's sentence; no source inside a quotation
   nobody is credited with; no source where the wanted source was read as a cue (or as the
   speaker of a quotation closing a sentence) earlier in the text, sorted by how far back (the
   next sentence, the same paragraph, the next paragraph, further) and by what stopped the carry
   there (a cue between, a paragraph break, a sentence with no figure between, a sentence opening
   on "But" and the like, a naming sentence with no figure of its own, more than three
   sentences); no source and the wanted source never read as a cue within 15 sentences.
2. The reach of a carry: every labelled figure (attributed or the writer's own) whose sentence has
   no cue, sits outside quotation marks and is given no carried source, with the nearest source
   named before it (a cue's, or a closing quotation's speaker) at most four sentences back in its
   paragraph or the one before; by the shape between the two (sentences apart, paragraph breaks,
   whether the naming sentence gives a figure, sentences with no figure between), how many labels
   want that source, the writer's own voice, or another source. A shape where the first column
   is not well ahead of the second is one where carrying further would cost more than it gains.

It reads the attribution reader's internals (numcheck/extraction/attribution.py) through its
`_carried_sources` and may break when they change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from attribution import LABELS, Label, read_labels, same_source  # noqa: E402
from realtext import ARTICLES as DEFAULT_ARTICLES  # noqa: E402

REACH = 4  # sentences back looked at for a candidate source (table 2)
LOOK_BACK = 15  # sentences back looked at for the wanted source (table 1)


def _read(path: Path) -> tuple[Any, list[Any], dict[str, Any]]:
    """The document, its claims and the attribution reader's state for it."""
    import numcheck
    import numcheck.extraction.attribution as attribution
    from numcheck.read import read_path

    seen: dict[str, Any] = {}
    real = attribution._carried_sources

    def spy(tk, sources, quotes, with_figures, kb, names, *rest):  # type: ignore[no-untyped-def]
        out = real(tk, sources, quotes, with_figures, kb, names, *rest)
        seen.update(tk=tk, sources=sources, quotes=quotes, with_figures=with_figures, kb=kb, carried=out)
        return out

    attribution._carried_sources = spy
    try:
        doc = read_path(path)
        claims = numcheck.extract(doc)
    finally:
        attribution._carried_sources = real
    return doc, claims, seen


def _sentence_of(doc: Any, claims: list[Any], st: dict[str, Any], lab: Label) -> tuple[Any, int, int] | None:
    """The claim at the label, the index of its first token and its sentence."""
    claim = next(
        (
            c
            for c in claims
            if doc.offsets.to_original(c.start) <= lab.offset < doc.offsets.to_original(c.end)
        ),
        None,
    )
    if claim is None or not st:
        return None
    toks = st["tk"].tokens
    ti = next((i for i, t in enumerate(toks) if t.start <= claim.start < max(t.end, t.start + 1)), None)
    if ti is None:
        return None
    return claim, ti, toks[ti].sentence


def _closing_speaker(st: dict[str, Any], s: int) -> Any:
    tk = st["tk"]
    a, b = tk.sentence_spans[s]
    return st["quotes"].speaker_at(tk.tokens[b - 1].start) if b > a else None


def _miss_kind(st: dict[str, Any], ti: int, s: int, lab: Label) -> str:
    tk, src, quotes, figures = st["tk"], st["sources"], st["quotes"], st["with_figures"]
    toks, para = tk.tokens, tk.paragraph_of_sentence
    if src[s]:
        return "no source: a cue read in its sentence, not applied to the figure"
    if quotes.span_at(toks[ti].start) is not None:
        return "no source: inside a quotation credited to no one"
    named = None
    for j in range(s - 1, max(-1, s - LOOK_BACK), -1):
        speaker = _closing_speaker(st, j)
        if any(same_source(x.source, lab.sources) for x in src[j]) or (
            speaker is not None and same_source(speaker.source, lab.sources)
        ):
            named = j
            break
    if named is None:
        return "no source: the wanted source not read as a cue within 15 sentences"
    breaks = para[s] - para[named]
    where = (
        "the next sentence"
        if s - named == 1 and not breaks
        else "the same paragraph"
        if not breaks
        else "the next paragraph"
        if breaks == 1
        else "two or more paragraphs on"
    )
    between = range(named + 1, s)
    stops = []
    if any(src[j] for j in between):
        stops.append("a cue between")
    if breaks:
        stops.append("a paragraph break")
    if any(j not in figures for j in between):
        stops.append("a sentence with no figure between")
    a, b = tk.sentence_spans[s]
    k = a
    while k < b and toks[k].kind != "word":
        k += 1
    if k < b and toks[k].lower in st["kb"].shift_openers:
        stops.append(f'opens on "{toks[k].lower}"')
    if named not in figures:
        stops.append("the naming sentence gives no figure")
    if s - named > 3:
        stops.append("more than three sentences")
    return f"no source: carried from {where} ({', '.join(stops) or 'another rule'})"


def _reach_shape(st: dict[str, Any], ti: int, s: int) -> tuple[str, Any] | None:
    tk, src, quotes, figures = st["tk"], st["sources"], st["quotes"], st["with_figures"]
    toks, para = tk.tokens, tk.paragraph_of_sentence
    if src[s] or quotes.span_at(toks[ti].start) is not None or st["carried"][s] is not None:
        return None
    for t in range(s - 1, max(-1, s - 1 - REACH), -1):
        if para[s] - para[t] > 1:
            return None
        speaker = _closing_speaker(st, t)
        if src[t] or speaker is not None:
            how, att = ("cue", src[t][-1]) if src[t] else ("quotation", speaker)
            no_figure = sum(1 for j in range(t + 1, s) if j not in figures)
            gives = "gives" if t in figures else "gives no"
            shape = (
                f"{how}, {s - t} sentence(s) back, {para[s] - para[t]} paragraph break(s), "
                f"naming sentence {gives} figure, {no_figure} without figure between"
            )
            return shape, att
    return None


def tally(labels: Iterable[Label], articles: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    by_file: dict[str, list[Label]] = defaultdict(list)
    for lab in labels:
        by_file[lab.file].append(lab)
    misses: list[dict[str, Any]] = []
    reach: list[dict[str, Any]] = []
    for file, labs in sorted(by_file.items()):
        doc, claims, st = _read(articles / file)
        for lab in labs:
            where = _sentence_of(doc, claims, st, lab)
            row = {"batch": lab.batch, "file": file, "offset": lab.offset, "want": lab.sources[:1]}
            if where is None:
                if lab.sources:
                    misses.append({**row, "kind": "no claim at the figure"})
                continue
            claim, ti, s = where
            right = same_source(claim.source, lab.sources)
            if lab.sources and not right:
                kind = "a wrong source" if claim.source is not None else _miss_kind(st, ti, s, lab)
                misses.append({**row, "kind": kind, "got": claim.source})
            shape = _reach_shape(st, ti, s)
            if shape is not None:
                wants = (
                    "own voice"
                    if not lab.sources
                    else "that source"
                    if same_source(shape[1].source, lab.sources)
                    else "another source"
                )
                reach.append({**row, "kind": shape[0], "wants": wants, "candidate": shape[1].source})
    return misses, reach


def _print_table(rows: list[dict[str, Any]], columns: list[str] | None = None) -> None:
    if columns is None:
        figures = Counter(r["kind"] for r in rows)
        files: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            files[r["kind"]].add(r["file"])
        for kind, n in figures.most_common():
            print(f"  {n:5d} figures {len(files[kind]):4d} articles  {kind}")
        print(f"  {len(rows):5d} figures {len({r['file'] for r in rows}):4d} articles  in all")
        return
    count: dict[str, Counter[str]] = defaultdict(Counter)
    arts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        count[r["kind"]][r["wants"]] += 1
        arts[(r["kind"], r["wants"])].add(r["file"])
    print("  " + "  ".join(f"{c:>22}" for c in columns) + "  shape (figures/articles)")
    for kind, c in sorted(count.items(), key=lambda x: -sum(x[1].values())):
        cells = "  ".join(f"{c[col]:>14d}/{len(arts[(kind, col)]):<7d}" for col in columns)
        print(f"  {cells}  {kind}")
    total = Counter(r["wants"] for r in rows)
    every = {col: {r["file"] for r in rows if r["wants"] == col} for col in columns}
    cells = "  ".join(f"{total[col]:>14d}/{len(every[col]):<7d}" for col in columns)
    print(f"  {cells}  in all")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument(
        "--batch", action="append", required=True, help="a batch to read (repeatable; open batches only)"
    )
    ap.add_argument("--rows", type=Path, help="write every row of both tables here (JSON)")
    args = ap.parse_args(argv)
    labels = [lab for lab in read_labels(args.labels) if lab.batch in args.batch]
    misses, reach = tally(labels, args.articles)
    print("Attributed figures numcheck gets wrong, by kind:")
    _print_table(misses)
    print("\nThe reach of a carry (figures with no cue and no carried source, a source named before):")
    _print_table(reach, ["that source", "own voice", "another source"])
    if args.rows:
        args.rows.write_text(json.dumps({"misses": misses, "reach": reach}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
