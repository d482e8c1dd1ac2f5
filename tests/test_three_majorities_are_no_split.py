"""'Most said they felt tired (62%), sad (54%) and worried (51%)': three or more shares of one
group that are each more than half answer several questions (each person may give every answer),
never one split of the group into parts, so their sum above 100% is no slip (round JG24, read on
AllSides extra3: multi-answer poll lists; the sentences are written for this file). A split has at
most one share above half, and one slip in it makes at most two, so two majorities and a split
pushed over 100% are still found."""

from __future__ import annotations

import numcheck


def over(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_three_majorities_are_several_answers() -> None:
    text = "A survey of parents found they felt tired (62%), sad (54%) and worried (51%) last month."
    assert over(text) == []


def test_four_majorities_in_a_list_are_several_answers() -> None:
    text = (
        "Majorities of voters call the deficit (66%), trade (63%), crime (61%) and schools (58%) very "
        "important to their vote."
    )
    assert over(text) == []


def test_a_split_pushed_over_100_is_still_found() -> None:
    text = "A survey of parents found they felt tired (62%), sad (34%) and worried (21%) last month."
    assert over(text) == ["the shares 62% + 34% + 21% of one group add up to 117%, more than 100%"]


def test_two_majorities_are_still_found() -> None:
    text = "A survey of parents found they felt tired (62%), sad (54%) and worried (11%) last month."
    assert over(text) == ["the shares 62% + 54% + 11% of one group add up to 127%, more than 100%"]
