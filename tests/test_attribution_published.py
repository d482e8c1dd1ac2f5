"""Issue 10: where or when a document came out is no part of its name.

"a 2001 study published in the Lowland Medical Review", "A survey released on Monday": the source
is the study and the survey; a participle of `document_participles` (rules/attribution.yaml) right
after a document word, before "in", "on", "last" and the like, ends the source's name. "published
by" still names who published it. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_study_published_in_a_journal_is_the_study() -> None:
    text = (
        "About 18 percent of patients recovered, according to a 2001 study of river fevers "
        "published in the Lowland Medical Review."
    )
    assert source_of(text, "18 percent") == "a 2001 study"


def test_a_survey_released_on_a_day_is_the_survey() -> None:
    text = "A survey released on Monday shows 40 percent of tenants pay late."
    assert source_of(text, "40 percent") == "A survey"


def test_published_by_still_names_the_publisher() -> None:
    text = "The report published by the Tallow Institute says 40 percent of tenants pay late."
    assert source_of(text, "40 percent") == "the Tallow Institute"
