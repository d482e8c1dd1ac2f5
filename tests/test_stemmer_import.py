"""numcheck imports snowballstemmer's English stemmer alone (not the package's thirty-odd
languages), and it stems as the package's own does."""

from __future__ import annotations

import os
import subprocess
import sys

import snowballstemmer

from numcheck.extraction import knowledge

WORDS = [
    "running",
    "Countries",
    "injured",
    "hospitalised",
    "evacuations",
    "fled",
    "rallies",
    "generously",
    "governor's",
    "arrested",
    "detained",
    "wounded",
    "killings",
    "cities",
]


def test_the_english_stemmer_alone_stems_as_the_package_does() -> None:
    ours = knowledge.english_stemmer()
    theirs = snowballstemmer.stemmer("english")
    assert [ours.stemWord(w.lower()) for w in WORDS] == [theirs.stemWord(w.lower()) for w in WORDS]
    assert knowledge.stem("Countries") == theirs.stemWord("countries")


def test_importing_numcheck_loads_no_other_language() -> None:
    code = (
        "import sys, numcheck.extraction.knowledge as k\n"
        "print(sorted(m for m in sys.modules if 'stemmer' in m and 'english' not in m and 'base' not in m))\n"
        "print(k.stem('rallies'))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "ralli"]
