"""NC201 takes its severity only at or above the scorer's lowest reliability bin (rules/judgement.yaml
thresholds; bench/fit_judgement.py FLOOR): two voices' figures scored below it are almost never one
measurand, and are reported as info."""

from __future__ import annotations

from numcheck.api import _config
from numcheck.checks.runner import _min_confidence
from numcheck.rulepack import load_pack


def test_nc201_has_a_floor() -> None:
    assert load_pack(None).judgement.thresholds["NC201"] >= 0.05


def test_a_desk_setting_overrides_the_floor() -> None:
    cfg = _config(None)
    assert _min_confidence(cfg, 0.0, "NC201") == 0.0
    assert _min_confidence(cfg, None, "NC201") >= 0.05
