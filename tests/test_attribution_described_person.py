"""Issue 10: a source that describes a person by trade or standing ("the economist", "the harbour
chief", "the Ohio Democrat"; `described_people` in rules/attribution.yaml) stands for the person
named as the source just before it, within a few sentences, as a writer varies one speaker's credit
(`attribution._described_person`). Not when another source or another person in full is named
between, when the person is named in the description's own sentence, when the description has a
possessive ("the agency's economist": someone of that body's), when its word is used between for
someone else, or when the source before is no person by name.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_description_after_a_named_speaker_is_that_speaker() -> None:
    text = (
        '"Rents rose 9 percent in the spring," said Lena Holt, who teaches at the port college. '
        '"Wages rose 2 percent," the economist added.'
    )
    assert source_of(text, "2 percent") == "Lena Holt"


def test_description_with_a_capitalised_word_before_its_head() -> None:
    text = (
        "Harbour Board chair Piotr Ortiz said the quay would reopen in May. "
        "The work will cost 4 million euros, the Board chief said."
    )
    assert source_of(text, "4 million euros") == "Piotr Ortiz"


def test_first_name_of_a_speaker_is_resolved_to_the_full_name() -> None:
    text = (
        "Police Commissioner Amir Haddad Rahimi told reporters the men had been arrested. "
        "Amir said the two men had flown in from Lisbon. "
        "Nine other suspects are still sought, the police chief said."
    )
    assert source_of(text, "Nine") == "Amir Haddad Rahimi"


def test_another_source_between_is_not_passed_over() -> None:
    text = (
        '"Rents rose 9 percent in the spring," said Lena Holt. '
        "The city housing office said it had no figures of its own. "
        '"Wages rose 2 percent," the economist added.'
    )
    assert source_of(text, "2 percent") != "Lena Holt"


def test_description_word_used_between_for_someone_else() -> None:
    text = (
        '"Rents rose 9 percent in the spring," said Lena Holt. '
        "A second economist at the college disagreed sharply. "
        '"Wages rose 2 percent," the economist added.'
    )
    assert source_of(text, "2 percent") != "Lena Holt"


def test_possessive_description_is_someone_else() -> None:
    text = (
        "Lena Holt said the harbour fees would stay the same this year. "
        "Fees at the north quay will rise 5 percent, the ministry's economist said."
    )
    assert source_of(text, "5 percent") != "Lena Holt"


def test_description_after_an_organisation_stays_as_written() -> None:
    text = (
        "The Harbour Board said the quay would reopen in May. "
        "The work will cost 4 million euros, the economist said."
    )
    assert source_of(text, "4 million euros") == "the economist"


def test_description_too_far_after_the_speaker_stays_as_written() -> None:
    text = (
        "Lena Holt said the harbour fees would stay the same this year. "
        + "The quay was built in 1910. It was widened in 1950. Ferries stopped in 1980. "
        + "Yachts came later. A cafe opened by the steps. "
        + "Fees at the north quay will rise 5 percent, the economist said."
    )
    assert source_of(text, "5 percent") == "the economist"


def test_another_person_named_in_full_between_is_not_passed_over() -> None:
    text = (
        '"We lost 3 games in a row," said Lena Holt. '
        "It was the last match of the season for Mira Kowal. "
        '"I played 90 games," the striker said.'
    )
    assert source_of(text, "90") == "the striker"


def test_a_person_named_in_the_same_sentence_is_not_the_description() -> None:
    text = (
        "The board met on Monday. Lena Holt's claims that the quay loses money should be based on "
        "facts, the economist said, adding that it made 40 million euros in May."
    )
    assert source_of(text, "40 million euros") == "the economist"
