"""AT56: a fronted "with" whose noun puts a figure at a value ("With two polls now putting turnout at
40 percent, ...") gives the figure to that noun, as "polls put turnout at 40 percent" does (an
adverb before the participle is no part of the noun). "putting" is a cue only with "at" after it;
after a comma it names no one (the subject of the sentence before it is not read as its source).

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_with_polls_putting_support_at() -> None:
    text = "With recent polls often putting backing for the tunnel at 40 to 50 percent, its builders wait."
    assert source_of(text, "40 to 50 percent") == "recent polls"


def test_putting_without_at_is_no_cue() -> None:
    text = "With the crew putting up 12 tents by noon, the camp was ready."
    assert source_of(text, "12") is None


def test_putting_after_a_comma_names_no_one() -> None:
    text = "The paper released its poll on Sunday, putting the mayor at 26 percent."
    assert source_of(text, "26 percent") is None
