"""'six-in-ten of those with no degree': the figure after '-in-' is the scale of a ratio written
with hyphens, as in 'six in 10 of this group', not a count of those named before it, so it is no
part of the figure before (round JG24, read on AllSides extra3; the sentences are written for this
file). A count 'of those' after a count of its own is still a part of it, and one more than its
whole is still found."""

from __future__ import annotations

import numcheck


def over(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_a_hyphened_ratio_is_quiet() -> None:
    assert over("Among renters, seven-in-ten of those under 30 say rents rose this year.") == []


def test_a_part_of_those_more_than_its_whole_is_still_found() -> None:
    text = "The clinic saw seven patients on Monday, and ten of those stayed the night."
    assert over(text) == ["the part ten is more than its whole seven"]
