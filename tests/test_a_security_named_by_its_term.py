"""A hyphened duration right before a noun of a security ("the 10-year Treasury note", "30-year
bonds") names the security by its term, not how long something the story tells of lasts: it is
never set against another duration (link.maturity, rules/measures.yaml maturities; read on set J's
fit half, a report on student loan rates; the text is written for this file). Two durations of one
kind of patch given by two voices are still found to differ."""

from __future__ import annotations

import numcheck


def differ(text: str) -> list[str]:
    return [f.rule for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_a_treasury_note_term_is_no_length_of_a_patch() -> None:
    text = (
        "Senator Reid said a plan to tie student loan rates to the 10-year Treasury note yield could"
        ' never pass. "We need a one-year patch to keep loan rates from doubling," Senator Warren said.'
    )
    assert differ(text) == []


def test_a_note_term_after_us_is_no_length_of_a_patch() -> None:
    text = (
        "The plan ties student loan rates to the 10-year U.S. note, the senator said."
        " A one-year patch on loan rates is what the caucus backs, the leader said."
    )
    assert differ(text) == []


def test_two_lengths_of_a_patch_are_still_found() -> None:
    text = (
        "Senator Reid said a 10-year patch to keep student loan rates from doubling could never pass."
        ' "We need a one-year patch to keep loan rates from doubling," Senator Warren said.'
    )
    assert differ(text) == ["NC201"]
