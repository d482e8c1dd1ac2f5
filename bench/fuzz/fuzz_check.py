"""atheris fuzz target: bytes -> a draft (and maybe a source or a facts file) -> numcheck.check().

    python bench/fuzz/fuzz_check.py -runs=100000 CORPUS_DIR [SEED_DIR...]   (libFuzzer flags)
    python bench/fuzz/run.py                                                 (both targets, with seeds)

Input layout: byte 0 holds flags, the rest is the text.
  flags & 3     format of the draft: text, markdown, html (3 = text)
  flags & 4     split the text at its first form feed: draft, then a source document
  flags & 8     split the text at its first form feed: draft, then a facts file (YAML)
  flags & 0x10  decode the text as UTF-32 (any code point, lone surrogates included: what a JSON
                body with "\\ud800" gives the HTTP gate); otherwise UTF-8 with replacement characters
A crash is any exception other than numcheck's own user errors (InputError, ConfigError), or a broken
invariant: a claim whose surface is not the file's text at its offsets, low > value or value > high,
a report that does not serialise to JSON and back, or two runs that disagree.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports(include=["numcheck"]):
    import numcheck
    import numcheck.checks.registry
    import numcheck.checks.runner
    import numcheck.extraction.claims
    import numcheck.facts
    import numcheck.link
    import numcheck.read
    import numcheck.report.jsonfmt  # noqa: F401
    from numcheck.api import facts_document
    from numcheck.config import load_config
    from numcheck.errors import NumcheckError
    from numcheck.models import Report
    from numcheck.read import read_text

CONFIG = load_config(discover=False)
FORMATS = ("text", "markdown", "html", "text")


def decode(data: bytes, flags: int) -> str:
    if flags & 0x10:
        body = data[: len(data) // 4 * 4]
        return "".join(
            chr(min(int.from_bytes(body[i : i + 4], "little") % 0x110000, 0x10FFFF))
            for i in range(0, len(body), 4)
        )
    return data.decode("utf-8", "replace")


def run_once(data: bytes) -> str | None:
    """Check one input; return the report's JSON (None when numcheck refused it as a user error)."""
    if not data:
        return None
    flags = data[0]
    text = decode(data[1:], flags)
    fmt = FORMATS[flags & 3]
    draft, _, rest = text.partition("\f") if flags & 12 else (text, "", "")
    try:
        doc = read_text(draft, fmt, path="draft")
        sources = [read_text(rest, "text", path="source", role="source")] if flags & 4 and rest else []
        facts = facts_document(rest, "facts.yaml") if flags & 8 and not flags & 4 else None
        report = numcheck.check([doc], sources, facts, CONFIG)
    except NumcheckError as exc:
        message = str(exc)
        assert message and "\n" not in message, f"user error message must be one line: {message!r}"
        return None
    originals = {"d0": doc.original, **({"s0": sources[0].original} if sources else {})}
    for c in report.claims:
        if c.doc in originals:
            assert c.surface == originals[c.doc][c.start : c.end], (c.surface, c.start, c.end)
        if c.value is not None and c.low is not None:
            assert c.low <= c.value, (c.surface, c.low, c.value)
        if c.value is not None and c.high is not None:
            assert c.value <= c.high, (c.surface, c.value, c.high)
    out = report.to_json()
    Report.model_validate(json.loads(out))
    return out


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the name atheris expects
    first = run_once(data)
    if first is not None and len(data) % 16 == 0:  # now and then: the same input twice, the same report
        assert run_once(data) == first, "two runs of the same input gave different reports"


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
