#!/usr/bin/env python3
"""Build the BBC false-alarm set: 2,225 BBC news articles of 2004-05 (business, entertainment,
politics, sport, tech), a genre no rule was written on before (British spelling, "£1.2m", "$3bn",
sports results, box-office charts).

    python bench/bbc_set.py REPO [--out DIR]

REPO is a git directory holding the public BBC news classification dataset (Greene and
Cunningham, 2006) under `bbc/<category>/<nnn>.txt`, as the search library's `fetch` brings
github:dejanbatanjac/bbc-article-classify-bert (its `repo` folder). The articles are written to
DIR (default `<temp dir>/numcheck-fresh/bbc`) as `fit/<category>_<nnn>.txt` and
`measure/<category>_<nnn>.txt`, never into this repository: an article is in *fit* when the SHA-1
of its new name, read as a number, is even (1,094 articles), else in *measure* (1,131). Rules may
be designed on *fit*; *measure* is scored, never read for design. The dataset holds some stories
twice (the same text, or an edited version, under two numbers): a measure article whose headline or
first 300 characters of body (words only, lower case) is also a fit article's goes to
`measure_seen/` instead (90 of the 1,131), so that *measure* (1,041) holds no story designed on.
Stories held twice within one half stay, each counted.

Then: `numcheck scan DIR/measure --output OUT.jsonl` (delete OUT first: a scan resumes into it).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def part_of(name: str) -> str:
    """'fit' or 'measure' for a file name like 'business_001.txt'."""
    return "fit" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "measure"


def story_keys(text: str) -> tuple[str, str]:
    """The headline and the first 300 characters of the body, words only, in lower case."""
    lines = text.strip().split("\n")
    words = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return words(lines[0]), words(" ".join(lines[1:]))[:300]


def build(repo: Path, out: Path) -> dict[str, int]:
    listed = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", "bbc/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    counts = {"fit": 0, "measure": 0, "measure_seen": 0}
    texts: dict[str, dict[str, str]] = {"fit": {}, "measure": {}}
    for path in listed:
        parts = path.split("/")
        if len(parts) != 3 or not parts[2].endswith(".txt"):
            continue  # bbc/README.TXT
        show = ["git", "-C", str(repo), "show", f"HEAD:{path}"]
        raw = subprocess.run(show, capture_output=True, check=True).stdout
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")  # one article of the dataset is not UTF-8
        name = f"{parts[1]}_{parts[2]}"
        texts[part_of(name)][name] = text
    seen = {k for text in texts["fit"].values() for k in story_keys(text)}
    for part, held in texts.items():
        for name, text in held.items():
            folder = "measure_seen" if part == "measure" and seen & set(story_keys(text)) else part
            (out / folder).mkdir(parents=True, exist_ok=True)
            (out / folder / name).write_text(text, encoding="utf-8")
            counts[folder] += 1
    return counts


def cli(build_set: Callable[[Path, Path], dict[str, int]], doc: str, name: str) -> int:
    """The command line of a set builder: REPO [--out DIR], DIR defaulting to
    <temp dir>/numcheck-fresh/<name>; prints the count of each part."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("repo", type=Path)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "numcheck-fresh" / name)
    args = ap.parse_args()
    if not (args.repo / "HEAD").exists() and not (args.repo / ".git").exists():
        print(f"{name}_set: {args.repo}: not a git directory", file=sys.stderr)
        return 2
    counts = build_set(args.repo, args.out)
    print(f"{args.out}: " + ", ".join(f"{part} {n}" for part, n in counts.items()))
    return 0


def main() -> int:
    return cli(build, __doc__ or "", "bbc")


if __name__ == "__main__":
    sys.exit(main())
