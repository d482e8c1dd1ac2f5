"""The text report: findings grouped by document, each with its linked claims side by side, and a summary.

Colour only when writing to a terminal (rich's own detection, which also honours NO_COLOR and
TERM=dumb); plain text, without escape codes, otherwise.
"""

from __future__ import annotations

import io
import sys

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from numcheck.models import Finding, Report, Severity
from numcheck.report.common import ReportIndex, fmt_value, printable, summary_line

SEVERITY_STYLE = {Severity.error: "bold red", Severity.warning: "bold yellow", Severity.info: "cyan"}
PLAIN_WIDTH = 110


def _console(color: bool | None, width: int | None) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    if color is None:
        probe = Console(file=sys.stdout)
        color = probe.is_terminal and not probe.no_color and probe.color_system is not None
        if width is None and probe.is_terminal:
            width = probe.width
    if color:
        console = Console(file=buf, force_terminal=True, width=width or PLAIN_WIDTH, highlight=False)
    else:
        console = Console(file=buf, force_terminal=False, no_color=True, color_system=None,
                          width=width or PLAIN_WIDTH, highlight=False, emoji=False)
    return console, buf


def _claims_table(index: ReportIndex, finding: Finding) -> Table | None:
    claims = index.finding_claims(finding)
    if not claims:
        return None
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1))
    table.add_column("where", style="dim", no_wrap=True)
    table.add_column("claim", max_width=48)
    table.add_column("value", overflow="fold")
    table.add_column("source", max_width=32)
    for claim in claims:
        table.add_row(
            Text(printable(index.locate(claim).short())),
            Text(printable(claim.surface), style="bold"),
            Text(fmt_value(claim)),
            Text(printable(claim.source or "(the article's own voice)"),
                 style="" if claim.source else "italic"),
        )
    return table


def _finding(console: Console, index: ReportIndex, finding: Finding) -> None:
    head = Text("  ")
    head.append(f"{finding.severity.value.upper():7}", style=SEVERITY_STYLE.get(finding.severity, ""))
    head.append(" ")
    from numcheck.checks.registry import RULES

    rule = RULES.get(finding.rule)
    head.append(f"{finding.rule} {rule.name if rule else ''}".rstrip(), style="bold")
    head.append(f"  [{finding.category.value}]", style="dim")
    console.print(head)
    console.print(Padding(Text(printable(finding.message)), (0, 0, 0, 4)))
    if finding.slip:
        console.print(Padding(Text(printable(f"likely slip: {finding.slip}"), style="italic"), (0, 0, 0, 4)))
    table = _claims_table(index, finding)
    if table is not None:
        console.print(Padding(table, (0, 0, 0, 4)))
    console.print()


def render(report: Report, *, color: bool | None = None, width: int | None = None) -> str:
    """The report as text: colour when `color` (default: when stdout is a terminal), else plain."""
    console, buf = _console(color, width)
    index = ReportIndex(report)
    groups: dict[str, list[Finding]] = {}
    for finding in report.findings:
        groups.setdefault(index.finding_doc(finding), []).append(finding)
    order = [d.id for d in report.documents] + [d for d in groups if d not in index.docs]
    for doc_id in order:
        findings = groups.get(doc_id, [])
        doc = index.docs.get(doc_id)
        if not findings and (doc is None or doc.role != "draft"):
            continue
        title = Text(printable(index.doc_path(doc_id)), style="bold underline")
        if doc is not None and doc.role != "draft":
            title.append(f" ({doc.role})", style="dim")
        if not findings:
            title.append(" — no findings", style="green")
            console.print(title)
            continue
        console.print(title)
        for finding in findings:
            _finding(console, index, finding)
    console.print(Text(summary_line(report), style="bold"))
    out = buf.getvalue()
    if console.is_terminal:
        return out
    return "\n".join(line.rstrip() for line in out.split("\n"))
