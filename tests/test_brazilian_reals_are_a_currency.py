"""Brazilian reals written in English ("35,000 Brazilian reals", "100 reals") are a currency
(rules/units.yaml currencies BRL), so a dollar figure in brackets after them is their conversion,
never a figure of its own that a second voice gives another value of (NC201), while a conversion
at a rate far from the text's other one is still found (NC401). Sentences written for these
tests."""

from __future__ import annotations

import numcheck


def _flagged(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in numcheck.check(text).findings if f.severity.value != "info"]


def test_two_conversions_of_two_sums_are_no_two_values() -> None:
    text = (
        "A lawyer for the rower, Dana Lee, said early Friday that he would donate 42,000 Brazilian "
        "reals ($12,900) to a charity and leave the country. Police chief Tomas Lima said the rowers "
        "paid 120 Brazilian reals (about US $39) to the station and left."
    )
    claims = {c.surface: c for c in numcheck.extract(text)}
    assert claims["$12,900"].conversion_of is not None
    assert _flagged(text) == []


def test_a_conversion_at_another_rate_is_still_found() -> None:
    text = (
        "The rower agreed to donate 42,000 Brazilian reals ($129,000) to a charity. Earlier the "
        "rowers paid 120 reals (about $39) for the damage."
    )
    assert [r for r, _ in _flagged(text)] == ["NC401"]
