"""AT54: a legal account ("According to the indictment, Tessaro ...") goes on into an undated
paragraph after it when every sentence of that paragraph that gives a figure opens on one of the
people the account's own sentence names (at its start, or after the comma of a fronted phrase) and
holds the writer's mark of an allegation ("allegedly", "alleged"). The same paragraph without that
mark, one whose figure sentence opens on someone else, and one telling the case's course stay the
release's own voice (the labels split on unmarked paragraphs of the defendant's acts, AT51).

Also: the plural "the indictments" is a legal account as "the indictment" is, so its account runs on
through its paragraph.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

HEAD = (
    "Two Marlow men were charged with running a fake charity.\n\n"
    "According to the indictment, Piet Tessaro set up the charity with Ida Brannock in 2017.\n\n"
)
ACCOUNT = "the indictment"


def test_alleged_acts_of_the_named_defendant_are_the_account() -> None:
    text = (
        HEAD
        + "Tessaro allegedly mailed letters to 9,000 retired teachers. "
        + "In one year, Tessaro allegedly kept $85,000 of the gifts.\n\n"
    )
    assert source_of(text, "9,000") == ACCOUNT
    assert source_of(text, "$85,000") == ACCOUNT


def test_the_same_acts_without_the_mark_of_an_allegation_are_the_writers() -> None:
    text = (
        HEAD
        + "Tessaro mailed letters to 9,000 retired teachers. "
        + "In one year, Tessaro kept $85,000 of the gifts.\n\n"
    )
    assert source_of(text, "9,000") is None
    assert source_of(text, "$85,000") is None


def test_a_figure_sentence_about_someone_else_ends_the_run() -> None:
    text = (
        HEAD
        + "Tessaro allegedly mailed letters to 9,000 retired teachers. "
        + "The town's council allegedly spent $40,000 on the building.\n\n"
    )
    assert source_of(text, "9,000") is None
    assert source_of(text, "$40,000") is None


def test_the_course_of_the_case_ends_the_run() -> None:
    text = HEAD + "Tessaro allegedly kept $85,000 and faces up to 20 years behind bars.\n\n"
    assert source_of(text, "$85,000") is None
    assert source_of(text, "20 years") is None


def test_a_person_not_named_in_the_account_is_no_defendant() -> None:
    text = HEAD + "Rolf Emmerich allegedly mailed letters to 9,000 retired teachers.\n\n"
    assert source_of(text, "9,000") is None


def test_the_plural_indictments_give_an_account() -> None:
    text = (
        "Four men were charged in two cases.\n\n"
        "According to the indictments, Lena Ostrow hired the men to open bank accounts. "
        "She gave them false papers. "
        "The men were paid $3,000 a month.\n\n"
    )
    assert source_of(text, "$3,000 a month") == "the indictments"


def test_a_paragraph_with_no_figure_passes_the_run_on() -> None:
    text = (
        HEAD
        + "Tessaro rented an office near the harbour and printed letterhead for the charity.\n\n"
        + "Tessaro allegedly mailed letters to 9,000 retired teachers.\n\n"
    )
    assert source_of(text, "9,000") == ACCOUNT
