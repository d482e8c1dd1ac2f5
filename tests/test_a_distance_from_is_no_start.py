"""A "from" of distance is no starting point (round JG26, AllSides extra4b): in "to B ... from A",
a word of relations.yaml change.distance_before_from right before "from" ("a far cry from",
"a long way from") sets B beside a level A it falls short of; A is no level B moved from. "up
from" after the same figures is still read as a change and a direction worded against it still
found."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_far_cry_from_a_request_is_no_start() -> None:
    text = (
        "The council added $40 million for bus shelters, raising the total to $480 million"
        " - a far cry from the almost $3 billion the mayor sought."
    )
    assert nc503(text) == []
    assert nc503("The council raised the total to $480 million, a long way from the $3 billion sought.") == []


def test_up_from_after_the_same_figures_is_still_a_change() -> None:
    text = (
        "The council added $40 million for bus shelters, raising the total to $480 million,"
        " up from the $3 billion the mayor sought."
    )
    assert nc503(text) == ["from $3 billion to $480 million is a fall, not a rise"]
