#!/usr/bin/env python3
"""Build the AllSides false-alarm set (J): US news and opinion articles of 2012-20 from some 490
outlets (CNN, the Washington Times, Politico, Fox News, NPR, USA Today, Vox, the New York Times,
The Hill, the Christian Science Monitor, National Review, the Guardian, the Associated Press, the
Wall Street Journal, Bloomberg and many smaller sites, left, centre and right), a genre no rule
was written on before: American political and policy reporting and commentary (budgets, polls,
votes, court rulings, tax and health plans), straight news and columns side by side.

    python bench/allsides_set.py REPO [--out DIR]

REPO is a git directory holding the data of "We Can Detect Your Bias: Predicting the Political
Ideology of News Articles" (Baly et al., EMNLP 2020), as the search library's `fetch` brings
github:ramybaly/Article-Bias-Prediction (its `repo` folder): 37,554 articles crawled from the
pages of www.allsides.com, one JSON file each under `data/jsons/` (fields `ID`, `source`, `date`,
`title`, `content_original`: the body as the newspaper3k library returned it, among others). The
repository carries the Apache License 2.0 and says nothing else of the articles' terms. The files
are read at HEAD (`git ls-tree`, then `git cat-file --batch`: the same blobs `git show HEAD:path`
gives, read at once). Each file holds `content_original` alone, one paragraph a line, paragraphs a
blank line apart (as bench/fnc_set.py and bench/hindu_set.py hold the body alone; no headline).

Cleaning, all of it crawling debris: empty lines are dropped, and so is any line held, the same
once stripped, by at least 10 articles of the repository: the newspaper3k text keeps the pages'
furniture ("Advertisement", "Story Continued Below", a copyright line, newsletter and app prompts,
"READ MORE:", a bare masthead, a photo credit), which no article owns (477 such lines; 43,256
lines dropped from the 35,741 articles kept by the next test). Left out, before anything else, the
articles whose `source` is "Reuters" (927) or "BBC News" (886), the outlets of two spent sets
(Reuters 2017, BBC 2004-05). Then, in the order and by the tests of bench/fnc_set.py: bodies of
fewer than 100 words (fragments, not articles: none once cleaned); a body whose first 300
characters (words only, lower case) are an earlier kept body's (the same story listed twice, or
one wire story in several outlets: 57), or a published article's of the 5,571, or any article's in
the other sets under `<temp dir>/numcheck-fresh` (this set's own folder aside: 2); then, the set
being far larger than the 2,000 articles a false-alarm set is capped at, only the 2,000 whose
names (`allsides_<ID>.txt`) have the smallest SHA-256 are kept (a choice blind to the text; 33,682
left out). The build prints each count. The articles are written to DIR (default
`<temp dir>/numcheck-fresh/allsides`), never into this repository: an article is in *fit* when the SHA-1
of its name, read as a number, is even (999), else in *measure* (1,001); a measure article at
least 30% of whose 8-word runs are in one fit article goes to `measure_seen/` (none of the 1,001:
the 2,000 are a thin sample of 35,682), so that *measure* holds no story designed on. Near-repeats
within one half stay, each counted. Rules may be designed on *fit*; *measure* is scored, never
read for design. Some outlets are partisan and some pieces are opinion: the set measures false
alarms on published copy, not on good copy.

Then: `numcheck scan DIR/measure --output OUT.jsonl` (delete OUT first: a scan resumes into it).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bbc_set import cli  # the same command line as the BBC set
from fnc_set import choose, known_openings, write_split  # the same tests and split as set H

NAME = "allsides"
FOLDER = "data/jsons"
SPENT_SOURCES = frozenset({"Reuters", "BBC News"})  # the outlets of the Reuters and BBC sets
FURNITURE_ARTICLES = 10  # a line held by this many articles is the pages' furniture


def fail(repo: Path, why: str) -> None:
    print(f"{NAME}_set: {repo}: {why}", file=sys.stderr)
    raise SystemExit(2)


def read_records(repo: Path) -> list[dict[str, str]]:
    """The JSON record of every file under FOLDER at HEAD, in path order."""
    listing = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "HEAD", f"{FOLDER}/"], capture_output=True, check=False
    )
    blobs = [line.split()[2] for line in listing.stdout.decode().splitlines() if line.endswith(".json")]
    if listing.returncode != 0 or not blobs:
        fail(repo, f"no {FOLDER}/*.json at HEAD")
    batch = subprocess.run(
        ["git", "-C", str(repo), "cat-file", "--batch"],
        input="\n".join(blobs).encode() + b"\n",
        capture_output=True,
        check=False,
    )
    if batch.returncode != 0:
        fail(repo, "git cat-file failed")
    data, at, records = batch.stdout, 0, []
    for _ in blobs:
        end = data.index(b"\n", at)
        size = int(data[at:end].split()[2])
        try:
            record = json.loads(data[end + 1 : end + 1 + size].decode("utf-8"))
        except ValueError:
            fail(repo, f"a file under {FOLDER} is not JSON")
        if not isinstance(record, dict) or not {"ID", "source", "content_original"} <= record.keys():
            fail(repo, f"a file under {FOLDER} lacks ID, source or content_original")
        records.append(record)
        at = end + 1 + size + 1
    return records


def furniture(records: list[dict[str, str]]) -> set[str]:
    """The lines (stripped) that at least FURNITURE_ARTICLES articles hold."""
    held = Counter(line for r in records for line in {x.strip() for x in r["content_original"].split("\n")})
    held.pop("", None)
    return {line for line, n in held.items() if n >= FURNITURE_ARTICLES}


def body_of(text: str, drop: set[str]) -> tuple[str, int]:
    """The body, one paragraph a line and a blank line between, without the furniture lines; and
    the count of lines dropped as furniture."""
    lines = [x.strip() for x in text.split("\n")]
    kept = [x for x in lines if x and x not in drop]
    return "\n\n".join(kept), sum(1 for x in lines if x and x in drop)


def build(repo: Path, out: Path) -> dict[str, int]:
    records = read_records(repo)
    drop = furniture(records)
    bodies, spent, dropped = [], 0, 0
    for r in records:
        if r["source"].strip() in SPENT_SOURCES:
            spent += 1
            continue
        body, n = body_of(r["content_original"], drop)
        dropped += n
        bodies.append((f"{NAME}_{r['ID']}.txt", body))
    kept, left = choose(bodies, known_openings(out, NAME))
    counts = {"rows": len(records), "kept": len(kept), **write_split(kept, out)}
    counts["spent_source"] = spent
    counts.update(sorted(left.items()))
    counts["furniture_lines_dropped"] = dropped
    return counts


def main() -> int:
    return cli(build, __doc__ or "", NAME)


if __name__ == "__main__":
    sys.exit(main())
