"""A share 'of over-60s' or 'of under-25s' is a share of that age band: the band is what the
percentage is of (its heads), so two voices' shares of different groups ('of over-60s' against
'of adults aged between 18 and 30') are two measurands, while two shares of one band still meet
(round JG4, read on the BBC news set's fit half; the sentences are written for this file)."""

from __future__ import annotations

import numcheck

LEAD = "Retired voters matter most, says Grey Voice. A poll for the charity finds 62% of over-60s always "


def serious(text: str) -> list[str]:
    found = numcheck.check([text]).findings
    return [f.rule for f in found if f.severity.value in {"warning", "error"}]


def test_the_band_is_what_the_share_is_of() -> None:
    (c,) = [c for c in numcheck.extract("Some 62% of over-60s always turn out.") if c.surface == "62%"]
    assert c.heads == ["over-60"]


def test_shares_of_two_age_groups_in_two_voices_are_no_discrepancy() -> None:
    text = LEAD + (
        "turn out at a general election. In the study run by Delta Polling, 11% of adults aged "
        "between 18 and 30 said they never turned out at general elections."
    )
    assert serious(text) == []


def test_two_shares_of_one_band_that_differ_are_still_found() -> None:
    text = LEAD + (
        "turn out at a general election. In the study run by Delta Polling, 26% of over-60s said "
        "they always turned out at general elections."
    )
    assert serious(text) in (["NC201"], ["NC301"])
