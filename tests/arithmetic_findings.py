"""What the relation tests read from a check: its arithmetic and conversion findings."""

from __future__ import annotations

from numcheck import check, extract
from numcheck.config import load_config
from numcheck.models import Finding
from numcheck.relations import read_relations


def found(text: str) -> list[Finding]:
    """The arithmetic and conversion findings on a draft."""
    report = check([text])
    return [f for f in report.findings if f.category.value in {"arithmetic-error", "conversion-error"}]


def message(text: str) -> str:
    """The message of the one arithmetic or conversion finding on a draft."""
    (f,) = found(text)
    return f.message


def charged_parts(text: str) -> list[tuple[str, list[str]]]:
    """The parts read of a count of people charged (relations' cue "charged"): (whole, parts)."""
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    read = [p for p in rel.parts if p.whole is not None and p.cue == "charged"]
    return [(p.whole.surface, [c.surface for c in p.parts]) for p in read if p.whole is not None]
