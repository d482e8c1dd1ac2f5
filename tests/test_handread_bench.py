"""bench/handread.py values the figures of a hand-read relation the way a reader does."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _handread() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))  # it imports bench/mutations.py
    spec = importlib.util.spec_from_file_location("numcheck_bench_handread", ROOT / "bench" / "handread.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_figure_in_words_with_its_scale_word_is_scaled_once() -> None:
    handread = _handread()
    assert handread.value("six thousand") == 6_000
    assert handread.value("3.5 million") == 3_500_000
    assert handread.value("two") == 2


class _At:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def test_a_relation_reads_a_row_when_its_claims_cover_two_of_the_row_figures() -> None:
    handread = _handread()
    # "extended the lease from three to nine years": the two ends are one claim (a range)
    three, nine = (24, 29), (33, 37)
    assert handread.joins([_At(19, 43)], [three, nine])
    assert handread.joins([_At(24, 29), _At(33, 43)], [three, nine])
    # a relation holding only one of the row's figures does not read it
    assert not handread.joins([_At(24, 29), _At(50, 55)], [three, nine])
