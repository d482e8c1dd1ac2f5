"""JUnit XML: one testsuite per draft, one testcase per rule; a rule fails on findings at error/warning.

CI systems (GitLab, Jenkins, Azure, the GitHub test-report actions) show it as a test run: each draft
is a suite, each rule a test. Info findings do not fail a test; they are listed in its system-out.
Characters XML 1.0 cannot carry (control characters a draft may hold) are replaced by U+FFFD.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from numcheck.models import Finding, Report, Severity
from numcheck.report.common import ReportIndex
from numcheck.report.editor import Explainer

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _describe(explainer: Explainer, f: Finding) -> str:
    """A finding in the text report's words: where, what disagrees, the sentences, the fix, the why."""
    e = explainer.explain(f)
    where = e.location.short() if e.location is not None else explainer.index.doc_path(f.doc)
    lines = [f"{f.severity.value} {f.rule} {e.rule_name} at {where}", f"  {e.says}"]
    if e.sentence is not None:
        lines.append(f"  {e.sentence.marked()}")
    lines += [f"  {o.where}: {o.marked()}" for o in e.others]
    if e.fix is not None:
        lines.append(f"  Fix: {e.fix.text}")
    if e.why:
        lines.append(f"  Why: {e.why} (numcheck rules explain {f.rule})")
    return "\n".join(lines)


def render(report: Report) -> str:
    from numcheck.checks.registry import RULES

    index = ReportIndex(report)
    explainer = Explainer(report, index)
    rules: dict[str, str] = {code: r.name for code, r in RULES.items()}
    for f in report.findings:
        rules.setdefault(f.rule, f.category.value)
    by_doc: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_doc.setdefault(index.finding_doc(f), []).append(f)
    suite_docs = [d.id for d in report.documents if d.role == "draft"]
    suite_docs += [d for d in by_doc if d not in suite_docs]

    root = ET.Element("testsuites", name="numcheck")
    total_tests = total_failures = 0
    for doc_id in suite_docs:
        path = xml_text(index.doc_path(doc_id))
        findings = by_doc.get(doc_id, [])
        suite = ET.SubElement(root, "testsuite", name=path)
        failures = 0
        for code, name in sorted(rules.items()):
            case = ET.SubElement(suite, "testcase", classname=path, name=f"{code} {name}", time="0")
            mine = [f for f in findings if f.rule == code]
            failing = [f for f in mine if f.severity in (Severity.error, Severity.warning)]
            if failing:
                failures += 1
                worst = max(failing, key=lambda f: f.severity.rank)
                says = explainer.explain(worst).says
                message = says if len(failing) == 1 else f"{len(failing)} findings: {says}"
                failure = ET.SubElement(case, "failure", message=xml_text(message), type=worst.severity.value)
                failure.text = xml_text("\n\n".join(_describe(explainer, f) for f in failing))
            infos = [f for f in mine if f not in failing]
            if infos:
                out = ET.SubElement(case, "system-out")
                out.text = xml_text("\n\n".join(_describe(explainer, f) for f in infos))
        suite.set("tests", str(len(rules)))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        total_tests += len(rules)
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
