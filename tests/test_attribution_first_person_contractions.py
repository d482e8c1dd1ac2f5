"""Issue 10: a first-person contraction ("I'd say", "We're told") is the speaker's own word, never a
source named "I'd".

`first_person` holds the contractions of "I", "we" and "you" with either apostrophe, as it holds the
bare words: a subject in the first person speaks inside someone's words (an interview's answer, a
quotation), so the figure is that speaker's. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

INTERVIEW = (
    "((WN)) How many boats were counted?\n\n((Nina Holm)) I'd say 40, but it is in the report.\n\n"
    "((WN)) And the crews?\n\n((Nina Holm)) I say 12.\n"
)


def test_id_say_in_an_answer_is_the_interviewees() -> None:
    assert source_of(INTERVIEW, "40") == "Nina Holm"
    assert source_of(INTERVIEW, "12") == "Nina Holm"  # the bare "I", as before


def test_a_curly_contraction_inside_a_tagged_sentence_is_the_speakers() -> None:
    assert source_of("I’d guess 30 boats sank, she said. Ana Ruiz runs the port.", "30") != "I’d"
    assert source_of("I’d say 30 boats sank, Ana Ruiz said.", "30") == "Ana Ruiz"


def test_a_named_speaker_after_a_quoted_contraction_is_still_the_source() -> None:
    assert source_of('"We\'re told 20 staff left," said Tom Berger.', "20") == "Tom Berger"
    assert source_of('"You\'ll see 15 new stalls," the organiser, Ana Ruiz, said.', "15") == "Ana Ruiz"
