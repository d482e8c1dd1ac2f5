"""Every bench/ script README or docs name answers --help with a description that ends its
sentence (a user reads it before running a script that takes minutes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.mark.parametrize(
    "script",
    [
        "accuracy",
        "attribution",
        "attribution_tally",
        "cqe_compare",
        "cross_sentence",
        "fit_carry",
        "fit_judgement",
        "handread",
        "judgement",
        "mutations",
        "speed",
        "turned",
    ],
)
def test_bench_help_describes_the_script_in_whole_sentences(script: str) -> None:
    res = subprocess.run(
        [sys.executable, str(BENCH / f"{script}.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCH.parent,
    )
    assert res.returncode == 0, res.stderr
    after_usage = res.stdout.split("\n\n", 2)[1]  # the description follows the usage block
    assert after_usage.rstrip().endswith((".", ":", ")")), after_usage
