"""A programme's running total ('won back $6.3 billion since 2011') is never one case's
figure, and a rate ('6,000 kilograms a month') never a stock or total: inside one document either
and a figure not of its kind are two measurands (rules/measures.yaml 'running_totals' and 'rates';
link.running_total, link.rate). Two precise amounts a slip apart are one amount whatever kinds
their words name (link.precise_slip), and a digit changed or swapped is a slip only at one order of
size (checks/slips.could_slip)."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.api import _config
from numcheck.checks.slips import could_slip
from numcheck.extraction.knowledge import knowledge
from numcheck.link import rate, running_total


def serious(text: str) -> list[tuple[str, str]]:
    found = numcheck.check([text]).findings
    return [(f.rule, f.message) for f in found if f.severity.value in {"warning", "error"}]


def test_a_case_amount_in_the_headline_is_not_the_programmes_running_total() -> None:
    text = (
        "Clinic Chain Pays $6.3 Million to Settle Billing Claims\n\n"
        "A chain of rural clinics will hand over $6.3 million to end accusations of billing Medicaid "
        "for visits that never happened, officials announced on Tuesday.\n\n"
        "Since 2011 the ministry's auditors have clawed back over $6.3 billion from dishonest "
        "suppliers of public health programmes."
    )
    assert serious(text) == []


def test_a_count_of_defendants_is_not_a_task_forces_tally_since_its_launch() -> None:
    text = (
        "Four Defendants Charged in Pharmacy Kickback Plot\n\n"
        "Four pharmacy owners from Dayton were arrested on Wednesday and charged over a plot to pay "
        "doctors for prescriptions.\n\n"
        "Since its launch in May 2008, the regional unit has brought charges against close to 4,000 "
        "defendants, who overbilled insurers by over $4 billion."
    )
    assert serious(text) == []


def test_two_running_totals_still_meet() -> None:
    text = (
        "The fund has paid out $5.8 billion to victims since 2004, its trustee said.\n\n"
        "Since 2004 the fund has handed victims $8.5 billion in all."
    )
    assert [rule for rule, _ in serious(text)] == ["NC301"]


def test_a_monthly_rate_is_not_a_stock_in_another_voice() -> None:
    text = (
        "Police seized more than 60,000 kilograms of heroin from the network over ten years, the interior "
        "minister said on Friday.\n\n"
        "A former courier told the court that the network shipped roughly 6,000 kilograms of heroin a "
        "month through the northern port, the witness said."
    )
    assert serious(text) == []


def test_a_daily_rate_is_no_whole_of_the_figures_pending() -> None:
    text = (
        "The county office handles 70 complaints a day, including 650 complaints still pending from "
        "last winter, the clerk said."
    )
    assert serious(text) == []


@pytest.mark.parametrize(
    ("text", "is_rate"),
    [
        ("The mill burns 300 tonnes of coal a day.", True),
        ("About 4,000 visitors come annually.", True),
        ("The mill burned 300 tonnes of coal in a day.", False),
        ("The mill burned 300 tonnes of coal a year ago.", False),
        ("He was given 300 hours of service and a year of probation.", False),
        ("Output grew 3% a year.", False),
    ],
)
def test_what_reads_as_a_rate(text: str, is_rate: bool) -> None:
    know = knowledge(_config(None).pack)
    [c] = [c for c in numcheck.extract(text) if c.kind != "quantity" or "year" not in (c.unit or "")]
    assert rate(c, text, know) is is_rate


def test_since_a_year_or_a_start_makes_a_running_total_and_since_alone_does_not() -> None:
    know = knowledge(_config(None).pack)
    for text, running in [
        ("The agency has seized 900 boats since its creation in 1998.", True),
        ("The agency has seized 900 boats since 2015.", True),
        ("The museum has lent out 900 paintings since 1887.", True),  # a year of the 1800s counts too
        ("The agency has seized 900 boats since Monday.", False),
        ("The agency seized 900 boats last year, the most since 2011.", False),
        ("The agency seized 900 boats last year.", False),
    ]:
        [c] = numcheck.extract(text)
        assert running_total(c, text, know) is running, text


def test_the_same_precise_amount_a_slip_apart_is_one_amount_whatever_its_kind() -> None:
    text = (
        "Nurse Ordered to Repay Medicaid\n\n"
        "A home nurse was ordered to pay $2,718,453 in restitution on Thursday.\n\n"
        "According to her plea, Medicaid paid about $2,718,435 for visits she never made."
    )
    assert [rule for rule, _ in serious(text)] == ["NC301"]


def test_a_digit_changed_across_a_scale_word_is_no_slip() -> None:
    a, b = numcheck.extract("The firm paid $12.4 million. Recoveries reached $12.5 billion.")
    assert not could_slip(a, b, 1.25, [1, 2, 3, 6])
    c, d = numcheck.extract("The firm paid $12.4 million. It had promised $12.5 million.")
    assert could_slip(c, d, 1.0, [1, 2, 3, 6])
