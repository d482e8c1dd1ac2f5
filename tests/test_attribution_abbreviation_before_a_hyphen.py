"""An abbreviation glued to a hyphen and a word ("U.K.-based", "U.S.-led") is one word of a
source's name: its last full stop ends nothing. The sentences are written for this file."""

from __future__ import annotations

import pytest

import numcheck


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "At least 30 fishermen were detained, according to the U.K.-based rights group.",
            "the U.K.-based rights group",
        ),
        (
            "Some 4,000 troops took part, according to the U.S.-led coalition.",
            "the U.S.-led coalition",
        ),
    ],
)
def test_a_source_named_with_an_abbreviation_before_a_hyphen_is_read_whole(text: str, source: str) -> None:
    (claim,) = [c for c in numcheck.extract(text) if c.value is not None and c.value >= 30]
    assert claim.source == source


def test_an_abbreviation_that_ends_the_sentence_still_ends_it() -> None:
    text = "About 25 staff left, according to officials in the U.K. The rest stayed."
    claim = next(c for c in numcheck.extract(text) if c.surface == "25")
    assert claim.source == "officials in the U.K"
