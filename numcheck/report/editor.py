"""What a finding means to an editor, in the same words for every report format.

For each finding: the sentence of the draft with the figure marked, the other figure's sentence (with
its document and line), what disagrees in plain words ("the source says 1,200; the draft says 2,100
— digits transposed?"), the suggested fix, the rule's one-line why and where to read more. The
checks' own messages stay what they are (numcheck/checks/*); this module only rewords from the
Finding and the claims it names.

A fix is `certain` only where arithmetic decides it (a stated conversion redone, a complete list of
parts summed); such a fix carries the replacement text, which SARIF reports as a `fixes` entry.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from numcheck.models import Category, Claim, Document, Finding, Report
from numcheck.report.common import Location, ReportIndex

DOCS_URL = "docs/rules.md"
# a sentence ends at . ! ? (and closing quotes), a blank line, a list item, or a line that starts
# with a capital or an opening quote (a line of its own: a headline, a quote set apart)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n|\n(?=\s*[-*#>]|\s*\d+\.\s)|\n(?=[ \t]*[A-Z“\"‘'])")
MAX_SENTENCE = 240


@dataclass(frozen=True)
class Excerpt:
    """A sentence with the figure at [mark_start, mark_end) (and any more figures of the finding in
    the same sentence at `more`), and where it is."""

    text: str
    mark_start: int
    mark_end: int
    where: str  # "src.txt, line 1" / "line 4"
    line: int = 0
    more: tuple[tuple[int, int], ...] = ()

    @property
    def marks(self) -> list[tuple[int, int]]:
        return sorted({(self.mark_start, self.mark_end), *self.more})

    def marked(self, left: str = "»", right: str = "«") -> str:
        out, pos = [], 0
        for start, end in self.marks:
            out += [self.text[pos:start], left, self.text[start:end], right]
            pos = end
        return "".join(out) + self.text[pos:]


@dataclass(frozen=True)
class Fix:
    """A suggested fix: `text` in words; `replacement` for the claim's characters when it is certain."""

    text: str
    claim: Claim | None = None
    replacement: str | None = None

    @property
    def certain(self) -> bool:
        return self.claim is not None and self.replacement is not None


@dataclass
class Explained:
    finding: Finding
    claim: Claim | None
    location: Location | None
    sentence: Excerpt | None
    others: list[Excerpt] = field(default_factory=list)
    says: str = ""
    fix: Fix | None = None
    rule_name: str = ""
    why: str = ""
    more: str = ""

    def message(self) -> str:
        """One paragraph for an annotation: what disagrees, the fix, the rule's why."""
        parts = [self.says]
        if self.fix is not None:
            parts.append(f"Fix: {self.fix.text}")
        if self.why:
            parts.append(f"Why: {self.why}")
        return " ".join(p if p.endswith((".", "?", "!")) else p + "." for p in parts if p)


def figure(c: Claim) -> str:
    """A figure as the copy writes it, with its hedge ("about 11,000 soldiers")."""
    text = " ".join(c.surface.split())
    if c.hedge and c.hedge.lower() not in text.lower():
        text = f"{c.hedge} {text}"
    return text


def first_sentence(text: str) -> str:
    m = re.search(r"(?<=[.!?])\s", text)
    return text[: m.start()] if m else text


def _plain_offset(doc: Document, offset: int) -> int:
    """A file offset (the report's) as an offset into the document's plain text."""
    om = doc.offsets
    if not om.plain_starts:
        return offset
    i = max(0, bisect.bisect_right(om.orig_starts, offset) - 1)
    return om.plain_starts[i] + max(0, offset - om.orig_starts[i])


class Explainer:
    """Explains the findings of one report (look-ups shared across findings)."""

    def __init__(self, report: Report, index: ReportIndex | None = None) -> None:
        self.report = report
        self.index = index or ReportIndex(report)

    # ------------------------------------------------------------------ sentences

    def excerpt(self, claim: Claim, with_doc: bool) -> Excerpt | None:
        doc = self.index.docs.get(claim.doc)
        loc = self.index.locate(claim)
        if doc is None:
            return None
        if doc.role == "facts":
            return self._fact_excerpt(doc, claim)
        where_doc = doc.path
        where = f"{where_doc}, line {loc.line}" if with_doc else f"line {loc.line}"
        if not loc.line:
            where = where_doc if with_doc else ""
        text = doc.text or doc.original
        if not text:
            return Excerpt(figure(claim), 0, len(figure(claim)), where, loc.line)
        if doc.text and doc.original and doc.text != doc.original:
            start = _plain_offset(doc, loc.start)
            if doc.text[start : start + len(claim.surface)] == claim.surface:
                end = start + len(claim.surface)
            else:
                end = _plain_offset(doc, max(loc.start, loc.end - 1)) + 1
        else:
            start, end = loc.start, loc.end
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        s0 = 0
        for m in _SENTENCE_END.finditer(text, 0, start):
            s0 = m.end()
        m = _SENTENCE_END.search(text, end)
        s1 = m.start() + (1 if text[m.start()] in ".!?" else 0) if m else len(text)
        # quotes and brackets closing the sentence stay with it
        while m and s1 < len(text) and text[s1] in "\"'”’)]":
            s1 += 1
        lead = text[s0:start]
        tail = text[end:s1]
        if len(lead) > MAX_SENTENCE // 2:
            lead = "…" + lead[-(MAX_SENTENCE // 2) :].lstrip()
        if len(tail) > MAX_SENTENCE // 2:
            tail = tail[: MAX_SENTENCE // 2].rstrip() + "…"
        lead = " ".join(lead.split()) + (" " if lead[-1:].isspace() else "")
        body = " ".join(text[start:end].split())
        tail = (" " if tail[:1].isspace() else "") + " ".join(tail.split())
        return Excerpt(lead + body + tail, len(lead), len(lead) + len(body), where, loc.line)

    def _fact_excerpt(self, doc: Document, claim: Claim) -> Excerpt:
        """A facts-file entry: 'height of Mount Everest: »8,848.86 metres« (Nepal-China joint survey)'."""
        text = doc.original or doc.text
        at = text.find(claim.surface)
        line = text.count("\n", 0, at) + 1 if at >= 0 else 0
        where = f"facts file {doc.path}" + (f", line {line}" if line else "")
        lead = f"{claim.measurand}: " if claim.measurand else ""
        said = f" ({claim.source})" if claim.source else ""
        return Excerpt(lead + claim.surface + said, len(lead), len(lead) + len(claim.surface), where, line)

    # ------------------------------------------------------------------ the words

    def explain(self, f: Finding) -> Explained:
        from numcheck.checks.registry import RULES

        claims = self.index.finding_claims(f)
        primary = claims[0] if claims else None
        rule = RULES.get(f.rule)
        out = Explained(
            finding=f,
            claim=primary,
            location=self.index.locate(primary) if primary is not None else None,
            sentence=self.excerpt(primary, with_doc=False) if primary is not None else None,
            rule_name=rule.name if rule else f.category.value,
            why=first_sentence(rule.why) if rule else "",
            more=f"numcheck rules explain {f.rule}  ({DOCS_URL}#{f.rule.lower()})",
        )
        for c in claims[1:]:
            same_doc = c.doc == (primary.doc if primary else None)
            ex = self.excerpt(c, with_doc=not same_doc)
            if ex is None:
                continue
            # a figure in a sentence already shown is marked there
            shown = [out.sentence] if out.sentence is not None and same_doc else []
            for k, prev in enumerate(shown + out.others):
                if prev is not None and prev.text == ex.text and prev.line == ex.line:
                    merged = replace(prev, more=(*prev.more, (ex.mark_start, ex.mark_end)))
                    if k == 0 and shown:
                        out.sentence = merged
                    else:
                        out.others[k - len(shown)] = merged
                    break
            else:
                out.others.append(ex)
        out.says = self._says(f, claims)
        out.fix = self._fix(f, claims)
        return out

    def _says(self, f: Finding, claims: list[Claim]) -> str:
        slip = f" — {f.slip}?" if f.slip else ""
        if f.rule == "NC103":  # the value is the same; what is claimed of it is not: the message says what
            msg = f.message.strip()
            return msg[:1].upper() + msg[1:]
        if len(claims) >= 2 and f.category == Category.source_mismatch:
            d, s = claims[0], claims[1]
            who = f" ({s.source})" if s.source else ""
            return f"The source{who} says {figure(s)}; the draft says {figure(d)}{slip}"
        if len(claims) >= 2 and f.category == Category.fact_mismatch:
            d, ref = claims[0], claims[1]
            what = f" for {ref.measurand}" if ref.measurand else ""
            return f"The facts file says {figure(ref)}{what}; the draft says {figure(d)}{slip}"
        if len(claims) >= 2 and f.category == Category.internal_inconsistency:
            a, b = claims[0], claims[1]
            lb = self.index.locate(b).line
            la = self.index.locate(a).line
            there = f" and {figure(b)} at line {lb}" if lb else f" and {figure(b)} elsewhere"
            if lb and lb == la:
                there = f" and {figure(b)} on the same line"
            return f"The draft says {figure(a)} here{there}; both cannot be right{slip}"
        if len(claims) >= 2 and f.category == Category.source_discrepancy:
            a, b = claims[0], claims[1]
            wa, wb = a.source or "the article", b.source or "the article"
            wb = wb[:1].lower() + wb[1:] if wb.startswith(("The ", "A ")) else wb
            return (
                f"{wa[:1].upper() + wa[1:]} says {figure(a)}; {wb} says {figure(b)} — say that the "
                "sources disagree, or pick one"
            )
        if f.category == Category.unsupported_claim and claims:
            return f"No source given gives {figure(claims[0])}; check where it comes from"
        msg = f.message.strip()
        return (msg[:1].upper() + msg[1:]) if msg else f.category.value

    def _fix(self, f: Finding, claims: list[Claim]) -> Fix | None:
        if f.category == Category.conversion_error and len(claims) >= 2:
            return _conversion_fix(claims[0], claims[1])
        if f.rule == "NC502" and len(claims) >= 2:
            return _sum_fix(claims[0], claims[1:])
        if f.rule == "NC503" and len(claims) == 3:
            return _change_fix(*claims)
        if f.rule == "NC504" and len(claims) == 3:
            return _share_fix(*claims)
        if f.rule == "NC505" and len(claims) == 3:
            return _difference_fix(*claims)
        if f.rule == "NC506" and len(claims) == 3:
            return _per_head_fix(*claims)
        if f.rule == "NC103" and len(claims) >= 2:
            if len(claims) >= 3:  # the source's own later figure
                return Fix(f"use the source's later figure, {figure(claims[2])}, or say it was revised")
            if f.slip == "another speaker":
                return Fix(f"credit the figure as the source does ({claims[1].source})")
            if f.slip == "a 'may' dropped":
                return Fix("say that it may happen, as the source does")
            return Fix(f"write {figure(claims[1])} as the source does")
        if f.category == Category.source_mismatch and len(claims) >= 2:
            return Fix(f"if the source is right, write {figure(claims[1])} as it does")
        if f.category == Category.fact_mismatch and len(claims) >= 2:
            return Fix(f"if the reference is right, write {claims[1].surface.strip()}")
        if f.category == Category.internal_inconsistency:
            return Fix("make the two figures agree, or say why they differ")
        return None


# ---------------------------------------------------------------------- certain fixes

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _written_like(value: float, written: str) -> str:
    """`value` written as `written` writes its number: the same decimals, commas when it uses them."""
    decimals = len(written.split(".")[1]) if "." in written else 0
    if decimals:
        commas = "," in written or abs(value) >= 10_000
        text = f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    else:
        rounded = round(value)
        text = f"{rounded:,}" if ("," in written or abs(rounded) >= 10_000) else str(rounded)
    return text


def _replace_number(surface: str, value: float) -> str | None:
    m = _NUMBER.search(surface)
    if m is None:
        return None
    return surface[: m.start()] + _written_like(value, m.group()) + surface[m.end() :]


def _conversion_fix(converted: Claim, original: Claim) -> Fix | None:
    """'500 square miles (1,925 sq km)': the converted figure, recomputed from the original."""
    if converted.kind != "quantity" or original.si_value is None or converted.value is None:
        return None
    if not converted.si_value:
        return None
    value = original.si_value * converted.value / converted.si_value
    new = _replace_number(converted.surface, value)
    if new is None or new == converted.surface:
        return None
    return Fix(f"{figure(original)} is {new}: write “{new}”", converted, new)


def _write(claim: Claim, value: float, says: str, other: str) -> Fix | None:
    """The certain fix of a recomputed figure: `claim` written with `value` ("... is “312”: write
    that, or correct a figure"); None when it cannot be written or is already right."""
    new = _replace_number(claim.surface, value)
    if new is None or new == claim.surface:
        return None
    return Fix(f"{says} “{new}”: write that, or correct {other}", claim, new)


def _sum_fix(whole: Claim, parts: list[Claim]) -> Fix | None:
    """A complete list of parts that does not add up: the total the parts make, as written."""
    if any(p.value is None or p.hedge for p in parts) or whole.value is None or whole.hedge:
        return None
    if whole.unit != parts[0].unit or any(p.kind != whole.kind for p in parts):
        return None
    total = sum(p.value for p in parts if p.value is not None)
    return _write(whole, total, f"{' + '.join(figure(p) for p in parts)} add up to", "a part")


def _change_fix(stated: Claim, new: Claim, old: Claim) -> Fix | None:
    """'rose from 200 to 260, an increase of 40%': the change the two figures give (30%)."""
    if new.value is None or old.value is None or stated.hedge or new.hedge or old.hedge:
        return None
    if stated.kind == "percentage_point":
        value = abs(new.value - old.value)
    elif stated.kind == "percent":
        if new.kind == old.kind == "percent" or not old.value:
            return None  # between two rates, "%" may mean points or a relative change: not certain
        value = abs(new.value - old.value) / old.value * 100
    elif stated.kind in ("count", "number", "money", "quantity") and stated.unit == new.unit == old.unit:
        value = abs(new.value - old.value)
    else:
        return None
    return _write(stated, value, f"from {figure(old)} to {figure(new)} is", "a figure")


def _share_fix(share: Claim, part: Claim, whole: Claim) -> Fix | None:
    """'411 of the 650 seats, or 73%': the share the counts give (63%)."""
    if share.kind != "percent" or part.value is None or not whole.value or share.hedge or part.hedge:
        return None
    return _write(share, part.value / whole.value * 100, f"{figure(part)} of {figure(whole)} is", "a count")


def _difference_fix(first: Claim, difference: Claim, second: Claim) -> Fix | None:
    """'2,437 students, 412 more than last year's 2,125': the difference the two figures give (312)."""
    if first.value is None or second.value is None or difference.hedge or first.hedge or second.hedge:
        return None
    value = abs(first.value - second.value)
    return _write(difference, value, f"{figure(first)} against {figure(second)} is", "a figure")


def _per_head_fix(each: Claim, total: Claim, count: Claim) -> Fix | None:
    """'$90 million on its 60,000 pupils, or $2,000 per pupil': the amount each the two give ($1,500)."""
    if each.value is None or total.value is None or not count.value:
        return None
    if each.hedge or total.hedge or count.hedge:
        return None
    return _write(each, total.value / count.value, f"{figure(total)} over {figure(count)} is", "a figure")


def explain_all(report: Report) -> list[Explained]:
    ex = Explainer(report)
    return [ex.explain(f) for f in report.findings]


def _excerpt_json(ex: Excerpt | None) -> dict[str, object] | None:
    if ex is None:
        return None
    return {"text": ex.text, "marks": [list(m) for m in ex.marks], "where": ex.where}


def editor_notes(report: Report) -> list[dict[str, object]]:
    """For each finding, in order, what the HTML report and the gate's page show an editor."""
    out: list[dict[str, object]] = []
    for e in explain_all(report):
        out.append(
            {
                "says": e.says,
                "fix": e.fix.text if e.fix is not None else None,
                "replacement": e.fix.replacement if e.fix is not None and e.fix.certain else None,
                "why": e.why,
                "rule_name": e.rule_name,
                "line": e.location.line if e.location is not None else 0,
                "sentence": _excerpt_json(e.sentence),
                "others": [_excerpt_json(o) for o in e.others],
            }
        )
    return out


def rule_docs() -> dict[str, dict[str, str]]:
    """Every rule's explanation, for the glossary the HTML report and the page link findings to."""
    from numcheck.checks.registry import RULES

    return {
        code: {
            "name": r.name,
            "category": r.category.value,
            "summary": r.summary,
            "why": r.why,
            "example": r.example,
        }
        for code, r in sorted(RULES.items())
    }
