#!/usr/bin/env python3
"""Build the FNC false-alarm set (H): news articles of 2014-15 from many outlets (national papers,
tabloids, broadcasters' sites, tech and entertainment sites), each one covering a claim then
circulating (a death, a hostage video, a product rumour, a viral story), a genre no rule was
written on before: reports that relay what others say, hedge it, and often quote each other.

    python bench/fnc_set.py REPO [--out DIR]

REPO is a git directory holding the public data of the Fake News Challenge stage 1 (FNC-1, 2017),
as the search library's `fetch` brings github:FakeNewsChallenge/fnc-1 (its `repo` folder):
`train_bodies.csv` (1,683 rows) and `competition_test_bodies.csv` (904 rows), columns `Body ID`
and `articleBody`. The bodies are the published articles of the Emergent data set (Ferreira and
Vlachos, 2016), collected by journalists tracking rumours; the repository states no licence. The
data keep no article's own headline (the stance files pair each body with headlines of other
articles), so each file holds the body alone, its paragraphs as published: no headline is made up.

Each body becomes `fnc_train_<id>.txt` or `fnc_test_<id>.txt`. Left out, in this order: bodies of
fewer than 100 words (fragments, not articles: 226); a body whose first 300 characters (words
only, lower case) are an earlier kept body's (63), or a published article's of the 5,571
(`$NUMCHECK_REAL`, else `<temp dir>/numcheck-real`), or any article's in the other sets under
`<temp dir>/numcheck-fresh` (this set's own folders aside; none was); then, the set being larger
than the 2,000 articles a false-alarm set is capped at, only the 2,000 whose names have the
smallest SHA-256 are kept (a choice blind to the text; 298 left out). The articles are written
to DIR (default `<temp dir>/numcheck-fresh/fnc`), never into this repository: an article is in
*fit* when the SHA-1 of its name, read as a number, is even (1,011 articles), else in *measure*.
Rules may be designed on *fit*; *measure* is scored, never read for design. Many outlets carried
the same story, often the same wire copy under another opening: a measure article at least 30%
of whose 8-word runs (words only, lower case) are in one fit article goes to `measure_seen/`
(100 of the 989), so that *measure* (889) holds no story designed on. Stories held twice within
one half stay, each counted. Some outlets are of doubtful standing (the rumours were tracked
wherever they ran): the set measures false alarms on published copy, not on good copy.

Then: `numcheck scan DIR/measure --output OUT.jsonl` (delete OUT first: a scan resumes into it).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bbc_set import cli, part_of  # the same split and command line as the BBC set

NAME = "fnc"
FILES = (("train", "train_bodies.csv"), ("test", "competition_test_bodies.csv"))
MIN_WORDS = 100
CAP = 2000
SEEN_SHARE = 0.3
RUN = 8


def words(text: str) -> str:
    """The text's words only, in lower case, one space apart."""
    return re.sub(r"\W+", " ", text).strip().lower()


def opening_key(text: str) -> str:
    """The first 300 characters of a text, words only, in lower case."""
    return words(text)[:300]


def runs(text: str) -> set[str]:
    """The text's runs of RUN consecutive words (words only, lower case)."""
    ws = words(text).split()
    return {" ".join(ws[i : i + RUN]) for i in range(len(ws) - RUN + 1)}


def known_openings(own: Path, name: str = NAME) -> set[str]:
    """The opening keys of the 5,571 published articles and of every other fresh set's articles
    (all but the set called `name`, built at `own`): of the whole file and of the body after its
    first line (a headline), so that a body is matched however the other set wrote its article."""
    from realtext import ARTICLES as real  # where build.py puts the 5,571

    fresh = Path(tempfile.gettempdir()) / "numcheck-fresh"
    paths = sorted(real.glob("*/*.txt")) if real.is_dir() else []
    if fresh.is_dir():
        mine = {own.resolve(), (fresh / name).resolve()}  # this set, wherever it was built
        paths += [p for p in sorted(fresh.rglob("*.txt")) if not mine & set(p.resolve().parents)]
    keys: set[str] = set()
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace").strip()
        keys.add(opening_key(text))
        keys.add(opening_key(text.split("\n", 1)[1] if "\n" in text else ""))
    keys.discard("")
    return keys


def read_bodies(repo: Path) -> list[tuple[str, str]]:
    """(name, body) for every row of the two body files, in file order."""
    csv.field_size_limit(sys.maxsize)
    out = []
    for tag, path in FILES:
        show = ["git", "-C", str(repo), "show", f"HEAD:{path}"]
        res = subprocess.run(show, capture_output=True, check=False)
        if res.returncode != 0:
            print(f"{NAME}_set: {repo}: no {path} at HEAD", file=sys.stderr)
            raise SystemExit(2)
        for row in csv.DictReader(io.StringIO(res.stdout.decode("utf-8"))):
            body = re.sub(r"\n{3,}", "\n\n", row["articleBody"].replace("\r\n", "\n")).strip()
            out.append((f"fnc_{tag}_{int(row['Body ID']):04d}.txt", body))
    return out


def choose(bodies: list[tuple[str, str]], known: set[str]) -> tuple[dict[str, str], Counter[str]]:
    """The kept bodies by name, and the count of each reason a body was left out."""
    left: Counter[str] = Counter()
    kept: dict[str, str] = {}
    openings = set(known)
    for name, body in bodies:
        if len(body.split()) < MIN_WORDS:
            left["short"] += 1
            continue
        key = opening_key(body)
        if key in openings:
            left["repeated" if key not in known else "already_in_other_sets"] += 1
            continue
        openings.add(key)
        kept[name] = body
    if len(kept) > CAP:
        order = sorted(kept, key=lambda n: hashlib.sha256(n.encode()).hexdigest())
        left["over_cap"] = len(kept) - CAP
        kept = {n: kept[n] for n in order[:CAP]}
    return kept, left


def write_split(kept: dict[str, str], out: Path) -> dict[str, int]:
    """Write the kept bodies to out/{fit,measure,measure_seen}; the count in each folder."""
    halves: dict[str, dict[str, str]] = {"fit": {}, "measure": {}}
    for name in sorted(kept):
        halves[part_of(name)][name] = kept[name]
    fit_runs: dict[str, set[int]] = {}
    for i, body in enumerate(halves["fit"].values()):
        for r in runs(body):
            fit_runs.setdefault(r, set()).add(i)
    counts = {"fit": 0, "measure": 0, "measure_seen": 0}
    for part, held in halves.items():
        for name, body in held.items():
            folder = part
            if part == "measure":
                mine = runs(body)
                shared: Counter[int] = Counter(i for r in mine for i in fit_runs.get(r, ()))
                if mine and shared and max(shared.values()) >= SEEN_SHARE * len(mine):
                    folder = "measure_seen"
            (out / folder).mkdir(parents=True, exist_ok=True)
            (out / folder / name).write_text(body + "\n", encoding="utf-8")
            counts[folder] += 1
    return counts


def build(repo: Path, out: Path) -> dict[str, int]:
    bodies = read_bodies(repo)
    kept, left = choose(bodies, known_openings(out))
    counts = {"rows": len(bodies), "kept": len(kept), **write_split(kept, out)}
    counts.update(sorted(left.items()))
    return counts


def main() -> int:
    return cli(build, __doc__ or "", NAME)


if __name__ == "__main__":
    sys.exit(main())
