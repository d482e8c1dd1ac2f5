"""A poll share with no "of" behind it takes its group from its sentence: from a phrase opening the
sentence ("Among younger voters, most favor changing the levy (36 percent)"; rules/measures.yaml
share_bases.opens) or from the share it is set against by "while", "whereas" or "but" ("Just 21%
of renters approved, while 64% had a negative view"; share_bases.carried). Two shares of two
groups are never one figure given two values (link.share_base; within._linked_pairs), while one
group's share written twice with its digits swapped is still found. Sentences written for these
tests."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import share_base


def _nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC301"]


def _base(text: str, surface: str) -> frozenset[str]:
    c = next(c for c in numcheck.extract(text) if c.surface == surface)
    return share_base(c, text, knowledge(_config(None).pack))


def test_an_opening_phrase_names_the_group_of_every_share_after_it() -> None:
    text = "Among younger voters, most favor changing the levy (36 percent) or dropping it (12 percent)."
    assert _base(text, "36 percent") == {"younger", "voter"}
    assert _base(text, "12 percent") == {"younger", "voter"}
    text = "Among younger voters, most favor changing it; 36 percent of all adults agree."
    assert "younger" not in _base(text, "36 percent")  # its own "of"


def test_a_contrasted_share_takes_the_group_of_the_share_before() -> None:
    text = "Just 21% of renters approved of the plan in May, while 64% had a negative view."
    assert _base(text, "64%") == {"renter"}
    text = "Just 21% approved of the plan in May, while 64% had a negative view."
    assert _base(text, "64%") == frozenset()  # no group to take


def test_two_groups_shares_are_no_transposed_figure() -> None:
    text = (
        "While majorities of older voters (63 percent) and women (52 percent) back the levy, support "
        "falls short elsewhere. Among younger voters, most favor either changing the levy (36 percent) "
        "or dropping it (12 percent)."
    )
    assert _nc301(text) == []
    text = (
        "Just 21% of renters approved of the plan in the May survey, while 64% had a negative view. "
        "Last year, 46% of homeowners approved of the plan."
    )
    assert _nc301(text) == []


def test_one_groups_share_with_its_digits_swapped_is_still_found() -> None:
    text = (
        "Just 21% of renters approved of the plan in the May survey, while 64% had a negative view. "
        "Last year, 46% of renters had a negative view of the plan."
    )
    assert len(_nc301(text)) == 1
    text = (
        "Among younger voters, most favor changing the levy (36 percent). In the same poll, 63 percent "
        "of younger voters favor changing the levy."
    )
    assert len(_nc301(text)) == 1
