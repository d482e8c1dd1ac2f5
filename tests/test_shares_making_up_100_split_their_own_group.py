"""'... and the remaining 39 percent rated it high': shares of a complete split that make up 100%
split a group of their own (or the share named before, as shares of it), so they are never checked
against an earlier share as its parts in points of the whole (round JG24, read on AllSides extra3:
a poll's split of all voters after a share of one party; the sentences are written for this file).
A complete split that misses 100% is still found."""

from __future__ import annotations

import numcheck

TEXT = (
    "Most city workers, 58 percent, told the survey they had read the new plan. On the same scale, "
    "46 percent gave the letter a low score, 15 percent gave it a fair score and the remaining "
    "{last} percent gave it a high score."
)


def sums(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC502"]


def test_a_split_making_up_100_is_quiet() -> None:
    assert sums(TEXT.format(last="39")) == []


def test_a_split_missing_100_is_still_found() -> None:
    assert sums(TEXT.format(last="29")) == [
        "the parts 46 percent + 15 percent + 29 percent add up to 90 percent, not 58 percent"
    ]
