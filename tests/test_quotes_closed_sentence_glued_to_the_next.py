"""Issue 10: a quotation that ends its own sentence ('... devastating."') with the next sentence
glued on by a lost space after the mark ('devastating."?Officers picked up ...' or
'devastating."Officers ...') is not credited to a cue in that glued-on sentence unless the sentence
only credits it ('..."Ruiz said.'): "Officers picked up the dog after a complaint, spokesman Tom
Reyes said" is a new statement, and the quotation keeps the speaker before it.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_glued_new_statement_does_not_take_the_quotation() -> None:
    text = (
        '"Max is one of the family," Ana Ruiz said. "We have had him for 10 years. It is '
        'devastating."?Officers picked up the dog after a complaint, spokesman Tom Reyes said.'
    )
    assert source_of(text, "10 years") == "Ana Ruiz"


def test_a_glued_credit_still_credits() -> None:
    text = 'The council met in May. "We have had him for 10 years."?Ana Ruiz said.'
    assert source_of(text, "10 years") == "Ana Ruiz"
