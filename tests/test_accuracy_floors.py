"""Extraction accuracy on the peer suites, held as floors (issue 2).

The suites are read where they are (../shared/peer, and quantulum3's own tests inside the installed
package); the metric is the one `bench/accuracy.py` defines and prints (see its docstring). A floor
is never lowered to make this test pass.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PEER = SHARED / "peer" / "recognizers-text"

pytestmark = pytest.mark.skipif(not PEER.exists(), reason="../shared/peer (the peer suites) not present")

FLOORS = {
    "Recognizers CurrencyModel": 0.90,
    "Recognizers DimensionModel": 0.90,
    "Recognizers NumberModel (reader)": 0.90,
    "quantulum3 quantities": 0.95,
}


def _load_metric() -> ModuleType:
    name = "numcheck_bench_accuracy"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def acc() -> ModuleType:
    return _load_metric()


@pytest.fixture(scope="module")
def results(acc: ModuleType) -> dict:
    return {r.name: r for r in acc.run_all(SHARED)}


def test_the_floors_are_the_ones_bench_accuracy_reports(acc: ModuleType) -> None:
    assert acc.FLOORS == FLOORS


@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_value_accuracy_meets_its_floor(results: dict, suite: str) -> None:
    assert suite in results, f"{suite}: suite not found or not scored"
    r = results[suite]
    failures = "\n".join(
        f"  {f.kind}: {f.text[:80]!r}: expected {f.expected}; got {f.got}" for f in r.failures
    )
    assert r.value_accuracy >= FLOORS[suite], (
        f"{suite}: value accuracy {r.value_accuracy:.1%} below the floor {FLOORS[suite]:.0%}\n{failures}"
    )


@pytest.mark.parametrize(
    "suite,minimum",
    [
        ("Recognizers CurrencyModel", 180),
        ("Recognizers DimensionModel", 90),
        ("Recognizers NumberModel (reader)", 250),
        ("quantulum3 quantities", 140),
    ],
)
def test_every_suite_is_scored_whole(results: dict, suite: str, minimum: int) -> None:
    """A suite that silently loses entries would inflate its figure."""
    assert results[suite].expected >= minimum


# ---------------------------------------------------------------- the metric itself


def test_an_expected_quantity_counts_only_with_an_overlapping_claim_of_the_same_value(
    acc: ModuleType,
) -> None:
    text = "It cost $5 million and weighed 3 tonnes."
    entry = acc.Entry(
        text,
        [
            acc.Expected(
                text.index("$5"), text.index(" and"), "$5 million", 5e6, "dollar", typename="currency"
            ),
            acc.Expected(
                text.index("3 t"), len(text) - 1, "3 tonnes", 4.0, "metric ton", typename="dimension"
            ),
        ],
    )
    r = acc.evaluate("synthetic", [entry], acc.claims_found)
    assert (r.expected, r.value_ok) == (2, 1)  # 4 tonnes is not what the text says
    assert r.value_accuracy == 0.5
    assert [f.expected for f in r.failures] == ["'3 tonnes' = 4 metric ton"]


def test_an_entry_with_nothing_expected_is_wrong_when_something_of_its_kind_is_extracted(
    acc: ModuleType,
) -> None:
    clean = acc.Entry("All 70 of us.", [])
    dirty = acc.Entry("It cost $20.", [])
    r = acc.evaluate("synthetic", [clean, dirty], acc.claims_found, empty_kinds={"money"})
    assert (r.empty, r.empty_clean, r.value_accuracy) == (2, 1, 0.5)


def test_values_compare_in_the_stated_unit_or_in_si(acc: ModuleType) -> None:
    cents = acc.Expected(0, 8, "50 cents", 50.0, "cent", typename="currency")
    assert acc.value_matches(cents, acc.Found(0, 8, 0.5, kind="money", unit="USD"), False)
    assert not acc.value_matches(cents, acc.Found(0, 8, 50.0 * 1.1, kind="money", unit="USD"), False)
    dozen = acc.Expected(0, 7, "a dozen", 1.0, "dozen")
    assert acc.value_matches(dozen, acc.Found(0, 7, 12.0, kind="count", unit="egg"), True)
    assert not acc.value_matches(dozen, acc.Found(0, 7, 13.0, kind="count", unit="egg"), True)


def test_a_range_is_quantulum3s_midpoint_and_half_width(acc: ModuleType) -> None:
    exp = acc.Expected(0, 8, "3 to 4 L", 3.5, "litre", uncertainty=0.5)
    assert acc.value_matches(exp, acc.Found(0, 8, None, low=3.0, high=4.0, kind="quantity"), True)
    assert not acc.value_matches(exp, acc.Found(0, 8, None, low=3.0, high=5.0, kind="quantity"), True)
