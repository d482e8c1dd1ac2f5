"""Round JG40's readings of relations that misjoin on published copy (designed on AllSides extra,
extra2, extra4a, extra8a, extra10, J fit and the 5,571): a share in words summed up by shares each
alone in a bracket is no list of one question's answers, and "only" sets a figure against one in
the clause it answers, not one far back. Each test of no finding fails at 2759309; each companion
keeps the finding where the wording states the relation. Sentences written for these tests."""

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


# ---------------------------------------------------------------- "only" against a figure far back

FAR = (
    "The mayor, whose approval stood at 48 percent in a spring survey that the local paper "
    "commissioned from a firm in the capital before the budget vote and the long strike at the "
    "depot, may be admired by visitors as she tours the region, but in the suburbs only 71 "
    "percent of residents know her name."
)


def test_only_does_not_reach_a_figure_in_a_clause_far_back() -> None:
    assert _rules(FAR, "NC505") == []


def test_only_still_sets_the_figure_against_the_one_it_answers() -> None:
    text = "In the survey, 48 percent of renters knew the mayor's name, but only 71 percent of owners did."
    assert _rules(text, "NC505") != []
