"""A poll's trailing side: "trails by 3 points, 44 percent to 47 percent" gives the two sides of a
head-to-head (not a range from 44 to 47 percent), and the points are their difference. Sentences
here are written for the tests."""

from __future__ import annotations

from numcheck import check, extract


def _shares(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.surface, c.low, c.high) for c in extract(text) if c.kind == "percent"]


def test_shares_joined_by_to_after_trails_are_two_sides() -> None:
    text = "In the latest survey the mayor trails by 3 points, 38 percent to 41 percent."
    assert _shares(text) == [("38 percent", 37.5, 38.5), ("41 percent", 40.5, 41.5)]


def test_a_range_of_shares_with_no_word_of_a_contest_is_still_a_range() -> None:
    assert _shares("Turnout is expected at 38 percent to 41 percent.") == [
        ("38 percent to 41 percent", 38.0, 41.0)
    ]


def test_a_trailing_margin_that_is_not_the_difference_is_reported() -> None:
    text = "In the latest survey the mayor trails by 9 points, 38 percent to 41 percent."
    found = [f.message for f in check(text).findings if f.rule == "NC505"]
    assert found == ["38 percent is 3 points less than 41 percent, not 9 points"]


def test_a_trailing_margin_that_is_the_difference_holds() -> None:
    text = "In the latest survey the mayor trails by 3 points, 38 percent to 41 percent."
    assert [f.rule for f in check(text).findings] == []
