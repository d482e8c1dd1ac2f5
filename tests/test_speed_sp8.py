"""Round SP8: extraction fills plain claim drafts (models.ClaimDraft) and hands back pydantic
Claims. A draft's claim is the claim validation makes, a draft refuses a field claims do not have,
and extraction's claims are Claim models; the stages after extraction pass drafts on, and the
report holds Claims. Sentences are our own."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.models import SI, Claim, ClaimDraft, as_claim, claim_draft, with_fields

_VALUES = dict(
    doc="d0",
    value=12.0,
    kind="quantity",
    unit="kilometre",
    si=SI(12000.0, 12000.0, 12000.0, "meter", "[length]"),
    measurand="distance",
    sentence=1,
)


def test_a_drafts_claim_is_the_claim_validation_makes() -> None:
    draft = claim_draft(4, 9, "12 km", **_VALUES)
    draft.event = "run"  # set as extraction sets a feature
    draft.subjects = ["runners"]
    assert draft.dimension == "[length]"
    made = draft.claim()
    validated = Claim(start=4, end=9, surface="12 km", event="run", subjects=["runners"], **_VALUES)  # type: ignore[arg-type]
    validated.share_fields_set()
    assert type(made) is Claim
    assert made == validated
    assert list(made.__dict__) == list(validated.__dict__)
    assert made.model_dump_json() == validated.model_dump_json()
    assert made.model_fields_set == validated.model_fields_set
    assert made.dimension == draft.dimension


def test_a_draft_without_a_quantity_has_no_dimension() -> None:
    assert claim_draft(0, 2, "40", kind="count").dimension is None


def test_a_draft_refuses_a_field_claims_do_not_have() -> None:
    with pytest.raises(TypeError, match="no field 'colour'"):
        claim_draft(0, 1, "1", colour="red")
    draft = claim_draft(0, 1, "1")
    draft.colour = "red"  # a plain object takes it; the claim made from it does not
    with pytest.raises(TypeError, match="colour"):
        draft.claim()


def test_extraction_hands_back_claim_models_with_their_features() -> None:
    text = "The ferry carried 240 passengers across the bay on Tuesday, the operator said."
    claims = numcheck.extract(text)
    assert [type(c) for c in claims] == [Claim]
    assert not isinstance(claims[0], ClaimDraft)
    assert claims[0].surface == "240" and claims[0].id == "d0c0"
    assert claims[0].counts == "passenger"
    assert claims[0].source == "the operator"


def test_a_copy_with_fields_is_of_the_claims_own_kind_and_leaves_it_as_it_was() -> None:
    draft = claim_draft(0, 3, "7 %", kind="percent", direction="up", heads=["rate"])
    copied = with_fields(draft, direction="down", heads=["fall"])
    assert type(copied) is ClaimDraft and copied is not draft
    assert (copied.direction, copied.heads, copied.surface) == ("down", ["fall"], "7 %")
    assert (draft.direction, draft.heads) == ("up", ["rate"])
    model = claim_draft(0, 3, "7 %", kind="percent", direction="up").claim()
    assert with_fields(model, direction="down") == model.model_copy(update={"direction": "down"})
    with pytest.raises(TypeError, match="no field 'colour'"):
        with_fields(draft, colour="red")


def test_as_claim_makes_a_draft_a_claim_and_leaves_a_claim_as_it_is() -> None:
    model = Claim(start=0, end=1, surface="5")
    assert as_claim(model) is model
    assert type(as_claim(claim_draft(0, 1, "5"))) is Claim


def test_a_checks_report_holds_claim_models_with_their_si_fields() -> None:
    text = "The trail is 12 km long. Walkers say the 12 km trail takes four hours."
    report = numcheck.check(text)
    assert report.claims and all(type(c) is Claim for c in report.claims)
    km = [c for c in report.claims if c.dimension == "[length]"]
    assert km and km[0].si_value == 12000.0


def test_a_draft_reads_every_computed_field_a_claim_has() -> None:
    draft = claim_draft(0, 5, "3 km", value=3.0, kind="quantity", unit="kilometer")
    for name in Claim.model_computed_fields:
        assert hasattr(type(draft), name), name


def test_a_draft_missing_a_field_is_refused_when_made_a_claim() -> None:
    draft = claim_draft(0, 1, "1")
    del draft.__dict__["hedge"]
    with pytest.raises(TypeError, match="missing \\['hedge'\\]"):
        draft.claim()
