"""bench/turned.py flips the direction word a figure follows and asks NC103 whether the draft
turned the source's direction. Sentences here are written for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _turned() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))  # it imports bench/mutations.py and bench/realtext.py
    spec = importlib.util.spec_from_file_location("numcheck_bench_turned", ROOT / "bench" / "turned.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_direction_word_nearest_before_the_figure_is_flipped() -> None:
    bench = _turned()
    sentence = "Ferry fares rose last spring, and bookings fell 12 percent in June."
    assert bench.flipped(sentence, sentence.index("12")) == (
        "Ferry fares rose last spring, and bookings rose 12 percent in June."
    )
    assert bench.flipped("Bookings were 12 percent of the total.", 14) is None


def test_a_flipped_sentence_is_turned_against_its_source_and_the_published_one_is_not() -> None:
    bench = _turned()
    source = "Bookings on the island ferries fell 12 percent in June, the operator said."
    assert not bench.turned(source, source)
    assert bench.turned("Bookings on the island ferries rose 12 percent in June, the operator said.", source)
