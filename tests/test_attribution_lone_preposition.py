"""AT24: a preposition alone before a cue word ("By reports, ...") names no one.

"By" was taken as the subject of "reports" and given as the source of the sentence's figures. The
sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_lone_preposition_is_no_source() -> None:
    text = "By reports he carried four of the island's seven seats in the spring vote."
    assert source_of(text, "four") != "By"


def test_a_named_source_still_speaks() -> None:
    text = "The electoral board reports that he carried four of the island's seven seats."
    assert source_of(text, "four") == "The electoral board"
