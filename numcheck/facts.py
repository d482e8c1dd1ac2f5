"""Facts files: the desk's reference values, as claims that checks can compare against.

    facts:
      - measurand: North Korean troops in Russia   # what is measured, in words
        value: 10,000 troops                       # a quantity as it would be written
        tolerance: 5%                              # optional; absolute ("200 troops") or relative
        source: US Department of Defense           # optional
        as_of: 2024-11-04                          # optional
        aliases: [North Korean soldiers]           # optional

`value` is read by the same extractor as the drafts, so "19 km", "2.3 million people",
"$95 billion" and "6 reactors" all work. A value with no figure, or with a unit numcheck does not
know, is a ConfigError naming the file and the line.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from numcheck.errors import ConfigError
from numcheck.extraction.knowledge import knowledge, stem
from numcheck.models import Claim, Document, FactsFile
from numcheck.read import read_text
from numcheck.rulepack import RulePack, load_yaml_model


def _fact_lines(text: str) -> list[int]:
    """1-based line of each entry of `facts:`."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if not isinstance(node, yaml.MappingNode):
        return []
    for k, v in node.value:
        if k.value == "facts" and isinstance(v, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in v.value]
    return []


def facts_to_claims(doc: Document, pack: RulePack) -> list[Claim]:
    from numcheck.extraction.claims import extract_claims

    path = Path(doc.path)
    ff = load_yaml_model(path, FactsFile, text=doc.original)
    lines = _fact_lines(doc.original)
    kb = knowledge(pack)
    out: list[Claim] = []
    for n, fact in enumerate(ff.facts):
        where = f"{path}:{lines[n]}" if n < len(lines) else str(path)
        value_text = str(fact.value).strip()
        claims = extract_claims(read_text(value_text, doc_id="fact"), pack)
        claims = [c for c in claims if c.value is not None or c.low is not None]
        if not claims:
            raise ConfigError(f"{where}: fact {fact.measurand!r}: value {value_text!r} has no number")
        c = claims[0]
        rest = value_text[c.end :].strip()
        words_only = all(w.isalpha() for w in rest.replace("-", " ").split())
        if rest and (c.kind == "number" or c.kind != "count" or not words_only):
            raise ConfigError(f"{where}: fact {fact.measurand!r}: unknown unit {rest!r} in {value_text!r}")
        if c.kind == "count":
            c.noun_class = kb.noun_words.get(tuple(rest.lower().split()), c.noun_class)
        lo, hi, slo, shi = _tolerance(fact.tolerance, c, pack, where)
        words = " ".join([fact.measurand, *fact.aliases])
        terms = sorted({stem(w) for w in re.findall(r"[^\W\d_]+", words) if len(w) > 2})
        aspect = None
        for w in re.findall(r"[^\W\d_]+", fact.measurand):
            aspect = kb.aspects.get(stem(w)) or aspect
        out.append(
            c.model_copy(
                update={
                    "id": f"f0c{n}",
                    "doc": "f0",
                    "low": lo,
                    "high": hi,
                    "si": c.si._replace(low=slo, high=shi) if c.si is not None else None,
                    "source": fact.source,
                    "measurand": fact.measurand,
                    "terms": terms,
                    "aspect": aspect,
                    "hedge": None,
                    "event": None,
                    "places": [],
                    "times": [],
                    "start": lines[n] if n < len(lines) else 0,
                    "end": lines[n] if n < len(lines) else 0,
                    "surface": value_text,
                }
            )
        )
    return out


def _tolerance(
    tol: str | None, c: Claim, pack: RulePack, where: str
) -> tuple[float | None, float | None, float | None, float | None]:
    """The fact's interval: its value ± tolerance (relative '5%' or absolute '1 metre')."""
    from numcheck.extraction.claims import extract_claims

    if c.value is None:
        return c.low, c.high, c.si_low, c.si_high
    if not tol:
        return c.low, c.high, c.si_low, c.si_high
    t = str(tol).strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*%", t)
    if m:
        r = float(m.group(1)) / 100
        v, sv = c.value, c.si_value
        return (
            v - abs(v) * r,
            v + abs(v) * r,
            (None if sv is None else sv - abs(sv) * r),
            (None if sv is None else sv + abs(sv) * r),
        )
    tc = extract_claims(read_text(t, doc_id="tol"), pack)
    if not tc or tc[0].value is None:
        raise ConfigError(f"{where}: tolerance {t!r} is neither a percentage nor a quantity")
    d = tc[0]
    if c.kind == "quantity":
        if d.kind != "quantity" or d.dimension != c.dimension or d.si_value is None or c.si_value is None:
            raise ConfigError(f"{where}: tolerance {t!r} is not in the fact's units ({c.unit})")
        width_si = abs(d.si_value)
        factor = c.si_value / c.value if c.value else 1.0
        width = width_si / factor if factor else width_si
        return c.value - width, c.value + width, c.si_value - width_si, c.si_value + width_si
    width = d.value
    return c.value - width, c.value + width, c.si_low, c.si_high
