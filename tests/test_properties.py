"""Properties that hold for any input text (issue 6): extraction and checking never raise, claims point
at their own surface, intervals contain their value, the JSON report validates against the schema that
`numcheck schema` prints, and the same input gives the same report twice."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import numcheck
from numcheck.config import load_config
from numcheck.models import Claim, Report
from numcheck.read import read_text

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CONFIG = load_config(discover=False)

# Pieces of news copy that exercise the extractor: figures in every form it reads, and its traps.
FRAGMENTS = [
    "about",
    "some",
    "roughly",
    "nearly",
    "more than",
    "at least",
    "up to",
    "fewer than",
    "between",
    "and",
    "to",
    "or",
    "dozens of",
    "hundreds of",
    "thousands of",
    "tens of thousands of",
    "millions of",
    "11,000",
    "10,000",
    "145",
    "8",
    "eight",
    "five",
    "two-and-a-half",
    "a dozen",
    "half a million",
    "a third",
    "£3.5bn",
    "$40m",
    "€1.2 billion",
    "a $800 billion",
    "US$5",
    "12%",
    "12 percent",
    "12 per cent",
    "3 percentage points",
    "500 square miles",
    "(1,295 sq km)",
    "30C",
    "(86F)",
    "19 km",
    "2.3 million",
    "300-400",
    "four or five",
    "1.5",
    "0",
    "-5",
    "1e9",
    "99999999999999999999",
    "10,00,000",
    "3/4",
    "½",
    "North Korean soldiers",
    "troops",
    "drones",
    "civilians",
    "people",
    "injured",
    "killed",
    "including",
    "of whom",
    "in Mykolaiv",
    "doubled",
    "halved",
    "rose to",
    "fell by",
    "a total of",
    "Zelenskyy said",
    "the Pentagon said",
    "according to officials",
    "he said",
    "“",
    "”",
    '"',
    "in 2022",
    "since 2014",
    "at 3pm",
    "COVID-19",
    "Boeing 737",
    "G7",
    "World War II",
    "1.",
    "-",
    "•",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    "  ",
    "٣٤٥",
    "३४५",
    "１２３",
    "שלום 5",
    "مرحبا ٥",
    "\u200f",
    "\u202e",
    "\u0301",
    "\x00",
    "\ufeff",
    "😀",
]
news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join)
digits_and_signs = st.text(alphabet="0123456789,. -%$£€kmbn\n", max_size=80)
any_text = st.one_of(st.text(max_size=300), news_like, digits_and_signs)


@pytest.fixture(scope="module")
def schema() -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "numcheck", "schema"], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def _check_claim(c: Claim, text: str) -> None:
    assert 0 <= c.start <= c.end <= len(text), (c.start, c.end, len(text))
    assert c.surface == text[c.start : c.end]
    for v in (c.value, c.low, c.high):
        assert v is None or not math.isnan(v)
    if c.value is not None and c.low is not None:
        assert c.low <= c.value, (c.surface, c.low, c.value)
    if c.value is not None and c.high is not None:
        assert c.value <= c.high, (c.surface, c.value, c.high)
    if c.low is not None and c.high is not None:
        assert c.low <= c.high, (c.surface, c.low, c.high)


@SETTINGS
@given(any_text)
def test_extract_returns_claims_that_point_at_their_surface(text: str):
    for c in numcheck.extract(text, CONFIG):
        _check_claim(c, text)


@SETTINGS
@given(draft=any_text, source=any_text, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_check_report_is_valid_deterministic_and_points_into_the_file(
    draft: str, source: str, fmt: str, schema: dict
):
    doc = read_text(draft, fmt, path="draft")
    src = read_text(source, "text", path="source", role="source")
    report = numcheck.check([doc], [src], config=CONFIG)
    originals = {"d0": doc.original, "s0": src.original}
    for c in report.claims:
        _check_claim(c, originals[c.doc])
    ids = [c.id for c in report.claims]
    assert len(ids) == len(set(ids))
    for f in report.findings:
        assert set(f.claims) <= set(ids) | {c.id for c in report.claims if c.doc == "f0"}
    first = report.to_json()
    jsonschema.Draft202012Validator(schema).validate(json.loads(first))
    again = numcheck.check(
        [read_text(draft, fmt, path="draft")],
        [read_text(source, "text", path="source", role="source")],
        config=CONFIG,
    )
    assert again.to_json() == first
    assert Report.model_validate_json(first).to_json() == first


def test_schema_rejects_a_broken_report(schema: dict):
    """The schema validation above can fail: a report with a claim that lacks its offsets does not pass."""
    report = json.loads(numcheck.check(["Russia fired 145 drones."], config=CONFIG).to_json())
    report["claims"] = [{"surface": "145"}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(report)
