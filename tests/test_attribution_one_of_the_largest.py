"""Issue 10: "one of the largest ..." is a figure, and whoever says it is its source.

After "one of the" a word of `one_of_idioms` (rules/nouns.yaml) or a superlative makes a
description, not a count of one; round AT35 keeps the "one" as a figure that counts nothing, as
the people who label figures for the attribution measure do, so a source that calls a bank "one
of the largest" is credited, and the writer's own "one of the oldest" stays the writer's. Nothing
is counted ("one of the best cooks" counts no cooks). The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

import numcheck


def test_a_speaker_calls_it_one_of_the_largest() -> None:
    text = "Harbour Bank ranks as one of the largest lenders in the region, the ministry said."
    assert source_of(text, "one") == "the ministry"


def test_a_complaint_describes_a_gang() -> None:
    text = "According to the complaint, the crew was one of the most violent gangs in the county."
    assert source_of(text, "one") == "the complaint"


def test_the_writers_own_description_stays_own_voice() -> None:
    assert source_of("The mill is one of the oldest buildings in the town.", "one") is None


def test_one_of_the_largest_counts_nothing() -> None:
    (c,) = numcheck.extract("The firm is one of the biggest employers in the valley.")
    assert (c.value, c.counts) == (1, None)


def test_one_of_them_is_still_no_figure() -> None:
    assert numcheck.extract("One of them was later released.") == []
