"""Issue 10: a cue verb after "falsely" or "fraudulently" tells a deceit, not words given to the text.

"The returns falsely reported 40 losses" says what a fraud consisted of; the returns are not a
source the writer cites, and their subject with the adverb ("The returns falsely") is no source's
name. The figures stay with what the text is with: a charging document's account, or the writer
(`deceit_adverbs` in rules/attribution.yaml). The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_false_report_inside_an_indictments_account_stays_the_indictments() -> None:
    text = (
        "According to the indictment, Vale prepared returns for his clients in 2014 and 2015. "
        "The returns falsely reported $61,300 in business losses."
    )
    assert source_of(text, "$61,300") == "the indictment"


def test_a_false_claim_told_by_the_writer_has_no_source() -> None:
    text = "The bakery closed in May. Its owner fraudulently claimed $8,200 in storm relief."
    assert source_of(text, "$8,200") is None


def test_a_plain_claim_still_names_its_speaker() -> None:
    text = "Its owner claimed that the storm cost the bakery $8,200."
    assert source_of(text, "$8,200") == "Its owner"
