"""Two more ways a release's figures are not one measurand given two values: a headline's figure
cut short rather than rounded ('$4.63 Million' for '$4,638,215', link.cut_short, measures.yaml
'cut_digits') is that amount; and a figure its sentence tallies up to now without 'since' ('to
date', 'including today's cases': an investigation's or a programme's total, of which the day's
case is one part) is a running total (measures.yaml 'running_totals.tallies', link.running_total).
A swap of digits of the same shapes is still found."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import cut_short, running_total


def serious(text: str) -> list[tuple[str, str]]:
    found = numcheck.check([text]).findings
    return [(f.rule, f.message) for f in found if f.severity.value in {"warning", "error"}]


def settlement(headline_figure: str) -> str:
    return (
        f"Akron Roofer to Pay U.S. {headline_figure} Million, Settling Allegations of False Billing\n\n"
        "An Akron roofer will pay the United States government $4,638,215 to settle allegations of "
        "false billing for roof repairs at federal sites, the Justice Department said on Tuesday."
    )


def test_a_headline_cuts_a_precise_amount_short() -> None:
    assert serious(settlement("$4.63")) == []


def test_a_headline_with_two_digits_swapped_is_still_a_slip() -> None:
    assert [rule for rule, _ in serious(settlement("$4.36"))] == ["NC301"]


def fines(opening: str, total: str = "some $83 million") -> str:
    return (
        "Four Shipping Firms Agree to Pay $38.2 Million in Criminal Fines for Rigging Fuel Surcharges\n\n"
        "Four shipping firms will admit guilt and pay criminal fines of $38.2 million for "
        "rigging fuel surcharges on container cargo, the department said.\n\n"
        f"{opening}, nine firms have admitted guilt and {total} in criminal fines has been "
        "levied in the continuing surcharge probe, said Dana Ruiz, head of the competition office."
    )


@pytest.mark.parametrize("opening", ["Including today's cases", "To date"])
def test_an_investigations_tally_is_not_the_days_case(opening: str) -> None:
    assert serious(fines(opening)) == []


def test_without_the_tally_the_two_voices_differ() -> None:
    assert "NC201" in [rule for rule, _ in serious(fines("Moreover"))]


def test_a_slip_in_the_days_fines_is_still_found() -> None:
    text = (
        "Four Shipping Firms Agree to Pay $38.2 Million in Criminal Fines for Rigging Fuel Surcharges\n\n"
        "Four shipping firms will admit guilt and pay criminal fines of $83.2 million for "
        "rigging fuel surcharges on container cargo, the department said."
    )
    assert [rule for rule, _ in serious(text)] == ["NC301"]


@pytest.mark.parametrize(
    ("short", "full", "cut"),
    [
        ("$2.79 million", "$2,799,462", True),
        ("$2.79 million", "$2,790,000", False),  # no more digits: the same figure, not a cut
        ("$2.97 million", "$2,799,462", False),
        ("$2.8 million", "$2,899,462", False),  # two digits: left to rounding
        ("about $2.79 million", "$2,799,462", False),
    ],
)
def test_what_is_cut_short(short: str, full: str, cut: bool) -> None:
    know = knowledge(_config(None).pack)
    a = numcheck.extract(f"The firm paid {short}.")[0]
    b = numcheck.extract(f"The firm paid {full}.")[0]
    assert cut_short(a, b, know.cut_digits) is cut


def test_to_date_makes_a_running_total() -> None:
    know = knowledge(_config(None).pack)
    text = "The office has recovered $12 million to date."
    c = numcheck.extract(text)[0]
    assert running_total(c, text, know)
    plain = "The office has recovered $12 million."
    assert not running_total(numcheck.extract(plain)[0], plain, know)
