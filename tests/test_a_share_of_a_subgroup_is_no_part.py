"""A percentage after "including" with its own "of" and group ("48 percent of men ..., including 61
percent of men over 65") is a share of that group, not a part of the share before it: a share of a
subgroup of people may well be larger than the group's (NC501 must stay quiet). A percentage with no
group of its own after "including", or a share of things ("of the county's farms in the north"), is
still read as a part of the share before it."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_a_subgroup_share_after_including_is_quiet() -> None:
    text = "In the primary, 48 percent of men backed the mayor, including 61 percent of men over 65."
    assert nc501(text) == []


def test_a_part_share_larger_than_its_whole_is_still_found() -> None:
    text = "The levy takes 12 percent of income, including 15 percent for pensions."
    assert nc501(text) != []


def test_a_share_of_things_after_including_is_still_a_part() -> None:
    text = (
        "The grant reached 12 percent of the county's farms, including 15 percent of its farms in the north."
    )
    assert nc501(text) != []
