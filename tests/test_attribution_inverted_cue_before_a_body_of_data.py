"""Issue 10: a cue verb after the figures, with a body of data and its maker after it ("...,
suggests statistics gathered by the Lake Institute", "..., says data from the Lake Institute"),
names that maker as the figures' source, as "..., says a survey by the Lake Institute" already
did. The words after the cue must go on past the body of data ("..., says data." names no maker).
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_suggests_statistics_gathered_by() -> None:
    text = (
        "About 44% of parents use apps to watch their children online, 39% check browser "
        "histories and 37% set controls on the router, suggests statistics gathered by the "
        "Lake Institute."
    )
    assert source_of(text, "44%") == "the Lake Institute"
    assert source_of(text, "37%") == "the Lake Institute"


def test_says_data_from() -> None:
    text = "About 44% of parents use apps to watch their children online, says data from the Lake Institute."
    assert source_of(text, "44%") == "the Lake Institute"
