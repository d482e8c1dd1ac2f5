"""Runs the enabled rules, applies the desk's severities and inline suppressions, orders findings."""

from __future__ import annotations

import hashlib

from numcheck.align import Alignment
from numcheck.checks.base import CheckContext
from numcheck.config import Config
from numcheck.models import AnyClaim, Document, Finding, Severity


def run_checks(
    config: Config, documents: list[Document], claims: list[AnyClaim], alignment: Alignment | None = None
) -> list[Finding]:
    """Every enabled rule over the documents' claims (and the alignment of drafts with sources)."""
    from numcheck.checks.registry import RULES

    ctx = CheckContext(
        config=config,
        documents=documents,
        claims=[c for c in claims if c.doc != "f0"],
        facts=[c for c in claims if c.doc == "f0"],
        alignment=alignment or Alignment(),
    )
    by_id = {c.id: c for c in [*claims, *ctx.alignment.claims]}
    docs = {d.id: d for d in documents}
    findings: list[Finding] = []
    for code, rule in RULES.items():
        setting = config.rule(code)
        if setting.enabled is False:
            continue
        floor = _min_confidence(config, setting.min_confidence, rule.code)
        for f in rule.run(ctx, rule):
            if setting.severity:
                f.severity = Severity(setting.severity)
            need = (
                floor
                if setting.min_confidence is not None
                else _kind_floor(config, rule.code, f, by_id, floor)
            )
            if f.confidence < need:
                f.severity = Severity.info
            if _suppressed(f, by_id, docs):
                continue
            f.fingerprint = fingerprint(f, by_id)
            findings.append(f)
    findings.sort(
        key=lambda f: (
            f.doc,
            min((by_id[c].start for c in f.claims if c in by_id), default=0),
            f.rule,
            f.claims,
        )
    )
    return findings


def _min_confidence(config: Config, configured: float | None, code: str) -> float:
    """The confidence a finding needs for the rule's severity: the desk's setting, else the
    threshold fitted for the rule (judgement.yaml), else none."""
    if configured is not None:
        return configured
    return config.pack.judgement.thresholds.get(code, 0.0)


def _kind_floor(config: Config, code: str, f: Finding, claims: dict[str, AnyClaim], floor: float) -> float:
    """The rule's threshold for a finding whose figures are all of one kind, when judgement.yaml
    sets one for that kind ('NC301 percent'), else `floor`."""
    thresholds = config.pack.judgement.thresholds
    kinds = {claims[c].kind for c in f.claims if c in claims}
    if len(kinds) != 1:
        return floor
    kind = next(iter(kinds))
    if kind == "percentage_point":
        kind = "percent"
    return thresholds.get(f"{code} {kind}", floor)


def _suppressed(f: Finding, claims: dict[str, AnyClaim], docs: dict[str, Document]) -> bool:
    for cid in f.claims:
        c = claims.get(cid)
        if c is None or c.doc not in docs:
            continue
        for start, end, codes in docs[c.doc].suppressions:
            if start <= c.start < end and ("*" in codes or f.rule in codes or f.category.value in codes):
                return True
    return False


def fingerprint(f: Finding, claims: dict[str, AnyClaim]) -> str:
    """A finding's identity that survives moved paragraphs: rule + the claims' surfaces."""
    surfaces = "|".join(claims[c].surface if c in claims else c for c in f.claims)
    return hashlib.sha1(f"{f.rule}|{surfaces}".encode()).hexdigest()[:16]
