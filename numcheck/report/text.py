"""The text report, for an editor: findings grouped by document and line, each in plain words.

    drafts/storm.md
      line 4  error  NC101 source-mismatch  (confidence 0.90)
        The storm flooded »2,100 homes« across the county, officials said.
        src.txt, line 1: The storm flooded »1,200 homes« across the county, the office said.
        The source (the office) says 1,200 homes; the draft says 2,100 homes — digits transposed?
        Fix: if the source is right, write 1,200 homes as it does.
        Why: Copying a figure from a source is where ... slips happen.  More: numcheck rules explain NC101

    1 error, 0 warnings in 1 draft; checked against 1 source

Colour (severity, the marked figure) only when asked: `render(color=True)`; the CLI asks when
stdout is a terminal and NO_COLOR is unset (`--color auto|always|never`). Without colour the
figure is marked »like this«, and the text has no escape codes.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from numcheck.models import Finding, Report, Severity
from numcheck.report.common import ReportIndex, plural, printable, severity_counts
from numcheck.report.editor import Excerpt, Explainer

SEVERITY_STYLE = {Severity.error: "bold red", Severity.warning: "bold yellow", Severity.info: "cyan"}
WIDTH = 100


def _console(color: bool, width: int | None) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    if color:
        console = Console(
            file=buf, force_terminal=True, width=width or WIDTH, highlight=False, color_system="standard"
        )
    else:
        console = Console(
            file=buf,
            force_terminal=False,
            no_color=True,
            color_system=None,
            width=width or WIDTH,
            highlight=False,
            emoji=False,
        )
    return console, buf


def _excerpt(ex: Excerpt, label: str | None, color: bool) -> Text:
    out = Text()
    if label:
        out.append(f"{printable(label)}: ", style="dim")
    pos = 0
    for start, end in ex.marks:  # a draft's control characters never reach the terminal raw
        out.append(printable(ex.text[pos:start]))
        out.append("»" + printable(ex.text[start:end]) + "«", style="bold reverse" if color else "")
        pos = end
    out.append(printable(ex.text[pos:]))
    return out


def _finding(console: Console, explainer: Explainer, finding: Finding, color: bool) -> None:
    e = explainer.explain(finding)
    head = Text("  ")
    where = f"line {e.location.line}" if e.location and e.location.line else "—"
    head.append(f"{where:8} ", style="bold")
    head.append(f"{finding.severity.value:7}", style=SEVERITY_STYLE.get(finding.severity, ""))
    head.append(f" {finding.rule} {e.rule_name}", style="bold")
    if finding.confidence < 1.0:
        head.append(f"  (confidence {finding.confidence:.2f})", style="dim")
    console.print(head)
    pad = (0, 0, 0, 4)
    if e.sentence is not None:
        console.print(Padding(_excerpt(e.sentence, None, color), pad))
    for other in e.others:
        console.print(Padding(_excerpt(other, other.where, color), pad))
    says = printable(e.says)
    console.print(Padding(Text(says if says.endswith(("?", ".")) else says + "."), pad))
    if e.fix is not None:
        fix = Text("Fix: ", style="bold green" if color else "")
        fix.append(printable(e.fix.text) + ("" if e.fix.text.endswith(".") else "."))
        console.print(Padding(fix, pad))
    if e.why:
        why = Text("Why: ", style="dim")
        why.append(e.why, style="dim")
        why.append(f"  More: numcheck rules explain {finding.rule}", style="dim")
        console.print(Padding(why, pad))
    console.print()


def summary_text(report: Report) -> str:
    """'2 errors, 1 warning, 0 info in 1 draft; checked against 2 sources and a facts file'."""
    errors, warnings, infos = severity_counts(report.findings)
    roles = [d.role for d in report.documents]
    drafts, sources = roles.count("draft"), roles.count("source")
    against = []
    if sources:
        against.append(plural(sources, "source"))
    if "facts" in roles:
        against.append("a facts file")
    line = f"{plural(errors, 'error')}, {plural(warnings, 'warning')}, {infos} info"
    line += f" in {plural(drafts, 'draft')}"
    if against:
        line += "; checked against " + " and ".join(against)
    else:
        line += "; no --source or --facts given"
    line += f"; {plural(len(report.claims), 'figure')} read"
    if report.summary.baselined:
        n = report.summary.baselined
        line += f"; {n} {'finding' if n == 1 else 'findings'} hidden by the baseline"
    return line


def auto_color() -> bool:
    """Colour by default: stdout is a terminal (not TERM=dumb) and NO_COLOR is unset or empty."""
    import os
    import sys

    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def render(
    report: Report, *, color: bool | None = None, width: int | None = None, quiet: bool = False
) -> str:
    """The report as text (colour: as `auto_color()` unless given); `quiet` leaves out the drafts
    without findings."""
    if color is None:
        color = auto_color()
    console, buf = _console(color, width)
    index = ReportIndex(report)
    explainer = Explainer(report, index)
    groups: dict[str, list[Finding]] = {}
    for finding in report.findings:
        groups.setdefault(index.finding_doc(finding), []).append(finding)
    order = [d.id for d in report.documents] + [d for d in groups if d not in index.docs]
    for doc_id in order:
        findings = groups.get(doc_id, [])
        doc = index.docs.get(doc_id)
        if not findings and (quiet or doc is None or doc.role != "draft"):
            continue
        title = Text(printable(index.doc_path(doc_id)), style="bold underline")
        if doc is not None and doc.role != "draft":
            title.append(f" ({doc.role})", style="dim")
        if not findings:
            title.append(" — no findings", style="green")
            console.print(title)
            continue
        console.print(title)

        def line_of(f: Finding) -> tuple[int, int, int]:
            """By line; on one line the most severe first, then by column."""
            claim = index.primary(f)
            loc = index.locate(claim) if claim is not None else None
            line, col = (loc.line, loc.col) if loc is not None else (0, 0)
            return line, -f.severity.rank, col

        for finding in sorted(findings, key=line_of):
            _finding(console, explainer, finding, color)
    console.print(Text(summary_text(report), style="bold"))
    out = buf.getvalue()
    if color:
        return out
    return "\n".join(line.rstrip() for line in out.split("\n"))
