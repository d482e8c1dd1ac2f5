"""A share written in brackets right after a group of people ("whites (75%) and blacks (76%)",
"black Democrats (67%)"; measures.yaml share_bases `groups`) is that group's share: its base is the
group's words, so it is never one figure with a share of another group ("67% of white Democrats"),
and NC301 does not read 76% and 67% as transposed digits. A share of the same group given two values
("blacks (76%)", later "67% of black Democrats") is still found, and a word before a bracket that
names no group ("fewer than half (45%)") gives no base."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import share_base

OPENING = (
    "Among Democrats, whites (75%) and blacks (76%) say they worry about spreading the flu "
    "unknowingly. Democrats are split on other questions. "
)


def nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC301"]


def bases(text: str) -> dict[str, list[str]]:
    know = knowledge(_config(None).pack)
    return {c.surface: sorted(share_base(c, text, know)) for c in numcheck.extract(text)}


def test_the_group_before_the_bracket_is_the_base() -> None:
    text = "However, black Democrats (67%) are more likely than the rest, and fewer than half (45%) agree."
    assert bases(text) == {"67%": ["black", "democrat"], "45%": []}


def test_a_share_of_another_group_is_no_transposed_digit() -> None:
    text = OPENING + "By comparison, 31% of white Republicans and 67% of white Democrats say they worry."
    assert nc301(text) == []


def test_a_share_of_the_whole_electorate_is_another_group() -> None:
    text = (
        "Most voters back the plan. Among Democrats, the plan has the support of blacks (76%) and "
        "whites (75%). But only 67% of voters back the plan overall."
    )
    assert nc301(text) == []


def test_the_same_groups_share_given_two_values_is_still_found() -> None:
    text = OPENING + "By comparison, 31% of white Republicans and 67% of black Democrats say they worry."
    assert nc301(text) == [
        "the same figure is given two values: 76% vs 67%; ratio 0.88 — likely digits transposed"
    ]
