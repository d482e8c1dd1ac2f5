"""Write numcheck/si_table.json: pint's answers for every unit the default rule pack can read.

    python bench/make_si_table.py

numcheck converts units with pint, whose import and registry cost about a second. Its answers
(factor, offset, SI unit, dimensionality) for a unit never change, so the ones the default rules
need are computed here once and shipped with the package, like pint's own definitions file: every
unit of the unit lexicon (rules/units.yaml and quantulum3's unit data), and each of them per
second, minute, hour, day, week, month and year. At run time numcheck reads the table, then its
per-user cache (~/.cache/numcheck), and imports pint only for an expression in neither (a desk's
own unit, a rate per something else). Run this again after a change to the units a pack can read;
tests/test_si_table.py fails while the table is behind the rules.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from numcheck.extraction.units import PERIODS, _pint_si, table_expressions  # noqa: E402
from numcheck.rulepack import load_pack  # noqa: E402

OUT = ROOT / "numcheck" / "si_table.json"


def main() -> int:
    exprs = table_expressions(load_pack(None).units, PERIODS)
    units = {e: (None if (r := _pint_si(e)) is None else list(r)) for e in sorted(exprs)}
    OUT.write_text(json.dumps({"pint": version("pint"), "units": units}, sort_keys=True, indent=0) + "\n")
    known = sum(v is not None for v in units.values())
    where = OUT.relative_to(ROOT)
    print(f"{where}: {len(units)} expressions ({known} that pint converts), pint {version('pint')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
