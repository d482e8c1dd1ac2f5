"""A percentage written after "at" is given for whom or what stands before the "at" ("puts the
mayor at 54%", "the challenger at 45%"; rules/measures.yaml share_holders, link.share_holder):
shares of two holders are never one figure given two values, while one holder's share given twice
is still compared. Sentences written for these tests."""

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import share_holder


def _holder(text: str, surface: str) -> frozenset[str]:
    c = next(c for c in numcheck.extract(text) if c.surface.startswith(surface))
    return share_holder(c, text, knowledge(_config(None).pack))


def _nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC301"]


def test_the_holder_is_read_back_from_at():
    assert _holder("A new survey puts the mayor at 54% in the city.", "54") == {"mayor"}
    assert _holder("The poll has Ruiz at 38% and Bell at 45% among likely voters.", "45") == {"bell"}
    assert _holder("It shows the governor's approval at 41%.", "41") == {"governor", "approv"}


def test_no_holder_without_at_or_before_a_verb():
    assert _holder("Inflation stood at 6.5 percent in May.", "6.5") == frozenset()
    assert _holder("Prices rose 5% over the year.", "5") == frozenset()


def test_shares_of_two_holders_are_not_one_figure():
    text = (
        "A new survey puts the mayor at 54% and the challenger at 42%. A poll of polls that "
        "averages five surveys puts Ruiz at 50% and Bell at 45% among likely voters."
    )
    assert _nc301(text) == []


def test_one_holders_share_given_twice_is_still_compared():
    text = (
        "A new survey puts the mayor at 54% of likely voters. "
        "The governor is trailing badly. "
        "That same survey puts the mayor at 45% of likely voters."
    )
    assert len(_nc301(text)) == 1
