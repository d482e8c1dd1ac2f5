"""The Python API: `extract()` and `check()`. The CLI, the HTTP gate and `scan` are thin shells
over these two functions.

    >>> import numcheck
    >>> [c.surface for c in numcheck.extract("Russia fired 145 drones.")]
    ['145 drones']
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from numcheck.config import Config, load_config
from numcheck.errors import InputError
from numcheck.models import AnyClaim, Claim, Document, Finding, Report, Summary, as_claim
from numcheck.read import read_text

_DEFAULT: Config | None = None


def _config(config: Config | None) -> Config:
    """The given config, or the shipped defaults (built once per process: no config file is read)."""
    global _DEFAULT
    if config is not None:
        return config
    if _DEFAULT is None:
        _DEFAULT = load_config(discover=False)
    return _DEFAULT


def extract(text: str | Document, config: Config | None = None) -> list[Claim]:
    """Every numeric claim in a text (plain text unless a Document says otherwise)."""
    from numcheck.extraction.claims import extract_claims

    doc = text if isinstance(text, Document) else read_text(text)
    return extract_claims(doc, _config(config).pack)


def facts_document(text: str, path: str = "<facts>", doc_id: str = "f0") -> Document:
    return Document(id=doc_id, path=path, role="facts", original=text, text=text)


def _as_list(value: object, what: str, allowed: tuple[type, ...]) -> list[object]:
    """One item (a string or a Document) as a list of one; a list or tuple as it is; else TypeError."""
    if isinstance(value, allowed):
        return [value]
    if not isinstance(value, list | tuple):
        raise TypeError(
            f"{what}: expected a string, a Document or a list of them, not {type(value).__name__}"
        )
    for i, item in enumerate(value):
        if not isinstance(item, allowed):
            raise TypeError(f"{what}[{i}]: expected a string or a Document, not {type(item).__name__}")
    return list(value)


def check(
    drafts: Sequence[Document | str] | Document | str,
    sources: Sequence[Document | str] | Document | str = (),
    facts: Document | str | None = None,
    config: Config | None = None,
) -> Report:
    """Extract, link and check: drafts against each other's own figures, the sources and the facts.

    `drafts` is one draft (a string of plain text, or a Document) or a list of them:
    `check("About 300 people ...")` checks that text as one draft. `sources` likewise (a string is
    one source document); `facts` is the text of a facts file (YAML) or a Document. Anything else
    (bytes, a number, a dict, a list holding one) raises TypeError.
    """
    drafts = _as_list(drafts, "drafts", (str, Document))  # type: ignore[assignment]
    sources = _as_list(sources, "sources", (str, Document))  # type: ignore[assignment]
    if facts is not None and not isinstance(facts, str | Document):
        raise TypeError(f"facts: expected a string or a Document, not {type(facts).__name__}")
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config: expected a numcheck Config, not {type(config).__name__}")
    from numcheck.align import align
    from numcheck.checks.runner import run_checks
    from numcheck.extraction.claims import claim_drafts
    from numcheck.version import __version__

    cfg = _config(config)
    documents: list[Document] = []
    # a Document given is copied with the id and role of its place; a text is read with them
    for i, d in enumerate(drafts):
        if isinstance(d, Document):
            documents.append(d.model_copy(update={"id": f"d{i}", "role": "draft"}))
        else:
            documents.append(read_text(d, "text", f"<draft {i}>", "draft", f"d{i}"))
    for i, s in enumerate(sources):
        if isinstance(s, Document):
            documents.append(s.model_copy(update={"id": f"s{i}", "role": "source"}))
        else:
            documents.append(read_text(s, "text", f"<source {i}>", "source", f"s{i}"))
    fact_claims: list[Claim] = []
    if facts is not None:
        from numcheck.facts import facts_to_claims  # (it imports PyYAML, which a check needs only here)

        fdoc = facts if isinstance(facts, Document) else facts_document(facts)
        fdoc = fdoc.model_copy(update={"id": "f0", "role": "facts"})
        documents.append(fdoc)
        fact_claims = facts_to_claims(fdoc, cfg.pack)

    claims: list[AnyClaim] = []  # drafts (plain objects) until the report makes them Claims
    for doc in documents:
        if doc.role == "facts":
            continue
        claims.extend(claim_drafts(doc, cfg.pack))
    alignment = align(documents, claims, cfg.pack)
    claims.extend(fact_claims)
    findings = run_checks(cfg, documents, claims, alignment)
    claims.extend(alignment.claims)  # figures the extractor leaves out that a copy changed (a year)
    findings = distinct_findings(findings, claims, documents)
    report = Report(
        version=__version__,
        documents=documents,
        claims=_to_file_offsets(claims, documents),
        findings=findings,
    )
    report.summary = Summary(
        errors=sum(f.severity == "error" for f in findings),
        warnings=sum(f.severity == "warning" for f in findings),
        infos=sum(f.severity == "info" for f in findings),
        claims=len(claims),
        documents=len(documents),
    )
    return report


def distinct_findings(
    findings: list[Finding], claims: list[AnyClaim], documents: list[Document]
) -> list[Finding]:
    """One finding per distinct pair of figures, and a fingerprint no other finding of the report has.

    A figure written twice (in the headline and again in the body) pairs with the same other figure
    twice; that is one finding, reported at its first place. Fingerprints (rule + the claims' text)
    that still repeat, in different documents, take the document's path in; then a running number.
    """
    by_id = {c.id: c for c in claims}
    paths = {d.id: d.path for d in documents}

    def text(cid: str) -> tuple[str, str]:
        c = by_id.get(cid)
        return (c.doc, " ".join(c.surface.split())) if c is not None else ("", cid)

    first: dict[tuple[object, ...], Finding] = {}
    out: list[Finding] = []
    rank = {"info": 0, "warning": 1, "error": 2}
    for f in findings:
        key = (f.rule, f.doc, tuple(sorted(text(c) for c in f.claims)))
        kept = first.get(key)
        if kept is None:
            first[key] = f
            out.append(f)
        elif (rank[f.severity], f.confidence) > (rank[kept.severity], kept.confidence):
            # the same two figures, surer at another place: the first place, with the surer judgement
            kept.severity, kept.confidence = f.severity, f.confidence
    taken: set[str] = set()
    for f in out:
        fp = f.fingerprint
        if fp in taken:
            fp = hashlib.sha1(f"{f.fingerprint}|{paths.get(f.doc, f.doc)}".encode()).hexdigest()[:16]
            n = 2
            while fp in taken:
                fp = hashlib.sha1(f"{f.fingerprint}|{paths.get(f.doc, f.doc)}|{n}".encode()).hexdigest()[:16]
                n += 1
            f.fingerprint = fp
        taken.add(fp)
    return out


def _to_file_offsets(claims: list[AnyClaim], documents: list[Document]) -> list[Claim]:
    """The report's Claims: claims carry plain-text offsets internally; the report gives offsets
    into the file's text."""
    docs = {d.id: d for d in documents}
    out = []
    for c in map(as_claim, claims):
        doc = docs.get(c.doc)
        if doc is None or not doc.offsets.plain_starts:
            out.append(c)
            continue
        start = doc.offsets.to_original(c.start)
        end = doc.offsets.to_original(c.end - 1) + 1 if c.end > c.start else start
        out.append(c.model_copy(update={"start": start, "end": end, "surface": doc.original[start:end]}))
    return out


def check_paths(
    drafts: Sequence[str | Path],
    sources: Sequence[str | Path] = (),
    facts: str | Path | None = None,
    config: Config | None = None,
) -> Report:
    """check() on files: the shape the CLI and `scan` use."""
    from numcheck.read import read_path

    draft_docs = [read_path(p, "draft", f"d{i}") for i, p in enumerate(drafts)]
    source_docs = [read_path(p, "source", f"s{i}") for i, p in enumerate(sources)]
    facts_doc = None
    if facts is not None:
        fp = Path(facts)
        try:
            text = fp.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise InputError(f"{fp}: no such file") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{fp}: cannot read ({exc})") from exc
        facts_doc = facts_document(text, str(fp))
    return check(draft_docs, source_docs, facts_doc, config)
