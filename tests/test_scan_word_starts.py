"""Extraction passes over a word that starts nothing with one set lookup; every kind of word that can
start a figure still does (a lone vulgar fraction, an occasion word, a vague phrase, a number word,
"a"), and the feature readers' shortcuts (the sentence's dates, the cue phrases by their first word)
find what the full reading found."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The batter takes ½ cup of rye flour.", "½ cup", 0.5, "cup"),  # one character, not ASCII
        ("The lift broke down twice in April.", "twice", 2.0, "time"),  # an occasion word
        ("Dozens of kayaks were swept out to sea.", "Dozens of", None, "kayak"),  # a vague phrase
        ("Nine kayaks were swept out to sea.", "Nine", 9.0, "kayak"),  # a number word
        ("The barge carried a hundred sheep.", "a hundred", 100.0, "sheep"),  # "a"
    ],
)
def test_a_word_that_can_start_a_figure_still_starts_one(
    text: str, surface: str, value: float | None, unit: str
) -> None:
    (c,) = numcheck.extract(text)
    assert (c.surface, c.value, c.unit) == (surface, value, unit)


def test_the_words_that_start_something_are_made_once_per_knowledge() -> None:
    kb = knowledge(_config(None).pack)
    words = kb.word_starts
    assert knowledge(_config(None).pack).word_starts is words
    assert {"twice", "dozens", "nine", "a"} <= words and "kayaks" not in words


def test_a_claim_without_a_date_in_its_clause_takes_the_dates_of_its_sentence() -> None:
    (c,) = numcheck.extract("In May 2021, after the storm, the pier lost 40 planks.")
    assert c.times == ["2021"]


def test_a_cue_phrase_is_found_by_its_first_word_and_delta_only_right_before_the_figure() -> None:
    (c,) = numcheck.extract("Ticket sales fell by 8% in the spring.")
    assert c.cues == ["delta"]
    (c,) = numcheck.extract("Ticket sales fell by a wide margin, some 8% in the spring.")
    assert "delta" not in c.cues
