"""AT24: "gave him ..." hands a thing to someone; it reports no words.

A subject before "gave" followed by an object pronoun ("the night team gave him ...") was read as
the source of the writer's figure in that sentence. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_team_that_gave_someone_care_is_no_source() -> None:
    text = (
        "When Marek Olsen fell ill in March, the riverside hospice staff gave him 12-hour visits "
        "until he could walk again."
    )
    assert source_of(text, "12-hour") is None


def test_a_ministry_that_gave_a_toll_still_speaks() -> None:
    text = "The harbour ministry gave a toll of 17 dead after the ferry fire."
    assert source_of(text, "17") is not None
