#!/usr/bin/env python3
"""Build the Hindu false-alarm set (I): articles of 2017 from The Hindu's city pages (Chennai,
Hyderabad, New Delhi, Kochi, Bengaluru, Mumbai, Visakhapatnam, Vijayawada, Kolkata), a genre no
rule was written on before: Indian English city news (courts, civic bodies, state governments,
police, campuses), features and reviews, with "Rs. 10,000", lakh and crore, "1,50,000".

    python bench/hindu_set.py REPO [--out DIR]

REPO is a git directory holding `Articles.csv` (1,062 rows; columns `cityname` and `Article`), as
the search library's `fetch` brings github:shang-vikas/do-sentimental-analysis (its `repo` folder):
a student project that scraped the articles for sentiment analysis; the repository states no
licence. Each `Article` cell is a Python list of the page's paragraphs as scraped. The data keep
no headline, so each file holds the body alone, paragraphs a blank line apart: no headline is made
up. Cleaning, all of it scraping damage: empty paragraphs are dropped; the line breaks the scraper
left around italic words (titles, Hindi words) become spaces; on pages with a photograph the first
paragraph is its caption, glued to its kicker and its credit without a space ("A kickerThe
caption.Photographer"), and is dropped when it shows that glue, or when it is a bare name (under 6
words, no full stop) as under a portrait (304 of the 1,062 rows); a caption in plain sentences
stays, and so do the subheads, pull quotes and side boxes of a page.

Each row becomes `hindu_<row>.txt` (row numbered from 1 in the file's order). Left out, in the
order and by the tests of bench/fnc_set.py: bodies of fewer than 100 words (fragments and briefs,
not articles: 205, 8 of them empty rows, 1 under 100 only once its caption was dropped); a body
whose first 300 characters (words only, lower case) are an earlier kept body's (the same story
filed under two cities: 81), or a published article's of the 5,571, or any article's in the other
sets under `<temp dir>/numcheck-fresh` (this set's own folder aside; none was). 776 kept, written
to DIR (default `<temp dir>/numcheck-fresh/hindu`), never into this repository: an article is in
*fit* when the SHA-1 of its name, read as a number, is even (379), else in *measure* (397); a
measure article at least 30% of whose 8-word runs are in one fit article goes to `measure_seen/`
(6), so that *measure* (391) holds no story designed on. Near-repeats within one half stay, each
counted (4 fit and 3 measure articles share 30% of their runs with another of their half). Rules
may be designed on *fit*; *measure* is scored, never read for design.

Then: `numcheck scan DIR/measure --output OUT.jsonl` (delete OUT first: a scan resumes into it).
"""

from __future__ import annotations

import ast
import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from bbc_set import cli  # the same command line as the BBC set
from fnc_set import choose, known_openings, write_split  # the same tests and split as set H

NAME = "hindu"
FILE = "Articles.csv"
# A caption's kicker glued to its text ("In focusThe ..." or "On alert:Police ..."), within the
# first four words, or a credit glued after its last full stop ("... on Monday.Jane Doe").
KICKER = re.compile(r"^(?:\S+ ){0,3}\S*(?:[a-z](?=[A-Z(])|[?!:](?=[A-Z“‘(]))")
CREDIT = re.compile(r"(?:[a-z)]\.|[a-z])(?:[A-Z][\w.’'-]*\s?){1,5}$|(?i:file photo|special arrangement)\W*$")
CAPTION_WORDS = 40
NAME_WORDS = 6


def is_caption(paragraph: str) -> bool:
    """A photo caption as scraped: kicker, text and credit run together without spaces."""
    text = paragraph.strip()
    if len(text.split()) < NAME_WORDS and not text.endswith((".", "?", "!", "”", '"')):
        return True  # the name of the one pictured, as the caption of a portrait
    if CREDIT.search(text) and not text.endswith((".", "”", '"', "?", "!")):
        return True
    return len(text.split()) < CAPTION_WORDS and bool(KICKER.match(text))


def unbreak(paragraph: str) -> str:
    """The paragraph with the scraper's line breaks around italic words made spaces."""
    text = re.sub(r"\s*\n\s*(?=[.,;:!?)’”])", "", paragraph)
    return re.sub(r"\s*\n\s*", " ", text).strip()


def body_of(cell: str) -> tuple[str, bool]:
    """The article's body from a cell listing its paragraphs, and whether a caption was dropped."""
    paragraphs = [unbreak(p) for p in ast.literal_eval(cell) if isinstance(p, str)]
    paragraphs = [p for p in paragraphs if p]
    dropped = len(paragraphs) > 1 and is_caption(paragraphs[0])
    return "\n\n".join(paragraphs[1:] if dropped else paragraphs), dropped


def read_bodies(repo: Path) -> tuple[list[tuple[str, str]], int]:
    """(name, body) for every row of the file, in file order, and the count of captions dropped."""
    show = ["git", "-C", str(repo), "show", f"HEAD:{FILE}"]
    res = subprocess.run(show, capture_output=True, check=False)
    if res.returncode != 0:
        print(f"{NAME}_set: {repo}: no {FILE} at HEAD", file=sys.stderr)
        raise SystemExit(2)
    csv.field_size_limit(sys.maxsize)
    out, captions = [], 0
    reader = csv.DictReader(io.StringIO(res.stdout.decode("utf-8")))
    if "Article" not in (reader.fieldnames or ()):
        print(f"{NAME}_set: {repo}: {FILE} has no Article column", file=sys.stderr)
        raise SystemExit(2)
    for number, row in enumerate(reader, start=1):
        body, dropped = body_of(row["Article"])
        out.append((f"{NAME}_{number:04d}.txt", body))
        captions += dropped
    return out, captions


def build(repo: Path, out: Path) -> dict[str, int]:
    bodies, captions = read_bodies(repo)
    kept, left = choose(bodies, known_openings(out, NAME))
    counts = {"rows": len(bodies), "kept": len(kept), **write_split(kept, out)}
    counts.update(sorted(left.items()))
    counts["captions_dropped"] = captions
    return counts


def main() -> int:
    return cli(build, __doc__ or "", NAME)


if __name__ == "__main__":
    sys.exit(main())
