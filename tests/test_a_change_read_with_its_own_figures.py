"""A change (NC503) is read between its own figures: a range "from the current A to B" is one change
even with level words after "from" (an "up from C" after it is another comparison); a change
stated after a pair that opens its own "from A to B" is that pair's; a figure the extraction left
unread right before ", down from A" is what went down; "drop out" is no fall."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_range_after_from_the_current_is_the_change() -> None:
    quiet = "The plan doubles the allowance from the current $500 to $1,000 — up from $800 in the draft."
    assert nc503(quiet) == []
    slip = "The plan doubles the allowance from the current $500 to $1,500 — up from $800 in the draft."
    assert nc503(slip) != []


def test_a_stated_change_that_opens_its_own_pair_is_that_pairs() -> None:
    quiet = (
        "She gained 3 points among older voters (from 40% in June to 43% now), and she is up 11 "
        "points among younger voters, rising from 22% in June to 33% now."
    )
    assert nc503(quiet) == []
    slip = "Her support among older voters rose from 40% in June to 43% now, up 11 points."
    assert nc503(slip) != []


def test_an_unread_figure_before_down_from_is_what_went_down() -> None:
    quiet = (
        "The poll gave the Greens 120 seats — up from 95 and more than forecast — and Labour 210, "
        "down from 230."
    )
    assert nc503(quiet) == []
    slip = "The Greens won 280 seats, down from 230."
    assert nc503(slip) != []


def test_drop_out_is_no_fall() -> None:
    quiet = "The county raised the age at which pupils may drop out of school to 18 from 16."
    assert nc503(quiet) == []
    slip = "The county lowered the age at which pupils may leave school to 18 from 16."
    assert nc503(slip) != []
