"""'one-third (33%) rent': a share restated in brackets right after it, agreeing within its
rounding, is one share written twice and counted once among the parts of a split (round JG24, read
on AllSides extra3: a poll's split with a word fraction and its percentage; the sentences are
written for this file). A bracket that does not agree ('one-third (43%)') is no restatement: both
stay, and a split that adds up to more than 100% is still found."""

from __future__ import annotations

import numcheck

OPEN = "A survey released in May found that housing differs by age:\n\n"


def split(bracket: str, last: str) -> str:
    return OPEN + (
        f'"Among young adults, the majority (58%) rent, one-third ({bracket}) own and just {last} '
        'live with family."'
    )


def over(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_a_fraction_restated_in_brackets_is_counted_once() -> None:
    assert over(split("33%", "9%")) == []


def test_a_split_over_100_is_still_found() -> None:
    assert over(split("33%", "19%")) == [
        "the shares 58% + 33% + 19% of one group add up to 110%, more than 100%"
    ]


def test_a_bracket_that_disagrees_is_no_restatement() -> None:
    assert over(split("43%", "9%")) == [
        "the shares 58% + one-third + 43% + 9% of one group add up to 143%, more than 100%"
    ]
