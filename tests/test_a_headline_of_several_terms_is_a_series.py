"""A headline that gives two prison terms or more ('Jailed for 35 and 51 Months') is rows of the
release's series of terms (one for each defendant), not one figure of the story's own: when the
release gives five terms or more tied by one word, a headline term is not weighed against another
defendant's term on that word (link.series_terms, HEADLINE_SERIES; link.same_lasting). A headline of
one term is still the story's own figure, and its slip is still found."""

from __future__ import annotations

import numcheck


def serious(text: str) -> list[tuple[str, str]]:
    found = numcheck.check([text]).findings
    return [(f.rule, f.message) for f in found if f.severity.value in {"warning", "error"}]


OTHERS = (
    "Three workers of the clinic have also been jailed. On May 2, Ana Ruiz received a prison sentence "
    "of 21 months; on June 9, Luis Mora received a prison sentence of 53 months; on July 1, Eva Lind "
    "received a prison sentence of six months."
)


def test_another_defendants_term_is_not_the_headlines() -> None:
    text = (
        "Sham Tampa Clinic's Owners Sentenced to 35 and 51 Months\n\n"
        "Two Tampa residents who ran a sham rehabilitation clinic were handed prison sentences "
        "of 35 months and 51 months for billing insurers for visits that never took place.\n\n" + OTHERS
    )
    assert serious(text) == []


def test_a_headline_of_one_term_still_meets_its_slip() -> None:
    text = (
        "Sham Tampa Clinic's Owner Sentenced to 35 Months\n\n"
        "A Tampa resident who ran a sham rehabilitation clinic was handed a prison sentence "
        "of 53 months for billing insurers for visits that never took place."
    )
    assert [rule for rule, _ in serious(text)] == ["NC301"]
