"""AT24: "I said a quick goodbye": with a first-person speaker right before the cue, the words
after it are what was said, never an inverted source ("..., said Ana Ruiz").

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_what_i_said_is_no_source() -> None:
    text = "I packed lunches for my twins, who are four and 9, and I said a quick goodbye at the gate."
    assert source_of(text, "9") is None


def test_an_inverted_speaker_after_a_quotation_still_speaks() -> None:
    text = '"We counted 14 boats in the bay," said Ilse Moreau.'
    assert source_of(text, "14") == "Ilse Moreau"
