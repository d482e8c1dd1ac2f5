"""Issue 10: a cue word used as a plural noun after a determiner is part of the subject.

'The reports indicated the mayor paid $820 ...' has "reports" as the subject's noun, not a verb
whose subject ends the one before it; read as a verb, the source fell to the words after
"indicated" ('Mayor Ruiz paid $820'). An adjective in '-ed' ('the estimated $5 billion the agency
said') is not such a noun. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_reports_are_the_subject_of_indicated() -> None:
    text = (
        "The Harbour Ledger published files about the mayor's accounts on Monday. The reports "
        "indicated Mayor Ruiz paid $820 in fees in 2015."
    )
    assert source_of(text, "$820") == "The reports"


def test_the_charges_are_the_subject_of_allege() -> None:
    text = "The charges filed on Monday allege that Dr. Okafor billed $3.1 million for visits never made."
    assert source_of(text, "$3.1 million") == "The charges"


def test_an_estimated_amount_keeps_its_own_speaker() -> None:
    text = "The sum is well under the estimated $5.2 billion the agency said it spent on roads in 2016."
    assert "the agency" in (source_of(text, "$5.2 billion") or "")


def test_a_second_that_after_comma_and_goes_on_with_the_account() -> None:
    text = (
        "The ledger indicated the club paid $640 in rates in 2018, and that it owed more than "
        "$90,000 to the bank."
    )
    assert source_of(text, "$90,000") == "The ledger"


def test_that_as_a_subject_after_comma_and_is_the_writer_s() -> None:
    text = (
        "The ledger indicated the club paid $640 in rates in 2018, and that was before the roof "
        "cost $90,000 to mend."
    )
    assert source_of(text, "$90,000") is None
