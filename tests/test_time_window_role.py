"""A time span that a statement covers ("over the past five years", "for the last two years") is
when something held, not a measurement: its role is "when", so two such spans in different
sources' words are never compared as one figure (NC201). The sentences are written for this file.
"""

from __future__ import annotations

import numcheck


def _role(text: str, surface: str) -> str | None:
    return next(c.role for c in numcheck.extract(text) if c.surface == surface)


def test_over_the_past_years_is_when() -> None:
    text = "Over the past eleven years kayak orders grew twofold, Ana Ruiz said."
    assert _role(text, "eleven years") == "when"


def test_for_the_last_years_is_when() -> None:
    assert _role("Rents have climbed for the last two years, Ana Ruiz says.", "two years") == "when"


def test_a_duration_measured_is_not_when() -> None:
    assert _role("The repairs took five years, the council said.", "five years") != "when"


def test_two_spans_in_two_voices_are_no_discrepancy() -> None:
    text = (
        "Kayak orders rose by 40 percent over the past eleven years, a survey by Harbor Data found. "
        "Canoe sales have slowed for the past nine years, Ana Ruiz, who runs a boatyard in Cork, says."
    )
    report = numcheck.check(text)
    assert not [f for f in report.findings if f.code == "NC201"]
