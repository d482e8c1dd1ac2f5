"""Issue 10: a source named after "according to" ends before "during", which tells when it spoke.

"According to the case agent during the plea hearing, ..." credits the agent; the hearing is the
occasion, as "regarding the fires" is the topic (`source_ends` in rules/attribution.yaml). The
sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_occasion_after_during_is_not_part_of_the_source() -> None:
    text = "According to the case agent during the plea hearing, Vale made 44 calls to the broker."
    assert source_of(text, "44") == "the case agent"


def test_a_document_and_where_it_was_filed_stay_one_source() -> None:
    text = "According to the plea agreement filed in court, Vale made 44 calls to the broker."
    assert source_of(text, "44") == "the plea agreement filed in court"
