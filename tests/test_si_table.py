"""The table of pint's answers shipped with numcheck (numcheck/si_table.json, written by
bench/make_si_table.py): it covers every unit the default rules read, agrees with pint, and lets a
first run on a fresh machine (an empty cache, as in CI) check a draft without importing pint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from numcheck.extraction.units import PERIODS, _pint_si, _shipped_table, table_expressions
from numcheck.rulepack import load_pack

ROOT = Path(__file__).resolve().parent.parent


def test_the_table_covers_every_unit_the_default_rules_read() -> None:
    missing = table_expressions(load_pack(None).units, PERIODS) - set(_shipped_table())
    assert not missing, f"run python bench/make_si_table.py: {sorted(missing)[:5]}"


@pytest.mark.parametrize(
    "expr", ["mile", "acre", "kilometre / hour", "degF", "imperial_gallon", "barrel / day"]
)
def test_the_table_gives_pints_answer(expr: str) -> None:
    shipped = _shipped_table()[expr]
    assert shipped is not None
    assert shipped == pytest.approx(list(_pint_si(expr) or []))


def test_a_first_check_with_an_empty_cache_does_not_import_pint(tmp_path: Path) -> None:
    code = (
        "import sys, numcheck\n"
        "r = numcheck.check(['The lake covers 500 square miles (1,295 sq km) and is 40 feet deep.'])\n"
        "print(len(r.claims), 'pint' in sys.modules)\n"
    )
    env = {**os.environ, "NUMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["3", "False"]
    # nothing missing, so no answer of pint's written (the read rule pack is kept there: rulepack.py)
    assert not list((tmp_path / "cache").glob("pint-*"))


def test_the_table_records_the_pint_it_was_made_with() -> None:
    data = json.loads((ROOT / "numcheck" / "si_table.json").read_text(encoding="utf-8"))
    assert isinstance(data["pint"], str) and data["units"]
