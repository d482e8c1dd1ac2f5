"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand, a fourth
round: a spelled-out "one" before a noun.

Each sentence is written for this file: "one reason" and "one way" count what they name, as any
other noun after "one" does, but the idioms do not ("one day", "one thing is clear", "one way or
another", "the number-one reason", "a one-on-one meeting"); a capitalised noun right before its
verb is counted ("one Senator objected"); a comparative ends no noun ("one step further"); and "one"
after "the" starts a figure when a scale word follows it ("the one million homes"); "one of nine nurses"
counts the nurses, as "one of the nurses" does, but not after a word of ranking ("placed 140 of 150
countries"); and "that" before "one of" is a conjunction, no pronoun.
"""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


# ------------------------------------------------------------------ "one reason", "one way"


def test_one_reason_and_one_way_count_what_they_name() -> None:
    assert readings("One reason for the delay is that the pumps failed.") == [("One", 1, "reason")]
    assert readings("There is one way of fixing the leak, the engineer said.") == [("one", 1, "way")]
    assert readings("This is one reason why the council left the scheme.") == [("one", 1, "reason")]


def test_one_reason_can_be_set_beside_a_count_of_reasons() -> None:
    assert readings("The council gave one reason, the mayor gave two reasons.") == [
        ("one", 1, "reason"),
        ("two", 2, "reason"),
    ]


def test_the_idioms_on_one_count_nothing() -> None:
    assert readings("One thing is clear: the vote failed.") == []
    assert readings("At one point the crowd left the square.") == []
    assert readings("On the one hand, prices rose.") == []


def test_one_noun_or_another_is_any_of_them_not_one() -> None:
    assert readings("We will fix the roof one way or another.") == []
    assert readings("Every club was hit in one form or the other.") == []


def test_one_ending_a_hyphenated_idiom_is_no_count() -> None:
    assert readings("Cost is the number-one reason buyers give.") == []
    assert readings("The coach gave her a one-on-one session after practice.") == []
    assert readings("No-one else was hurt in the fire.") == []


def test_a_comparative_after_the_noun_ends_it() -> None:
    assert readings("The firm went one step further than its rival.") == [("one", 1, "step")]


# ------------------------------------------------------------------ a capitalised noun after "one"


def test_a_capitalised_noun_before_its_verb_is_counted() -> None:
    assert readings("After one Senator objected to the plan, the vote was delayed.") == [
        ("one", 1, "senator")
    ]
    assert readings("Only one Briton died in the crash.") == [("one", 1, "briton")]
    assert readings("He met one Democrat who opposed the bill.") == [("one", 1, "democrat")]


def test_a_capitalised_word_before_a_noun_still_leaves_the_noun_counted() -> None:
    assert readings("One Arkansas lawmaker objected to the plan.") == [("One", 1, "lawmaker")]


def test_a_capitalised_name_after_one_is_no_noun_when_no_verb_follows() -> None:
    assert readings("It rained one Sunday evening.") == []


# ------------------------------------------------------------------ "the one million"


def test_one_after_the_starts_a_figure_with_a_scale_word() -> None:
    assert readings("The scheme paid for the one million homes built on the coast.") == [
        ("one million", 1_000_000, "home")
    ]


def test_one_after_the_is_still_no_figure_on_its_own() -> None:
    assert readings("The one you mentioned is broken.") == []


# ------------------------------------------------------------------ "one of nine nurses"


def test_a_part_of_a_counted_whole_counts_its_noun() -> None:
    assert readings("She is one of nine nurses hired this spring.") == [
        ("one", 1, "nurse"),
        ("nine", 9, "nurse"),
    ]
    assert readings("Two of 36 defendants pleaded guilty.") == [
        ("Two", 2, "defendant"),
        ("36", 36, "defendant"),
    ]


def test_a_part_of_a_whole_is_no_count_of_a_unit() -> None:
    assert readings("Three of 2,000 tonnes were lost.")[0] == ("Three", 3, None)


def test_a_place_in_a_ranking_is_no_count() -> None:
    assert readings("The country placed 140 of 150 countries in the index.")[0] == ("140", 140, None)


def test_that_before_one_of_is_a_conjunction() -> None:
    assert readings("The mayor said that one of the bridges was closed.") == [("one", 1, "bridge")]
    assert readings("She said that one was broken.") == []


# ------------------------------------------------------------------ "one" after "that", before a name


def test_one_after_the_conjunction_that_counts_its_noun() -> None:
    assert readings("The audit showed that one bridge was unsafe.") == [("one", 1, "bridge")]
    assert readings("The union says that one member was dismissed.") == [("one", 1, "member")]


def test_one_after_that_is_still_no_figure_as_a_pronoun_or_an_idiom() -> None:
    assert readings("We hope that one day she will return.") == []
    assert readings("I know that one knows the answer.") == []


def test_a_noun_after_a_name_of_two_words_is_counted() -> None:
    assert readings("Officers detained one South African tourist.") == [("one", 1, "tourist")]
    assert readings("The contract went to one New York firm.") == [("one", 1, "firm")]


def test_one_after_the_starts_a_hyphenated_modifier_as_after_a() -> None:
    assert readings("The one-count charge was dropped in June.") == [("one", 1, "count")]
    assert readings("The one-day strike closed the port.") == [("one-day", 1, "day")]
    assert readings("The one-time payment was made.") == []


def test_an_adverb_after_the_noun_of_one_ends_the_noun() -> None:
    for text, noun in (
        ("One complaint also claims the landlord kept the deposits.", "complaint"),
        ("One tenant still refuses to leave.", "tenant"),
        ("The clerk said one case another judge heard was reopened.", "case"),
    ):
        (c,) = numcheck.extract(text)
        assert (c.kind, c.counts) == ("count", noun), text
