""" "Tons" is a short ton in US copy, a metric ton in many conversions from kilograms and a long ton
in old British copy (rules/units.yaml unit_senses): a stated conversion holds in any of them, and a
slip of a factor still breaks all three (NC401). Sentences written for these tests."""

from __future__ import annotations

import numcheck


def nc401(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC401"]


def test_kilograms_restated_as_metric_tons_hold() -> None:
    assert nc401("Customs say the ring moved more than 40,000 kilograms (40 tons) of hashish by sea.") == []


def test_kilograms_restated_as_short_tons_hold() -> None:
    assert nc401("Customs say the ring moved 40,000 kilograms (44 tons) of hashish by sea.") == []


def test_a_factor_slip_in_tons_is_still_found() -> None:
    assert nc401("Customs say the ring moved more than 40,000 kilograms (4 tons) of hashish by sea.") != []
    assert nc401("Customs say the ring moved 40,000 kilograms (400 tons) of hashish by sea.") != []


def test_tonnes_keep_their_one_sense() -> None:
    assert nc401("Customs say the ring moved 40,000 kilograms (44 tonnes) of hashish by sea.") != []
