"""Issue 10: an interview set out as questions and answers under a line naming the interviewee.

"Name: Ana Ruiz, age 31." opens a profile; where at least three questions (sentences ending in
'?') each have an answer after them, the answers are the interviewee's, while the questions and
the fact box before the first question stay the article's own voice. Questions without such a
line (an opinion piece's rhetorical questions) change nothing. The sentences are written for this
file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of

PROFILES = (
    "Three young bakers told us how they started.\n\n"
    "Name: Ana Ruiz, age 31. A pastry cook on 21,000 a year. "
    "Why open a bakery? We had saved 9,000 between us and wanted our own place. "
    "How long did it take? It took 14 months to find the shop. "
    "Would you do it again? Yes, though we work 60 hours a week. "
    "Name: Tomas Berg, age 27. A baker on 19,500 a year. "
    "What was hardest? Finding 4 staff we could trust. "
    "How are sales? They grew by 8 percent last year. "
    "Any advice? Start with 2 ovens, not 5.\n"
)


@pytest.mark.parametrize(
    ("surface", "source"),
    [
        ("31", None),  # the fact box before the first question is the article's own voice
        ("21,000 a year", None),
        ("9,000", "Ana Ruiz"),  # an answer is the interviewee's
        ("14 months", "Ana Ruiz"),
        ("60 hours a week", "Ana Ruiz"),
        ("19,500 a year", None),  # the next line naming an interviewee starts a new profile
        ("4", "Tomas Berg"),
        ("8 percent", "Tomas Berg"),
    ],
)
def test_answers_under_a_line_naming_the_interviewee_are_the_interviewees(
    surface: str, source: str | None
) -> None:
    assert source_of(PROFILES, surface) == source


def test_a_question_in_a_profile_is_the_articles_own_voice() -> None:
    text = PROFILES.replace("How long did it take?", "Did 12 banks turn you down?")
    assert source_of(text, "12") is None


def test_fewer_than_three_answered_questions_make_no_interview() -> None:
    text = (
        "Name: Ana Ruiz, age 31. A pastry cook. Why open a bakery? We had saved 9,000 between us. "
        "Was it hard? It took 14 months to find the shop.\n"
    )
    assert source_of(text, "9,000") is None


def test_rhetorical_questions_without_a_line_naming_an_interviewee_change_nothing() -> None:
    text = (
        "Why do cities keep building roads? Traffic grew by 6 percent last year. "
        "Who pays? Drivers spend 900 a year on fuel. "
        "Is there another way? Buses carry 40 people each.\n"
    )
    assert all(source_of(text, s) is None for s in ("6 percent", "900 a year", "40"))


INTERVIEW = (
    "Lena Varga runs a ferry line with 12 boats. Demand has doubled, Varga says. "
    "Recently, she spoke with us about the routes. "
    "How many passengers do you carry? About 4,000 a day in summer. "
    "Will you add routes? We plan 3 new ones next year. "
    "Did the 2 strikes hurt you? We lost 20 percent of our bookings.\n"
)


@pytest.mark.parametrize(
    ("surface", "source"),
    [
        ("12", None),  # before the interview: the article's own voice, as before
        ("4,000 a day", "Lena Varga"),  # 'she' in the sentence telling of the interview: the last speaker
        ("3", "Lena Varga"),
        ("2", None),  # in a question
        ("20 percent", "Lena Varga"),
    ],
)
def test_answers_after_a_sentence_telling_of_the_interview_are_the_interviewees(
    surface: str, source: str | None
) -> None:
    assert source_of(INTERVIEW, surface) == source


def test_the_person_named_before_spoke_with_is_the_interviewee() -> None:
    text = INTERVIEW.replace("Recently, she spoke with us", "Its founder, Mira Kos, spoke with us")
    assert source_of(text, "4,000 a day") == "Mira Kos"


def test_questions_far_from_the_sentence_telling_of_the_interview_make_no_interview() -> None:
    text = INTERVIEW.replace(
        "Recently, she spoke with us about the routes. ",
        "Recently, she spoke with us about the routes. The harbour is old. Boats queue at dawn. "
        "Fares rose in spring. ",
    )
    assert source_of(text, "4,000 a day") is None
