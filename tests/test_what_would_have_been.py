"""A figure of what would have been ('would have paid only $14m') is never the same measurand as a
figure of what was: the cue words are `counterfactual` in rules/events.yaml."""

from __future__ import annotations

import numcheck


def within(text: str) -> list[numcheck.Finding]:
    return [f for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_what_would_have_been_paid_is_not_what_was_paid() -> None:
    text = (
        "The council said the builder paid $41m in fees in 2019. Without the waiver, the builder "
        "would have paid only $14m in fees in 2019, an auditor, Ruth Ames, said."
    )
    assert within(text) == []
    paid, would = numcheck.extract(text)
    assert "<if>" in would.times and "<if>" not in paid.times


def test_what_could_have_happened_is_not_what_happened() -> None:
    text = "The storm killed 12 people. Officials said it could have killed 21 people without the warning."
    assert within(text) == []


def test_two_voices_on_what_was_paid_still_differ() -> None:
    text = (
        "The council said the builder paid $41m in fees in 2019. "
        "The builder paid $14m in fees in 2019, an auditor, Ruth Ames, said."
    )
    assert [f.rule for f in within(text)] == ["NC201"]
