"""Issue 10: a passive estimate inside a statistics office's run is the office's own estimate.

"Arrivals were estimated at 590,000" names no one; after a person's words it is hearsay of
someone else's and ends their carried account, but inside the run of a document's or a
statistics office's figures it is that source's estimate and the run goes on (`data_passives` in
rules/attribution.yaml). The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

OFFICE = "The Bureau of Tourism Statistics said 41,000 visitors came in May. "


def test_a_passive_estimate_goes_on_with_the_offices_figures() -> None:
    text = OFFICE + "Arrivals by sea were estimated at 12,500, a record for the month."
    assert source_of(text, "12,500") == "The Bureau of Tourism Statistics"


def test_the_offices_run_goes_on_past_the_estimate() -> None:
    text = OFFICE + "Arrivals by sea were estimated at 12,500. Of these, 4,100 came from Spain."
    assert source_of(text, "4,100") == "The Bureau of Tourism Statistics"


def test_an_unnamed_report_still_ends_the_run() -> None:
    text = OFFICE + "Arrivals by sea were reported to be 12,500."
    assert source_of(text, "12,500") is None


def test_a_passive_estimate_after_a_persons_words_is_not_theirs() -> None:
    text = "Mayor Ana Ruiz said 41,000 visitors came in May. Arrivals by sea were estimated at 12,500."
    assert source_of(text, "12,500") is None
