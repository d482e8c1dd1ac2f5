"""'Out of these millions of traffic stops, just 90 (9%) ended in a search': a whole given only as
a vague number ('millions of', no value) fixes no share, so the share in brackets is of a group
the sentence does not give and is not checked against it (round JG24, read on AllSides extra3; the
sentences are written for this file). A share of a whole with a value is still checked."""

from __future__ import annotations

import numcheck


def shares(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC504"]


def test_a_share_of_millions_is_quiet() -> None:
    text = "Out of these millions of traffic stops during the past year, just 90 (9%) ended in a search."
    assert shares(text) == []


def test_a_share_of_a_given_whole_is_still_found() -> None:
    text = "Out of these 1,000 traffic stops during the past year, just 90 (19%) ended in a search."
    assert shares(text) == ["90 of 1,000 is 9%, not 19%"]
