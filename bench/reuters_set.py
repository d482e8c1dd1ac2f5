#!/usr/bin/env python3
"""Build the Reuters false-alarm set: wire news of October-December 2017 (US politics, government,
world news), a genre no rule was written on before (datelines, "(Reuters) -", long quotations,
officials' figures attributed sentence by sentence, paragraphs run together).

    python bench/reuters_set.py REPO [--out DIR]

REPO is a git directory holding a public copy of the "True.csv" file of the ISOT fake-news dataset
(Ahmed, Traore and Saad, 2017: real Reuters articles), as the search library's `fetch` brings
github:Vatshayan/Fake-News-Prediction (its `repo` folder; that copy keeps 989 rows). Each row
becomes `reuters_<row>.txt` (row numbered from 1 in the file's order): its title, a blank line,
its text. Rows whose text repeats an earlier row's are left out. The articles are written to DIR
(default `<temp dir>/numcheck-fresh/reuters`), never into this repository: an article is in *fit*
when the SHA-1 of its name, read as a number, is even, else in *measure*. Rules may be designed on
*fit*; *measure* is scored, never read for design. A measure article whose title or first 300
characters of text (words only, lower case) is also a fit article's goes to `measure_seen/`.

Then: `numcheck scan DIR/measure --output OUT.jsonl` (delete OUT first: a scan resumes into it).
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from bbc_set import cli, part_of  # the same split and command line as the BBC set


def story_keys(title: str, text: str) -> tuple[str, str]:
    """The title and the first 300 characters of the text, words only, in lower case."""
    words = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return words(title), words(text)[:300]


def build(repo: Path, out: Path) -> dict[str, int]:
    show = ["git", "-C", str(repo), "show", "HEAD:True.csv"]
    raw = subprocess.run(show, capture_output=True, check=True).stdout.decode("utf-8")
    counts = {"fit": 0, "measure": 0, "measure_seen": 0, "repeated": 0}
    rows: dict[str, dict[str, tuple[str, str]]] = {"fit": {}, "measure": {}}
    texts_seen: set[str] = set()
    for number, row in enumerate(csv.DictReader(io.StringIO(raw)), start=1):
        title, text = row["title"].strip(), row["text"].strip()
        if not text or text in texts_seen:
            counts["repeated"] += 1
            continue
        texts_seen.add(text)
        name = f"reuters_{number:04d}.txt"
        rows[part_of(name)][name] = (title, text)
    seen = {k for title, text in rows["fit"].values() for k in story_keys(title, text)}
    for part, held in rows.items():
        for name, (title, text) in held.items():
            keys = set(story_keys(title, text))
            folder = "measure_seen" if part == "measure" and seen & keys else part
            (out / folder).mkdir(parents=True, exist_ok=True)
            (out / folder / name).write_text(f"{title}\n\n{text}\n", encoding="utf-8")
            counts[folder] += 1
    return counts


def main() -> int:
    return cli(build, __doc__ or "", "reuters")


if __name__ == "__main__":
    sys.exit(main())
