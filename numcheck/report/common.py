"""What every report format needs: claims by id, where a claim is (path, line:col), how to show a value.

Claims in a Report carry offsets into the file's text (`Document.original`); `numcheck extract` hands
over claims with offsets into the plain text (`Document.text`). `locate()` accepts either: it uses the
offsets where the claim's surface is found, mapping plain-text offsets back to the file when needed.
Lines and columns are 1-based and counted in characters (Unicode code points); a line ends at "\\n".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from numcheck.models import Claim, Document, Finding, Report, Severity


@dataclass(frozen=True)
class Location:
    """A claim's place in its file: offsets into the file's text and 1-based line/column.

    `end_col` is exclusive (one past the last character), as SARIF and GitHub annotations expect.
    `line` is 0 when the document's text is not at hand (only the offsets are known).
    """

    path: str
    start: int
    end: int
    line: int = 0
    col: int = 0
    end_line: int = 0
    end_col: int = 0

    def short(self) -> str:
        """`path:line:col`, or `path@offset` when lines are unknown."""
        if self.line:
            return f"{self.path}:{self.line}:{self.col}"
        return f"{self.path}@{self.start}"


class LineIndex:
    """Offsets -> (line, column) for one text, by binary search over the line starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def file_span(doc: Document, claim: Claim) -> tuple[int, int]:
    """The claim's (start, end) in the file's text, whether its offsets are into the file or plain text."""
    start, end = claim.start, claim.end
    original = doc.original
    if not original or original[start:end] == claim.surface:
        return start, end
    if doc.text and doc.text[start:end] == claim.surface and doc.offsets.plain_starts:
        fstart = doc.offsets.to_original(start)
        fend = doc.offsets.to_original(end - 1) + 1 if end > start else fstart
        return fstart, fend
    return start, end


class ReportIndex:
    """Look-ups over one Report: documents and claims by id, locations, the primary claim of a finding."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.docs: dict[str, Document] = {d.id: d for d in report.documents}
        self.claims: dict[str, Claim] = {c.id: c for c in report.claims}
        self._lines: dict[str, LineIndex] = {}

    def doc_path(self, doc_id: str) -> str:
        doc = self.docs.get(doc_id)
        return doc.path if doc is not None else doc_id

    def locate(self, claim: Claim) -> Location:
        doc = self.docs.get(claim.doc)
        if doc is None:
            return Location(claim.doc or "?", claim.start, claim.end)
        start, end = file_span(doc, claim)
        if not doc.original or end > len(doc.original):
            return Location(doc.path, start, end)
        index = self._lines.get(doc.id)
        if index is None:
            index = self._lines[doc.id] = LineIndex(doc.original)
        line, col = index.position(start)
        end_line, end_col = index.position(end)
        return Location(doc.path, start, end, line, col, end_line, end_col)

    def finding_claims(self, finding: Finding) -> list[Claim]:
        """The finding's claims that the report holds, primary first (see `primary`)."""
        claims = [self.claims[c] for c in finding.claims if c in self.claims]
        first = self.primary(finding)
        if first is None:
            return claims
        return [first] + [c for c in claims if c is not first]

    def primary(self, finding: Finding) -> Claim | None:
        """The claim a finding is reported at: its first claim in a draft, else its first claim."""
        claims = [self.claims[c] for c in finding.claims if c in self.claims]
        for c in claims:
            doc = self.docs.get(c.doc)
            if doc is not None and doc.role == "draft":
                return c
        return claims[0] if claims else None

    def finding_doc(self, finding: Finding) -> str:
        """The document a finding belongs to: its primary claim's, else the finding's own `doc`."""
        first = self.primary(finding)
        return first.doc if first is not None else finding.doc


def fmt_number(v: float) -> str:
    """11000.0 -> '11,000'; 3.25 -> '3.25'; 0.000125 -> '0.000125'."""
    if v != v:  # NaN
        return "nan"
    if v in (float("inf"), float("-inf")):
        return "∞" if v > 0 else "-∞"
    if v == int(v) and abs(v) < 1e18:
        return f"{int(v):,}"
    if abs(v) >= 1:
        return f"{v:,.4f}".rstrip("0").rstrip(".")
    return f"{v:.4g}"


def unit_label(claim: Claim) -> str:
    """What the number counts or measures in: '%', 'pp', 'USD', 'km**2', or the counted noun."""
    if claim.kind == "percent" or claim.unit == "percent":
        return "%"
    if claim.kind == "percentage_point" or claim.unit == "percentage_point":
        return "pp"
    return claim.unit or claim.counts or ""


def fmt_value(claim: Claim, with_unit: bool = True) -> str:
    """'11,000 [9,000–13,000] soldier', '300–400 USD', '12%': the point value and the interval allowed."""
    low, high, value = claim.low, claim.high, claim.value
    if value is None and low is None and high is None:
        return "?"
    unit = unit_label(claim) if with_unit else ""
    pct = unit == "%"

    def n(x: float) -> str:
        return fmt_number(x) + ("%" if pct else "")

    if value is not None:
        text = n(value)
        if low is not None and high is not None and (low != value or high != value):
            text += f" [{n(low)}–{n(high)}]"
        elif low is not None and high is None:
            text += f" [≥{n(low)}]"
        elif high is not None and low is None:
            text += f" [≤{n(high)}]"
    elif low is not None and high is not None:
        text = f"{n(low)}–{n(high)}"
    elif low is not None:
        text = f"≥{n(low)}"
    else:
        assert high is not None
        text = f"≤{n(high)}"
    return f"{text} {unit}" if unit and not pct else text


def severity_counts(findings: list[Finding]) -> tuple[int, int, int]:
    """(errors, warnings, infos) among these findings."""
    errors = sum(f.severity == Severity.error for f in findings)
    warnings = sum(f.severity == Severity.warning for f in findings)
    return errors, warnings, len(findings) - errors - warnings


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text for a terminal: control characters (ESC, CR, BEL...) shown escaped ("\\x1b[31m"), so a
    draft or a file name can never colour, move or rewrite what the terminal shows. Tab and newline stay."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def summary_line(report: Report) -> str:
    """'1 error, 2 warnings, 0 info; 14 claims in 2 documents' (counted from the findings themselves)."""
    errors, warnings, infos = severity_counts(report.findings)
    return (
        f"{plural(errors, 'error')}, {plural(warnings, 'warning')}, {infos} info; "
        f"{plural(len(report.claims), 'claim')} in {plural(len(report.documents), 'document')}"
    )
