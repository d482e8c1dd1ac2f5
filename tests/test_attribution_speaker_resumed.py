"""Issue 10: a quotation with no speaker of its own, opening its sentence a few sentences after a
named person's quotation, is that person's again when the writer's sentences between name no other
source and either mention that person or name no other person (`quotes._speaker_resumed`). A
source or another person named between may be the new speaker: the quotation is left as before.
(A quotation one or two sentences after the last one, with no source between, was already its
speaker's; these sentences put two or more of the writer's sentences between.)
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

OPENING = '"We sold 40 boats last spring," said Lena Holt. '


def test_quotation_after_the_writer_s_sentences_about_the_speaker() -> None:
    text = OPENING + (
        "The yard opened in 1990 on the north quay. Holt took it over from her uncle in Port Ellen. "
        "The slipways face the Bell Sound. "
        '"In the first year we built 12 hulls and sold none."'
    )
    assert source_of(text, "12") == "Lena Holt"


def test_quotation_after_the_writer_s_sentences_naming_no_one() -> None:
    text = OPENING + (
        "The yard opened in 1990 on the north quay. It employs carpenters and riggers. "
        '"In the first year we built 12 hulls and sold none."'
    )
    assert source_of(text, "12") == "Lena Holt"


def test_another_person_named_between_is_not_passed_over() -> None:
    text = OPENING + (
        "The yard opened in 1990. Next door, Piotr Ortiz runs a sail loft that opened in 1995. "
        '"We cut 30 sails a month in the summer."'
    )
    assert source_of(text, "30") != "Lena Holt"


def test_another_source_between_is_not_passed_over() -> None:
    text = OPENING + (
        "The yard opened in 1990 on the north quay. The harbour board said the quay would close for repairs. "
        '"We need 20 more berths before the winter."'
    )
    assert source_of(text, "20") != "Lena Holt"


def test_a_quotation_inside_a_sentence_is_not_resumed() -> None:
    text = OPENING + (
        "The yard opened in 1990 on the north quay. It employs carpenters and riggers. "
        'Its sign promises "repairs in 24 hours" to every visitor.'
    )
    assert source_of(text, "24 hours") is None
