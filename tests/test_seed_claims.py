"""The claims a careful reader finds in the seed article (../shared/eval/seed-claims.yaml)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

import numcheck
from numcheck.extraction.claims import singular_noun

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_75fc520f5eb4771c.txt"
SPEC = ROOT.parent / "shared" / "eval" / "seed-claims.yaml"

pytestmark = pytest.mark.skipif(
    not SPEC.exists(),
    reason="the seed article's claim list (../shared/eval/seed-claims.yaml, outside this repository) "
    "is not present",
)


def _spec() -> dict:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def _text() -> str:
    return SEED.read_text(encoding="utf-8")


def _norm_source(s: str | None) -> str | None:
    if s is None:
        return None
    s = s.replace("‘", "'").replace("’", "'").lower().strip()
    return s.removeprefix("the ")


def _overlapping(claims: list[numcheck.Claim], text: str, needle: str) -> list[numcheck.Claim]:
    i = text.index(needle)
    return [c for c in claims if c.start < i + len(needle) and i < c.end]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6)


def _ids(spec: dict) -> list[str]:
    return [c["text"] for c in spec["claims"]]


@pytest.fixture(scope="module")
def claims() -> list[numcheck.Claim]:
    return numcheck.extract(_text())


@pytest.mark.parametrize(
    "expected", _spec()["claims"] if SPEC.exists() else [], ids=_ids(_spec()) if SPEC.exists() else []
)
def test_every_required_claim_is_read_right(claims: list[numcheck.Claim], expected: dict) -> None:
    found = _overlapping(claims, _text(), expected["text"])
    if expected.get("optional"):
        return
    assert found, f"no claim overlaps {expected['text']!r}"
    c = found[0]
    if "value" in expected:
        assert _close(c.value, expected["value"]), (c.surface, c.value)
    if "low" in expected:
        assert _close(c.low, expected["low"]), (c.surface, c.low)
    if "high" in expected:
        assert _close(c.high, expected["high"]), (c.surface, c.high)
    if "counts" in expected:
        assert c.counts is not None and singular_noun(c.counts) == singular_noun(expected["counts"])
    if "unit" in expected:
        want = expected["unit"]
        assert c.unit == want or (c.unit or "").replace("_", " ") == want, (c.surface, c.unit)
    if "si" in expected:
        assert _close(c.si_value, expected["si"]["value"])
        assert c.si_unit == expected["si"]["unit"]
    if "hedge" in expected:
        assert c.hedge == expected["hedge"]
    if "source" in expected:
        want = expected["source"]
        options = want if isinstance(want, list) else [want]
        assert _norm_source(c.source) in {_norm_source(o) for o in options}, c.source
    if "part_of" in expected:
        assert c.part_of is not None
        whole = next(x for x in claims if x.id == c.part_of)
        assert whole in _overlapping(claims, _text(), expected["part_of"])


def test_no_listed_non_claim_is_extracted(claims: list[numcheck.Claim]) -> None:
    text = _text()
    for needle in _spec()["not_claims"]:
        assert not _overlapping(claims, text, needle), needle


def test_every_claim_surface_is_its_span(claims: list[numcheck.Claim]) -> None:
    text = _text()
    assert all(text[c.start : c.end] == c.surface for c in claims)
