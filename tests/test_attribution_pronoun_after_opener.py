"""Issue 10: a sentence that opens with a word of `pronoun_openers` ("But", "And", "Yet", "So",
...) and then "he", "she" or "they" and a verb of speech has the pronoun as that verb's subject
("But he said ..."): the opener is no noun, so the pronoun is not read as a relative clause
without "that" ("the lies he told investigators"), which still gives no source.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_but_he_said() -> None:
    text = (
        "Tom Reyes spoke to farmers at the harbour on Monday. "
        "But he said the council had cut 12 jobs at the yard."
    )
    assert source_of(text, "12") == "Tom Reyes"


def test_and_she_added() -> None:
    text = "Lisa Moreno runs the ferry company. And she added that fares would rise by 5 percent in May."
    assert source_of(text, "5 percent") == "Lisa Moreno"


def test_a_noun_before_the_pronoun_is_still_a_relative_clause() -> None:
    text = (
        "Tom Reyes spoke to farmers at the harbour on Monday. "
        "The lies he told investigators cost the yard 12 contracts."
    )
    assert source_of(text, "12") is None


def test_an_opener_inside_the_sentence_is_not_read() -> None:
    # only a capitalised opener at the start of the subject counts
    text = (
        "Tom Reyes spoke to farmers at the harbour on Monday. "
        "The yard and he said nothing about the 12 jobs cut."
    )
    assert source_of(text, "12") != "Tom Reyes"
