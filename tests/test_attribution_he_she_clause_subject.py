"""Issue 10: "he" or "she" stands for the person named as the subject a recent sentence or clause
opens with, also when a title stands before the name (capitalised words and a word of
`described_people`: "Harbour Ward candidate Mara Quist") or a fronted phrase and a comma ("On
Friday, Tom Reyes backed ...") come first (`sources._clause_subject`); not a name after a verb or a
preposition, in apposition ("..., his rival, Ana Ruiz.") or inside a quotation. A person a pronoun
stood for is not the one the other pronoun stands for ("he" for Tom Reyes, then "she explains" is
someone else's). A company's "Ltd.", "Inc." or "Corp." ends its sentence before a sentence opener
("... Harbour Goods Ltd. He says ...").
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

import numcheck
from numcheck.extraction.tokens import tokenize


def test_title_with_a_described_word_before_the_subject() -> None:
    text = (
        "A ward candidate said on Monday she was turned away at the count. "
        "Harbour Ward candidate Mara Quist, who was carrying her son, arrived at the hall at noon. "
        "Children under 9 are not let in, she said."
    )
    assert source_of(text, "9") == "Mara Quist"


def test_subject_after_a_fronted_phrase_not_the_name_in_apposition() -> None:
    text = (
        "Lisa Moreno, a pollster, said the race was close. "
        "On Friday, the day he left the race, Tom Reyes backed his old rival, Ana Ruiz. "
        '"Three months ago," he said, "I began this run."'
    )
    assert source_of(text, "Three months") == "Tom Reyes"


def test_name_after_a_verb_is_no_subject() -> None:
    # the slip of the shape still caught: a person named as an object is not what "he" stands for
    text = (
        "Tom Reyes, the harbour master, said the quay was full. "
        "On Friday, the board thanked the crews and Mara Quist for the rescue. "
        '"We lost 12 boats," he said.'
    )
    assert source_of(text, "12") == "Tom Reyes"


def test_name_inside_a_quotation_is_no_subject() -> None:
    text = (
        "Tom Reyes, the harbour master, spoke after the vote. "
        '"Frankly, Ana Ruiz wants 40 more berths and we have none," he said.'
    )
    assert source_of(text, "40") == "Tom Reyes"


def test_she_is_not_the_man_he_stood_for() -> None:
    text = (
        "Prime Minister Tom Reyes spoke on the radio on Monday. "
        "Two new bridges will open next year, he said. "
        "Mara runs a small shop in the port. "
        "She explains that 40 customers came on the first day."
    )
    assert source_of(text, "Two") == "Tom Reyes"
    assert source_of(text, "40") != "Tom Reyes"


def test_he_still_stands_for_the_man_again() -> None:
    text = (
        "Prime Minister Tom Reyes spoke on the radio on Monday. "
        "Two new bridges will open next year, he said. "
        "The port has grown fast. "
        "He said 40 ships docked in May."
    )
    assert source_of(text, "40") == "Tom Reyes"


def test_company_suffix_ends_its_sentence_before_an_opener() -> None:
    text = "Tom Reyes has run Harbour Goods Ltd. He says the firm hired 30 people."
    tk = tokenize(text)
    assert len(tk.sentence_spans) == 2
    assert source_of(text, "30") == "Tom Reyes"
    # not before a name: "Harbour Goods Ltd. Chair Ana Ruiz" is read as before
    claims = numcheck.extract("Sales at Harbour Goods Inc. grew 4 percent, Ana Ruiz said.")
    assert [c.source for c in claims if c.surface == "4 percent"] == ["Ana Ruiz"]


def test_the_person_a_quotation_speaks_of_is_not_its_speaker() -> None:
    text = (
        "Tom Reyes, the harbour master, spoke after the vote on the plan. "
        '"Lisa Moreno wants 40 more berths," he said.'
    )
    assert source_of(text, "40") == "Tom Reyes"
