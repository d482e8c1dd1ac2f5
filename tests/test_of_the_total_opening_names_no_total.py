"""A sentence that opens "Of the total <noun>," splits a total named before it: none of its figures
is that total, the later ones no more than the first (relations/totals.py read_total_named, round
RL42). Before, the second figure of such a sentence was read as the total and the amount of the
sentence before as its part, a false NC501 on a split that holds. Sentences written for these tests."""

from __future__ import annotations

from tests.arithmetic_findings import flagged_rules


def test_the_second_share_of_a_split_total_is_no_total() -> None:
    held = (
        "The builder agreed to pay a penalty of $800,000. Of the total penalty, $450,000 will be paid to the "
        "county and $350,000 will be paid to the towns."
    )
    assert flagged_rules(held) == []


def test_a_first_share_above_the_total_is_still_found() -> None:
    slipped = (
        "The builder agreed to pay a penalty of $800,000. Of the total penalty, $850,000 will be paid to the "
        "county and $350,000 will be paid to the towns."
    )
    assert flagged_rules(slipped) == ["NC501"]


def test_a_total_named_in_the_next_sentence_is_still_read() -> None:
    # the reading the guard keeps: a named total after an amount of the same thing
    slipped = (
        "The mill has drawn an investment of $14 million so far. Total investment is put at $11 million."
    )
    assert flagged_rules(slipped) == ["NC501"]
