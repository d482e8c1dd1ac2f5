"""An amount in one sentence and the "total" of the same thing named in the next: the amount is a
part of the total (rules/relations.yaml parts.total_named). Sentences written for the tests: the
wrong version is found once, in plain words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_an_amount_is_a_part_of_the_total_of_the_same_thing_named_next() -> None:
    assert (
        message(
            "The dam has taken an investment of 90 billion yuan so far. "
            "Total investment is put at 12 billion yuan, the builder said."
        )
        == "the part 90 billion yuan is more than its whole 12 billion yuan"
    )
    assert (
        found(
            "The dam has taken an investment of 9 billion yuan so far. "
            "Total investment is put at 12 billion yuan, the builder said."
        )
        == []
    )


def test_a_verb_names_the_same_thing_as_the_total_noun() -> None:
    assert (
        message(
            "The agency has recovered $74 million from the port operators since 2015. "
            "Its overall recoveries since 2015 stand at $9.2 million."
        )
        == "the part $74 million is more than its whole $9.2 million"
    )
    assert (
        found(
            "The agency has recovered $7.4 million from the port operators since 2015. "
            "Its overall recoveries since 2015 stand at $9.2 million."
        )
        == []
    )


def test_a_total_of_another_year_is_not_the_amounts_whole() -> None:
    assert (
        found(
            "The club drew revenue of $14 million in 2019. "
            "Total revenue in 2021 came to $9 million as the stands stayed shut."
        )
        == []
    )


def test_a_total_of_another_thing_is_not_the_amounts_whole() -> None:
    assert (
        found("The town spent $14 million on its roads. Total investment in schools came to $9 million.")
        == []
    )


def test_a_total_in_another_paragraph_is_not_read() -> None:
    assert (
        found(
            "The dam has taken an investment of 90 billion yuan so far.\n\n"
            "Total investment is put at 12 billion yuan, the builder said."
        )
        == []
    )
