"""Issue 10: an auxiliary written with "n't" ("couldn't", "didn't", "won't", "can’t") or "cannot"
between a speaker and the cue verb is no part of the speaker's name: "Tom Reyes couldn't say
whether ..." is Tom Reyes's, as "Tom Reyes could not say" already was. "May" is left alone (a
name as often as a verb: "Theresa May said").
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_couldnt_say() -> None:
    assert source_of("Tom Reyes couldn't say whether 12 people were hurt.", "12") == "Tom Reyes"


def test_cant_with_a_curly_apostrophe_and_added() -> None:
    text = 'Ana Ruiz can’t say whether the plan is late but added, "We hired four staff."'
    assert source_of(text, "four") == "Ana Ruiz"


def test_cannot() -> None:
    assert source_of("Tom Reyes cannot say whether 12 people were hurt.", "12") == "Tom Reyes"


def test_a_name_may_is_kept() -> None:
    assert source_of("Prime Minister Theresa May said 12 people were hurt.", "12") == "Theresa May"
