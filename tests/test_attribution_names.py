"""Issue 10: the full names a surname later stands for are read from runs of capitalised words.

A word in -ing that opens a sentence ("Welcoming Brandt's guests ...") and a pronoun left after a
lost full stop ("... toured Portugal She said ...") are capitalised too, but they are not part of
a person's name: a later "Brandt said" is Brandt's, not "Welcoming Brandt"'s. The sentences are
written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

from numcheck.extraction.attribution import _person_names
from numcheck.extraction.tokens import tokenize


def test_a_verb_in_ing_that_opens_a_sentence_is_not_a_given_name() -> None:
    text = (
        "Welcoming Brandt's first visitors was left to her brother. "
        "Brandt said 40 people came on the opening day."
    )
    assert source_of(text, "40") == "Brandt"


def test_a_name_that_opens_a_sentence_and_recurs_is_still_a_name() -> None:
    text = "Sterling Hale opened the shop in May. Sterling Hale said 40 people came on the first day."
    assert _person_names(tokenize(text), {"he", "she", "it", "they"}).get("Hale") == "Sterling Hale"


def test_a_pronoun_after_a_lost_full_stop_is_not_a_surname() -> None:
    names = _person_names(tokenize("The choir toured Portugal She said every hall was full."), {"she"})
    assert "She" not in names and "Portugal She" not in names.values()


def test_a_plain_two_word_name_is_read() -> None:
    names = _person_names(tokenize("Ines Vidal said 300 tickets were sold."), {"she"})
    assert names == {"Vidal": "Ines Vidal"}


def test_a_mark_a_page_lost_before_a_name_is_no_part_of_it() -> None:
    # '"...,"?Brandt said': the page lost a closing quotation mark and left a question mark
    text = (
        "Anna Brandt leads the party. "
        '"We have a partner in Oslo, but also a rival,"?Brandt said, adding that exports rose 12 percent.'
    )
    assert source_of(text, "12 percent") == "Anna Brandt"


def test_where_a_named_person_is_from_is_no_part_of_their_name() -> None:
    text = '"The arm can lift 40 kilograms," said Tomas Eriksen Holm from the Nordic Robotics Institute.'
    assert source_of(text, "40 kilograms") == "Tomas Eriksen Holm"


def test_a_description_keeps_where_it_is_from() -> None:
    text = "The arm can lift 40 kilograms, said a spokesman from the Nordic Robotics Institute."
    assert source_of(text, "40 kilograms") == "a spokesman from the Nordic Robotics Institute"
