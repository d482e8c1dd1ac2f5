"""Issue 10: a web page's link to another story ends the source carried from the sentence before.

'READ MORE: Port strike enters its 12th day' is a link line pasted into the article; the
source who spoke before it does not speak it, nor the writer's figures after it. The
sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

TEXT = (
    "The charity Oxlow Aid said on Monday that 2.1 million people in the region lacked clean water. "
    "It said 300 wells had failed. "
    "READ MORE: Drought deepens across the southern plains "
    "Of the nine districts, only two have a working reservoir."
)


def test_the_source_before_a_link_still_speaks_its_own_sentences() -> None:
    assert source_of(TEXT, "2.1 million") in {"Oxlow Aid", "The charity Oxlow Aid"}
    assert source_of(TEXT, "300") in {"Oxlow Aid", "The charity Oxlow Aid"}


def test_no_source_is_carried_past_a_link_line() -> None:
    assert source_of(TEXT, "nine") is None
    assert source_of(TEXT, "two") is None
