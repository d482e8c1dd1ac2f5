"""Sentence boundaries that were lost (round SB1; the sentences are written for this file).

- A name's suffix ("Jr.", "Co.") ends a sentence when the next sentence opens with a name and a
  lower-case word follows it ("... Jr. Delgado was ordered ..."), not when the capitalised word
  carries the name on ("Jr. Avenue", "Co. Chairman of the Board") (extraction/tokens.py
  _opens_with_name; words.py NAME_HEADS, NAME_LINKS).
- link's sentence of a figure starts at the figure when the figure opens its sentence ("... the
  harbour. Nine boats ..."): the search for the end mark before it must see the figure's first
  character (link._sentence_start)."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.extraction.tokens import sentence_offsets, tokenize
from numcheck.link import sentence_around


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The suit was heard by Judge Omar Pike Jr. Delgado was ordered to pay $4,100.", 2),
        ("The seller was Brightwater Tools Co. Chile's imports of drills rose 8 percent.", 2),
        ("The seller was Brightwater Tools Co. The firm shut 3 plants.", 2),
        ("They drove down Omar Pike Jr. Avenue for 6 miles.", 1),  # a place named after him
        ("Brightwater Tools Co. Chairman of the Board Ivy Moss said 3 plants shut.", 1),
        ("Brightwater Tools Co. Chairman Ivy Moss said 3 plants shut.", 1),  # no lower-case word next
        ("A Ventnor Co. deputy said 3 plants shut.", 1),  # a county: a lower-case word after the stop
    ],
)
def test_a_names_suffix_ends_before_a_name_that_opens_a_sentence(text: str, sentences: int) -> None:
    assert len(tokenize(text).sentence_spans) == sentences
    assert len(sentence_offsets(text + " ")[0]) == sentences


SPOKE = (
    "Lena Ortiz, of Ventnor County, was sentenced today to serve 40 months in prison, announced "
    "Acting Attorney General Omar Pike Jr. "
)


def test_the_figure_after_the_suffix_is_the_writers_own() -> None:
    claims = numcheck.extract(SPOKE + "Ortiz was also ordered to pay $4,100 in restitution.")
    money = [c for c in claims if "4,100" in c.surface]
    assert money and money[0].source is None


def test_the_speakers_figure_in_the_same_sentence_is_still_his() -> None:
    claims = numcheck.extract(
        "Ortiz was also ordered to pay $4,100 in restitution, announced Attorney General Omar Pike Jr."
    )
    money = [c for c in claims if "4,100" in c.surface]
    assert money and money[0].source == "Omar Pike Jr"


def _around(text: str, surface: str) -> str:
    claim = next(c for c in numcheck.extract(text) if surface in text[c.start : c.end])
    return sentence_around(claim, text)


def test_a_figure_that_opens_its_sentence_starts_it() -> None:
    text = "A squall struck the quay on Monday. Nine boats sank at their moorings."
    assert _around(text, "Nine") == "Nine boats sank at their moorings."


def test_a_figure_inside_its_sentence_still_reads_the_whole_sentence() -> None:
    text = "A squall struck the quay on Monday. By noon nine boats had sunk."
    assert _around(text, "nine") == "By noon nine boats had sunk."


def test_a_figure_in_digits_that_opens_its_sentence_starts_it() -> None:
    # round JG30: link's sentence reading ends a sentence before a figure in digits as the reader of
    # claims does (extraction/tokens.py), not only before a capital
    text = "A squall struck the quay on Monday. 9 boats sank at their moorings."
    assert _around(text, "9") == "9 boats sank at their moorings."
    text = "Turnout fell to 41 percent. 12 wards voted on Friday."
    assert _around(text, "41") == "Turnout fell to 41 percent"
    assert _around(text, "12") == "12 wards voted on Friday."


@pytest.mark.parametrize(
    "text",
    [
        "The vote was moved to Jan. 6 by the board, which seats 9 members.",
        "The club was ranked No. 3 in the league, with 14 wins.",
        "The U.S. 10-year note fell 12 points.",
    ],
)
def test_a_figure_after_an_abbreviation_stays_in_its_sentence(text: str) -> None:
    for claim in numcheck.extract(text):
        assert sentence_around(claim, text) == text
