"""Figures a reader sees in words that are no number: "twice", "once" and "thrice" counting
occasions (issue 10's reading round against the hand-labelled attribution batches).

Each sentence is written for this file.
"""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


# ------------------------------------------------------------------ occasions


def test_twice_at_the_end_of_a_clause_counts_two_occasions() -> None:
    assert readings("Mr Okafor was arrested twice in May.") == [("twice", 2, "time")]
    assert readings("The panel met twice, in June and in July.") == [("twice", 2, "time")]


def test_once_counts_after_a_bound_or_before_punctuation() -> None:
    assert readings("Every ward voted at least once since 2010.") == [("once", 1, "time")]
    assert readings("She called her brother once.") == [("once", 1, "time")]
    once = numcheck.extract("The valves were tested at least once.")[0]
    assert (once.low, once.high) == (1, None)


def test_once_and_twice_before_a_unit_of_time_are_a_rate() -> None:
    assert readings("The bus stops here once a day and the ferry twice a week.") == [
        ("once a day", 1, "time / day"),
        ("twice a week", 2, "time / week"),
    ]


def test_twice_as_a_multiple_is_left_to_the_relations_reader() -> None:
    assert readings("The fine may be raised to twice the gain.") == []
    assert readings("The new line runs twice as fast.") == []
    assert readings("Rents rose twice in a decade.") == []


def test_once_the_conjunction_and_once_formerly_count_nothing() -> None:
    assert readings("Once in office, the mayor cut the levy.") == []
    assert readings("He was once a welder.") == []
    assert readings("Mayor Lindqvist once, at a dinner, sang.") == []
    assert readings("They left at once.") == []
    assert readings("She tried once again.") == []
    assert readings("Once, the river flooded the town.") == []


def test_idioms_with_twice_and_once_count_nothing() -> None:
    assert readings("Investors should think twice before buying.") == []
    assert readings("He did not once mention the debt.") == []
    assert readings("A twice-weekly shuttle links the towns.") == []


def test_a_toll_after_a_count_of_occasions_counts_what_the_count_before_it_counts() -> None:
    text = (
        "The governor, Ana Ruiz, said 140 people had died, adding that some victims had been counted"
        " twice. The health ministry put the death toll at 152."
    )
    toll = numcheck.extract(text)[-1]
    assert (toll.surface, toll.unit) == ("152", "people")
    assert [f.rule for f in numcheck.check(text).findings] == ["NC201"]
