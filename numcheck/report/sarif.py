"""SARIF 2.1.0: one run; every rule with its documentation; one result per finding.

A result is located at its primary claim (the first claim in a draft); the finding's other claims
are `relatedLocations`. Columns count Unicode code points (`columnKind`), as numcheck's offsets do;
`endColumn` is one past the last character. `partialFingerprints` carries Finding.fingerprint (rule +
the claims' text), so code-scanning alerts follow a moved paragraph instead of reopening.
The message is the editor's wording (numcheck/report/editor.py); `rank` is the finding's confidence
× 100; a fix that arithmetic decides (a stated conversion, a complete list of parts) is a `fixes`
entry replacing the figure's text.
"""

from __future__ import annotations

import json
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from numcheck.models import Claim, Report, Severity
from numcheck.report.common import ReportIndex
from numcheck.report.editor import Excerpt, Explainer, Fix

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}
FINGERPRINT_KEY = "numcheck/v1"


def path_uri(path: str) -> str:
    """A document path as a SARIF artifact URI: relative paths stay relative (forward slashes)."""
    if path in ("", "-"):
        return quote(path or "-")
    p: PurePath = PureWindowsPath(path) if "\\" in path and ":" in path[:3] else PurePosixPath(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(path.replace("\\", "/"), safe="/")


def _rules_descriptors(report: Report) -> list[dict[str, Any]]:
    from numcheck.checks.registry import RULES

    descriptors = []
    for rule in RULES.values():
        descriptors.append(
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": f"{rule.summary} {rule.why}"},
                "help": {
                    "text": f"{rule.summary}\n\nWhy it matters: {rule.why}\n\nExample: {rule.example}",
                    "markdown": f"{rule.summary}\n\n**Why it matters:** {rule.why}\n\n"
                    f"**Example:** {rule.example}",
                },
                "defaultConfiguration": {"level": LEVEL[rule.severity]},
                "properties": {"category": rule.category.value, "tags": [rule.category.value]},
            }
        )
    known = {d["id"] for d in descriptors}
    # a rule from elsewhere (a plug-in, a hand-built report) still gets a descriptor
    for f in report.findings:
        if f.rule not in known:
            known.add(f.rule)
            descriptors.append(
                {
                    "id": f.rule,
                    "shortDescription": {"text": f.category.value},
                    "defaultConfiguration": {"level": LEVEL[f.severity]},
                    "properties": {"category": f.category.value, "tags": [f.category.value]},
                }
            )
    return descriptors


def _region(index: ReportIndex, claim: Claim, snippet: bool = True) -> dict[str, Any]:
    loc = index.locate(claim)
    region: dict[str, Any] = {}
    if loc.line:
        region.update(startLine=loc.line, startColumn=loc.col, endLine=loc.end_line, endColumn=loc.end_col)
    region.update(charOffset=loc.start, charLength=max(0, loc.end - loc.start))
    if snippet:
        region["snippet"] = {"text": claim.surface}
    return region


def _artifact(index: ReportIndex, claim: Claim, artifacts: dict[str, int]) -> dict[str, Any]:
    artifact: dict[str, Any] = {"uri": path_uri(index.locate(claim).path)}
    if claim.doc in artifacts:
        artifact["index"] = artifacts[claim.doc]
    return artifact


def _location(
    index: ReportIndex,
    claim: Claim,
    artifacts: dict[str, int],
    loc_id: int | None = None,
    excerpt: Excerpt | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": _artifact(index, claim, artifacts),
            "region": _region(index, claim),
        }
    }
    if loc_id is not None:
        out["id"] = loc_id
    if excerpt is not None:
        said = excerpt.marked()
        out["message"] = {"text": f"{excerpt.where}: {said}" if excerpt.where else said}
    return out


def _fix(index: ReportIndex, fix: Fix, artifacts: dict[str, int]) -> dict[str, Any]:
    assert fix.claim is not None and fix.replacement is not None
    return {
        "description": {"text": fix.text},
        "artifactChanges": [
            {
                "artifactLocation": _artifact(index, fix.claim, artifacts),
                "replacements": [
                    {
                        "deletedRegion": _region(index, fix.claim, snippet=False),
                        "insertedContent": {"text": fix.replacement},
                    }
                ],
            }
        ],
    }


def to_sarif(report: Report) -> dict[str, Any]:
    """The report as a SARIF log (a dict ready for json.dumps)."""
    index = ReportIndex(report)
    rules = _rules_descriptors(report)
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    artifacts: dict[str, int] = {}
    artifact_list: list[dict[str, Any]] = []
    for doc in report.documents:
        artifacts[doc.id] = len(artifact_list)
        artifact_list.append(
            {
                "location": {"uri": path_uri(doc.path)},
                "roles": ["analysisTarget"] if doc.role == "draft" else ["referencedOnCommandLine"],
                "properties": {"role": doc.role, "format": doc.format},
            }
        )
    results = []
    explainer = Explainer(report, index)
    for f in report.findings:
        claims = index.finding_claims(f)
        e = explainer.explain(f)
        text = e.message()
        if e.sentence is not None:
            text += f" In the draft: {e.sentence.marked()}"
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": rule_index[f.rule],
            "level": LEVEL[f.severity],
            "rank": round(f.confidence * 100, 1),
            "message": {"text": text},
            "properties": {
                "category": f.category.value,
                "severity": f.severity.value,
                "confidence": f.confidence,
                "check": f.message,
            },
        }
        if e.fix is not None and e.fix.certain:
            result["fixes"] = [_fix(index, e.fix, artifacts)]
        if f.slip:
            result["properties"]["slip"] = f.slip
        if f.ratio is not None:
            result["properties"]["ratio"] = f.ratio
        if claims:
            result["locations"] = [_location(index, claims[0], artifacts)]
            if len(claims) > 1:
                excerpts = {id(c): explainer.excerpt(c, with_doc=True) for c in claims[1:]}
                result["relatedLocations"] = [
                    _location(index, c, artifacts, loc_id=i, excerpt=excerpts[id(c)])
                    for i, c in enumerate(claims[1:], 1)
                ]
        else:
            doc = index.docs.get(f.doc)
            if doc is not None:
                result["locations"] = [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": path_uri(doc.path), "index": artifacts[doc.id]}
                        }
                    }
                ]
        if f.fingerprint:
            result["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
        results.append(result)
    driver: dict[str, Any] = {"name": "numcheck", "rules": rules}
    if report.version:
        driver["version"] = report.version
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "artifacts": artifact_list,
                "results": results,
            }
        ],
    }


def render(report: Report) -> str:
    return json.dumps(to_sarif(report), indent=2, ensure_ascii=False) + "\n"
