"""Round JG40's reading of a poll sentence that misjoined on published copy (designed on AllSides
extra, extra2, extra4a, extra8a, extra10, J fit and the 5,571), as narrowed after review: a share in
words summed up by shares near it, each alone in a bracket, is no list of one question's answers.
The test of no finding fails at 2759309; each companion keeps the finding where the shares are one
question's answers. Sentences written for these tests."""

from numcheck import check


def _rules(text: str, rule: str) -> list[str]:
    return [f.message for f in check(text).findings if f.rule == rule]


# ---------------------------------------------------------------- a share in words, then brackets

SURVEY = "A survey of club members was published on Monday. "


def test_a_word_share_detailed_in_brackets_is_not_summed_with_them() -> None:
    text = SURVEY + "About half of the members find the meetings slow (57%) and dull (46%)."
    assert _rules(text, "NC501") == []


def test_answers_of_one_question_still_add_up() -> None:
    text = SURVEY + "About half of the members backed the merger, 38% opposed it and 22% were undecided."
    assert _rules(text, "NC501") != []


def test_bracketed_answers_after_a_share_in_digits_still_add_up() -> None:
    text = SURVEY + "In the vote for chair, Smith had 55%, ahead of Jones (31%) and Brown (19%)."
    assert _rules(text, "NC501") != []


def test_other_answers_in_brackets_after_a_word_share_still_add_up() -> None:
    text = SURVEY + "About half of the members said yes, no (35%) and unsure (24%)."
    assert _rules(text, "NC501") != []


def test_a_percentage_spelt_out_is_no_share_in_words() -> None:
    text = SURVEY + "Sixty percent backed Smith, while Jones (28%) and Brown (19%) trailed in the vote."
    assert _rules(text, "NC501") != []
