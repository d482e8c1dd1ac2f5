"""The self-contained HTML report, and the editor's page of `numcheck serve`: one renderer for both.

The renderer is JavaScript (numcheck/web/report.js + report.css). The static report embeds the
JSON report and the documents' texts in the page and runs that script on them; the page at
GET / posts the editor's draft to /v1/check and runs the same script on the answer. Nothing is
loaded from anywhere else: the styles and scripts are inline, and a Content-Security-Policy
(hashes of exactly those inline blocks, no network) says so to the browser.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from numcheck.models import Report

_SLOT = re.compile(r"\{\{([A-Z_]+)\}\}")

# runs the shared renderer on the JSON embedded in the static report
_BOOT_JS = (
    '(function () {\n  "use strict";\n'
    '  var data = JSON.parse(document.getElementById("nc-data").textContent);\n'
    '  NumcheckReport.render(document.getElementById("nc-root"), data.report, data.texts,\n'
    "                        {spans: data.spans, notes: data.notes, rules: data.rules});\n"
    "})();\n"
)


@cache
def asset(name: str) -> str:
    """A file of numcheck/web (shipped as package data)."""
    return resources.files("numcheck").joinpath("web", name).read_text(encoding="utf-8")


def csp_hash(inline: str) -> str:
    """The CSP source expression that allows exactly this inline <script> or <style> block."""
    digest = hashlib.sha256(inline.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def fill(template: str, values: dict[str, str]) -> str:
    """Put values into {{SLOTS}} in one pass (inserted text is never scanned for slots again)."""
    return _SLOT.sub(lambda m: values[m.group(1)], template)


def _script_json(data: Any) -> str:
    """JSON that is safe inside <script type="application/json">: no '<', '>' or '&' at all."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _noscript(report: Report) -> str:
    """Without JavaScript: the findings as a plain list (the highlighted text needs the script)."""
    claims = {c.id: c for c in report.claims}
    rank = {"error": 0, "warning": 1, "info": 2}
    items = []
    for f in sorted(report.findings, key=lambda f: rank.get(f.severity.value, 3)):
        surfaces = ", ".join(f"“{claims[c].surface}”" for c in f.claims if c in claims)
        items.append(
            f"<li><strong>{html.escape(f.severity.value)}</strong> {html.escape(f.category.value)}: "
            f"{html.escape(f.message)}" + (f" ({html.escape(surfaces)})" if surfaces else "") + "</li>"
        )
    body = "<ul>" + "".join(items) + "</ul>" if items else "<p>No findings.</p>"
    return "<p>JavaScript is off, so the text is not shown with its figures highlighted.</p>" + body


def shown_texts(report: Report) -> tuple[dict[str, str], dict[str, list[int]]]:
    """The text shown for each document, and claim spans into it where they differ from the report's.

    An HTML draft is shown as the text a reader sees (its plain text), not its markup; its claims'
    file offsets are mapped into that text. Other documents are shown as written."""
    from numcheck.report.editor import _plain_offset

    texts: dict[str, str] = {}
    spans: dict[str, list[int]] = {}
    html_docs = {}
    for d in report.documents:
        if not (d.original or d.text):
            continue
        if d.format == "html" and d.text and d.offsets.plain_starts:
            texts[d.id] = d.text
            html_docs[d.id] = d
        else:
            texts[d.id] = d.original
    for c in report.claims:
        d = html_docs.get(c.doc)
        if d is None:
            continue
        start = _plain_offset(d, c.start)
        end = start + len(" ".join(c.surface.split()))
        if d.text[start:end] != " ".join(c.surface.split()):
            end = _plain_offset(d, max(c.start, c.end - 1)) + 1
        spans[c.id] = [start, end]
    return texts, spans


def render(report: Report) -> str:
    """A self-contained HTML page: the documents with every claim highlighted, findings beside them,
    in the editor's words (numcheck/report/editor.py), each linked to its rule's explanation."""
    from numcheck.report.editor import editor_notes, rule_docs

    css = asset("report.css")
    report_js = asset("report.js")
    texts, spans = shown_texts(report)
    data = {
        "report": report.model_dump(mode="json", by_alias=True),
        "texts": texts,
        "spans": spans,
        "notes": editor_notes(report),
        "rules": rule_docs(),
    }
    drafts = [d.path for d in report.documents if d.role == "draft"]
    title = "numcheck report" + (f": {', '.join(drafts[:3])}" if drafts else "")
    if len(drafts) > 3:
        title += f" and {len(drafts) - 3} more"
    csp = "; ".join(
        [
            "default-src 'none'",
            f"style-src {csp_hash(css)}",
            f"script-src {csp_hash(report_js)} {csp_hash(_BOOT_JS)}",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    return fill(
        asset("report.html"),
        {
            "CSP": html.escape(csp),
            "VERSION": html.escape(report.version or ""),
            "TITLE": html.escape(title),
            "CSS": css,
            "NOSCRIPT": _noscript(report),
            "DATA": _script_json(data),
            "REPORT_JS": report_js,
            "BOOT_JS": _BOOT_JS,
        },
    )


@cache
def editor_page() -> tuple[str, str]:
    """The page served at GET / and the Content-Security-Policy header to serve it with."""
    css, page_css = asset("report.css"), asset("page.css")
    report_js, page_js = asset("report.js"), asset("page.js")
    csp = "; ".join(
        [
            "default-src 'none'",
            f"style-src {csp_hash(css)} {csp_hash(page_css)}",
            f"script-src {csp_hash(report_js)} {csp_hash(page_js)}",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )
    from numcheck.report.editor import rule_docs

    page = fill(
        asset("page.html"),
        {
            "CSS": css,
            "PAGE_CSS": page_css,
            "REPORT_JS": report_js,
            "PAGE_JS": page_js,
            "RULES": _script_json(rule_docs()),
        },
    )
    return page, csp
