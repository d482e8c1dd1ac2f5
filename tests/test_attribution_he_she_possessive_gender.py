"""Issue 10: "he" or "she" stands for a person named in the possessive as its clause's subject
("Lena Holt's plan is simple. She says ..."), unless the possession is another person ("Holt's
lawyer", "Holt's mother": `possessed_people` and the person words it joins), and not for a
possessive after a verb ("Reyes said Holt's plan ..."); and "she" never stands for a person the text
names after one of `he_titles` ("Mr Reyes"), nor "he" for one named after one of `she_titles`
("Mrs Ruiz"): the pronoun goes to the person before, or to no one (`sources.nearest_person`,
`attribution._pronoun_genders`).
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_possessive_subject_is_the_antecedent() -> None:
    text = (
        "Tom Reyes, the harbour master, said 12 boats sank in the storm. "
        "Lena Holt's plan for the quays is simple. "
        "She says 40 more berths are needed."
    )
    assert source_of(text, "40") == "Lena Holt"


def test_possessive_with_an_apostrophe_alone() -> None:
    text = (
        "Tom Reyes, the harbour master, said 12 boats sank in the storm. "
        "Ana Morris' plan for the quays is simple. "
        "She says 40 more berths are needed."
    )
    assert source_of(text, "40") == "Ana Morris"


def test_possessive_of_another_person_is_not_the_antecedent() -> None:
    # the slip of the shape still caught: "Holt's lawyer" is someone else, the pronoun is not Holt's
    text = (
        "Tom Reyes, the harbour master, said 12 boats sank in the storm. "
        "Lena Holt's lawyer spoke after the hearing. "
        "He says 40 more berths are needed."
    )
    assert source_of(text, "40") != "Lena Holt"


def test_possessive_after_a_verb_is_not_the_antecedent() -> None:
    text = (
        "Tom Reyes, the harbour master, spoke on Monday. "
        "Reyes said Lena Holt's plan was late. "
        "He says 40 more berths are needed."
    )
    assert source_of(text, "40") == "Tom Reyes"


def test_she_is_not_a_man_called_mr() -> None:
    text = (
        "Ana Ruiz, the harbour master, said 12 boats sank in the storm. "
        "Tom Reyes, her deputy, disagreed, and Mr Reyes said 20 boats sank. "
        "She says 40 more berths are needed."
    )
    assert source_of(text, "40") == "Ana Ruiz"


def test_he_still_goes_to_the_man_called_mr() -> None:
    # the slip of the shape still caught: the man's own "he" is his
    text = (
        "Ana Ruiz, the harbour master, said 12 boats sank in the storm. "
        "Tom Reyes, her deputy, disagreed, and Mr Reyes said 20 boats sank. "
        "He says 40 more berths are needed."
    )
    assert source_of(text, "40") == "Tom Reyes"


def test_he_is_not_a_woman_called_mrs() -> None:
    text = (
        "Tom Reyes, the harbour master, said 12 boats sank in the storm. "
        "Ana Ruiz, his deputy, disagreed, and Mrs Ruiz said 20 boats sank. "
        "He says 40 more berths are needed."
    )
    assert source_of(text, "40") == "Tom Reyes"


def test_a_surname_after_both_titles_is_unread() -> None:
    # "Mr and Mrs Holt": two people of one surname, no pronoun is ruled out
    text = (
        "Mr and Mrs Holt run the ferry. "
        "Tom Holt said 12 boats sank in the storm. "
        "He says 40 more berths are needed."
    )
    assert source_of(text, "40") == "Tom Holt"


def test_a_relative_of_the_same_surname_is_not_the_person() -> None:
    # "his wife Vivian Reyes" says nothing of Tom Reyes; nor does a kin word ending a sentence
    text = (
        "Tom Reyes, the harbour master, spoke on Monday with his wife Vivian Reyes beside him. "
        "He spoke of his daughter. Reyes said the storm was the worst he had seen. "
        "He says 40 more berths are needed."
    )
    assert source_of(text, "40") == "Tom Reyes"


def test_a_chain_of_the_pronoun_reaches_back() -> None:
    # sentences that name no one and speak of "him" go on with the same person
    text = (
        "Ana Ruiz, the harbour master, said 12 boats sank in the storm. "
        "Tom Reyes runs the boatyard on the north quay. "
        "He sleeps in a loft above the slipway. "
        "In his view the quay is too short. "
        "The tide comes in fast there. "
        '"We need 40 more berths," he says.'
    )
    assert source_of(text, "40") == "Tom Reyes"


def test_a_chain_stops_at_a_sentence_naming_someone() -> None:
    # the slip of the shape still caught: a sentence naming another person ends the chain
    text = (
        "Tom Reyes runs the boatyard on the north quay. "
        "He sleeps in a loft above the slipway. "
        "Pablo Ortiz, his neighbour, said 12 boats sank in the storm. "
        "The tide comes in fast there. "
        "Its wall is low. "
        '"We need 40 more berths," he says.'
    )
    assert source_of(text, "40") != "Tom Reyes"


def test_a_name_with_a_suffix_is_its_surname_too() -> None:
    text = (
        "Ana Ruiz, the harbour master, said 12 boats sank in the storm. "
        "The yard belongs to Tom Reyes Jr. of Lakeside. "
        "Reyes also admitted that the quay was too short. "
        "He further admitted that 40 berths were never built."
    )
    assert source_of(text, "40") == "Tom Reyes Jr"


def test_a_chain_does_not_pass_another_speaker() -> None:
    # a source named between may be whom the pronoun stands for: the chain does not reach past it
    text = (
        "Ana Ruiz, the harbour master, said 12 boats sank in the storm. "
        "Pablo Ortiz in Lakeside has posted pictures of the quay. "
        '"It was the north wall," a volunteer diver told reporters. '
        "He is from the next village. "
        '"We need 40 more berths," he says.'
    )
    assert source_of(text, "40") != "Pablo Ortiz"
