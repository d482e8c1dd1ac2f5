"""A figure that counts its own speakers ('nine customers testified') is not a figure they give:
the speakers' words hold the figure, so it has no voice of its own to disagree with another's."""

from __future__ import annotations

import numcheck
from numcheck.checks.within import named_source


def test_counted_speakers_are_not_the_figures_source() -> None:
    text = (
        "At the hearing, 17 tenants of the building testified that the heating failed every winter. "
        "Four tenants whose leases were cancelled testified that the landlord never returned "
        "their deposits. All 17 tenants testified that they had complained in writing."
    )
    report = numcheck.check([text])
    counts = [c for c in report.claims if c.kind == "count"]
    assert counts and all(named_source(c) is None for c in counts if c.source_span is not None)
    assert [f.rule for f in report.findings if f.rule == "NC201"] == []


def test_a_named_speaker_is_still_a_voice() -> None:
    text = (
        "Police said 14 people were hurt when the bridge railing gave way. "
        "The ambulance service said 19 people were hurt when the bridge railing gave way."
    )
    assert [f.rule for f in numcheck.check([text]).findings if f.rule == "NC201"] == ["NC201"]
