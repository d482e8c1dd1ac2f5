"""Issue 10: "He continued:" / "She went on:" opening a sentence before a quotation credits the
quotation to the person the pronoun stands for. The pronoun opens the sentence, so it is written
with a capital; it is still a pronoun, not a name. When the person is not named in reach but the
same pronoun spoke in the sentence or two before ("He said ... . He continued: ..."), it is the
person that pronoun was read as. A capitalised "He" that is a surname ("He Lin:") is a name.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_he_continued_after_his_name() -> None:
    text = 'Tom Reyes said the plan was late. He continued: "We saw 40 new cases this month."'
    assert source_of(text, "40") == "Tom Reyes"


def test_she_went_on_after_her_name() -> None:
    text = 'Ana Ruiz said the fund was short. She went on: "We are missing 12 teachers."'
    assert source_of(text, "12") == "Ana Ruiz"


def test_the_same_pronoun_speaking_before_carries_the_name() -> None:
    text = (
        "In a statement, the group's director, Tom Reyes, said the review was late. "
        "He pointed to the gaps it found between the two agencies. "
        "He said it also raised doubts about their staff. "
        'He continued: "These are just three examples of a wider problem."'
    )
    assert source_of(text, "three") == "Tom Reyes"


def test_no_person_in_reach_gives_no_speaker() -> None:
    text = 'The ferry left the harbour at noon. He continued: "We carried 40 people."'
    assert source_of(text, "40") is None
