"""Against the desk's reference facts: NC601 fact-mismatch.

A draft claim is compared with a fact when they are of one kind (noun class, currency,
dimension), their size aspects don't conflict (a dam's height is not its length), and the
claim's sentence shares a word with the fact's measurand or aliases. It disagrees when its
interval does not meet the fact's value ± tolerance.
"""

from __future__ import annotations

from collections.abc import Iterable

from numcheck.checks.base import CheckContext, Rule
from numcheck.checks.slips import likely_slip
from numcheck.link import agree, comparable, describe
from numcheck.models import AnyClaim, Category, Finding, Severity


def _linked(c: AnyClaim, f: AnyClaim) -> bool:
    if not comparable(c, f) and not (c.kind == f.kind == "count" and c.noun_class == f.noun_class):
        return False
    if c.aspect and f.aspect and c.aspect != f.aspect:
        return False
    return bool((set(c.context) | set(c.terms)) & set(f.terms))


def _facts(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    if not ctx.facts:
        return
    for doc in ctx.drafts():
        for c in ctx.by_doc(doc.id):
            if c.conversion_of is not None:
                continue
            for f in ctx.facts:
                if not _linked(c, f) or agree(c, f):
                    continue
                slip = likely_slip(c, f)
                msg = f"{describe(c)} disagrees with the reference {f.measurand}: {f.surface}"
                if f.source:
                    msg += f" ({f.source})"
                if slip:
                    msg += f" — likely {slip}"
                yield rule.finding(msg, [c, f], slip=slip)


FACT_MISMATCH = Rule(
    code="NC601",
    name="fact-mismatch",
    category=Category.fact_mismatch,
    severity=Severity.error,
    summary="A draft figure disagrees with a reference value in the facts file.",
    why="Stable reference figures (heights, areas, capacities) are mistyped and mis-united in copy.",
    example="Facts: height of Mount Everest 8,848.86 metres.  Draft: 'the 8,489-meter summit'.",
    run=_facts,
)

RULES = [FACT_MISMATCH]
