"""Issue 10: an interview whose answers are labelled with the interviewee's name after a question.

"Radio North: What changed this year? Lena Marsh: We hired 14 new nurses ..." sets an interview out
in turns: a question, then the interviewee's name and a colon opening the answer. From the first
such label on (each answer labelled again, or only the first), when at least three questions each
have an answer, the answers are the interviewee's and the questions the article's own voice; a
sentence opening with "you" right before a question leads into it (`question_leads`). A label that
names no person of the text ("Update:") opens nothing. The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of

INTERVIEW = (
    "Clinic director Lena Marsh on a busy winter\n\n"
    "Lena Marsh runs the harbour clinic in Eastwick.\n\n"
    "Radio North: The clinic saw more patients than ever. What changed this year? "
    "Lena Marsh: We hired 14 new nurses and opened 2 more rooms. "
    "How long is the wait now? Most people are seen within 40 minutes. "
    "You asked the council for money in March. Did it come? "
    "Only part of it, about 35 percent of what we need. "
    "What comes next? A night service, three evenings a week.\n"
)


@pytest.mark.parametrize(
    ("surface", "source"),
    [
        ("14", "Lena Marsh"),  # the answer labelled with her name is hers
        ("2", "Lena Marsh"),
        ("40 minutes", "Lena Marsh"),  # later answers, unlabelled, are hers too
        ("35 percent", "Lena Marsh"),
        ("three", "Lena Marsh"),
    ],
)
def test_answers_after_a_labelled_first_answer_are_the_interviewees(surface: str, source: str) -> None:
    assert source_of(INTERVIEW, surface) == source


def test_a_lead_in_opening_with_you_is_part_of_the_question() -> None:
    text = INTERVIEW.replace("for money in March.", "for 90,000 in March.")
    assert source_of(text, "90,000") is None


def test_answers_each_labelled_with_the_surname_are_one_interview() -> None:
    text = (
        "The comedian Omar Venn talks about his new show.\n\n"
        "How did the show start? Venn: We filmed 6 short episodes at home. "
        "Who watched them? Venn: About 20,000 people in the first week. "
        "What surprised you? Venn: That 3 channels called us.\n"
    )
    assert source_of(text, "6") == "Omar Venn"
    assert source_of(text, "20,000") == "Omar Venn"
    assert source_of(text, "3") == "Omar Venn"


def test_a_label_naming_no_person_opens_no_interview() -> None:
    text = (
        "The ferry timetable changes on Monday. Will the early boat still run? "
        "Update: The 6 a.m. boat is cancelled. Will fares rise? Not this year, by 2 percent at most. "
        "Are more crossings planned? Four more in summer, the harbour office hopes.\n"
    )
    assert source_of(text, "2 percent") is None


def test_a_note_about_the_interviewee_after_the_answers_ends_the_interview() -> None:
    text = INTERVIEW.replace(
        "three evenings a week.\n",
        "three evenings a week. Marsh (52) has led the clinic since 2011. It serves 9,000 households.\n",
    )
    assert source_of(text, "three") == "Lena Marsh"
    assert source_of(text, "52") is None
    assert source_of(text, "9,000") is None


def test_a_label_naming_someone_else_ends_the_answers() -> None:
    text = INTERVIEW.replace(
        "three evenings a week.\n",
        "three evenings a week. Karl Odum: Rents in the harbour rose 12 percent. "
        "Shops there pay 3 times more.\n",
    ).replace("Clinic director Lena Marsh on a busy winter", "Lena Marsh and Karl Odum on a busy winter")
    assert source_of(text, "three") == "Lena Marsh"
    assert source_of(text, "12 percent") != "Lena Marsh"
    assert source_of(text, "3") != "Lena Marsh"


def test_a_caption_between_answers_does_not_end_the_interview() -> None:
    text = INTERVIEW.replace("How long is the wait", "Marsh is the clinic's director. How long is the wait")
    assert source_of(text, "40 minutes") == "Lena Marsh"
    assert source_of(text, "35 percent") == "Lena Marsh"


def test_an_editors_note_in_square_brackets_is_not_an_answer() -> None:
    text = INTERVIEW.replace(
        "opened 2 more rooms.",
        "opened 2 more rooms. [Editor's note: The clinic opened in 1998. It had 6 beds then.]\n\n",
    )
    assert source_of(text, "6") is None
    assert source_of(text, "40 minutes") == "Lena Marsh"
