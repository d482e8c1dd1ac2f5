"""Issue 10: "gave" reports a figure only when "as" follows its object.

"The ministry gave the toll as 40" and "her papers gave her age as 30" tell what a source put down;
"the goal gave the club its fourth win in seven games" and "prosecutors said Vale gave out pills to
patients in five towns" tell of a thing handed over, and the one who gave it is no source: the figure
stays with the writer, or with the speaker whose words hold it (`as_cues` in rules/attribution.yaml).
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_toll_given_as_a_figure_names_its_giver() -> None:
    text = "The health ministry gave the toll as 40 on Sunday evening."
    assert source_of(text, "40") == "The health ministry"


def test_a_toll_given_with_of_names_its_giver() -> None:
    text = "An interior ministry official gave a death toll of 52 on Sunday."
    assert source_of(text, "52") == "An interior ministry official"


def test_a_thing_given_is_the_writers_account() -> None:
    text = "The late goal gave the Harbour club its fourth win in seven games."
    assert source_of(text, "seven") is None


def test_a_thing_given_inside_a_speakers_words_stays_the_speakers() -> None:
    text = "Prosecutors said Vale gave out pills to patients from five towns in the valley."
    assert source_of(text, "five") == "Prosecutors"


def test_a_court_giving_time_is_not_a_source() -> None:
    text = "The judge ordered the firm to repay its customers and gave it 30 days to change its ways."
    assert source_of(text, "30 days") is None
