"""Report formats: a Report -> text, JSON, SARIF, GitHub commands, JUnit XML, HTML.

`render(report, fmt)` is the one entry point; each format lives in its own module.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from numcheck.models import Report

FORMATS: dict[str, str] = {
    "text": "numcheck.report.text:render",
    "json": "numcheck.report.jsonfmt:render",
    "sarif": "numcheck.report.sarif:render",
    "github": "numcheck.report.github:render",
    "junit": "numcheck.report.junit:render",
    "html": "numcheck.report.html:render",
}


def renderer(fmt: str) -> Callable[[Report], str]:
    module, func = FORMATS[fmt].split(":")
    return getattr(import_module(module), func)


def render(report: Report, fmt: str = "text") -> str:
    return renderer(fmt)(report)
