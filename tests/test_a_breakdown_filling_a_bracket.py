"""A list of counts joined by "and" that fills a bracket right after a count of the same class of
noun is all of it (rules/relations.yaml parts.bracket_breakdown_not, bracket_tail_words; round
RL42): the parts must add up to the count, not only stay under it. Vessels of several kinds are one
class of counted noun (rules/nouns.yaml classes.boats). Kinds named by a noun of their own ("staff
(60 nurses and 45 doctors)") may be some of the count only. Sentences written for these tests."""

from __future__ import annotations

from tests.arithmetic_findings import flagged_rules


def test_a_bracketed_list_is_the_whole_breakdown() -> None:
    held = "The relay squad took 11 medals (three gold, five silver and three bronze) at the meet."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("five silver", "four silver")) == ["NC502"]


def test_kinds_named_by_their_own_noun_may_be_some_of_it() -> None:
    assert flagged_rules("The club sent 14 riders (nine juniors and three seniors) to the trials.") == []


def test_vessels_of_several_kinds_break_down_a_fleet() -> None:
    held = "Inspectors held five of its boats (two trawlers and three ferries) in port."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("two trawlers", "one trawler")) == ["NC502"]


def test_one_vessel_named_in_the_singular_is_a_part() -> None:
    held = "The navy sold three of its ships (two ferries and one tanker) last spring."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("two ferries", "three ferries")) == ["NC502"]


def test_a_list_with_more_after_it_is_not_all() -> None:
    # "among others": the bracket names some of the riders, not all
    assert (
        flagged_rules("The club sent 14 riders (nine juniors and two seniors among others) to the trials.")
        == []
    )


def test_respectively_pairs_figures_and_breaks_nothing_down() -> None:
    assert flagged_rules("The two firms employ 40 workers (25 and 10 respectively) at the plant.") == []
