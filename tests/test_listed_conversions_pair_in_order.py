"""Two figures listed with one unit and converted in parentheses as another list ("53.5 and 58 kg
(118 and 128 pounds)") convert item by item, in order: the first against the first, the second
against the second (checks/conversion.py _pairs; read on the FNC news set after it was scored; the
text is written for this file). A wrong item is still found, against its own counterpart."""

from __future__ import annotations

import numcheck


def conversions(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC401"]


def test_two_listed_weights_convert_in_order() -> None:
    assert conversions("The two prototypes weighed 53.5 and 58 kg (118 and 128 pounds) each.") == []


def test_listed_lengths_with_a_comma_convert_in_order() -> None:
    assert conversions("The planks come in 2, 3 metres (6.6, 9.8 feet) lengths.") == []


def test_a_wrong_second_item_is_found_against_its_own_counterpart() -> None:
    assert conversions("The two prototypes weighed 53.5 and 58 kg (118 and 138 pounds) each.") == [
        "58 kg is about 128 pounds, not 138 pounds"
    ]


def test_a_wrong_item_is_found_when_each_figure_has_its_unit() -> None:
    assert conversions("The sacks held 10 kg and 20 kg (22 and 66 pounds) of rice.") == [
        "20 kg is about 44.1 pounds, not 66 pounds"
    ]


def test_a_single_conversion_after_a_list_is_checked_as_before() -> None:
    assert conversions("The boxes weighed 5 and 58 kg (118 pounds) in all.") == [
        "58 kg is about 128 pounds, not 118 pounds"
    ]
