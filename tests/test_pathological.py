"""Pathological text (issue 6), small: the inputs of bench/pathological.py at sizes that run in seconds.
No timing here (bench/pathological.py measures the scaling): only no crash, claims that point at their
own text, finite values, and output bounded by the input."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import pytest

import numcheck
from numcheck.config import load_config
from numcheck.read import read_text

_spec = importlib.util.spec_from_file_location(
    "pathological", Path(__file__).resolve().parent.parent / "bench" / "pathological.py"
)
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

CONFIG = load_config(discover=False)

SMALL = {
    "ordinary-news": 20_000,
    "dense-figures": 1_500,
    "numbers-in-one-paragraph": 300,
    "one-mb-line": 16_384,
    "one-long-word": 4_096,
    "html-nested": 100_000,  # the reader is linear: full depth even here
    "html-malformed": 5_000,
    "markdown-markup": 16_384,
    "every-script": 200,
    "right-to-left": 100,
}


@pytest.mark.parametrize("case", sorted(SMALL))
def test_pathological_input_is_checked_without_error_and_with_bounded_output(case: str):
    build, fmt, _, _ = bench.CASES[case]
    text = build(SMALL[case])
    doc = read_text(text, fmt)
    report = numcheck.check([doc], config=CONFIG)
    for c in report.claims:
        assert c.surface == doc.original[c.start : c.end]
        for v in (c.value, c.low, c.high, c.si_value):
            assert v is None or math.isfinite(v)
        if c.value is not None and c.low is not None and c.high is not None:
            assert c.low <= c.value <= c.high
    out = report.to_json(indent=None)
    assert len(out) <= 300 * len(text.encode("utf-8")) + 10_000
    assert len(report.findings) <= 10 * len(report.claims) + 10
    json.loads(out)


def test_every_figure_of_a_long_paragraph_is_found():
    text = bench.numbers_in_one_paragraph(300)
    claims = numcheck.extract(text, CONFIG)
    assert len(claims) == 300
    assert [c.value for c in claims[:4]] == [0, 7, 14, 21]


def test_deeply_nested_html_keeps_the_inner_paragraph():
    doc = read_text(bench.html_nested(100_000), "html")
    assert doc.text == "About 11,000 soldiers; 145 drones."


def test_malformed_html_keeps_the_text_before_the_first_unclosed_tag():
    doc = read_text(bench.html_malformed(5_000), "html")
    assert doc.text == "145 drones &"


@pytest.mark.parametrize(
    "text",
    [
        "9" * 300 + " trillion trillion dollars",
        "1" * 5000,
        "0." + "9" * 5000 + " percent",
        ",".join(["123"] * 3000) + " troops",
        "-" * 1000 + "5 degrees",
        "%" * 100 + "5" + "%" * 100,
        "1e308 trillion drones and 1" + "0" * 400 + " km",
    ],
)
def test_extreme_figures(text: str):
    report = numcheck.check([text], config=CONFIG)
    for c in report.claims:
        assert c.surface == text[c.start : c.end]
        assert c.value is None or math.isfinite(c.value)
    assert "Infinity" not in report.to_json() and "NaN" not in report.to_json()
