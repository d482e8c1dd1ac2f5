"""Issue 10: a statement announced without a colon is set out from the next paragraph.

'The harbour authority issued the following statement today about the dredging contract.' names
the statement's author and its occasion and ends with a full stop, not a colon; the paragraphs
after it are the author's statement, as after 'issued the following statement:'. The rest of
the announcing paragraph is still the writer's. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

ANNOUNCED = (
    "Harbour Commissioner Ilse Marwick released the following statement today about the closing of "
    "the dredging inquiry. The commissioner's office has 14 staff.\n\n"
    "In the last 40 years, the port has grown into a hub that handles 9 million tonnes of "
    "cargo a year. The inquiry found no breach of the tender rules.\n"
)


def test_the_statement_after_an_announcement_without_a_colon_is_its_author_s() -> None:
    assert source_of(ANNOUNCED, "40 years") in {"Ilse Marwick", "Harbour Commissioner Ilse Marwick"}
    assert source_of(ANNOUNCED, "9 million tonnes") in {"Ilse Marwick", "Harbour Commissioner Ilse Marwick"}


def test_the_rest_of_the_announcing_paragraph_is_the_writer_s() -> None:
    assert source_of(ANNOUNCED, "14") is None


def test_following_without_a_statement_word_announces_nothing() -> None:
    text = (
        "The ferry company said the following week would be busy.\n\n"
        "In the last 40 years, the crossing has carried 9 million passengers.\n"
    )
    assert source_of(text, "40 years") is None


PAR_AFTER_COLON = (
    "Dario Fenn, 52, admitted the fraud on Monday. According to his plea agreement with the county:\n\n"
    "In 2019, Fenn opened 12 accounts at a bank in Tarn. He moved $40,000 through them.\n\n"
    "Fenn could be sentenced to as much as 20 years.\n"
)


def test_a_paragraph_after_a_source_and_a_colon_is_the_source_s() -> None:
    assert source_of(PAR_AFTER_COLON, "12") == "his plea agreement with the county"
    assert source_of(PAR_AFTER_COLON, "$40,000") == "his plea agreement with the county"


def test_the_paragraph_after_that_is_the_writer_s_again() -> None:
    assert source_of(PAR_AFTER_COLON, "20 years") is None


def test_a_quotation_opening_the_paragraph_after_said_and_a_colon_is_the_speaker_s() -> None:
    text = (
        "The harbour master spoke to reporters on the quay. Ilse Marwick said:\n\n"
        '"We turned away 40 ships this winter. The pilots worked 16-hour shifts."\n\n'
        "The quay was built with 3 cranes.\n"
    )
    assert source_of(text, "40") == "Ilse Marwick"
    assert source_of(text, "16-hour") == "Ilse Marwick"
    assert source_of(text, "3") is None


def test_a_quoted_statement_goes_on_past_its_first_paragraph() -> None:
    text = (
        "Harbour Commissioner Ilse Marwick issued the following statement about the closing of the "
        'inquiry:\n\n"The inquiry took nine months."\n\n'
        '"In the last 40 years, the port has grown to handle 9 million tonnes a year."\n'
    )
    assert source_of(text, "40 years") in {"Ilse Marwick", "Harbour Commissioner Ilse Marwick"}
