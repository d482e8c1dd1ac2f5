"""A figure that states a difference ("700 percent more likely", "20% higher than in 2015", "$10
billion more than last year") is never the same measurand as a level, however alike their words:
the two are not linked, so no rule sets one against the other.
"""

from __future__ import annotations

import pytest

import numcheck
from numcheck.link import pair_allowed


def inconsistencies(text: str) -> list[numcheck.Finding]:
    return [
        f
        for f in numcheck.check([text]).findings
        if f.rule in {"NC201", "NC301"} and f.severity in {"warning", "error"}
    ]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Flooded homes are 700 percent more likely to be flooded again.", "700 percent"),
        ("Claims were 12% higher than in 2019.", "12%"),
        ("Spending was $3 billion more than the year before.", "$3 billion"),
        ("The party has 31 seats, four fewer than last time.", "four"),
    ],
)
def test_a_figure_before_a_comparative_and_than_is_a_difference(text: str, surface: str) -> None:
    (c,) = [c for c in numcheck.extract(text) if c.surface == surface]
    assert c.change == "delta"


def test_a_share_and_a_difference_cited_to_two_studies_are_never_paired() -> None:
    text = (
        "Almost half of all flooded homes had been flooded before (Rivera, 2019). "
        "Homes flooded once are 700 percent more likely to be flooded again (Okafor et al, 2019)."
    )
    share, difference = numcheck.extract(text)
    assert not pair_allowed(share, difference)
    assert inconsistencies(text) == []


def test_two_levels_of_one_share_from_two_speakers_are_still_found() -> None:
    text = (
        "Almost half of all flooded homes had been flooded before, Rivera said. "
        "But 80 percent of all flooded homes had been flooded before, Okafor said."
    )
    assert [f.rule for f in inconsistencies(text)] == ["NC201"]
