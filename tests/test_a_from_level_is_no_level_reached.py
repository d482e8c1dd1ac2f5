"""A level written after "from" is a starting point (round JG27, AllSides extra2): in "A has slipped
from its earlier 29%, and B is up from 16%", the 29% is the level A moved from, never the level that
"up from 16%" reached, so the two starting points are no change between them. A change stated with
"to B from A" beside them is still read and a direction worded against it still found.
"""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_two_starting_points_are_no_change() -> None:
    text = (
        "Just 24 percent approve of the Greens and 19 percent approve of the Blues."
        " The Greens' rating has slipped from its earlier 29 percent, and the Blues' rating is up"
        " from 16 percent."
    )
    assert nc503(text) == []
    text = "Rents in the north slipped from the summer's $1,450, while rents in the south rose from $1,210."
    assert nc503(text) == []


def test_a_change_to_b_from_a_beside_them_is_still_read() -> None:
    text = (
        "Just 24 percent approve of the Greens. The Greens' rating has slipped to 31 percent from its"
        " earlier 29 percent, and the Blues' rating is up from 16 percent."
    )
    assert nc503(text) == ["from 29 percent to 31 percent is a rise, not a fall"]
    text = "The mark for the Blues edged up to 14 percent from 16 percent."
    assert nc503(text) == ["from 16 percent to 14 percent is a fall, not a rise"]
