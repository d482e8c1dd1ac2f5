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


# round RL22: an adjective before the pointer's noun, and "false and fraudulent" before the billed noun
THREE = (
    "The clinic submitted about $9.5 million in bogus and fraudulent claims to the insurer, "
    "and the insurer paid about {x} on those claims."
)
FOUR = (
    "The lab billed the plan $3.1 million in claims for scans. "
    "The plan paid the lab {x} for these bogus claims."
)
FIVE = (
    "The firm submitted $3.3 million in false scooter and supply claims to the plan. "
    "The plan reimbursed the firm {x} on these false claims."
)


def test_an_adjective_or_a_joined_pair_of_them_keeps_the_claims_read() -> None:
    assert _paid(THREE.format(x="$4.2 million")) == [("$9.5 million", ["$4.2 million"])]
    assert _paid(FOUR.format(x="$1.4 million")) == [("$3.1 million", ["$1.4 million"])]
    assert _paid(FIVE.format(x="$1.2 million")) == [("$3.3 million", ["$1.2 million"])]
    for text in (THREE, FOUR, FIVE):
        assert found(text.format(x="$1.0 million")) == [], text


def test_a_slip_in_claims_so_named_is_found() -> None:
    slips = ((THREE, "$42 million", "$9.5"), (FOUR, "$14 million", "$3.1"), (FIVE, "$12 million", "$3.3"))
    for text, slip, whole in slips:
        assert message(text.format(x=slip)) == f"the part {slip} is more than its whole {whole} million"


def test_other_claims_or_an_and_between_clauses_stay_quiet() -> None:
    quiet = [
        # a word that is not one of the adjectives: other claims, not those billed
        "The lab billed the plan $3.1 million in claims for scans. "
        "The plan paid the lab $14 million for these other claims.",
        # "and" joins two clauses, not two words before the noun: the amount names no claims
        "The clinic submitted $9.5 million in invoices and then filed new claims, "
        "and the insurer paid $42 million on those claims.",
    ]
    for text in quiet:
        assert _paid(text) == [], text
        assert found(text) == [], text
