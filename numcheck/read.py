"""Read: a file or a string -> a Document whose plain text claims are found in, with a map back to the file.

Formats (chosen by `guess_format` from the file name, or given):

* **text** -- read as it is. `Document.text` has the same length as the file's text (only suppression
  lines are blanked), so plain-text offsets are file offsets.
* **markdown** -- YAML (``---``) or TOML (``+++``) front matter: only its ``title``/``headline`` and
  ``dek``/``subtitle``/``subheadline``/``standfirst``/``description`` values are checked, each as a
  paragraph of its own. Not checked, removed from the plain text: fenced and indented code blocks, inline
  code, HTML comments and tags, URLs, link targets and reference definitions, images, footnote marks, list
  markers (``1. ``, ``- ``), heading and block-quote marks, emphasis marks, table rules. The soft line
  breaks of a hard-wrapped paragraph become spaces, so a paragraph is one line of plain text.
* **html** -- the text only: no markup, comments, ``script``/``style``/``template``/``title``/
  ``textarea``, code (``pre``, ``code``, ``kbd``, ``samp``), ``svg`` or ``math``; entities decoded;
  runs of white space collapsed; block elements (``p``, ``div``, ``li``, ``h1``...) become paragraph breaks
  (a blank line), ``br`` a line break. The tokenizer is this module's own: linear in the input however
  malformed (the standard library's ``html.parser`` of Python 3.11.7 takes quadratic time on unclosed
  comments and tags -- 40 s for 300 kB of ``<!--`` -- and gives no character offsets).

In every format, a terminal escape sequence (``ESC [31m``, an ``ESC ]`` title) is blanked to as many
spaces: its parameters are not figures, and the figure it colours is still read.

``Document.offsets`` maps every plain-text offset back to the file's text, so a claim found in the
plain text points into the file. Characters that stand for something else (a decoded entity, the space
that joins two wrapped lines, the blank line that a ``</p>`` makes) map to where that something starts.

Inline suppression -- findings about claims in the suppressed span are dropped for the rules named:

* Markdown and HTML: ``<!-- numcheck: ignore CODE[, CODE...] -->`` suppresses the rules for the next
  paragraph (or, when text follows the comment on its line, the paragraph it opens).
* Plain text: a line holding only ``numcheck: ignore CODE[, CODE...]`` -- optionally after ``#`` or
  ``//``, or written as ``[numcheck: ignore CODE]`` or ``<!-- numcheck: ignore CODE -->`` -- suppresses
  the rules for the next paragraph. Paragraphs are separated by blank lines when the text has any; in a
  text with no blank line, each line is a paragraph.

A CODE is a rule code (``NC301``), a rule or category name (``internal-inconsistency``) or ``all``; no
code at all means every rule. An unknown code is an InputError (a misspelt suppression must not pass in
silence). Spans are kept in `Document.suppressions` as plain-text ``(start, end, codes)``, ``"*"`` for
every rule; the directive's own text is never part of the plain text, so its digits are never claims.

Files (`read_path`): at most `MAX_BYTES` (10 MiB: some 2,000 news articles; bigger files are refused
before they are read whole). Decoded as UTF-8 (a UTF-8 BOM is dropped), as UTF-16 or UTF-32 when they
start with a byte-order mark, else as cp1252 / Latin-1 when that decodes cleanly and looks like text.
A binary file (a NUL byte, or mostly control characters), an empty file, a missing file, a directory,
an unreadable file, an undecodable one, or anything that is not a regular file (a FIFO named
``x.txt`` is refused at once, never waited on) is an InputError with a one-line message naming the file.
"""

from __future__ import annotations

import bisect
import html
import os
import re
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from numcheck.errors import EmptyInputError, InputError
from numcheck.models import Document, OffsetMap, Role, TextFormat

MAX_BYTES = 10 * 1024 * 1024

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def guess_format(path: str) -> TextFormat:
    """The format a file name suggests: markdown, html, or text for anything else."""
    low = path.lower()
    if low.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if low.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


# --------------------------------------------------------------------------------------------------
# The plain text under construction, with its map back to the file


class _Plain:
    """Plain text built from pieces of the file (verbatim) and stand-ins (mapped to one file offset)."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.n = 0
        self.plain_starts: list[int] = []
        self.orig_starts: list[int] = []
        self._next_orig = -1  # the file offset that would continue the current run
        self.block_starts: list[int] = []

    def keep(self, s: int, e: int) -> None:
        """Append original[s:e] as it is."""
        if e <= s:
            return
        if s != self._next_orig:
            self.plain_starts.append(self.n)
            self.orig_starts.append(s)
        self.parts.append(self.original[s:e])
        self.n += e - s
        self._next_orig = e

    def put(self, text: str, at: int) -> None:
        """Append `text`, which stands for what the file has at offset `at`."""
        for ch in text:
            self.plain_starts.append(self.n)
            self.orig_starts.append(at)
            self.parts.append(ch)
            self.n += 1
        self._next_orig = -1

    def put_aligned(self, value: str, positions: list[int]) -> None:
        for ch, pos in zip(value, positions, strict=True):
            if pos != self._next_orig or self.original[pos : pos + 1] != ch:
                self.plain_starts.append(self.n)
                self.orig_starts.append(pos)
            self.parts.append(ch)
            self.n += 1
            self._next_orig = pos + 1 if self.original[pos : pos + 1] == ch else -1

    def ends_with(self, chars: str) -> bool:
        return bool(self.parts) and self.parts[-1][-1:] in chars

    def text(self) -> str:
        return "".join(self.parts)

    def offsets(self) -> OffsetMap:
        if self.plain_starts in ([], [0]) and self.orig_starts in ([], [0]):
            return OffsetMap()  # identity
        return OffsetMap(plain_starts=self.plain_starts, orig_starts=self.orig_starts)


# --------------------------------------------------------------------------------------------------
# Suppression directives

_DIRECTIVE = re.compile(r"\s*numcheck\s*:\s*ignore(?![\w-])(?P<codes>.*)", re.S | re.I)
_CODE_SPLIT = re.compile(r"[\s,;]+")


class _Directive:
    __slots__ = ("at", "codes", "where")

    def __init__(self, at: int, codes: list[str], where: int) -> None:
        self.at = at  # plain-text offset where the directive stood
        self.codes = codes
        self.where = where  # file offset, for messages


def _directive_codes(body: str) -> list[str] | None:
    """The codes of `numcheck: ignore ...` (['*'] for all), or None when `body` is no directive."""
    m = _DIRECTIVE.match(body)
    if m is None:
        return None
    words = [w for w in _CODE_SPLIT.split(m.group("codes").strip()) if w]
    if not words or any(w.lower() in ("all", "*") for w in words):
        return ["*"]
    return words


def _known_codes() -> dict[str, list[str]]:
    """Every word a suppression may use -> the codes it stands for in findings."""
    from numcheck.checks.registry import RULES
    from numcheck.models import Category

    known: dict[str, list[str]] = {}
    for code, rule in RULES.items():
        known[code.lower()] = [code]
        known.setdefault(rule.name.lower(), []).append(code)
    for cat in Category:
        known.setdefault(cat.value, []).append(cat.value)
    return known


def _resolve(path: str, original: str, d: _Directive) -> list[str]:
    if d.codes == ["*"]:
        return ["*"]
    known = _known_codes()
    out: list[str] = []
    for w in d.codes:
        codes = known.get(w.lower())
        if codes is None:
            line = original.count("\n", 0, d.where) + 1
            raise InputError(
                f"{path}:{line}: unknown rule code {w!r} in 'numcheck: ignore' "
                "(use a code such as NC301, a category such as internal-inconsistency, or all)"
            )
        out.extend(c for c in codes if c not in out)
    return out


def _suppressions(
    path: str, original: str, plain: str, directives: list[_Directive], boundaries: list[int]
) -> list[tuple[int, int, list[str]]]:
    """Each directive covers the paragraph that starts at the first non-space character after it."""
    out: list[tuple[int, int, list[str]]] = []
    if not directives:
        return out
    boundaries = sorted(set(boundaries))
    nonspace = re.compile(r"\S")
    for d in directives:
        codes = _resolve(path, original, d)
        m = nonspace.search(plain, d.at)
        if m is None:
            continue
        start = m.start()
        i = bisect.bisect_right(boundaries, start)
        end = boundaries[i] if i < len(boundaries) else len(plain)
        out.append((start, end, codes))
    return out


def _blank_line_starts(plain: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\n[ \t\r\f\v]*\n", plain)]


# --------------------------------------------------------------------------------------------------
# Plain text

_TEXT_DIRECTIVE_LINE = re.compile(
    r"^[ \t]*(?:(?:\#+|//)[ \t]*)?(?:<!--(?P<c1>[^\n]*?)-->|\[(?P<c2>[^\]\n]*)\]|(?P<c3>numcheck[^\n]*?))"
    r"[ \t]*\r?$",
    re.M | re.I,
)


def _read_plain(text: str, path: str) -> tuple[str, OffsetMap, list[tuple[int, int, list[str]]]]:
    # a text without the word "numcheck" (in any case) has no directive to read: looked for in the
    # lower-cased text (a case-blind regex search takes about twice as long)
    if "numcheck" not in text.lower():
        return text, OffsetMap(), []
    directives: list[_Directive] = []
    blanked: list[tuple[int, int]] = []
    for m in _TEXT_DIRECTIVE_LINE.finditer(text):
        body = m.group("c1") or m.group("c2") or m.group("c3") or ""
        codes = _directive_codes(body)
        if codes is None:
            continue
        end = m.end() - (1 if m.group().endswith("\r") else 0)
        directives.append(_Directive(m.end(), codes, m.start()))
        blanked.append((m.start(), end))
    if not directives:
        return text, OffsetMap(), []
    has_blank_lines = re.search(r"\S[^\n]*\n[ \t\r\f\v]*\n[ \t\r\f\v]*\S", text) is not None
    pieces: list[str] = []
    last = 0
    for s, e in blanked:
        pieces.append(text[last:s])
        pieces.append(" " * (e - s))
        last = e
    pieces.append(text[last:])
    plain = "".join(pieces)
    if has_blank_lines:
        boundaries = _blank_line_starts(plain)
    else:
        boundaries = [m.start() for m in re.finditer(r"\n", plain)]
    return plain, OffsetMap(), _suppressions(path, text, plain, directives, boundaries)


# --------------------------------------------------------------------------------------------------
# Markdown

_FRONT_OPEN = re.compile(r"(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n")
_FRONT_KEYS = ("title", "headline", "dek", "subtitle", "subheadline", "standfirst", "description")
_FRONT_LINE = re.compile(
    r"^(?P<key>" + "|".join(_FRONT_KEYS) + r")[ \t]*[:=][ \t]*(?P<value>[^\n]*?)[ \t]*\r?$", re.M | re.I
)

_FENCE_OPEN = re.compile(r" {0,3}(`{3,}(?=[^`]*$)|~{3,})")
_HTML_RAW_OPEN = re.compile(r" {0,3}<(script|pre|style|textarea)(?=[\s>]|$)", re.I)
_LINK_DEF = re.compile(r" {0,3}\[(?!\^)[^\]\n]{1,999}\]:[ \t]*\S")
_FOOTNOTE_DEF = re.compile(r" {0,3}\[\^[^\]\s]{1,100}\]:[ \t]*")
_THEMATIC = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})\r?$")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*\r?$")
_TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?\|?[ \t]*\r?$")
_INDENT = re.compile(r"[ \t]*")
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_BULLET = re.compile(r" {0,3}[-+*](?:[ \t]+|(?=\r?$))")
_ORDERED = re.compile(r" {0,3}(\d{1,9})[.)](?:[ \t]+|(?=\r?$))")
_HTML_LINE = re.compile(r" {0,3}<(?:!--|/?[A-Za-z])")
_TASK = re.compile(r"\[[ xX]\][ \t]+")
_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|(?=\r?$))")
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")

_INTERESTING = re.compile(r"[`<!\[*_~\\&]|https?://|ftp://|www\.", re.I)
_LINK = re.compile(
    r"\[(?P<text>(?:[^\[\]\\\n]|\\.){0,1000})\]"
    r"(?:\((?P<dest>[ \t]*(?:<[^<>\n]{0,2000}>|(?:[^\s()]|\([^\s()]{0,500}\)){0,2000})"
    r"(?:[ \t]+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|\([^()\n]{0,500}\)))?[ \t]*)\)"
    r"|\[(?P<ref>[^\[\]\n]{0,200})\])?"
)
_IMAGE = re.compile(
    r"!\[(?:[^\[\]\\\n]|\\.){0,1000}\]"
    r"(?:\([ \t]*(?:<[^<>\n]{0,2000}>|(?:[^\s()]|\([^\s()]{0,500}\)){0,2000})"
    r"(?:[ \t]+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|\([^()\n]{0,500}\)))?[ \t]*\)"
    r"|\[[^\[\]\n]{0,200}\])?"
)
_BADGE = re.compile(r"\[!\[[^\]\n]{0,1000}\]\([^)\n]{0,2000}\)\]\([^)\n]{0,2000}\)")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,100}\]")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]{0,4000}|[^<>\s@]{1,200}@[^<>\s@]{1,200})>")
_INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,40}(?:[ \t/][^<>\n]{0,2000})?>")
_URL = re.compile(r"(?:https?://|ftp://|www\.)(?:[^\s<>\"'()\[\]{}]|\([^\s()<>]{0,200}\))+", re.I)
_URL_TRAIL = ".,;:!?*_~'\""
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)")
_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _entity(s: str, i: int) -> tuple[str, int] | None:
    """The decoded text of an entity at s[i] ('&...'), and where it ends; None when it is no entity."""
    m = _ENTITY.match(s, i)
    if m is None:
        return None
    raw = m.group()
    out = html.unescape(raw)
    if out == raw:
        return None
    # a legacy entity without ';' decodes only a prefix ("&notit" -> "¬it"): keep the rest as text
    k = 0
    while k < len(out) - 1 and k < len(raw) - 1 and out[-1 - k] == raw[-1 - k]:
        k += 1
    return out[: len(out) - k], m.end() - k


class _Inline:
    """Markdown inline markup on one line: what is kept goes to the plain text, the rest is dropped."""

    def __init__(self, md: _Markdown, line_start: int, line_end: int) -> None:
        self.md = md
        self.s = md.text
        self.line_start = line_start
        self.line_end = line_end
        self._ticks: dict[int, list[int]] | None = None

    def _tick_runs(self) -> dict[int, list[int]]:
        if self._ticks is None:
            runs: dict[int, list[int]] = {}
            for m in re.finditer(r"`+", self.s[self.line_start : self.line_end]):
                runs.setdefault(len(m.group()), []).append(self.line_start + m.start())
            self._ticks = runs
        return self._ticks

    def run(self, pos: int, end: int) -> None:
        """Process s[pos:end]; may leave the line in an open HTML comment (md.comment_from is set)."""
        s, out = self.s, self.md.out
        while pos < end:
            m = _INTERESTING.search(s, pos, end)
            if m is None:
                out.keep(pos, end)
                return
            i = m.start()
            out.keep(pos, i)
            ch = s[i]
            if ch == "`":
                k = i
                while k < end and s[k] == "`":
                    k += 1
                runs = self._tick_runs().get(k - i, [])
                j = bisect.bisect_right(runs, i)
                if j < len(runs) and runs[j] < end:
                    pos = runs[j] + (k - i)  # inline code: dropped
                else:
                    out.keep(i, k)
                    pos = k
            elif ch == "<":
                pos = self._angle(i, end)
            elif ch == "!":
                im = _IMAGE.match(s, i, end)
                if im is not None and s.startswith("![", i):
                    pos = im.end()
                else:
                    out.keep(i, i + 1)
                    pos = i + 1
            elif ch == "[":
                pos = self._bracket(i, end)
            elif ch in "*_~":
                pos = self._emphasis(i, end)
            elif ch == "\\":
                if i + 1 < end and s[i + 1] in _ASCII_PUNCT:
                    out.keep(i + 1, i + 2)
                    pos = i + 2
                else:
                    out.keep(i, i + 1)
                    pos = i + 1
            elif ch == "&":
                ent = _entity(s, i)
                if ent is None:
                    out.keep(i, i + 1)
                    pos = i + 1
                else:
                    out.put(ent[0], i)
                    pos = ent[1]
            else:  # a URL
                if i > 0 and (s[i - 1].isalnum() or s[i - 1] in "@/"):
                    out.keep(i, m.end())
                    pos = m.end()
                    continue
                um = _URL.match(s, i, end)
                stop = um.end() if um else m.end()
                while stop > i + 1 and s[stop - 1] in _URL_TRAIL:
                    stop -= 1
                pos = stop
            if self.md.comment_from is not None:
                return

    def _angle(self, i: int, end: int) -> int:
        s, md = self.s, self.md
        if s.startswith("<!--", i):
            if s.startswith("<!-->", i):
                return i + 5
            if s.startswith("<!--->", i):
                return i + 6
            close = s.find("-->", i + 4, end)
            if close < 0:
                md.comment_from = i
                md.comment_parts = [s[i + 4 : end]]
                return end
            md.directive(s[i + 4 : close], i)
            return close + 3
        am = _AUTOLINK.match(s, i, end)
        if am is not None:
            return am.end()
        tm = _INLINE_TAG.match(s, i, end)
        if tm is not None:
            return tm.end()
        md.out.keep(i, i + 1)
        return i + 1

    def _bracket(self, i: int, end: int) -> int:
        s, out = self.s, self.md.out
        fm = _FOOTNOTE_REF.match(s, i, end)
        if fm is not None:
            return fm.end()
        bm = _BADGE.match(s, i, end)
        if bm is not None:
            return bm.end()
        lm = _LINK.match(s, i, end)
        if lm is not None and (
            lm.group("dest") is not None or lm.group("ref") is not None or self.md.has_ref(lm.group("text"))
        ):
            ts, te = lm.span("text")
            self.run(ts, te)
            return lm.end()
        out.keep(i, i + 1)
        return i + 1

    def _emphasis(self, i: int, end: int) -> int:
        s, out = self.s, self.md.out
        ch = s[i]
        k = i
        while k < end and s[k] == ch:
            k += 1
        before = s[i - 1] if i > self.line_start else " "
        after = s[k] if k < end else " "
        left = not after.isspace()
        right = not before.isspace()
        keep = (
            (not left and not right)
            or (ch == "_" and before.isalnum() and after.isalnum())
            or (ch == "*" and before.isdigit() and after.isdigit())
            or (ch == "~" and k - i != 2)
        )
        if keep:
            out.keep(i, k)
        return k


class _Markdown:
    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.out = _Plain(text)
        self.directives: list[_Directive] = []
        self.comment_from: int | None = None
        self.comment_parts: list[str] = []
        self._refs: set[str] | None = None

    def directive(self, body: str, where: int) -> None:
        codes = _directive_codes(body)
        if codes is not None:
            self.directives.append(_Directive(self.out.n, codes, where))

    def has_ref(self, label: str) -> bool:
        if self._refs is None:
            self._refs = {
                m.group(1).strip().lower()
                for m in re.finditer(r"^ {0,3}\[([^\]\n]{1,999})\]:", self.text, re.M)
            }
        return label.strip().lower() in self._refs

    # front matter ---------------------------------------------------------------------------------

    def front_matter(self) -> int:
        """Take the title and dek from front matter; return where the body starts."""
        s = self.text
        m = _FRONT_OPEN.match(s)
        if m is None:
            return 0
        fence = m.group(1)
        closer = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$" if fence == "---" else r"^\+\+\+[ \t]*\r?$", re.M)
        c = closer.search(s, m.end())
        if c is None:
            return 0
        body_start = c.end() + 1 if s.startswith("\n", c.end()) else c.end()
        fm_start, fm_end = m.end(), c.start()
        values = self._yaml_values(fm_start, fm_end) if fence == "---" else None
        if values is None:
            values = self._line_values(fm_start, fm_end)
        for value, positions in values:
            if not value.strip():
                continue
            self.out.put_aligned(value, positions)
            self.out.put("\n\n", positions[-1] if positions else fm_end)
        return body_start

    def _yaml_values(self, start: int, end: int) -> list[tuple[str, list[int]]] | None:
        import yaml

        src = self.text[start:end]
        try:
            node = yaml.compose(src, Loader=yaml.SafeLoader)
        except Exception:  # noqa: BLE001 - any YAML trouble: fall back to reading key lines
            return None
        if node is None:
            return []
        if not isinstance(node, yaml.MappingNode):
            return None
        out = []
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode) or str(k.value).lower() not in _FRONT_KEYS:
                continue
            if not isinstance(v, yaml.ScalarNode) or not isinstance(v.value, str):
                continue
            vs, ve = start + v.start_mark.index, start + v.end_mark.index
            out.append((v.value, _align(v.value, self.text, vs, ve)))
        return out

    def _line_values(self, start: int, end: int) -> list[tuple[str, list[int]]]:
        out = []
        for m in _FRONT_LINE.finditer(self.text, start, end):
            vs, ve = m.span("value")
            if ve - vs >= 2 and self.text[vs] in "\"'" and self.text[ve - 1] == self.text[vs]:
                vs, ve = vs + 1, ve - 1
            out.append((self.text[vs:ve], list(range(vs, ve))))
        return out

    # blocks -----------------------------------------------------------------------------------------

    def read(self) -> tuple[str, OffsetMap, list[tuple[int, int, list[str]]]]:
        s, out = self.text, self.out
        pos = self.front_matter()
        n = len(s)
        fence: tuple[str, int] | None = None
        raw_close: re.Pattern[str] | None = None
        prev_blank = True
        in_para = False
        in_list = False
        pending_nl: tuple[int, int] | None = None  # the last line's newline, not yet written

        def flush_newline(soft: bool) -> None:
            nonlocal pending_nl
            if pending_nl is not None:
                if soft:
                    out.put(" ", pending_nl[0])
                else:
                    out.keep(*pending_nl)
                pending_nl = None

        while pos < n:
            nl = s.find("\n", pos)
            le = n if nl < 0 else nl
            after = n if nl < 0 else nl + 1
            ce = le - 1 if le > pos and s[le - 1] == "\r" else le  # content end (no CR)
            line = s[pos:ce]

            if self.comment_from is not None:
                close = s.find("-->", pos, ce)
                if close < 0:
                    self.comment_parts.append(s[pos:ce])
                    flush_newline(False)
                    pending_nl = (ce, after)
                    pos = after
                    continue
                self.comment_parts.append(s[pos:close])
                where = self.comment_from
                self.comment_from = None
                self.directive("\n".join(self.comment_parts), where)
                flush_newline(False)
                _Inline(self, pos, ce).run(close + 3, ce)
                pending_nl = (ce, after) if after > ce else None
                pos = after
                continue
            if fence is not None:
                fm = re.match(r" {0,3}(" + re.escape(fence[0]) + "{" + str(fence[1]) + r",})[ \t]*$", line)
                if fm is not None:
                    fence = None
                flush_newline(False)
                pending_nl = (ce, after)
                pos = after
                prev_blank, in_para = True, False
                continue
            if raw_close is not None:
                if raw_close.search(line):
                    raw_close = None
                flush_newline(False)
                pending_nl = (ce, after)
                pos = after
                prev_blank, in_para = True, False
                continue

            if not line.strip(" \t\r\f\v"):
                flush_newline(False)
                out.keep(pos, ce)
                pending_nl = (ce, after)
                pos = after
                prev_blank, in_para = True, False
                continue

            indent = _columns(_INDENT.match(line).group())  # type: ignore[union-attr]
            drop = False
            if indent >= 4 and not in_para and not in_list:
                drop = True  # indented code
            elif (fo := _FENCE_OPEN.match(line)) is not None and indent < 4:
                fence = (fo.group(1)[0], len(fo.group(1)))
                drop = True
            elif (ro := _HTML_RAW_OPEN.match(line)) is not None:
                if not re.search(r"</" + ro.group(1) + r"\s*>", line, re.I):
                    raw_close = re.compile(r"</" + ro.group(1) + r"\s*>", re.I)
                drop = True
            elif not in_para and _LINK_DEF.match(line):
                drop = True
            elif _THEMATIC.match(line) or (in_para and _SETEXT.match(line)) or _TABLE_RULE.match(line):
                drop = True
            if drop:
                if indent == 0:
                    in_list = False
                out.block_starts.append(out.n)
                flush_newline(False)
                pending_nl = (ce, after)
                pos = after
                prev_blank, in_para = True, False
                continue

            # prefixes: quote marks, list markers, heading marks
            cs = pos
            new_block = prev_blank or _HTML_LINE.match(line) is not None
            heading = marker = False
            while True:
                q = _QUOTE.match(s, cs, ce)
                if q is not None:
                    cs = q.end()
                    continue
                b = _BULLET.match(s, cs, ce)
                o = _ORDERED.match(s, cs, ce)
                if b is not None and not _THEMATIC.match(s, cs, ce):
                    cs, new_block, in_list, marker = b.end(), True, True, True
                    t = _TASK.match(s, cs, ce)
                    cs = t.end() if t else cs
                    continue
                if o is not None and (not in_para or in_list or o.group(1) == "1"):
                    cs, new_block, in_list, marker = o.end(), True, True, True
                    continue
                h = _HEADING.match(s, cs, ce)
                if h is not None:
                    cs, new_block, heading = h.end(), True, True
                    break
                f = _FOOTNOTE_DEF.match(s, cs, ce)
                if f is not None:
                    cs, new_block = f.end(), True
                break
            if not in_para:
                new_block = True
            if prev_blank and indent == 0 and not marker:
                in_list = False
            cs = _INDENT.match(s, cs, ce).end()  # type: ignore[union-attr]
            stop = ce
            if heading:
                hc = _HEADING_CLOSE.search(s, cs, ce)
                if hc is not None:
                    stop = hc.start()
            if new_block:
                out.block_starts.append(out.n)  # the previous block ends before its newline
            flush_newline(soft=in_para and not new_block)
            before = out.n
            _Inline(self, cs, stop).run(cs, stop)
            pending_nl = (ce, after) if after > ce else None
            pos = after
            if out.n == before and self.comment_from is None and not marker:
                prev_blank, in_para = True, False  # a line of markup only (a comment, a tag)
                continue
            prev_blank = False
            in_para = not heading
            if heading:
                out.block_starts.append(out.n)
                flush_newline(False)
        if pending_nl is not None:
            out.keep(*pending_nl)
        if self.comment_from is not None:
            self.directive("\n".join(self.comment_parts), self.comment_from)
        plain = out.text()
        boundaries = _blank_line_starts(plain) + out.block_starts
        return plain, out.offsets(), _suppressions(self.path, s, plain, self.directives, boundaries)


def _columns(ws: str) -> int:
    col = 0
    for ch in ws:
        col = col + 4 - col % 4 if ch == "\t" else col + 1
    return col


def _align(value: str, text: str, start: int, end: int) -> list[int]:
    """For each character of a parsed YAML scalar, the file offset it came from (best effort)."""
    out: list[int] = []
    j = start
    last = max(start, end - 1)
    for ch in value:
        k = text.find(ch, j, min(end, j + 64))
        if k >= 0:
            out.append(k)
            j = k + 1
        else:
            out.append(min(j, last))
    return out


# --------------------------------------------------------------------------------------------------
# HTML

_HTML_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>\x00]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S)
_HTML_SPECIAL = re.compile(r"[<&]")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_RAW_ELEMENTS = {"script", "style", "template", "title", "textarea", "xmp", "iframe", "noembed", "noframes"}
_SKIP_ELEMENTS = {"pre", "code", "kbd", "samp", "svg", "math"}
_BLOCK_ELEMENTS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "option",
    "img",
    "video",
    "audio",
    "object",
    "canvas",
    "select",
    "button",
    "input",
}
_raw_close_cache: dict[str, re.Pattern[str]] = {}


def _raw_close(name: str) -> re.Pattern[str]:
    pat = _raw_close_cache.get(name)
    if pat is None:
        pat = _raw_close_cache[name] = re.compile(r"</" + re.escape(name) + r"(?=[\s/>])", re.I)
    return pat


class _Html:
    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.out = _Plain(text)
        self.directives: list[_Directive] = []
        self.skip = 0
        self.space_at: int | None = None  # a collapsed run of white space waiting to be written

    def _break(self, at: int, want: int) -> None:
        """End the line (want=1, a <br>) or the paragraph (want=2: a blank line)."""
        self.space_at = None
        if self.out.n == 0:
            return
        parts = self.out.parts
        have = 0
        while have < 2 and have < len(parts) and parts[-1 - have] == "\n":
            have += 1
        add = min(2 - have, 1) if want == 1 else want - have
        if add > 0:
            self.out.put("\n" * add, at)

    def _data(self, i: int, j: int) -> None:
        if self.skip or i >= j:
            return
        s, out = self.text, self.out
        pos = i
        for m in _HTML_SPACE.finditer(s, i, j):
            if m.start() > pos:
                self._flush_space()
                out.keep(pos, m.start())
            if out.n and not out.ends_with("\n"):
                self.space_at = m.start() if self.space_at is None else self.space_at
            pos = m.end()
        if pos < j:
            self._flush_space()
            out.keep(pos, j)

    def _flush_space(self) -> None:
        if self.space_at is not None:
            if self.out.n and not self.out.ends_with("\n"):
                self.out.put(" ", self.space_at)
            self.space_at = None

    def read(self) -> tuple[str, OffsetMap, list[tuple[int, int, list[str]]]]:
        s = self.text
        n = len(s)
        i = 0
        while i < n:
            m = _HTML_SPECIAL.search(s, i)
            j = n if m is None else m.start()
            self._data(i, j)
            if j >= n:
                break
            if s[j] == "&":
                ent = _entity(s, j)
                if ent is None:
                    self._data(j, j + 1)
                    i = j + 1
                elif not self.skip:
                    self._flush_space()
                    self.out.put(ent[0], j)
                    i = ent[1]
                else:
                    i = ent[1]
                continue
            i = self._markup(j)
        plain = self.out.text().rstrip("\n ")
        boundaries = _blank_line_starts(plain)
        return plain, self.out.offsets(), _suppressions(self.path, s, plain, self.directives, boundaries)

    def _markup(self, j: int) -> int:
        """Handle what starts with '<' at j; return where to go on."""
        s = self.text
        n = len(s)
        nxt = s[j + 1 : j + 2]
        if s.startswith("<!--", j):
            if s.startswith("<!-->", j):
                return j + 5
            if s.startswith("<!--->", j):
                return j + 6
            close = s.find("-->", j + 4)
            body = s[j + 4 :] if close < 0 else s[j + 4 : close]
            codes = _directive_codes(body)
            if codes is not None and not self.skip:
                self.directives.append(_Directive(self.out.n, codes, j))
            return n if close < 0 else close + 3
        if s.startswith("<![CDATA[", j):
            close = s.find("]]>", j + 9)
            return n if close < 0 else close + 3
        after = s[j + 2 : j + 3]
        if nxt in ("!", "?") or (nxt == "/" and not (after.isascii() and after.isalpha())):
            close = s.find(">", j + 1)  # a bogus comment, or "</>"
            return n if close < 0 else close + 1
        if not (nxt.isascii() and nxt.isalpha()) and nxt != "/":
            self._data(j, j + 1)
            return j + 1
        tm = _HTML_TAG.match(s, j)
        if tm is None:
            return n  # the file ends inside a tag: browsers drop it
        end_tag = tm.group(1) == "/"
        name = tm.group(2).lower()
        attrs = tm.group(3)
        if name in _BLOCK_ELEMENTS:
            self._break(j, 2)
        elif name == "br" and not self.skip:
            self._break(j, 1)
        if name in _SKIP_ELEMENTS:
            if end_tag:
                self.skip = max(0, self.skip - 1)
            elif not attrs.rstrip().endswith("/"):
                self.skip += 1
        if not end_tag and name in _RAW_ELEMENTS:
            close = _raw_close(name).search(s, tm.end())
            return n if close is None else close.start()
        return tm.end()


# --------------------------------------------------------------------------------------------------
# Terminal escape sequences

# ECMA-48 sequences a draft can carry when copied from a terminal: CSI (colours, "\x1b[31m"), OSC (titles,
# links; ended by BEL or ST) and the two-character escapes. Their parameters are not figures.
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?|[ -/]*[0-~]?)")


def _blank_escapes(plain: str) -> str:
    """Each terminal escape sequence turned into as many spaces, so offsets keep their meaning."""
    return _ESCAPE.sub(lambda m: " " * len(m.group()), plain)


# --------------------------------------------------------------------------------------------------
# Public functions


def read_text(
    text: str, fmt: TextFormat = "text", path: str = "<text>", role: Role = "draft", doc_id: str = "d0"
) -> Document:
    """Turn text already in memory into a Document: plain text, offset map, suppressions.

    Raises InputError (naming `path`) only for an unknown rule code in a suppression.
    """
    if fmt == "markdown":
        plain, offsets, supp = _Markdown(text, path).read()
    elif fmt == "html":
        plain, offsets, supp = _Html(text, path).read()
    else:
        plain, offsets, supp = _read_plain(text, path)
    if "\x1b" in plain:
        plain = _blank_escapes(plain)
    return Document(
        id=doc_id,
        path=path,
        role=role,
        format=fmt,
        original=text,
        text=plain,
        offsets=offsets,
        suppressions=supp,
    )


def read_path(
    path: str | Path, role: Role = "draft", doc_id: str = "d0", fmt: TextFormat | None = None
) -> Document:
    """Read a file; any problem is an InputError whose one-line message names the file."""
    p = Path(path)
    text = decode_file(p)
    return read_text(text, fmt or guess_format(str(p)), str(p), role, doc_id)


def read_file_bytes(p: Path, limit: int | None = None) -> bytes:
    """The bytes of a file, refusing (without reading it whole) one over `limit` (MAX_BYTES) bytes."""
    limit = MAX_BYTES if limit is None else limit
    try:
        fh = open_regular(p)
    except FileNotFoundError as exc:
        raise InputError(f"{p}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{p}: is a directory, not a file") from exc
    except PermissionError as exc:
        raise InputError(f"{p}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    with fh:
        try:
            st = os.fstat(fh.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise InputError(f"{p}: is a directory, not a file")
            if not stat.S_ISREG(st.st_mode):
                raise InputError(f"{p}: not a regular file ({_kind(st.st_mode)}); only files are read")
            if st.st_size > limit:
                raise InputError(
                    f"{p}: file is {_size(st.st_size)}, over the {_size(limit)} limit for one document"
                )
            data = fh.read(limit + 1)
        except IsADirectoryError as exc:
            raise InputError(f"{p}: is a directory, not a file") from exc
        except OSError as exc:
            raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise InputError(f"{p}: over the {_size(limit)} limit for one document")
    return data


def open_regular(p: Path | str) -> BinaryIO:
    """Open a file for reading without blocking on a FIFO or a device: the open does not wait for a
    writer (O_NONBLOCK), and the caller checks with fstat that it is a regular file before reading.
    Raises OSError like open()."""
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = len(_CONTROL.findall(text[:65536]))
    return controls <= max(2, len(text[:65536]) // 200)


def decode_file(p: Path, limit: int | None = None) -> str:
    """A file's text: UTF-8, or UTF-16/32 with a byte-order mark, or cp1252/Latin-1 that looks like text."""
    return decode_bytes(read_file_bytes(p, limit), p)


def read_stdin(
    role: Role = "draft", doc_id: str = "d0", fmt: TextFormat = "text", stream: BinaryIO | None = None
) -> Document:
    """Read a document from standard input ('-'), with the same decoding, limits and errors as a file."""
    stream = sys.stdin.buffer if stream is None else stream
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(f"<stdin>: over the {_size(MAX_BYTES)} limit for one document")
    return read_text(decode_bytes(data, "<stdin>"), fmt, "-", role, doc_id)


def decode_bytes(data: bytes, p: Path | str) -> str:
    """Decode a document's bytes (see decode_file); `p` names it in errors."""
    if not data:
        raise EmptyInputError(f"{p}: empty file (nothing to check)")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{p}: starts with a {name} byte-order mark but is not valid {name} (byte {exc.start})"
                ) from exc
            break
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            head = data[:1024]
            # UTF-16 puts its NULs in one byte of each pair (ASCII: the high one, every time), a
            # program or an image in both: zeros in one parity, and under half as many in the other
            zeros = sorted((head[1::2].count(0), head[0::2].count(0)))
            if len(head) >= 4 and zeros[1] > len(head) // 3 and 2 * zeros[0] < zeros[1]:
                raise InputError(f"{p}: looks like UTF-16 without a byte-order mark; save it as UTF-8")
            raise InputError(f"{p}: binary file (NUL byte at offset {nul}), not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _single_byte(data)
            if text is None:
                raise InputError(
                    f"{p}: not text in a known encoding (tried UTF-8: invalid byte 0x{data[exc.start]:02x} "
                    f"at offset {exc.start}; UTF-16/UTF-32: no byte-order mark; cp1252 and Latin-1: "
                    "not text); save it as UTF-8"
                ) from exc
    if not _looks_like_text(text):
        raise InputError(f"{p}: binary file (mostly control characters), not text")
    if not text.strip():
        raise EmptyInputError(f"{p}: empty file (only white space, nothing to check)")
    return text


def _single_byte(data: bytes) -> str | None:
    """cp1252 (a superset of Latin-1's printable range), then Latin-1, when the result looks like text."""
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    return None
