"""All rules, by code. Each is defined (and documented) in its own check module."""

from __future__ import annotations

from numcheck.checks import arithmetic, conversion, facts, sources, within
from numcheck.checks.base import Rule

RULES: dict[str, Rule] = {
    r.code: r
    for r in [
        *sources.RULES,
        *within.RULES,
        *conversion.RULES,
        *arithmetic.RULES,
        *facts.RULES,
    ]
}
