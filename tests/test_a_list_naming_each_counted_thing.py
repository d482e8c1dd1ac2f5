"""A count before a colon followed by a list of as many figures ("cuts the tax bands from six to only
three: 12, 22 and 35 percent") names each counted thing by its figure: the figures are no parts of the count,
and NC501 does not add them. A list of parts of another length, or with a figure no larger than the
count ("The 2 firms fined were: one and 2 more"), is still added."""

from __future__ import annotations

import numcheck


def part_findings(text: str) -> list[str]:
    return [f.rule for f in numcheck.check([text]).findings if f.rule in {"NC501", "NC502"}]


def test_three_brackets_named_by_their_rates_are_quiet() -> None:
    text = "Under the bill the tax bands would be cut from six to only three: 12, 22 and 35 percent."
    assert part_findings(text) == []


def test_three_parties_named_by_their_seats_are_quiet() -> None:
    text = "All 12 seats went to three parties: 8, 7 and 5."
    assert part_findings(text) == []


def test_a_list_of_another_length_is_still_added() -> None:
    text = "All 60 people aboard were killed: 50 passengers and 14 crew members."
    assert part_findings(text) == ["NC502"]


def test_a_list_with_a_figure_no_larger_than_the_count_is_still_added() -> None:
    assert part_findings("The 2 firms fined were: one and 2 more.") == ["NC501"]
