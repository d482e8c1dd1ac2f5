"""An amount paid on claims, pointed back to ("on those claims"), is a part of the amount the claims
were billed for (rules/relations.yaml parts.paid_on, billed, billed_nouns, billed_alone).
Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations


def _paid(text: str) -> list[tuple[str, list[str]]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    read = [p for p in rel.parts if p.whole is not None and p.cue.endswith(("claims", "bills"))]
    return [(p.whole.surface, [c.surface for c in p.parts]) for p in read if p.whole is not None]


ONE = "The clinic submitted $8.2 million in bogus claims to the insurer, which paid {x} on those claims."
TWO = (
    "From 2011 on, the lab billed the state plan about $3.5 million for tests. "
    "The plan paid {x} for these claims."
)


def test_an_amount_paid_on_billed_claims_is_a_part_of_them() -> None:
    assert _paid(ONE.format(x="$4.1 million")) == [("$8.2 million", ["$4.1 million"])]
    assert found(ONE.format(x="$4.1 million")) == []
    assert _paid(TWO.format(x="$1.9 million")) == [("$3.5 million", ["$1.9 million"])]
    assert found(TWO.format(x="$1.9 million")) == []


def test_a_slip_that_pays_more_than_was_billed_is_found() -> None:
    assert message(ONE.format(x="$41 million")) == "the part $41 million is more than its whole $8.2 million"
    assert message(TWO.format(x="$19 million")) == "the part $19 million is more than its whole $3.5 million"


def test_an_amount_not_billed_or_not_pointed_back_to_is_left_alone() -> None:
    quiet = [
        # no word of billing before the first amount: a loss, not claims
        "The fraud cost the insurer $8.2 million in claims, and it paid $41 million on those claims.",
        # no pointer after the amount paid
        "The clinic submitted $8.2 million in bogus claims, and the insurer paid $41 million in fines.",
        # another amount between: the nearest amount is no bill
        "The clinic submitted $8.2 million in bogus claims and spent $60 million. "
        "It paid $41 million on those claims.",
    ]
    for text in quiet:
        assert _paid(text) == [], text
        assert found(text) == [], text
