"""The JSON report: the contract of ../shared/eval/README.md (see `numcheck schema`)."""

from __future__ import annotations

from numcheck.models import Report


def render(report: Report) -> str:
    return report.to_json(indent=2) + "\n"
