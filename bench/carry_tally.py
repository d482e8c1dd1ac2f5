"""How many labelled figures each kind of carry would decide, right and wrong (issue 10, AT51).

For each kind of stretch of text, the labelled figures a carry rule of that kind would decide,
before anything is built. Counts only; no article text is printed.

    python bench/carry_tally.py                       # design batches measure-19..25
    python bench/carry_tally.py --batch measure-26 ... # a check part (repeatable)

The population is the labelled figures numcheck gives no source, with no cue in their sentence and
outside quotations. For each candidate source (the last source named before the figure: a cue, or
the speaker of a quotation that ends a sentence) a row gives gain (the label is that source),
loss (the label is the article's own voice: right now, wrong if carried) and other (another
source). The blind batches (measure-32, measure-33, measure-34) are refused.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from attribution import read_labels, same_source  # noqa: E402
from realtext import ARTICLES  # noqa: E402

BLIND = {"measure-32", "measure-33", "measure-34"}
QUOTES = re.compile(r'["“”]')
# the closing words a legal release's account runs into (as `carry_words: account_ends`)
CLOSING = re.compile(
    r"\b(sentenc\w*|convicted|pleaded|faces?|maximum|penalt\w*|charged|charges|indicted|fine|prison"
    r"|investigat\w*|prosecut\w*|inception|presumed|announced)\b",
    re.I,
)
PRESENT = re.compile(r"\b(is|are|has|have|remains)\b")


def figures(batches: set[str]) -> list[dict]:
    """One record per labelled figure of `batches` that numcheck reads: its label, numcheck's source,
    whether its sentence has a cue or it stands in a quotation, and the last source named before it."""
    import numcheck
    import numcheck.extraction.attribution as attribution
    from numcheck.read import read_path

    seen: dict[str, object] = {}
    read_sources = attribution._sentence_sources
    read_carries = attribution._carried_sources

    def sentence_sources(tk, kb, names, capitals, *rest):  # type: ignore[no-untyped-def]
        out = read_sources(tk, kb, names, capitals, *rest)
        seen.update(tk=tk, sources=out, kb=kb, names=names)
        return out

    def carried_sources(tk, sources, quotes, with_figures, kb, names, *rest):  # type: ignore[no-untyped-def]
        seen["quotes"] = quotes
        return read_carries(tk, sources, quotes, with_figures, kb, names, *rest)

    attribution._sentence_sources = sentence_sources  # type: ignore[assignment]
    attribution._carried_sources = carried_sources  # type: ignore[assignment]
    by_file: dict[str, list] = {}
    for lab in read_labels():
        if lab.batch in batches:
            by_file.setdefault(lab.file, []).append(lab)
    out: list[dict] = []
    for file, labs in sorted(by_file.items()):
        doc = read_path(ARTICLES / file)
        claims = numcheck.extract(doc)
        tk, sources, quotes, kb = seen["tk"], seen["sources"], seen["quotes"], seen["kb"]
        spans = [(doc.offsets.to_original(c.start), doc.offsets.to_original(c.end), c) for c in claims]
        for lab in labs:
            hit = next((c for a, b, c in spans if a <= lab.offset < b), None)
            if hit is None:
                continue
            t = next(t for t in tk.tokens if t.start >= hit.start)
            s = t.sentence
            rec = dict(
                want=lab.sources,
                got=hit.source,
                carried=hit.source_carried,
                cue=bool(sources[s]),
                quoted=quotes.span_at(t.start) is not None,
                speaker=quotes.speaker_at(t.start),
                age=bool(re.search(r"year-old|years? old", lab.surface)) or "age" in (hit.refers_to or ""),
                right=same_source(hit.source, lab.sources),
            )
            for n in range(s - 1, -1, -1):
                a, b = tk.sentence_spans[n]
                ends = quotes.speaker_at(tk.tokens[b - 1].start) if b > a else None
                last = sources[n][-1] if sources[n] else ends
                if last is None:
                    continue
                par = tk.paragraph_of_sentence
                between = tk.text[tk.tokens[b - 1].end : tk.tokens[tk.sentence_spans[s][1] - 1].end]
                rec.update(
                    last=last.source,
                    match=same_source(last.source, lab.sources),
                    account=attribution._account(last, kb),
                    data=attribution._data_source(tk.tokens, last, seen["names"], kb),
                    sentences=s - n,
                    paragraphs=par[s] - par[n],
                    between=between,
                )
                break
            out.append(rec)
    return out


def tally(recs: list[dict], name: str, keep: Callable[[dict], bool]) -> None:
    c: Counter[str] = Counter()
    for r in recs:
        if "last" in r and keep(r):
            c["gain" if r["want"] and r["match"] else "loss" if not r["want"] else "other"] += 1
    print(f"  {name:62} gain {c['gain']:4}  loss {c['loss']:4}  other {c['other']:4}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--batch", action="append", help="a labelled batch (repeatable); default measure-19..25")
    args = ap.parse_args(argv)
    batches = set(args.batch or [f"measure-{i}" for i in range(19, 26)])
    if batches & BLIND:
        print("the blind batches are scored by bench/attribution.py --quiet only", file=sys.stderr)
        return 2
    recs = figures(batches)
    pop = [r for r in recs if r["got"] is None and not r["cue"] and not r["quoted"]]
    print(
        f"figures given no source, no cue in their sentence, unquoted: {len(pop)} "
        f"({sum(1 for r in pop if r['want'])} attributed)"
    )
    print("carry the last source further:")
    tally(pop, "the next sentence, same paragraph", lambda r: r["paragraphs"] == 0 and r["sentences"] == 1)
    tally(
        pop,
        "two or three sentences on, same paragraph",
        lambda r: r["paragraphs"] == 0 and 2 <= r["sentences"] <= 3,
    )
    tally(pop, "into the next paragraph", lambda r: r["paragraphs"] == 1)
    tally(pop, "a report or data body, any distance", lambda r: r["data"] and not r["account"])
    print("a legal account over paragraphs:")
    tally(pop, "any later paragraph", lambda r: r["account"] and r["paragraphs"] >= 1)
    tally(
        pop,
        "no quotation, closing word or present tense between",
        lambda r: (
            r["account"]
            and r["paragraphs"] >= 1
            and not (
                QUOTES.search(r["between"]) or CLOSING.search(r["between"]) or PRESENT.search(r["between"])
            )
        ),
    )
    untagged = Counter(
        "attributed" if r["want"] else "own voice"
        for r in recs
        if r["quoted"] and r["speaker"] is None and r["got"] is None
    )
    print(f"in a quotation credited to no one: {dict(untagged)}")
    carried = Counter(
        (
            "age" if r["age"] else "other figure",
            "right" if r["right"] else "own voice" if not r["want"] else "other",
        )
        for r in recs
        if r["carried"] and r["got"] is not None
    )
    print(f"carried figures by kind: {dict(sorted(carried.items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
