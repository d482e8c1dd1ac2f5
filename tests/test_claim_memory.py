"""A claim's memory: every figure of a long document is a Claim, so its size is the size of a check."""

from __future__ import annotations

import json
import sys

import pytest

import numcheck
from numcheck.models import Claim, Report


def test_a_claim_keeps_its_fields_in_the_small_dict_table() -> None:
    # a dict doubles its table at 43 keys (832 -> 1,584 bytes): one field more would cost a
    # quarter of a claim's memory on every figure of a document
    claim = numcheck.extract("The bridge is 1.2 km long and cost $40 million.")[0]
    assert len(claim.__dict__) <= 42
    assert sys.getsizeof(claim.__dict__) <= 832


def test_a_quantity_reports_its_si_form_as_five_fields() -> None:
    claim = numcheck.extract("The bridge is 1.2 km long.")[0]
    out = claim.model_dump(mode="json")
    assert out["si_value"] == 1200
    assert out["si_low"] <= 1200 <= out["si_high"]
    assert out["si_unit"] == "m"
    assert out["dimension"] == "[length]"
    assert "si" not in out


def test_a_count_has_no_si_form() -> None:
    claim = numcheck.extract("Officials counted 40 ambulances.")[0]
    assert (claim.si_value, claim.si_unit, claim.dimension) == (None, None, None)


def test_a_report_read_back_keeps_the_si_form() -> None:
    report = numcheck.check("The lake covers 30 square miles, or about 78 square kilometres.")
    again = Report.model_validate_json(report.to_json())
    assert again.to_json() == report.to_json()
    lake = again.claims[0]
    assert lake.dimension == "[length] ** 2"
    assert json.loads(again.to_json())["claims"][0]["si_value"] == lake.si_value


def test_a_claim_can_be_given_its_si_form_by_keyword() -> None:
    c = Claim(start=0, end=4, surface="2 km", value=2, si_value=2000, si_unit="meter", dimension="[length]")
    assert c.si is not None and c.si.value == 2000 and c.dimension == "[length]"


def test_assigning_a_claims_field_sets_it_as_pydantic_would_and_an_unknown_name_still_fails() -> None:
    own = Claim(start=0, end=4, surface="2 km")  # a claim validated here keeps its own fields set
    own.event = "built"
    assert own.event == "built" and own.__dict__["event"] == "built"
    assert "event" in own.model_fields_set and "hedge" not in own.model_fields_set
    shared = numcheck.extract("The bridge is 1.2 km long.")[0]  # extraction's: one set shared by all
    shared.event = "built"
    assert shared.model_dump()["event"] == "built"
    with pytest.raises(ValueError):
        own.not_a_field = 1  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        own.si_value = 3.0  # type: ignore[misc]  # a computed field has no setter
