"""Issue 10: a source's aliases are no part of its name.

"Lee Mott aka Big L or Mo, 25, admitted that ..." and "Lee Mott, aka Big L, 25, admitted that
..." name Lee Mott: the words after "aka" (or "a/k/a") are aliases, and a name given before ",
aka" is the one the source is called by. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_aliases_after_aka_are_cut_from_the_name() -> None:
    text = "Lee Mott aka Big L or Mo, 25, admitted that he filed more than 100 false returns."
    assert source_of(text, "100") == "Lee Mott"


def test_the_name_before_a_comma_and_aka_is_the_source() -> None:
    text = "Lee Mott, aka Big L, 25, admitted that he filed more than 100 false returns."
    assert source_of(text, "100") == "Lee Mott"


def test_a_name_with_aka_inside_a_speakers_sentence_stays_the_speakers() -> None:
    text = "Police said Lee Mott, aka Big L, 25, sold 4 rifles."
    assert source_of(text, "4") == "Police"
