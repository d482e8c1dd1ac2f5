"""Issue 10: "one of the best in the world", "one of several": the "one" is read with no noun after it.

Round AT35 read the "one" of "one of the largest banks" (a word of `one_of_idioms` in
rules/nouns.yaml or a superlative after "one of the", then a plural noun) as a figure of one that
counts nothing. Round AT36 reads it also when no plural noun follows ("one of the most dangerous
in the city", "one of the best in the world") and when the idiom word follows "one of" at once
("one of several she has studied", "one of many ways"); a number after the word is read as
before ("one of the top 40 stores"). Whoever says it is its source; the writer's own stays
own voice. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

import numcheck


def test_a_superlative_with_no_noun_after_it() -> None:
    text = '"Ana is one of the best in the world," Ruiz said.'
    assert source_of(text, "one") == "Ruiz"


def test_most_and_an_adjective_with_no_noun_after_it() -> None:
    text = "The memo calls the crew one of the most dangerous in the city, the indictment said."
    assert source_of(text, "one") == "the indictment"


def test_one_of_several() -> None:
    assert source_of("Ruiz said the theory is one of several she has studied.", "one") == "Ruiz"


def test_the_writers_own_stays_own_voice() -> None:
    assert source_of("The mill is one of the oldest in the town.", "one") is None


def test_it_counts_nothing() -> None:
    claims = numcheck.extract("The firm is one of the biggest in the valley.")
    assert [(c.surface, c.value, c.counts) for c in claims] == [("one", 1, None)]


def test_a_number_after_the_rank_is_read_as_before() -> None:
    claims = numcheck.extract("The shop is one of the top 40 stores in the state.")
    assert [(c.surface, c.counts) for c in claims] == [("one", None), ("40", "store")]


def test_one_of_them_is_still_no_figure() -> None:
    assert numcheck.extract("One of them was later released.") == []
