"""Round SP3: numcheck's pydantic models are read as plain objects (read_fields_plainly), and
every read still answers as before: a field gives its value, a computed field its value, a
missing name the same AttributeError. Sentences are our own."""

from __future__ import annotations

import sys

import pytest
from pydantic import BaseModel, ConfigDict, PrivateAttr

import numcheck
from numcheck.config import Config
from numcheck.models import SI, Claim, Document, Finding, read_fields_plainly, trusted_claim
from numcheck.rulepack import RulePack, RuleSetting


def test_a_model_given_the_plain_read_no_longer_consults_getattr() -> None:
    class Probe(BaseModel):
        size: int = 3

        def __getattr__(self, name: str) -> object:  # stands for pydantic's hook, made visible
            return "hook"

    probe = Probe()
    assert probe.missing == "hook"  # the hook answers before
    read_fields_plainly(Probe)
    assert probe.size == 3
    with pytest.raises(AttributeError, match="'Probe' object has no attribute 'missing'"):
        probe.missing  # noqa: B018 - the read is the test


def _getattr_slot(cls: type) -> int | None:
    from _ctypes import _SimpleCData, sizeof

    class Pointer(_SimpleCData):
        _type_ = "P"

    return Pointer.from_address(id(cls) + 18 * sizeof(Pointer)).value  # type: ignore[no-any-return]


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="the slot is CPython's")
def test_the_pipeline_models_read_plainly() -> None:
    plain = _getattr_slot(type("Plain", (), {}))
    assert _getattr_slot(BaseModel) != plain  # pydantic's hook
    for model in (Claim, Document, Finding, Config, RulePack, RuleSetting):
        assert model.__getattr__ is BaseModel.__getattr__
        assert _getattr_slot(model) == plain, model
        with pytest.raises(AttributeError, match=f"'{model.__name__}' object has no attribute 'nowhere'"):
            object.__new__(model).nowhere  # noqa: B018


def test_a_claims_fields_read_as_before() -> None:
    text = "The depot hired 42 drivers in March, and 7 of them left by May."
    report = numcheck.check([text])
    claim = report.claims[0]
    dumped = claim.model_dump()
    for name in Claim.model_fields:
        if name != "si":
            assert getattr(claim, name) == dumped[name]
    assert (claim.start, claim.surface, claim.value) == (text.index("42"), "42", 42.0)
    with pytest.raises(AttributeError, match="'Claim' object has no attribute 'nowhere'"):
        claim.nowhere  # noqa: B018
    assert not hasattr(claim, "nowhere")
    assert getattr(claim, "nowhere", "absent") == "absent"
    made = trusted_claim(3, 8, "12 km", value=12.0, si=SI(12000.0, 12000.0, 12000.0, "meter", "[length]"))
    assert (made.si_value, made.si_unit, made.dimension) == (12000.0, "meter", "[length]")


def test_a_model_that_needs_its_getattr_is_refused() -> None:
    class Secret(BaseModel):
        _note: str = PrivateAttr(default="x")

    class Open(BaseModel):
        model_config = ConfigDict(extra="allow")

    for model in (Secret, Open):
        with pytest.raises(TypeError, match="needs pydantic's __getattr__"):
            read_fields_plainly(model)
    assert Secret()._note == "x"
    assert Open(colour="red").colour == "red"  # type: ignore[attr-defined]
