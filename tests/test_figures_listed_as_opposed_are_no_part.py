"""A word of rules/relations.yaml parts.with_apart ("opposed", "uncommitted", ...) after the last of
figures listed after "with" ("23 Democrats in favor, with 163 Democrats and 16 Republicans
opposed") puts all of them outside the figure before: the first is no part of it (NC501 quiet).
Figures listed after "with" with no such word are still its parts."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_a_list_of_figures_opposed_is_quiet() -> None:
    text = (
        "The bill passed with 212 Republicans in favor as well as 23 Democrats, with 163 Democrats "
        "and 16 Republicans opposed."
    )
    assert nc501(text) == []


def test_a_list_of_figures_among_them_is_still_a_part() -> None:
    text = "The bill drew 23 Democrats in favor, with 163 Democrats and 16 Republicans among them."
    assert nc501(text) == ["the part 163 is more than its whole 23"]
