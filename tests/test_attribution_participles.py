"""Issue 10: a cue verb that only describes a noun names no source.

'The coldest night ever recorded in the valley' uses 'recorded' as a participle on 'night': no one
is speaking, and the words before it are not a source. 'The 40 firms said to be bidding' is
hearsay with no one named, not something the firms said. A cue after 'ever' with 'by' still names
who recorded it. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_cue_after_ever_is_a_participle_not_a_saying() -> None:
    text = (
        "Lake Ardent's minus 31 degrees on Sunday was the coldest night ever recorded in the valley. "
        "Ferry crossings fell to 12 that week."
    )
    assert source_of(text, "minus 31") is None
    assert source_of(text, "12") is None


def test_a_cue_after_ever_still_names_who_recorded_it_with_by() -> None:
    text = "The lowest turnout ever recorded by the Orwell Institute was 22% in the spring vote."
    assert source_of(text, "22%") == "the Orwell Institute"


def test_said_to_be_names_no_one() -> None:
    text = "Only three of the 40 firms said to be bidding for the tram contract are local."
    assert source_of(text, "three") is None
    assert source_of(text, "40") is None


def test_a_speaker_who_said_to_the_council_still_speaks() -> None:
    text = "Mayor Tilda Roos said to the council that 15 bridges needed repair."
    assert source_of(text, "15") in {"Tilda Roos", "Mayor Tilda Roos"}


def test_said_to_have_told_keeps_the_subject_s_account() -> None:
    text = "Mr Halvor is also said to have told detectives he had crossed the border four times."
    assert source_of(text, "four") in {"Halvor", "Mr Halvor"}


def test_a_tally_verb_after_a_superlative_is_a_participle() -> None:
    text = "Nearly 38% said they would move, the highest share recorded in six years."
    assert source_of(text, "38%") is None
    assert source_of(text, "six years") is None


def test_a_tally_verb_with_an_object_after_a_superlative_still_counts() -> None:
    text = "The largest survey recorded 430 nests on the coast last spring."
    assert source_of(text, "430") == "The largest survey"
