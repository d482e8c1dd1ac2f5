"""A run of shares followed right away by a phrase of a guess (relations.yaml poll_guesses:
"something like that", "or so") is a speaker's alternatives for one share ("a large number of the
voters, 47, 48, 49 percent, something like that"), not one group's breakdown that must stay within
100%: no NC501. A poll's breakdown past 100% is still found, also when a guess word stands later in
the sentence."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_shares_guessed_at_are_quiet() -> None:
    text = (
        '"The mayor starts off with a big share of the voters, 47, 48, 49 percent, something like '
        'that," the strategist said.'
    )
    assert nc501(text) == []


def test_a_poll_breakdown_past_a_hundred_is_still_found() -> None:
    text = "In the poll of likely voters, 48% backed the plan, 47% opposed it and 15% were undecided."
    assert nc501(text) == ["the shares 48% + 47% + 15% of one group add up to 110%, more than 100%"]


def test_a_guess_word_later_in_the_sentence_keeps_the_breakdown() -> None:
    text = (
        "In the poll of likely voters, 48% backed the plan, 47% opposed it and 15% were undecided, "
        "or so the pollster said."
    )
    assert nc501(text) == ["the shares 48% + 47% + 15% of one group add up to 110%, more than 100%"]
