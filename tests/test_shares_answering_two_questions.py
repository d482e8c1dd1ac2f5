"""Two percentages of one base (or of bases sharing a stem) answer one question or two: what each
says is read from the lower-case words after it, less the shared base, function words, pronouns,
the verbs that only say an answer was given ("say", "think") and the names written with a capital
(link.share_question, rules/measures.yaml share_questions; read on set J's fit half, polls). Two
shares whose questions share no stem are never one figure given two values; a slip of one share
keeps a shared word and stays found; a question read empty keeps its pair. The texts are written
for this file."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import share_asked, share_question


def rules(text: str) -> list[str]:
    return [f.rule for f in numcheck.check([text]).findings]


def question(text: str, surface: str) -> set[str]:
    know = knowledge(_config(None).pack)
    claim = next(c for c in numcheck.extract(text) if c.surface == surface)
    return set(share_question(claim, text, know))


def test_the_question_is_read_past_names_pronouns_and_saying_verbs() -> None:
    text = "In a poll, 61 percent of farmers said they expect Mayor Ruiz to raise water prices. Most agreed."
    assert question(text, "61 percent") == {"farmer", "expect", "rais", "water", "price"}


def test_a_coordinated_share_is_passed_over_and_the_next_figure_ends_the_question() -> None:
    text = "Among them, 62% of farmers and 48% of fishers fear higher fuel taxes, but 30% of farmers do not."
    assert question(text, "62%") == {"farmer", "fisher", "fear", "higher", "fuel", "tax"}
    assert question(text, "48%") == {"fisher", "fear", "higher", "fuel", "tax"}


def test_two_questions_of_one_base_are_not_one_figure() -> None:
    text = (
        "A survey of residents found that 68 percent of Canadians trust their local doctors."
        " The same survey found that 86 percent of Canadians expect longer waiting lists next winter."
    )
    assert rules(text) == []


def test_one_question_of_one_base_with_a_slip_is_still_found() -> None:
    text = (
        "A survey of residents found that 68 percent of Canadians trust their local doctors."
        " The same survey found that 86 percent of Canadians trust their local doctors."
    )
    assert rules(text) in (["NC301"], ["NC201"])


def test_a_question_read_empty_keeps_its_pair() -> None:
    text = (
        "A survey of residents found that 68 percent of Canadians trust their local doctors."
        " The trust was given by 86 percent of Canadians."
    )
    assert question(text, "86 percent") == set()  # the sentence ends at the base: nothing said
    assert rules(text) in (["NC301"], ["NC201"])


def test_a_share_with_no_of_that_answers_is_a_share_of_those_asked() -> None:
    text = "Drivers are split: 41% said the council spends too much, with 14% saying bus fares should fall."
    know = knowledge(_config(None).pack)
    asked = {c.surface: share_asked(c, text, know) for c in numcheck.extract(text)}
    assert asked == {"41%": True, "14%": True}
    assert question(text, "41%") == {"council", "spend", "too"}
    assert question(text, "14%") == {"bus", "fare", "fall"}


APPOSITIVE = (
    "In a new poll, 64 percent of drivers think the council spends too much on roads."
    " A clear majority, 46 percent, believe {}."
)
SAYING = (
    "Most drivers are split, with 64% saying the council spends too much on roads."
    " The same drivers are split, with 46% saying {}."
)


def test_an_answer_with_no_of_to_another_question_is_not_one_figure() -> None:
    assert rules(APPOSITIVE.format("bus fares should fall next year")) == []
    assert rules(SAYING.format("bus fares should fall")) == []


def test_an_answer_with_no_of_to_the_same_question_with_a_slip_is_still_found() -> None:
    assert rules(APPOSITIVE.format("the council spends too much on roads")) == ["NC301"]
    assert rules(SAYING.format("the council spends too much on roads")) == ["NC301"]


def test_a_share_with_no_of_and_no_answering_verb_is_not_read_as_asked() -> None:
    text = "In the poll, 41% said the council spends too much. Its rating among drivers stood at 14% in May."
    know = knowledge(_config(None).pack)
    claim = next(c for c in numcheck.extract(text) if c.surface == "14%")
    assert not share_asked(claim, text, know)
