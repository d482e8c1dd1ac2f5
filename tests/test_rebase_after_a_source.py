"""A sentence that opens with its whole after naming its source first: "According to the police,
of the 40 passengers, 22 were ..." reads as "Of the 40 passengers, 22 were ..." (rules/relations.yaml
parts.rebase_sources; round RL26). Sentences written for the tests."""

from __future__ import annotations

from arithmetic_findings import found, message


def test_a_whole_opening_the_sentence_after_its_source_is_read() -> None:
    assert message("According to the police, of the 40 passengers, 52 were tourists.") == (
        "the part 52 is more than its whole 40"
    )
    assert found("According to the police, of the 40 passengers, 22 were tourists.") == []


def test_a_long_source_is_not_taken_as_an_opener() -> None:
    # more than four words after "according to": the comma may end another clause
    text = "According to the police chief in the capital city, of the 40 passengers, 52 were tourists."
    assert found(text) == []
