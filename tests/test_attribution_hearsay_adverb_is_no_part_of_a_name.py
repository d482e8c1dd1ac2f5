"""Issue 10: an adverb that credits someone unnamed (`unnamed_cues`: "allegedly", "purportedly",
"supposedly", "apparently") between a speaker and the cue verb is no part of the speaker's name:
"Tom Reyes allegedly told the clerk ..." is Tom Reyes's ("reportedly" was already dropped).
The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of


@pytest.mark.parametrize("adverb", ["allegedly", "purportedly", "supposedly", "apparently"])
def test_the_adverb_is_dropped(adverb: str) -> None:
    text = f"Tom Reyes {adverb} told the clerk he would get $40,000."
    assert source_of(text, "$40,000") == "Tom Reyes"
