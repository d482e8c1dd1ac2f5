"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding.

    ::error file=drafts/crash.md,line=3,col=42,endColumn=63,title=NC301 internal-inconsistency::179 ...

GitHub turns them into annotations on the pull request's diff. The annotation sits at the finding's
primary claim; the message is the editor's wording of the text report (numcheck/report/editor.py):
what disagrees, the fix, the rule's why, then the sentences with the figures marked. Escaping follows the
runner's rules: in the message `%`, CR and LF are %-encoded; in property values `:` and `,` too.
"""

from __future__ import annotations

from numcheck.models import Report, Severity
from numcheck.report.common import ReportIndex, printable
from numcheck.report.editor import Explainer

COMMAND = {Severity.error: "error", Severity.warning: "warning", Severity.info: "notice"}


def escape_data(text: str) -> str:
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    from numcheck.checks.registry import RULES

    index = ReportIndex(report)
    explainer = Explainer(report, index)
    lines = []
    for f in report.findings:
        claims = index.finding_claims(f)
        rule = RULES.get(f.rule)
        props: list[tuple[str, str]] = []
        if claims:
            loc = index.locate(claims[0])
            props.append(("file", loc.path))
            if loc.line:
                props.append(("line", str(loc.line)))
                if loc.end_line == loc.line:
                    props += [("col", str(loc.col)), ("endColumn", str(loc.end_col))]
                else:
                    props.append(("endLine", str(loc.end_line)))
        elif f.doc:
            props.append(("file", index.doc_path(f.doc)))
        props.append(("title", f"{f.rule} {rule.name if rule else f.category.value}"))
        e = explainer.explain(f)
        message = e.message()
        if f.confidence < 1.0:
            message += f" (confidence {f.confidence:.2f})"
        if e.sentence is not None:
            message += f"\n  {e.sentence.marked()}"
        for other in e.others:
            message += f"\n  {other.where}: {other.marked()}"
        head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
        lines.append(f"::{COMMAND[f.severity]} {head}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)
