"""The reader: plain text, Markdown and HTML drafts -> plain text with a map back into the file,
inline suppressions, and files that cannot be read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import numcheck
from numcheck.errors import InputError
from numcheck.models import Document
from numcheck.read import decode_file, guess_format, read_path, read_text

CLAIM_LIKE = re.compile(r"\d[\d,.]*\d(?: [A-Za-z]+)?|\d(?: [A-Za-z]+)?")


def file_span(doc: Document, start: int, end: int) -> str:
    """The file's text for a plain-text span, mapped the way the report maps claims."""
    s = doc.offsets.to_original(start)
    e = doc.offsets.to_original(end - 1) + 1
    return doc.original[s:e]


def _squeeze(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def assert_spans_round_trip(doc: Document) -> int:
    """Every number (with the word after it) maps to the same text in the file, up to white space
    (a wrapped line, collapsed HTML white space)."""
    n = 0
    for m in CLAIM_LIKE.finditer(doc.text):
        assert _squeeze(file_span(doc, m.start(), m.end())) == _squeeze(m.group()), m.group()
        n += 1
    return n


# ---------------------------------------------------------------------------------------------- text


def test_plain_text_is_read_as_it_is():
    text = "Russia fired 145 drones.\n\n  - 3 items\n```\ncode 5\n```\n"
    doc = read_text(text)
    assert doc.text == text
    assert doc.original == text
    assert doc.offsets.plain_starts == []  # identity
    assert doc.suppressions == []


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("a.md", "markdown"),
        ("A.MARKDOWN", "markdown"),
        ("x.html", "html"),
        ("x.htm", "html"),
        ("x.txt", "text"),
        ("x", "text"),
    ],
)
def test_format_is_guessed_from_the_file_name(name, fmt):
    assert guess_format(name) == fmt


# ------------------------------------------------------------------------------------------ markdown

ARTICLE_MD = """\
---
title: "Russia fires 145 drones at Ukraine"
dek: >
  Zelenskyy says about 11,000 North Korean
  soldiers are in Kursk
date: 2024-11-11
word_count: 987
tags: [war, 2024]
---
# Kursk: 3 airports closed

Zelenskyy said about 11,000 North Korean soldiers
were taking part in combat, see [the 2024 report](https://example.com/2024/10/55 "page 77").

The Pentagon said some 10,000 North Korean troops had been sent. Read https://x.org/r/404 now.

- Russia fired 145 drones.
- 8 civilians were killed.
2. Ninth item 99

```python
total = 12345
```

~~~
9999 in a tilde fence
~~~

    indented code 4242

An `inline 31337` mention, ![chart of 606 drones](img/606.png) and a note[^7].

[ref-1]: https://example.com/707 "808"

<!-- a comment with 909 in it -->
Last paragraph: 2.5 million people.
"""


def test_markdown_front_matter_title_and_dek_are_checked_the_rest_is_not():
    doc = read_text(ARTICLE_MD, "markdown")
    assert doc.text.startswith(
        "Russia fires 145 drones at Ukraine\n\nZelenskyy says about 11,000 North Korean"
    )
    assert "987" not in doc.text and "2024-11-11" not in doc.text and "word_count" not in doc.text
    assert "title" not in doc.text and "dek" not in doc.text
    # the dek's folded lines come back in the file at the right places
    i = doc.text.index("11,000 North Korean")
    assert file_span(doc, i, i + len("11,000 North Korean")) == "11,000 North Korean"


def test_markdown_code_urls_link_targets_and_markers_are_not_checked():
    doc = read_text(ARTICLE_MD, "markdown")
    for hidden in [
        "12345",
        "9999",
        "4242",
        "31337",
        "606",
        "https",
        "example.com",
        "404",
        "55",
        "77",
        "707",
        "808",
        "909",
        "[^7]",
        "```",
        "# Kursk",
        "- Russia",
        "2. Ninth",
    ]:
        assert hidden not in doc.text, hidden
    for shown in [
        "Kursk: 3 airports closed",
        "the 2024 report",
        "Russia fired 145 drones.",
        "8 civilians were killed.",
        "Ninth item 99",
        "An  mention",
        "2.5 million people.",
    ]:
        assert shown in doc.text, shown


def test_markdown_wrapped_paragraph_lines_are_joined_into_one_line():
    doc = read_text(ARTICLE_MD, "markdown")
    assert "about 11,000 North Korean soldiers were taking part in combat" in doc.text


def test_markdown_claim_spans_map_back_into_the_file():
    doc = read_text(ARTICLE_MD, "markdown")
    assert assert_spans_round_trip(doc) >= 10


def test_markdown_emphasis_marks_are_dropped_but_not_tildes_or_intraword_underscores():
    doc = read_text("Some **11,000** troops, _about_ ~500 planes, a snake_case name and 5*3.\n", "markdown")
    assert doc.text == "Some 11,000 troops, about ~500 planes, a snake_case name and 5*3.\n"


def test_markdown_toml_front_matter_and_broken_yaml_front_matter_still_give_the_title():
    toml = '+++\ntitle = "Rates rise to 5.25%"\ndraft = true\nweight = 40\n+++\nBody 7.\n'
    doc = read_text(toml, "markdown")
    assert doc.text.startswith("Rates rise to 5.25%\n\n")
    assert "40" not in doc.text
    broken = "---\ntitle: 12 dead in storm\ntags: [unclosed\n---\nBody 7.\n"
    doc = read_text(broken, "markdown")
    assert doc.text.startswith("12 dead in storm\n\n")
    assert assert_spans_round_trip(doc) == 2


def test_markdown_without_a_closing_front_matter_fence_is_body_text():
    doc = read_text("---\nJust a rule, then 5 words.\n", "markdown")
    assert "5 words" in doc.text


def test_markdown_unclosed_fence_runs_to_the_end():
    doc = read_text("Before 1.\n\n```\ncode 2\nmore 3\n", "markdown")
    assert "Before 1." in doc.text and "2" not in doc.text and "3" not in doc.text


# ---------------------------------------------------------------------------------------------- html

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><title>Site 123</title>
<script>var n = 456; if (a < b) {}</script><style>p { margin: 789px }</style></head>
<body><h1>Russia fires 145 drones</h1>
<p>Zelenskyy said about 11,000
   North&nbsp;Korean soldiers &amp; 3 generals were there, &pound;3.5bn of aid.</p>
<!-- <p>hidden 999</p> -->
<div><div><div><span>Nested 42 items</span></div></div></div>
<pre>code 777</pre><p>Line one 1<br>line two 2</p>
<ul><li>8 civilians</li><li>5 in Mykolaiv</li></ul>
<img alt="photo 555" src="x.png">
</body></html>
"""


def test_html_text_only_with_entities_decoded_and_blocks_as_paragraphs():
    doc = read_text(ARTICLE_HTML, "html")
    for hidden in ["123", "456", "789", "999", "777", "555", "<", "margin", "&nbsp;", "&amp;"]:
        assert hidden not in doc.text, hidden
    assert (
        "Russia fires 145 drones\n\nZelenskyy said about 11,000 North\xa0Korean soldiers & 3 generals"
    ) in doc.text
    assert "£3.5bn" in doc.text
    assert "Nested 42 items\n\nLine one 1\nline two 2\n\n8 civilians\n\n5 in Mykolaiv" in doc.text


def test_html_claim_spans_map_back_into_the_file():
    doc = read_text(ARTICLE_HTML, "html")
    assert assert_spans_round_trip(doc) >= 8
    # a claim that starts with an entity starts at the entity in the file
    i = doc.text.index("£3.5bn")
    assert file_span(doc, i, i + 6) == "&pound;3.5bn"
    # a claim across collapsed white space covers that white space in the file
    i = doc.text.index("11,000 North")
    assert file_span(doc, i, i + len("11,000 North")) == "11,000\n   North"


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 50_000 + "deep 5" + "</div>" * 50_000,
        '<p>unclosed tag at the end 5 <a href="x',
        "<p>unclosed comment 5 <!-- 6 7 8",
        "<<<>>> </ > </> <! <? <![CDATA[ x 5 & &# &#x; &#99999999999; &bogus; <é 6",
        "<p>" + "<!--" * 5_000,
        "<a " * 5_000 + ">",
        "</" * 5_000,
        "<script>never closed 5",
        "<p>5</p>" + "</div>" * 1000,
    ],
)
def test_html_malformed_or_deeply_nested_is_read_without_error(html):
    doc = read_text(html, "html")
    assert len(doc.text) <= len(html)
    assert_spans_round_trip(doc)


def test_html_unclosed_comment_hides_the_rest_like_a_browser():
    doc = read_text("<p>shown 5</p><!-- hidden 6", "html")
    assert doc.text == "shown 5"


# -------------------------------------------------------------------------------- suppression


def _suppressed_text(doc: Document) -> list[tuple[str, list[str]]]:
    return [(doc.text[s:e], codes) for s, e, codes in doc.suppressions]


def test_markdown_comment_suppresses_the_next_paragraph():
    md = (
        "First 1.\n\n<!-- numcheck: ignore NC301, source-discrepancy -->\nSecond 2,\nwrapped 3.\n\nThird 4.\n"
    )
    doc = read_text(md, "markdown")
    assert _suppressed_text(doc) == [("Second 2, wrapped 3.", ["NC301", "NC201", "source-discrepancy"])]
    assert "numcheck" not in doc.text and "301" not in doc.text


def test_markdown_comment_on_the_paragraphs_own_line_and_all_rules():
    doc = read_text("A 1.\n\n<!-- numcheck: ignore --> B 2.\n\n- C 3.\n- D 4.\n", "markdown")
    assert _suppressed_text(doc) == [("B 2.", ["*"])]
    doc = read_text("<!-- numcheck: ignore all -->\n- C 3.\n- D 4.\n", "markdown")
    assert _suppressed_text(doc) == [("C 3.", ["*"])]


def test_html_comment_suppresses_the_next_block():
    doc = read_text("<p>A 1</p><!-- numcheck:ignore NC301 --><p>B <b>2</b></p><p>C 3</p>", "html")
    assert _suppressed_text(doc) == [("B 2", ["NC301"])]


def test_plain_text_line_forms_suppress_the_next_paragraph():
    one_per_line = "A 1.\nnumcheck: ignore NC301\nB 2.\nC 3.\n"
    doc = read_text(one_per_line)
    assert _suppressed_text(doc) == [("B 2.", ["NC301"])]
    assert len(doc.text) == len(one_per_line) and "NC301" not in doc.text
    blank_lines = "A 1.\n\n# numcheck: ignore internal-inconsistency\nB 2.\nstill B 3.\n\nC 4.\n"
    doc = read_text(blank_lines)
    assert _suppressed_text(doc) == [("B 2.\nstill B 3.", ["NC301", "internal-inconsistency"])]
    for form in ["[numcheck: ignore NC301]", "<!-- numcheck: ignore NC301 -->", "// numcheck: ignore NC301"]:
        doc = read_text(f"A 1.\n{form}\nB 2.\n")
        assert _suppressed_text(doc) == [("B 2.", ["NC301"])], form


def test_a_sentence_that_mentions_numcheck_is_not_a_directive():
    text = "The numcheck tool said 5 things.\nB 2.\n"
    assert read_text(text).suppressions == []


def test_unknown_rule_code_in_a_suppression_is_an_error_naming_file_and_line():
    with pytest.raises(InputError, match=r"draft\.md:3: unknown rule code 'NC3O1'"):
        read_text("A 1.\n\n<!-- numcheck: ignore NC3O1 -->\nB 2.\n", "markdown", path="draft.md")


SEED_LIKE = (
    "Zelenskyy said that about 11,000 North Korean soldiers were in the areas bordering Ukraine.\n\n"
    "{directive}The Pentagon had confirmed that some 10,000 North Korean troops had been sent to Russia.\n"
)


@pytest.mark.parametrize(
    "fmt, directive",
    [
        ("markdown", "<!-- numcheck: ignore source-discrepancy -->\n"),
        ("text", "numcheck: ignore NC201\n"),
    ],
)
def test_suppression_drops_the_finding_in_check(fmt, directive):
    plain = numcheck.check([read_text(SEED_LIKE.format(directive=""), fmt)])
    categories = [f.category.value for f in plain.findings]
    if "source-discrepancy" not in categories:
        pytest.skip("extraction does not yet find this discrepancy")
    suppressed = numcheck.check([read_text(SEED_LIKE.format(directive=directive), fmt)])
    assert "source-discrepancy" not in [f.category.value for f in suppressed.findings]


# ----------------------------------------------------------------------------- properties of the maps

MD_ALPHABET = st.sampled_from(
    list("ab 12,.\n\n#-*_`[]()!<>~:|\\/")
    + [
        "http://x.io/9",
        "<!-- c -->",
        "```\n",
        "    ",
        "- ",
        "1. ",
        "---\n",
        "title: t 5\n",
        "<b>",
        "</p>",
        "![i](u)",
        "[t](u)",
        "<!--",
        "-->",
        "**",
        "> ",
        "www.",
        "[^1]",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MD_ALPHABET, max_size=60).map("".join), st.sampled_from(["markdown", "html"]))
def test_every_plain_character_maps_to_the_same_character_in_the_file(text, fmt):
    """Without entities, every non-space plain character is a character of the file, found by the map."""
    doc = read_text(text, fmt)
    for i, ch in enumerate(doc.text):
        if ch.isspace():
            continue
        o = doc.offsets.to_original(i)
        assert doc.original[o] == ch, (i, ch)
    for s, e, _ in doc.suppressions:
        assert 0 <= s <= e <= len(doc.text)


# --------------------------------------------------------------------------------------------- files


def test_encodings_that_are_read(tmp_path: Path):
    text = "Café owners in Zürich paid €3.5bn — “about” 11,000 francs.\n"
    cases = {
        "utf8.txt": text.encode("utf-8"),
        "utf8bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf16le.txt": text.encode("utf-16"),  # with BOM
        "utf16be.txt": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf32.txt": text.encode("utf-32"),
        "cp1252.txt": text.encode("cp1252"),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        assert decode_file(tmp_path / name) == text, name
    latin1 = "Le café coûte 3,50 francs à Genève.\n"
    (tmp_path / "latin1.txt").write_bytes(latin1.encode("latin-1"))
    assert decode_file(tmp_path / "latin1.txt") == latin1


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", r"empty file"),
        (b"  \n\t\n", r"empty file \(only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"binary file \(NUL byte at offset 8\)"),
        (bytes(range(1, 32)) * 40, r"binary file \(mostly control characters\)"),
        ("text".encode("utf-16-le") * 50, r"looks like UTF-16 without a byte-order mark"),
        (
            b"\xff\xfe" + b"\x00\xd8" + b"a\x00",
            r"starts with a UTF-16 byte-order mark but is not valid UTF-16",
        ),
        (b"ok \x81\x8d\x8f\x90\x9d" * 20, r"not text in a known encoding \(tried UTF-8.*cp1252 and Latin-1"),
    ],
)
def test_files_that_are_not_readable_text(tmp_path: Path, data: bytes, message: str):
    p = tmp_path / "draft.txt"
    p.write_bytes(data)
    with pytest.raises(InputError, match=message) as info:
        read_path(p)
    assert str(p) in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file_directory_and_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(InputError, match=r"is a directory, not a file"):
        read_path(tmp_path)
    big = tmp_path / "big.txt"
    big.write_text("Russia fired 145 drones. " * 100)
    monkeypatch.setattr("numcheck.read.MAX_BYTES", 1000)
    with pytest.raises(InputError, match=r"big\.txt: file is 2,500 bytes, over the 1,000 bytes limit"):
        read_path(big)


def test_read_path_gives_format_and_offsets(tmp_path: Path):
    p = tmp_path / "a.md"
    p.write_text("# 3 airports\n\n- 145 drones\n", encoding="utf-8")
    doc = read_path(p, "source", "s0")
    assert (doc.format, doc.role, doc.id, doc.path) == ("markdown", "source", "s0", str(p))
    assert doc.text == "3 airports\n\n145 drones\n"
    assert assert_spans_round_trip(doc) == 2


def test_stdin_is_decoded_and_refused_like_a_file():
    import io

    from numcheck.read import read_stdin

    doc = read_stdin(stream=io.BytesIO("Le café: 145 drones.\n".encode("cp1252")), fmt="markdown")
    assert (doc.path, doc.format, doc.text) == ("-", "markdown", "Le café: 145 drones.\n")
    for data, message in [(b"", "<stdin>: empty file"), (b"a\x00b", "<stdin>: binary file")]:
        with pytest.raises(InputError, match=message):
            read_stdin(stream=io.BytesIO(data))
