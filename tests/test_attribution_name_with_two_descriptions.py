"""Issue 10: a speaker named with two descriptions set off by commas before the cue ("Ana Ruiz, of
the council, one of its founders, said"; "Tom Lee, of Channel Four, a father of three, stated, "..."")
is the subject of the cue, as a name with one description ("Fatima Schmidt, a senior economist,
said") already was; before, the second description hid the name. A name inside the first
description is not taken for the subject ("Ana Ruiz, a lawyer at Lake Bank, ..."). The sentences
are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_of_a_body_then_one_of_its_founders() -> None:
    text = "Ana Ruiz, of the council, one of its founders, said the hall was 95 years old."
    assert source_of(text, "95 years") == "Ana Ruiz"


def test_of_a_named_outlet_then_a_description_before_a_quotation() -> None:
    text = 'Tom Lee, of Channel Four, a father of three, stated, "The pier was a gift. It is 120 years old."'
    assert source_of(text, "120 years") == "Tom Lee"


def test_two_descriptions_with_an_article() -> None:
    text = "Ana Ruiz, a lawyer, a mother of two, said the hall was 95 years old."
    assert source_of(text, "95 years") == "Ana Ruiz"
