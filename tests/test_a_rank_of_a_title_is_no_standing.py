"""A place in a ranking rises as its number falls, so a rank word before a change turns its
direction round (rules/relations.yaml change.ranks). Not a rank word followed by "of", which names a
title or a grade, and not figures that count a noun other than a rank word: those are counts whose
direction runs the usual way. Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import found


def test_a_grade_named_by_rank_of_is_counted_not_ranked() -> None:
    text = "The next grade down, with the rank of colonel, has shrunk to 19 from 33, the memo said."
    assert found(text) == []
    assert found("Officers holding the rank of major dropped to 210 from 260 in a year.") == []


def test_counts_of_a_noun_beside_a_place_are_counts() -> None:
    assert found("The party, in second place, saw its tally fall to 31 seats, down from 35 seats.") == []


def test_a_standing_still_runs_the_other_way_and_a_slip_in_it_is_found() -> None:
    assert found("The team's ranking fell to 12 from 5 after the defeat.") == []
    assert found("The team's ranking rose to 12 from 5 after the defeat.") != []
    assert found("She was ranked at 4, up from 9 a year before.") == []


def test_a_slip_in_a_count_beside_a_grade_is_found() -> None:
    assert found("Officers holding the rank of major rose to 210 from 260 in a year.") != []
