"""'The council passed two bylaws - one requiring ...': a lone part opened by a colon or a spaced
dash right after its counted whole, as by a comma ("two plans, one covering ..."), is one of the
things counted; a word in -ing right after the part says what it does and is no noun of its own.
A part after "the other" later in the sentence completes the whole with the lone part ("four
depots: one in the north, and the other three in the south"). Round RL33 (issue 13, hand-read
samples 4, 11 and 12); the sentences are written for this file. The slip of the same shape (a
part above its whole, parts that miss it) is found; the right figures are quiet."""

from __future__ import annotations

import numcheck
from tests.arithmetic_findings import flagged_rules


def parts_messages(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC501", "NC502"}]


def test_a_lone_part_after_a_dash_is_quiet() -> None:
    text = "The council will vote on two new bylaws - one requiring the parks office to plant more trees."
    assert flagged_rules(text) == []


def test_a_lone_part_after_a_dash_above_its_whole_is_found() -> None:
    text = "The council will vote on two new bylaws - ten requiring the parks office to plant more trees."
    assert parts_messages(text) == ["the part ten is more than its whole two"]


def test_a_lone_part_after_a_colon_above_its_whole_is_found() -> None:
    text = "The council will vote on two new bylaws: ten requiring the parks office to plant more trees."
    assert parts_messages(text) == ["the part ten is more than its whole two"]


def test_a_part_doing_something_after_a_comma() -> None:
    quiet = "The studio released two albums, one featuring a string quartet."
    slip = "The studio released two albums, ten featuring a string quartet."
    assert flagged_rules(quiet) == []
    assert parts_messages(slip) == ["the part ten is more than its whole two"]


def test_the_other_completes_the_whole() -> None:
    quiet = "The co-op runs four depots: one serving the harbour, and the other three serving the hill farms."
    assert flagged_rules(quiet) == []
    for slip, msg in [
        (quiet.replace("four", "forty"), "the parts one + three add up to 4, not forty"),
        (quiet.replace("three", "thirty"), "the parts one + thirty add up to 31, not four"),
    ]:
        assert parts_messages(slip) == [msg]


def test_ages_after_the_other_are_no_parts() -> None:
    text = "Police questioned two men, one aged 31, and the other 47, near the depot."
    assert flagged_rules(text) == []


def test_a_word_in_ing_that_is_no_action_of_the_part_reads_no_part() -> None:
    # a list of like counts, each with its own word in -ing; an -ing word before the part's own noun
    assert flagged_rules("Auditors listed the cases: two cases pending, five pending.") == []
    assert flagged_rules("The flood left four people drowning, 300 being rescued, and roads shut.") == []
    text = "The quake hit 150 buildings including 60 homes, eight clinics, nine praying halls and five shops."
    assert flagged_rules(text) == []


def test_a_whole_restated_after_a_dash_with_a_preposition_in_ing_is_no_part() -> None:
    assert flagged_rules("She has carried 11 districts — 12 counting the recount — and lost three.") == []
