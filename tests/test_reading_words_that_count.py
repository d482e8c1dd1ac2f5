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


# ------------------------------------------------------------------ a bare "one" in a list


def test_a_bare_one_in_a_list_of_figures_is_a_figure() -> None:
    assert readings("The suit names 30 homes in Ohio, 12 in Iowa, nine in Utah and one in Idaho.")[-1] == (
        "one",
        1,
        None,
    )
    assert readings("Two of the clerks were fired, and one was fined.")[-1] == ("one", 1, None)
    assert readings("Four refineries, three in Texas and one in Maine, will comply.")[-1] == ("one", 1, None)


def test_a_bare_one_after_only_before_a_verb_is_a_figure() -> None:
    assert readings("Of the six pumps, only one was working.")[-1][:2] == ("one", 1)
    assert readings("Of the six pumps, only one - the eastern - was working.")[-1][:2] == ("one", 1)
    assert readings("The left lever gave two pellets and the right one gave only one.")[-1][:2] == ("one", 1)


def test_one_as_a_pronoun_is_no_figure() -> None:
    assert readings("Two men came and one of them spoke.") == [("Two", 2, "man")]
    assert readings("The two sisters help one another.") == [("two", 2, "sister")]
    assert readings("She was not the only one.") == []
    assert readings("After five weeks, one can only wonder.") == [("five weeks", 5, "week")]
    assert readings("She spent two years abroad and, one way or another, came home.")[-1][0] == "two years"
    assert readings("The block offers 30 studios and one- and two-bedroom homes.")[-1][0] == "two"
