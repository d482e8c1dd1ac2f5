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


def flagged_rules(text: str) -> list[str]:
    """The rules of the warnings and errors on a draft (what a desk's CI fails on)."""
    return [f.rule for f in check(text).findings if f.severity in ("warning", "error")]


def whole_of(text: str, surface: str) -> str | None:
    """The surface of the whole the claim written `surface` is read as a part of, if any."""
    claims = extract(text)
    by_id = {c.id: c for c in claims}
    part = next(c for c in claims if c.surface == surface)
    return by_id[part.part_of].surface if part.part_of in by_id else None
