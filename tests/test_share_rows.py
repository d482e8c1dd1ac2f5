"""Percentages that a sentence sets against each other by a word of contrast ("While 81% of
teachers back the rule, 36% of parents do"; rules/measures.yaml share_rows, link.row_partners) are
rows of one table: two shares whose partners differ are rows of two tables (two questions, two
polls), never one figure given two values, while a share restated with its partner, or alone, is
still compared. Sentences written for these tests."""

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import row_partners, rows_apart


def _partners(text: str, surface: str) -> frozenset[float]:
    claims = numcheck.extract(text)
    c = next(c for c in claims if c.surface.startswith(surface))
    shares = frozenset(x.value for x in claims if x.kind == "percent" and x.sentence == c.sentence)
    return row_partners(c, text, knowledge(_config(None).pack), shares)


def _nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC301"]


def _between(text: str, x: str, y: str) -> list[str]:
    return [m for m in _nc301(text) if x in m and y in m]


def test_partners_are_the_other_shares_of_a_sentence_of_contrast():
    assert _partners("While 81% of teachers back the rule, 36% of parents do.", "36") == {81.0}
    text = "Some 62 percent of nurses are hopeful, compared to 57 percent of doctors."
    assert _partners(text, "62") == {57.0}


def test_no_partner_without_a_word_of_contrast_or_another_share():
    assert _partners("Some 62 percent of nurses are hopeful, up from 57 percent.", "62") == set()
    assert _partners("While most teachers back the rule, 36% of parents do.", "36") == set()


def test_rows_apart_needs_partners_on_both_sides_that_differ():
    assert rows_apart(frozenset({81.0}), frozenset({85.0}), 36.0, 63.0)
    assert not rows_apart(frozenset({81.0}), frozenset({81.0}), 36.0, 63.0)
    assert not rows_apart(frozenset({81.0}), frozenset(), 36.0, 63.0)
    assert not rows_apart(frozenset({63.0}), frozenset({36.0}), 36.0, 63.0)


_TWO_TABLES = (
    "While 81% of teachers back the new rule on phones, 36% of parents do. The board meets in May. "
    "Among teachers, 85% back a longer school day, but only 63% of parents do."
)


def test_rows_of_two_tables_are_not_one_figure():
    assert _nc301(_TWO_TABLES) == []


def test_one_row_restated_with_its_partner_is_still_compared():
    text = (
        "While 81% of teachers back the new rule on phones, 36% of parents do. The board meets in "
        "May. While 81% of teachers back the new rule on phones, 63% of parents do."
    )
    assert len(_between(text, "36%", "63%")) == 1


def test_a_share_restated_alone_is_still_compared():
    text = (
        "While 81% of teachers back the new rule on phones, 36% of parents do. The board meets in "
        "May. The new rule on phones is backed by 63% of parents."
    )
    assert len(_between(text, "36%", "63%")) == 1


def test_a_list_of_shares_in_one_sentence_is_rows_of_a_table():
    text = "In Kent it was 46 percent Greens, 31 percent Blues and 19 percent undecided."
    assert _partners(text, "46") == {31.0, 19.0}
    text = (
        "In Kent it was 46 percent Greens, 31 percent Blues and 19 percent undecided. The vote is "
        "in June. In Essex it was 64 percent Greens, 27 percent Blues and 7 percent undecided."
    )
    assert _between(text, "46 percent", "64 percent") == []
    slip = (
        "In Kent it was 46 percent Greens, 31 percent Blues and 19 percent undecided. The vote is "
        "in June. In Kent it was 64 percent Greens, 31 percent Blues and 19 percent undecided."
    )
    assert len(_between(slip, "46 percent", "64 percent")) == 1


def test_one_groups_share_listed_again_in_other_company_is_still_compared():
    text = (
        "In the survey, 81% of nurses and 36% of porters want longer breaks. The board meets in "
        "May. Asked about pay, 52% of clerks and 63% of porters want longer breaks."
    )
    assert len(_between(text, "36%", "63%")) == 1
