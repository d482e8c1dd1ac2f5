"""A figure its own words mark as another payer's, charge's or case's ('paid an additional $40
million', 'in a separate scheme', 'to settle a previous matter', a sentence opening 'In addition,'
or 'In a related case,') is never the restatement of a figure the text does not so mark: inside one
document the two are two measurands (rules/measures.yaml 'other_matters'; link.another_matter).
Two marked figures still meet, and so do two precise amounts a slip apart (link.precise_slip)."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import another_matter


def serious(text: str) -> list[tuple[str, str]]:
    found = numcheck.check([text]).findings
    return [(f.rule, f.message) for f in found if f.severity.value in {"warning", "error"}]


def test_an_additional_payment_is_not_the_headline_total() -> None:
    text = (
        "Pump Maker Pays $4.2 Billion to Resolve Claims Over Surgeon Rewards\n\n"
        "A maker of infusion pumps agreed on Monday to hand over $3.8 billion to settle claims that it "
        "inflated the prices it charged veterans' hospitals.\n\n"
        "The maker paid an additional $420 million to resolve claims it had rewarded surgeons for "
        "choosing its pumps."
    )
    assert serious(text) == []


def test_a_sum_admitted_in_a_separate_scheme_is_not_the_scheme_of_the_headline() -> None:
    text = (
        "Two Recruiters Jailed for Roles in $90 Million Clinic Scheme\n\n"
        "Two recruiters who steered patients to a sham clinic were jailed for their roles in a $90 "
        "million Medicare fraud scheme, the FBI and the health department announced today.\n\n"
        "Ortega also admitted to causing $9.4 million in false bills to Medicare under a separate "
        "home care scheme."
    )
    assert serious(text) == []


def test_an_earlier_settlement_is_not_this_one() -> None:
    text = (
        "Dentist to Pay $2.4 Million to End Billing Case\n\n"
        "A dentist from Tulsa has agreed to pay $2.4 million to end claims that he billed for crowns "
        "he never fitted.\n\n"
        "In 2009 the dentist paid over $4.2 million to settle a previous billing case brought by "
        "the state."
    )
    assert serious(text) == []


def test_a_sentence_opening_in_a_related_case_holds_other_terms() -> None:
    text = (
        "Courier Jailed for 29 Months in Pill Mill Case\n\n"
        "A courier for a pill mill in Orlando was jailed on Thursday for 29 months.\n\n"
        "In a related case, the mill's two owners were jailed for 92 months each last spring."
    )
    assert serious(text) == []


def test_two_mentions_of_one_additional_amount_still_meet() -> None:
    text = (
        "The maker paid an additional $420 million to resolve claims it had rewarded surgeons for "
        "choosing its pumps.\n\n"
        "Of the additional $240 million paid to resolve claims about the surgeons, half goes to the "
        "states."
    )
    assert [rule for rule, _ in serious(text)] == ["NC301"]


def test_a_precise_restitution_slip_is_still_found_across_the_mark() -> None:
    text = (
        "Clerk Ordered to Repay $3,518,274 Taken from Pension Fund\n\n"
        "A former clerk of a pension fund was jailed for five years on Friday for stealing from its "
        "members.\n\n"
        "In addition, the judge ordered the clerk to repay $3,518,247 to the fund."
    )
    assert [rule for rule, _ in serious(text)] == ["NC301"]


def test_an_unmarked_slip_of_the_same_shape_is_still_found() -> None:
    text = (
        "Pump Maker Pays $420 Million to End Surgeon Payments Probe\n\n"
        "The maker of infusion pumps paid $240 million to resolve claims it had rewarded surgeons "
        "for choosing its pumps, the department said."
    )
    assert [rule for rule, _ in serious(text)] == ["NC301"]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("The firm paid an additional $5 million to the state.", True),
        ("He admitted to another $60,000 in false invoices.", True),
        ("She paid $1 million to settle a previous case.", True),
        ("In addition, the firm will pay $5 million to the state.", True),
        ("In a related case, two owners got 70 months.", True),
        ("Separately, the firm paid $5 million to the state.", True),
        ("As previously announced, the firm paid $5 million to the state.", False),
        ("The firm paid $5 million to the state, in addition to a fine.", False),
        ("The firm paid $5 million to the state.", False),
    ],
)
def test_what_marks_another_matter(text: str, marked: bool) -> None:
    know = knowledge(_config(None).pack)
    claims = [c for c in numcheck.extract(text) if c.kind in {"money", "quantity", "count"}]
    assert claims
    assert another_matter(claims[0], text, know) is marked
