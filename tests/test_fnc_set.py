"""bench/fnc_set.py leaves out fragments, repeats and articles other sets hold, on bodies written
here (no article text)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))  # it imports bench/bbc_set.py
    spec = importlib.util.spec_from_file_location("numcheck_bench_fnc_set", ROOT / "bench" / "fnc_set.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _body(topic: str) -> str:
    return " ".join(f"The {topic} council met on day {i} and heard {i + 3} residents." for i in range(12))


def test_fragments_repeats_and_known_openings_are_left_out() -> None:
    fnc = _module()
    known = {fnc.opening_key(_body("harbour"))}
    bodies = [
        ("fnc_train_0001.txt", _body("river")),
        ("fnc_train_0002.txt", "A short note of nine words about the weather."),
        ("fnc_train_0003.txt", _body("river") + " One more closing line was added."),
        ("fnc_test_0004.txt", _body("harbour")),
        ("fnc_test_0005.txt", _body("valley")),
    ]
    kept, left = fnc.choose(bodies, known)
    assert sorted(kept) == ["fnc_test_0005.txt", "fnc_train_0001.txt"]
    assert left == {"short": 1, "repeated": 1, "already_in_other_sets": 1}


def test_runs_are_eight_words_long() -> None:
    fnc = _module()
    assert fnc.runs("One two three four five six seven eight nine.") == {
        "one two three four five six seven eight",
        "two three four five six seven eight nine",
    }
