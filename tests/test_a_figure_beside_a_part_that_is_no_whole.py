"""Figures read as a whole and its part that are no such pair (rules/relations.yaml parts): after
"with", a ratio's first side ("with seven-in-ten adults rating them poor": a share, no count;
parts.with_ratio) and a figure after a margin ("a 9,600-vote lead, with 400,000 votes left":
change.score_nouns) are no parts; two figures in one bracket opened right after a figure of
their kind ("$90 million for the port ($25 million for repairs, with $65 million for ...)") are
that figure's parts, siblings; and a count taken "of the" figure just before it ("of the 14
hurt, five went home and seven are in critical condition") is a sibling of the counts in a
condition after it, not their whole. The same shapes with a real slip are still found.
Sentences written for these tests."""

from __future__ import annotations

from tests.arithmetic_findings import flagged_rules


def test_a_ratio_after_with_is_no_part() -> None:
    text = (
        "Reviews of the clinics in two other towns are worse, with more than seven-in-ten patients "
        "rating them poor."
    )
    assert flagged_rules(text) == []


def test_a_count_after_with_is_still_a_part() -> None:
    assert flagged_rules("Forty people were hurt, with 52 kept in hospital overnight.") == ["NC501"]
    assert flagged_rules("Forty people were hurt, with 12 kept in hospital overnight.") == []


def test_a_margin_is_no_whole() -> None:
    text = (
        "In Elko, Ruiz took a narrow 4,200-vote lead over Lee late Monday, with some 90,000 votes "
        "left to count."
    )
    assert flagged_rules(text) == []


def test_two_figures_in_one_bracket_are_siblings() -> None:
    text = (
        "The bill holds $90 million for the port ($25 million of it for storm repairs, with "
        "$65 million for new docks); $4 million for the harbour police."
    )
    assert flagged_rules(text) == []
    text = "The bill holds $25 million for storm repairs, with $65 million of it for new docks."
    assert flagged_rules(text) == ["NC501"]


def test_a_count_taken_of_the_one_before_is_no_whole_of_its_siblings() -> None:
    text = (
        "Nurses said on Monday that of the 11 hurt, four had gone home and six were still in "
        "critical condition."
    )
    assert flagged_rules(text) == []
    text = (
        "Nurses said on Monday that of the 3 hurt, four had gone home and six were still in "
        "critical condition."
    )
    assert flagged_rules(text) == ["NC501"]
