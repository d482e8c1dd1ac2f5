"""Baselines: findings a desk has looked at and accepted, left out of later runs.

A baseline is a JSON file (`numcheck check ... --write-baseline FILE`, then `--baseline FILE`):

    {
      "numcheck_baseline": 1,
      "findings": [
        {"document": "drafts/crash.md", "rule": "NC301", "category": "internal-inconsistency",
         "claims": ["179 of the 181 people", "197 victims"], "fingerprint": "af56e3ab07f97b07",
         "message": "..."}
      ]
    }

A finding is recognised by its document, its rule and the text of its claims — never by line
numbers or offsets — so a paragraph moved up or down, or text added above it, stays accepted,
while a changed figure (a new claim text) brings the finding back. Claim texts are compared with
their whitespace collapsed and in any order (a reflowed line, or claims listed in another order
after a move, are the same finding); `fingerprint` (Finding.fingerprint) is kept as well and matches
on its own. Document paths are stored relative to the baseline file's folder, so the baseline
works from any working directory. Each entry accepts one finding: if the same finding now occurs
twice, the second one is reported.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from numcheck.defaults import new_list
from numcheck.errors import InputError
from numcheck.models import Claim, Finding, Report

FORMAT_VERSION = 1


class BaselineEntry(BaseModel):
    model_config = ConfigDict(extra="ignore")

    rule: str
    claims: list[str] = Field(default_factory=new_list)
    document: str | None = None
    fingerprint: str | None = None
    category: str | None = None
    severity: str | None = None
    message: str | None = None


class Baseline(BaseModel):
    model_config = ConfigDict(extra="ignore")

    numcheck_baseline: int
    findings: list[BaselineEntry] = Field(default_factory=new_list)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _doc_key(path: str, base: Path) -> str:
    """A document path as stored in a baseline: relative to the baseline's folder, with '/'."""
    if not path or path == "-" or path.startswith("<"):
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
    except ValueError:  # another drive (Windows)
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def _key(doc: str | None, rule: str, surfaces: list[str]) -> tuple[str | None, str, tuple[str, ...]]:
    return doc, rule, tuple(sorted(_norm(s) for s in surfaces))


def _surfaces(claims: dict[str, Claim], f: Finding) -> list[str]:
    return [claims[c].surface if c in claims else c for c in f.claims]


def _entries(report: Report, base: Path) -> list[BaselineEntry]:
    from numcheck.report.common import ReportIndex

    index = ReportIndex(report)
    entries = []
    seen: set[tuple[str | None, str, tuple[str, ...]]] = set()
    for f in report.findings:
        claims = _surfaces(index.claims, f)
        key = _key(_doc_key(index.doc_path(index.finding_doc(f)), base), f.rule, claims)
        if key in seen:  # the same figures under the same rule: one entry accepts them
            continue
        seen.add(key)
        entries.append(
            BaselineEntry(
                document=_doc_key(index.doc_path(index.finding_doc(f)), base),
                rule=f.rule,
                category=f.category.value,
                severity=f.severity.value,
                claims=_surfaces(index.claims, f),
                fingerprint=f.fingerprint or None,
                message=f.message,
            )
        )
    entries.sort(key=lambda e: (e.document or "", e.rule, e.claims, e.message or ""))
    return entries


def write_baseline(report: Report, path: Path | str) -> int:
    """Record every finding of the report as accepted (the file is written atomically); the count
    of entries written (a finding repeated with the same figures is one entry)."""
    from numcheck.fsutil import atomic_write

    path = Path(path)
    entries = _entries(report, path.parent)
    data: dict[str, Any] = {
        "numcheck_baseline": FORMAT_VERSION,
        "findings": [e.model_dump(exclude_none=True) for e in entries],
    }
    try:
        atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise InputError(f"{path}: cannot write baseline ({exc.strerror or exc})") from exc
    return len(entries)


def load_baseline(path: Path | str) -> Baseline:
    """Read a baseline file; a missing, unreadable or malformed one is an InputError naming it."""
    path = Path(path)
    if path.exists() and not path.is_file() and not path.is_dir():  # a FIFO would block the read
        raise InputError(f"{path}: not a regular file; only files are read")
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(f"{path}: baseline file not found") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: baseline is a directory, not a file") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: baseline is not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read baseline ({exc.strerror or exc})") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}:{exc.colno}: baseline is not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict) or "numcheck_baseline" not in data:
        raise InputError(f'{path}: not a numcheck baseline (no "numcheck_baseline" key)')
    try:
        baseline = Baseline.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise InputError(f"{path}: malformed baseline at {where}: {err['msg']}") from exc
    if baseline.numcheck_baseline > FORMAT_VERSION:
        raise InputError(
            f"{path}: baseline format {baseline.numcheck_baseline} is newer than this numcheck "
            f"reads ({FORMAT_VERSION})"
        )
    return baseline


def apply_baseline(report: Report, path: Path | str) -> Report:
    """The report without the findings the baseline accepts (summary counts updated)."""
    from numcheck.report.common import ReportIndex

    path = Path(path)
    baseline = load_baseline(path)
    base = path.parent
    by_key: dict[tuple[str | None, str, tuple[str, ...]], list[int]] = defaultdict(list)
    by_fp: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for i, e in enumerate(baseline.findings):
        by_key[_key(e.document, e.rule, e.claims)].append(i)
        if e.fingerprint:
            by_fp[(e.document, e.fingerprint)].append(i)
    used: set[int] = set()
    index = ReportIndex(report)
    kept: list[Finding] = []
    for f in report.findings:
        doc = _doc_key(index.doc_path(index.finding_doc(f)), base)
        surfaces = _surfaces(index.claims, f)
        # an entry without a document (written by hand) accepts the finding in any document
        candidates = by_key.get(_key(doc, f.rule, surfaces), []) + by_key.get(
            _key(None, f.rule, surfaces), []
        )
        if f.fingerprint:
            candidates += by_fp.get((doc, f.fingerprint), []) + by_fp.get((None, f.fingerprint), [])
        match = next((i for i in candidates if i not in used), None)
        if match is None:
            kept.append(f)
        else:
            used.add(match)
    summary = report.summary.model_copy(
        update={
            "errors": sum(f.severity == "error" for f in kept),
            "warnings": sum(f.severity == "warning" for f in kept),
            "infos": sum(f.severity == "info" for f in kept),
            "baselined": report.summary.baselined + len(report.findings) - len(kept),
        }
    )
    return report.model_copy(update={"findings": kept, "summary": summary})
