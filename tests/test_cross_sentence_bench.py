"""bench/cross_sentence.py measures a reading numcheck does not make: a count in the next sentence
whose noun is a kind of an earlier count's noun, taken as a part of it. Our own sentences."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))  # it imports bench/mutations.py and bench/handread.py
    spec = importlib.util.spec_from_file_location(
        "numcheck_bench_cross_sentence", ROOT / "bench" / "cross_sentence.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _pairs(text: str) -> list[tuple[str, str, bool]]:
    bench = _bench()
    from numcheck.api import _config
    from numcheck.relations.cues import _people_nouns

    _, claims = bench.claims_of(text)
    pairs = bench.next_sentence_pairs(claims, _people_nouns(_config(None).pack))
    return [(w.surface, p.surface, bench._above(p, w)) for w, p in pairs]


def test_a_count_of_the_same_noun_in_the_next_sentence_is_joined() -> None:
    text = "The county runs nine ferries on the lake. Currently four ferries are out of service."
    assert _pairs(text) == [("nine", "four", False)]


def test_the_later_count_above_the_earlier_is_counted_as_a_finding() -> None:
    # two years' counts, no part of one another: the reading would raise a finding here
    text = "Rangers counted 40 bears in the park last spring. This spring they counted 55 bears."
    assert _pairs(text) == [("40", "55", True)]


def test_counts_a_paragraph_apart_are_not_joined() -> None:
    text = "The county runs nine ferries on the lake.\n\nCurrently four ferries are out of service."
    assert _pairs(text) == []
