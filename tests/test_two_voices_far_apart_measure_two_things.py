"""Two voices' values more than ten times apart (rules/rules.yaml NC201 max_factor) measure two
things, not one thing two ways: "at least 160 soldiers killed in the ambush" and "seven
soldiers killed" are one incident's toll and another's, or all and a part. NC201 stays silent on them
(within._far_apart), while two estimates within that factor, and two values one slip apart (a
scale word swapped: "$1.2 billion" and "$1.2 million"), are still reported. Sentences written for
these tests."""

from __future__ import annotations

import numcheck
from numcheck.checks.within import _far_apart


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def _pair(text: str) -> tuple[numcheck.models.Claim, numcheck.models.Claim]:
    a, b = numcheck.extract(text)[:2]
    return a, b


def test_values_twenty_times_apart_are_two_things() -> None:
    text = (
        "The militants said at least 160 soldiers were killed in the ambush. "
        "The army said seven soldiers were killed."
    )
    assert _nc201(text) == []
    assert _far_apart(*_pair(text), 20.0)
    assert not _far_apart(*_pair(text), 0.0)


def test_two_estimates_within_the_factor_still_differ() -> None:
    text = (
        "The militants said at least 160 soldiers were killed in the ambush. "
        "The army said 16 soldiers were killed."
    )
    assert _nc201(text) == ["sources differ: at least 160 (The militants) vs 16 (The army); ratio 0.10"]


def test_a_scale_word_swapped_still_differs() -> None:
    text = (
        "The firm said it lost $1.2 billion in the quarter. "
        "Regulators said it lost $1.2 million in the quarter."
    )
    assert _nc201(text) == [
        "sources differ: $1.2 billion (The firm) vs $1.2 million (Regulators); ratio 0.00"
    ]


def test_values_more_than_ten_times_apart_are_two_things() -> None:
    # round JG27: the shipped factor is 10; a tenth apart exactly is still an estimate (above)
    text = (
        "The militants said at least 160 soldiers were killed in the ambush. "
        "The army said 12 soldiers were killed."
    )
    assert _nc201(text) == []
    assert not _far_apart(*_pair(text), 20.0)
    assert _far_apart(*_pair(text), 10.0)
