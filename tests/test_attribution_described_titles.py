"""Issue 10: a description or a long title resolved to the name the text gave (round AT60).

- "the envoy" (attribution.yaml `described_titles`) after a speaker named just before stands for
  that speaker, as "the economist" does, when no one was named with the title ("Envoy Ana Ruiz").
- A body's name that runs into a person's ("... the European Union Tom Berger", "the Criminal
  Division Mara J. Ellison") gives the person's name when the text writes the surname alone
  elsewhere; a body's name with no person in it stays whole.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_envoy_is_the_speaker_named_just_before() -> None:
    text = (
        "Talks on the loan stalled again, the bloc's envoy to the Harbour Union Tom Berger said. "
        '"We will win this case," Berger said. "They want delay," the envoy said, adding that the '
        "debt stood at $3 billion.\n"
    )
    assert source_of(text, "$3 billion") == "Tom Berger"


def test_a_title_held_by_someone_named_with_it_stays_theirs() -> None:
    text = (
        "Trade Minister Ana Ruiz opened the session. Tom Berger said the talks were over. "
        '"We will wait," the minister said, adding that the debt stood at $3 billion.\n'
    )
    assert source_of(text, "$3 billion") == "Ana Ruiz"


def test_the_president_is_not_taken_for_the_speaker_before() -> None:
    text = (
        'Tom Berger said the talks were over. "We will wait," the president said, adding that the '
        "debt stood at $3 billion.\n"
    )
    assert source_of(text, "$3 billion") == "the president"


def test_a_long_title_with_a_body_in_it_is_cut_to_the_name() -> None:
    text = (
        "Assistant Attorney General for the Criminal Division Mara J. Ellison announced that "
        "eight people were charged in 11 cases. Ellison thanked the agents.\n"
    )
    assert source_of(text, "eight") == "Mara J. Ellison"


def test_a_body_with_no_person_in_it_stays_whole() -> None:
    text = (
        "Director of the Harbour Rowing Club Association said 40,000 people came. The Association was glad.\n"
    )
    assert source_of(text, "40,000") == "Director of the Harbour Rowing Club Association"


def test_a_description_is_the_person_named_with_it_in_apposition() -> None:
    text = (
        "Tom Berger, the bloc's envoy, arrived on Monday for the talks. "
        "The envoy said the debt stood at $3 billion.\n"
    )
    assert source_of(text, "$3 billion") == "Tom Berger"


def test_a_description_is_the_person_named_right_after_the_word() -> None:
    text = (
        "The harbour board's veteran economist Tom Berger arrived on Monday for the talks. "
        "The economist said the debt stood at $3 billion.\n"
    )
    assert source_of(text, "$3 billion") == "Tom Berger"


def test_a_description_given_to_two_people_stays_as_written() -> None:
    text = (
        "Tom Berger, an economist at the Harbour Bank, and Ana Ruiz, an economist at the Lisbon "
        "Fund, arrived. The economist said the debt stood at $3 billion.\n"
    )
    assert source_of(text, "$3 billion") == "The economist"


def test_another_title_of_the_same_word_is_not_bound() -> None:
    text = (
        "The ban came after Jon Vale, the island's prime minister, spoke on Monday. "
        "The minister said the debt stood at $3 billion.\n"
    )
    assert source_of(text, "$3 billion") == "The minister"


def test_a_lead_description_is_the_person_the_next_sentence_names_with_its_word() -> None:
    text = (
        "A Green candidate in the Harbour Ward election said her six-month-old son was turned away "
        "at the door. Mid-Ward candidate Ana Ruiz, who is a nurse, arrived at noon.\n"
    )
    assert source_of(text, "six-month-old") == "Ana Ruiz"


def test_a_lead_description_stays_when_the_next_sentence_names_no_one_with_its_word() -> None:
    text = (
        "A Green candidate in the Harbour Ward election said her six-month-old son was turned away "
        "at the door. Ana Ruiz, who is a nurse, arrived at noon.\n"
    )
    assert source_of(text, "six-month-old") == "A Green candidate in the Harbour Ward election"


def test_a_title_with_more_words_is_not_taken_for_the_speaker_before() -> None:
    text = (
        'Tom Berger said the talks were over. "We will wait," the Harbour Board budget director '
        "said, adding that the debt stood at $3 billion.\n"
    )
    assert source_of(text, "$3 billion") == "the Harbour Board budget director"
