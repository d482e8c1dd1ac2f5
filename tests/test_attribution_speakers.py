"""Issue 10: who closes a sentence as its source, in the forms real news writes them.

A cue closing a sentence ("..., X said.") credits the figures before it. These tests pin down
ways of naming X that the reader once missed: kinds of people without a determiner ("relatives
said"), someone described by their kin ("Ana's brother"), a speaker's age, a name's suffix, a list
of offices with abbreviations in brackets, and a cue verb used in a sense that is no saying. The
sentences are written for this file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of

import numcheck


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # kinds of people who tell what they know, without "the" (`groups` in attribution.yaml)
        (
            "A van that hit a kiosk and wrecked two stalls was driven by a cousin, relatives said Tuesday.",
            "two",
            "relatives",
        ),
        (
            "Dora Klein had burns over 60 percent of her body, family members and firefighters said.",
            "60 percent",
            "family members and firefighters",
        ),
        # a description by someone's kin, between commas
        (
            "Ivo Marr lost 30 pounds in jail, Teo Marr, Ivo's uncle, told a local station.",
            "30 pounds",
            "Teo Marr",
        ),
        ("Rural resident Hana Vos, Kim's aunt, said the four were friends.", "four", "Hana Vos"),
        # a speaker's age between commas is part of the words naming them
        ("Lia Berg, 36, said 40 people had queued since dawn.", "40", "Lia Berg"),
        # a name's suffix after a comma ("Jr.") does not start the source
        (
            "A Reno man was sentenced to 46 months in prison, U.S. Attorney Carl B. Dunn, Jr. of the "
            "District of Nevada announced.",
            "46 months",
            "Carl B. Dunn",
        ),
        # offices joined by "and", with abbreviations in brackets: one source, not the last name
        (
            "Two clerks were sentenced to 30 months for a fraud scheme, the Departments of Justice and "
            "Health and Human Services (HHS) announced.",
            "30 months",
            "the Departments of Justice and Health and Human Services",
        ),
        (
            "Two clerks were sentenced to 30 months, the Justice Department and Secret Service (USSS) "
            "announced.",
            "30 months",
            "the Justice Department and Secret Service",
        ),
        # a list of offices closed by ", and": the first one named
        (
            "A grand jury charged Al Roth with one count of fraud, the Justice Department, Internal "
            "Revenue Service (IRS), and Treasury Inspector General for Tax Administration (TIGTA) announced.",
            "one",
            "the Justice Department",
        ),
        # "X claimed to be ill and Y said": Y, not the words after the first cue
        (
            "The jury heard Ms Hale, 41, claimed to be ill and Mr Rook said she had asked him for "
            "900 pounds.",
            "900 pounds",
            "Mr Rook",
        ),
    ],
)
def test_a_closing_or_opening_speaker_is_read_whole(text: str, surface: str, source: str) -> None:
    assert source_of(text, surface) == source


def test_an_official_described_by_the_place_they_serve_is_not_read_as_kin() -> None:
    # "Ivo's uncle" is a private tie; "Lakeland's minister of works" an office of the place, left
    # as before (no source), so the official and the place are never set against each other
    text = "Storms have killed 120 people, Tomas Vik, Lakeland's minister of works, said."
    assert source_of(text, "120") is None


def test_a_month_run_in_from_a_headline_does_not_start_a_speakers_name() -> None:
    text = (
        "Carmaker Lumo posts record sales in January Lumo Group, the country's largest automaker, "
        "reported sales of 323,000 units."
    )
    assert source_of(text, "323,000") == "Lumo Group"


def test_a_list_closed_by_and_whose_items_are_clauses_is_no_list_of_names() -> None:
    text = "Prices rose, wages fell, and Mayor Ada Lund announced 12 new jobs."
    assert source_of(text, "12") == "Ada Lund"


@pytest.mark.parametrize(
    "text",
    [
        "The storm has claimed the life of a 40-year-old driver, police chief Omar Said Lutz said.",
        "The fever has claimed more than 40 lives this year.",
    ],
)
def test_claimed_the_lives_is_no_saying(text: str) -> None:
    claims = numcheck.extract(text)
    assert claims
    assert all(c.source_cue != "claimed" for c in claims)


def test_a_title_after_of_still_names_a_person_after_another_title() -> None:
    # a title after "of" or "and" ("the Departments of Justice and Health") names an office, but
    # "Secretary" before it is still a person's title
    text = "Secretary of State Lena Cruz said 40 people died."
    assert source_of(text, "40") == "Lena Cruz"


def test_an_announcement_credits_its_own_sentence_only() -> None:
    # a press release's lead names who announced it; what follows is the release's narrative
    text = (
        "Ida Moss was sentenced to 40 months in prison, the Justice Department announced. "
        "Moss was also ordered to pay a fine of $7,500."
    )
    assert source_of(text, "40 months") == "the Justice Department"
    assert source_of(text, "$7,500") is None


def test_words_said_after_an_announcement_are_still_the_speakers() -> None:
    text = (
        "Police chief Omar Lutz announced two arrests. Hundreds of officers had joined the search, he said."
    )
    assert source_of(text, "Hundreds of") == "Omar Lutz"


def test_a_name_between_commas_after_a_description_is_the_subject_of_a_later_cue() -> None:
    text = (
        "The city's top police officer, Omar Lutz, called the search large and announced two arrests. "
        "Hundreds of officers had joined it, he said."
    )
    assert source_of(text, "two") == "Omar Lutz"
    assert source_of(text, "Hundreds of") == "Omar Lutz"


def test_a_legal_accounts_paragraph_runs_on_through_sentences_without_figures() -> None:
    text = (
        "According to court documents, Rosa Field ran a refund scheme from her office. She recruited "
        "her nephew to help. They filed more than 900 false returns."
    )
    assert source_of(text, "900") == "court documents"


def test_the_course_of_the_case_ends_a_legal_accounts_run() -> None:
    text = (
        "According to court documents, Rosa Field ran a refund scheme from her office. She recruited "
        "her nephew. Field was convicted of one count of fraud and was sentenced to 37 months."
    )
    assert source_of(text, "one") is None
    assert source_of(text, "37 months") is None


def test_a_reports_run_still_stops_at_a_sentence_without_figures() -> None:
    text = (
        "According to the annual report, sales rose 12 percent. The chain is based in Leeds. "
        "It opened 40 stores last year."
    )
    assert source_of(text, "40") is None


def test_a_subject_in_the_first_person_possessive_is_no_source() -> None:
    text = (
        "Lena Park spoke of her childhood. I was bossy as a two-year-old, which my parents gave me, she said."
    )
    assert source_of(text, "two-year-old") == "Lena Park"


def test_the_subject_of_a_passive_cue_is_what_is_reported_not_who_reports_it() -> None:
    assert source_of("At least 640 pupils were also reported hurt in the storm.", "640") is None
    text = "At least 640 pupils were also reported hurt in the storm, the ministry said."
    assert source_of(text, "640") == "the ministry"
    # a figure among the words of an active cue's subject still counts its speakers
    assert source_of("Two inspectors said the roof would cost $4 million.", "$4 million") == "Two inspectors"


def test_a_town_and_its_state_before_based_stay_in_the_source_named_after_according_to() -> None:
    text = "About 6,000 flights were cancelled, according to the Austin, Texas-based research firm Datalens."
    assert source_of(text, "6,000") == "the Austin, Texas-based research firm Datalens"
    # a comma that ends the name still ends it
    text = "About 6,000 flights were cancelled, according to Datalens, a research firm."
    assert source_of(text, "6,000") == "Datalens"
