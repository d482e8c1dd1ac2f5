"""Inputs that once broke numcheck (found by the property tests and the fuzzer in bench/fuzz), kept so
that they stay fixed. Each test names what went wrong."""

from __future__ import annotations

import numcheck
from numcheck.config import load_config

CONFIG = load_config(discover=False)


def _interval_ok(text: str) -> None:
    claims = numcheck.extract(text, CONFIG)
    assert claims, text
    for c in claims:
        assert c.surface == text[c.start : c.end]
        if c.value is not None and c.low is not None:
            assert c.low <= c.value, (c.surface, c.low, c.value)
        if c.value is not None and c.high is not None:
            assert c.value <= c.high, (c.surface, c.value, c.high)


def test_more_than_keeps_the_stated_figure_inside_its_interval():
    """'more than 11,000' had low = 11,000.000011 > value = 11,000 (hypothesis, test_properties)."""
    _interval_ok("more than 11,000")
    _interval_ok("Officials said more than 145 drones were fired.")


def test_knowledge_cache_stays_bounded_when_many_packs_are_used():
    """Every distinct rule pack added an entry to extraction's knowledge cache that was never evicted:
    ~0.16 MB a pack, so a process that builds packs (the rule-pack fuzzer) grew without bound."""
    from numcheck.config import Config
    from numcheck.extraction import knowledge

    for _ in range(40):
        pack = CONFIG.pack.model_copy(deep=True)
        numcheck.extract("Russia fired 145 drones.", Config(pack=pack))
    assert len(knowledge._CACHE) <= 16


def test_a_run_on_sentence_of_figures_is_cut_so_per_claim_work_stays_bounded():
    """400 figures in one sentence made every claim scan all 400 neighbours (quadratic: 10,000 figures
    would take half an hour, bench/pathological.py); the tokenizer now cuts such a sentence at a
    clause break past 150 tokens, which no news sentence reaches."""
    from collections import Counter

    text = "Officials listed " + ", ".join(f"{i * 7 % 9973:,} drones" for i in range(400)) + ".\n"
    claims = numcheck.extract(text, CONFIG)
    assert len(claims) == 400
    assert max(Counter(c.sentence for c in claims).values()) <= 150
    assert all(c.surface == text[c.start : c.end] for c in claims)


def test_a_figure_too_big_for_a_float_is_no_claim_and_no_crash():
    """'999…9 (300 digits) trillion trillion dollars' overflowed to inf, and the roundness interval
    took log10(inf): OverflowError (found probing the pathological inputs)."""
    for text in ["9" * 300 + " trillion trillion dollars", "between 5 and " + "9" * 400 + " drones"]:
        report = numcheck.check([text], config=CONFIG)
        assert "Infinity" not in report.to_json() and "NaN" not in report.to_json()
        for c in report.claims:
            assert c.surface == text[c.start : c.end]


def test_a_huge_exponent_is_no_crash():
    """'…6666e66666…' (found by bench/fuzz, fuzz_check, after 35,628 inputs): 10.0 ** 66666 raised
    OverflowError in the reading of powers before the non-finite value could be dropped."""
    for text in [
        "6e666 drones",
        "2x10^999 troops",
        "1.5^99999 people",
        "destroyed 6,837 structure6666e66666s",
    ]:
        report = numcheck.check([text], config=CONFIG)
        assert "Infinity" not in report.to_json()
        for c in report.claims:
            assert c.surface == text[c.start : c.end]
