"""Issue 10: an ordinal before a document is no share of people.

"The third superseding indictment alleges that ...", "The fifth annual survey shows ...": "third"
and "fifth" are also shares (`shares` in rules/attribution.yaml: "a third of those asked said",
whose words are the poll's), but after "the" and before a word other than "of" they are ordinals,
and the document they stand in is the source. "The third of the nurses said" and "a third said"
stay a share. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_third_indictment_is_the_source() -> None:
    text = "The third superseding indictment alleges that the crew stole 48 cargo trucks."
    assert source_of(text, "48") == "The third superseding indictment"


def test_the_fifth_survey_is_the_source() -> None:
    text = "The fifth annual survey says 62 percent of tenants pay late."
    assert source_of(text, "62 percent") == "The fifth annual survey"


def test_a_third_of_those_asked_is_still_no_source() -> None:
    text = "A third of those asked said rents had risen by $200 since May."
    assert source_of(text, "$200") is None
