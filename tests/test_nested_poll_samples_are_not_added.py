"""A poll's samples listed under the people asked ("1,200 adults, including 1,050 registered voters
and 890 likely voters") are nested, each among the one before (rules/relations.yaml
parts.nested_samples): their sum means nothing and NC501 does not add them. Each is still at most
the whole, and parts that are not nested ("750 men and 690 women") are still added."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_nested_samples_are_not_added() -> None:
    text = "The survey reached 1,200 adults, including 1,050 registered voters and 890 likely voters."
    assert nc501(text) == []


def test_a_nested_sample_larger_than_the_whole_is_still_found() -> None:
    text = "The survey reached 1,200 adults, including 1,350 registered voters and 890 likely voters."
    assert nc501(text) == ["the part 1,350 is more than its whole 1,200"]


def test_parts_that_are_not_nested_are_still_added() -> None:
    text = "The survey reached 1,200 adults, including 750 men and 690 women."
    assert nc501(text) == ["the parts 750 + 690 add up to 1,440, more than the whole 1,200"]
