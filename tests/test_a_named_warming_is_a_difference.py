"""A temperature given as the size of a warming is a difference, even after a reading word.

"Limit warming to 2C (3.6F)" and "global warming of 1.5C (2.7F)" state how much the world warms,
so the Fahrenheit figure converts without the 32-degree offset (pint's delta units): 3.6F is right
and 35.6F is the slip (issue 13: "a rise of 3C is a rise of 5.4F, not 37.4F"). Before, the "to" or
"of" right before the figure made it a reading, so the right conversion was flagged and the wrong
one passed. The noun must name the warming itself (rules/relations.yaml
temperature_difference_nouns): "the warming pushed temperatures to 30C (86F)" and "temperatures are
warming to 30C (86F)" are readings. And "by noon" after a pair is a time, not "up by". The sentences
are written for this file.
"""

from __future__ import annotations

import numcheck


def _nc401(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC401"]


def test_a_limit_on_warming_converts_as_a_difference() -> None:
    assert _nc401("The accord aims to limit warming to 2 degrees Celsius (3.6 degrees Fahrenheit).") == []
    assert _nc401("Planners fear that global warming of 1.5C (2.7F) would drown the marshes.") == []
    text = "The aim is to hold the warming of the oceans to 2C (3.6F), a target agreed long ago."
    assert _nc401(text) == []


def test_the_offset_slip_in_a_warming_is_found() -> None:
    (msg,) = _nc401("The accord aims to limit warming to 2 degrees Celsius (35.6 degrees Fahrenheit).")
    assert "difference of 3.6 degrees Fahrenheit" in msg
    (msg,) = _nc401("Planners fear that global warming of 1.5C (34.7F) would drown the marshes.")
    assert "2.7F" in msg


def test_readings_stay_readings() -> None:
    assert _nc401("The warm spell pushed temperatures to 30C (86F) on the coast.") == []
    assert _nc401("Temperatures are warming to 30C (86F) this week.") == []
    assert _nc401("Temperatures warmed to 30C (86F) by noon.") == []
    (msg,) = _nc401("Temperatures warmed to 30C (56F) by noon.")
    assert "86F" in msg
