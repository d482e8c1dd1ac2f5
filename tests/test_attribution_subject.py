"""Issue 10: a quotation with no cue of its own, after a sentence whose subject is a person.

A feature story often names a person as the subject of a sentence that says nothing ("Tomasz
Wierzba's view is different.", "Wierzba still keeps the old ledger.") and then lets them speak
in a quotation that opens the next sentence, with no "he said" anywhere. The quotation is that
person's. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_possessive_subject_speaks_the_quotation_after_it() -> None:
    text = (
        "Tomasz Wierzba joined the orchestra as a boy. Wierzba's memories are clearer. "
        '"I played the viola for 14 years before anyone paid me."'
    )
    assert source_of(text, "14 years") == "Tomasz Wierzba"


def test_a_given_name_as_subject_stands_for_the_whole_name() -> None:
    text = (
        "Odile Maranne runs the ferry office on the quay. Odile still counts the tickets by hand. "
        '"On a good Saturday we sell 900 of them."'
    )
    assert source_of(text, "900") == "Odile Maranne"


def test_a_subject_with_a_description_between_commas() -> None:
    text = (
        "The harvest was poor across the valley. Renata Solberg, another grower, has planted pears "
        'instead. "The apples earned us 3,000 crowns a season, and now almost nothing."'
    )
    assert source_of(text, "3,000") == "Renata Solberg"


def test_a_subject_that_is_no_person_gives_the_quotation_to_nobody() -> None:
    text = (
        "Tomasz Wierzba founded the guild in 1990. The guild trains apprentices every winter. "
        '"It takes 6 years to learn the trade."'
    )
    assert source_of(text, "6 years") is None


def test_words_before_the_quotation_keep_it_the_writers() -> None:
    text = (
        "Odile Maranne runs the ferry office on the quay. Odile still counts the tickets by hand. "
        'The sign on her door promises "tickets for 900 passengers".'
    )
    assert source_of(text, "900") is None


def test_a_quotation_whose_speaker_is_named_keeps_that_speaker() -> None:
    text = (
        "Renata Solberg grows apples. Solberg still keeps the old press. "
        '"We bought it for 200 crowns," said Ivo Brand, her neighbour.'
    )
    assert source_of(text, "200") == "Ivo Brand"
