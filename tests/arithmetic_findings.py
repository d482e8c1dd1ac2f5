"""What the relation tests read from a check: its arithmetic and conversion findings."""

from __future__ import annotations

from numcheck import check
from numcheck.models import Finding


def found(text: str) -> list[Finding]:
    """The arithmetic and conversion findings on a draft."""
    report = check([text])
    return [f for f in report.findings if f.category.value in {"arithmetic-error", "conversion-error"}]


def message(text: str) -> str:
    """The message of the one arithmetic or conversion finding on a draft."""
    (f,) = found(text)
    return f.message
