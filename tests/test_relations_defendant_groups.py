"""Counts of defendants across a release: which group is the whole of which. A count that is
itself a subgroup, a count said to be among a larger group, a headline's few "more", and a
sentence that names its own total are no whole for a count in the next sentence (NC501).
Sentences written for these tests."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_a_subgroup_is_no_whole_for_the_next_sentences_group() -> None:
    text = (
        "All seven men are natives of Peru who moved to the United States. Four have become "
        "citizens and the remaining three hold visas. Six of the defendants are in the country "
        "and have been arrested. A seventh defendant is abroad."
    )
    assert nc501(text) == []
    remaining = (
        "All eight women come from Chile. Three have become citizens and the remaining five hold "
        "visas. Seven of the defendants are in the country and have been arrested."
    )
    assert nc501(remaining) == []


def test_a_count_after_a_group_still_exceeds_it() -> None:
    text = "Police arrested four men in the raid. Six of the men were later released on bail."
    assert nc501(text) != []


def test_a_headline_of_more_sentenced_is_no_whole_of_the_lead() -> None:
    text = (
        "Three More Ohio Men Sentenced for Wire Fraud\n\n"
        "Five of eight defendants due for sentencing this month over the scheme have by now "
        "received their terms from a judge in Dayton."
    )
    assert nc501(text) == []


def test_a_count_among_those_charged_is_no_whole_of_those_charged() -> None:
    text = (
        "The three defendants sentenced today are among numerous people charged in a 2015 "
        "indictment. Fourteen defendants have admitted guilt so far in that prosecution."
    )
    assert nc501(text) == []


def test_a_sentence_with_its_own_total_charged_is_measured_against_it() -> None:
    quiet = (
        "The four defendants were charged by a grand jury last May. So far, a total of "
        "61 people have been charged in the scheme, and 27 defendants have pleaded guilty."
    )
    assert nc501(quiet) == []
    found = "Nine men have been charged in the scheme. Twelve defendants have pleaded guilty."
    assert nc501(found) != []


def test_a_headline_of_more_still_holds_the_lead_that_repeats_it() -> None:
    head = (
        "Four Additional Men Plead Guilty in Timber Theft\n\n"
        "Today, {} men pleaded guilty before a Boise judge to felling trees on public land."
    )
    assert nc501(head.format("four")) == []
    assert nc501(head.format("fourteen")) != []


def test_a_headline_count_still_holds_the_group_a_lead_names_after_of() -> None:
    text = (
        "Seven Texas Men Sentenced for Smuggling\n\n"
        "The last two of {} men were sentenced on Friday by an Austin judge."
    )
    assert nc501(text.format("seven")) == []
    assert nc501(text.format("seventy")) != []
