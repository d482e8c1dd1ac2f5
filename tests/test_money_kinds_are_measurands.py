"""Two amounts of money that name different kinds (a fraud scheme's size and the restitution
ordered, a fine and a settlement's total) are two measurands (rules/measures.yaml,
link.measures_differ): no internal inconsistency, no discrepancy between voices."""

from __future__ import annotations

import numcheck
from numcheck.extraction.knowledge import knowledge
from numcheck.link import measures_differ
from numcheck.rulepack import load_pack


def serious(text: str) -> list[numcheck.Finding]:
    return [f for f in numcheck.check([text]).findings if f.severity.value in {"warning", "error"}]


def test_a_schemes_size_and_restitution_are_not_one_figure() -> None:
    text = (
        "Clinic Manager Sentenced for Part in $4.3 Million Home Care Fraud Scheme\n\n"
        "A clinic manager from Tulsa was sentenced on Friday to 70 months in prison.\n\n"
        "Judge Amy Lorne also ordered the manager to pay $3.4 million in restitution, "
        "jointly with two partners."
    )
    assert [f.rule for f in serious(text) if f.rule in {"NC201", "NC301"}] == []


def test_a_fine_and_the_total_paid_are_not_one_figure() -> None:
    text = (
        "The agency said on Monday that Harlow Pipe Co. is to admit guilt and hand over $4 million "
        "to settle the criminal and civil claims over falsified inspection reports on federally "
        "funded bridges.\n\nAccording to a plea deal filed in court, Harlow Pipe will plead "
        "guilty to a single false-statement count and pay a $750,000 criminal fine."
    )
    assert [f.rule for f in serious(text) if f.rule == "NC201"] == []


def test_kinds_named_on_both_sides() -> None:
    pack = load_pack(None)
    stems = knowledge(pack).measure_stems
    doc = numcheck.check(["A $4.3 million fraud scheme. The court ordered $3.4 million in restitution."])
    a, b = (c for c in doc.claims if c.kind == "money")
    assert measures_differ(a, b, stems)
    assert not measures_differ(a, b, {})  # no kinds known: nothing tells them apart


def test_the_same_kind_in_two_voices_still_differs() -> None:
    text = (
        "Prosecutors said the court imposed a $2.3 million fine on the shipping firm for dumping oil. "
        "The firm's lawyer said the court imposed a $3.2 million fine on the shipping firm for dumping oil."
    )
    assert [f.rule for f in serious(text)] == ["NC201"]
