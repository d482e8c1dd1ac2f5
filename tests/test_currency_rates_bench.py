"""bench/currency_rates.py tallies how far apart a text's restatements of one pair of currencies
lie beyond their rounding (the figures `currency_rates` is set from). Our own sentences."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from numcheck import extract

ROOT = Path(__file__).resolve().parent.parent


def _bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))  # it imports bench/mutations.py and bench/handread.py
    spec = importlib.util.spec_from_file_location(
        "numcheck_bench_currency_rates", ROOT / "bench" / "currency_rates.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_restatements_at_one_rate_lie_no_way_apart() -> None:
    bench = _bench()
    text = "A ticket costs 120 yuan ($17). The hall cost 300 million yuan ($43 million)."
    (pairs,) = bench.groups(extract(text)).values()
    assert len(pairs) == 2
    assert bench.gap(pairs) == 0.0


def test_restatements_at_two_rates_lie_apart_by_their_gap_beyond_rounding() -> None:
    bench = _bench()
    text = "A ticket costs 840 yuan ($121). The hall cost 3,125 yuan ($530)."
    groups = bench.groups(extract(text))
    assert list(groups) == [("CNY", "USD")]
    # 0.144 and 0.170 dollars a yuan: 18% apart, a little less beyond the rounding of the figures
    assert 0.12 < bench.gap(groups["CNY", "USD"]) < 0.18
