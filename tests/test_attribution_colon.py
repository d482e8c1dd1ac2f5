"""Issue 10: a source named after "according to" ends at a colon that opens its words.

'According to the parish council: "..."' names the council and then gives its own words; the
words after the colon are what the council says, not part of its name, and a time such as
"10:30" (a colon with no space after it) does not cut a name. The sentences are written for this
file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_colon_after_the_source_ends_its_name() -> None:
    text = (
        "Footfall in the market fell sharply. As a result, according to the parish council: "
        '"Stall rents went unpaid: 37% of traders were behind, up from 12% a year earlier."'
    )
    assert source_of(text, "37%") == "the parish council"
    assert source_of(text, "12%") == "the parish council"


def test_a_long_quotation_after_the_colon_still_has_its_source() -> None:
    text = (
        'According to the Orrin Valley water board: "Leaks in the older mains of the eastern '
        "districts and the hill villages above the reservoir cost the valley 48 million litres a "
        'day last summer."'
    )
    assert source_of(text, "48 million litres a day") == "the Orrin Valley water board"


def test_a_time_of_day_is_no_colon_that_ends_a_name() -> None:
    text = "The count ended at 10:30 according to Mirela Dusan, who tallied 212 ballots."
    assert source_of(text, "212") == "Mirela Dusan"
