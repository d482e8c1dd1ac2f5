"""A guessed figure is supposed (round JG27, AllSides extra): a figure right after a word of
measures.yaml suppositions.guesses ("perhaps", "maybe", "possibly"), with no punctuation between,
is a guess at a value, not a value anyone gives; like a figure an "if" opens, it is never set against
a given figure. The same figures with the guess word after them ("2,000 homes, maybe more") are
still compared."""

from __future__ import annotations

import numcheck


def nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC301"]


def test_a_figure_after_maybe_is_a_guess() -> None:
    text = (
        "The river rose overnight. The flood reached 400 homes, maybe 2,000 homes, a resident said."
        " The county said 200 homes were flooded."
    )
    assert nc301(text) == []
    text = (
        "The river rose overnight. The flood reached hundreds of homes, perhaps 2,000 homes, a resident"
        " said. The county said 200 homes were flooded."
    )
    assert nc301(text) == []


def test_a_figure_before_the_guess_word_is_still_compared() -> None:
    text = (
        "The river rose overnight. The flood reached 2,000 homes, maybe more, a resident said."
        " The county said 200 homes were flooded."
    )
    assert len(nc301(text)) == 1
