"""AT52: how far a cue that is no verb of speech ("showed that", "asserted that", "projected")
reaches, and cue words that are plural nouns.

- A ";" inside brackets closed before the figure ("($1.3 million; 1.2 million euros) for 2016, up
  40 percent") parts no clause: the figure after the brackets keeps the cue's source; a figure
  inside the brackets after the ";" does not take it.
- Inside a clause the cue reports with "that", the ", and" before a list's last item ("the theft,
  resale, and export of 300 cars") and ", and by <verb in -ing>" go on with the same account. A
  list in a clause that is not reported ends the reach as before.
- A cue word in -s that is no verb of speech, followed by "of" or "for" ("the injury claims for
  the crash"), is a plural noun: no source.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_semicolon_in_closed_brackets_parts_no_clause() -> None:
    text = (
        "On March 3, the brewer projected sales of 9 billion yuan ($1.3 billion; 1.2 billion euros) "
        "for 2017, up 40 percent from a year before.\n"
    )
    assert source_of(text, "40 percent") == "the brewer"


def test_the_last_item_of_a_reported_list_keeps_the_account() -> None:
    text = (
        "Records at trial showed that at both depots, Vance oversaw the theft, resale, and export "
        "of 300 cars.\n"
    )
    assert source_of(text, "300") == "Records at trial"


def test_a_second_means_after_and_by_keeps_the_account() -> None:
    text = (
        "The complaint asserted that the firm misled buyers about its loans, and by charging fees "
        "before nine business days had passed.\n"
    )
    assert source_of(text, "nine") == "The complaint"


def test_a_plural_noun_cue_names_no_source() -> None:
    text = (
        "The county announced today that Harlow Freight will pay $2 million to settle a part of "
        "the injury claims for the 2019 crash of a tour bus with 41,000 miles on it.\n"
    )
    assert source_of(text, "41,000 miles") == "The county"
    text = "The ministry reports of 40 deaths could not be checked.\n"
    assert source_of(text, "40") is None
    text = "The survey finds for the first time that 35 percent of renters move yearly.\n"
    assert source_of(text, "35 percent") == "The survey"


def test_a_list_outside_a_reported_clause_ends_the_reach() -> None:
    text = (
        "Herders accuse the army of raids that emptied Ardo, Belen, and Corra over the past two years, "
        "a district councillor said on radio.\n"
    )
    assert source_of(text, "two years") == "a district councillor"


def test_a_cue_in_s_after_a_name_stays_a_verb() -> None:
    text = (
        '"Most of them distrust the board," Ana Lee of the Courier reports of a new survey of 800 tenants.\n'
    )
    assert source_of(text, "800") == "Ana Lee of the Courier"
