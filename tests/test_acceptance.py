"""The acceptance floor of issue 3: ../shared/eval/score.py runs the real CLI on every case.

Precision >= 0.95 and recall >= 0.90 over all cases, every case run without error."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SCORE = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"


@pytest.mark.skipif(
    not SCORE.exists(),
    reason="the project's acceptance cases (../shared/eval/score.py, outside this repository) "
    "are not present",
)
def test_acceptance_cases_meet_the_precision_and_recall_floors() -> None:
    out = subprocess.run(
        [sys.executable, str(SCORE), "--cmd", f"{sys.executable} -m numcheck"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    m = re.search(r"cases=(\d+) exact=(\d+) errors=(\d+) precision=([\d.]+) recall=([\d.]+)", out.stdout)
    assert m, out.stdout
    errors, precision, recall = int(m.group(3)), float(m.group(4)), float(m.group(5))
    assert errors == 0, out.stdout
    assert precision >= 0.95, out.stdout
    assert recall >= 0.90, out.stdout
