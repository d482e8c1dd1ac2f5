"""The full stop of an abbreviated title before a name ("according to Ohio National Guard spokesman
Lt. Col. Mark Penrose") is part of the source's name, as a middle initial's is, and never cuts it
at the title, which made one speaker two voices (rules/attribution.yaml title_abbreviations,
attribution._words_after; round JG9, read on the spent held half of the FNC news set; the text is
written for this file). Two speakers who do differ are still set against each other."""

from __future__ import annotations

import numcheck

CADETS = (
    "The three men are junior officers from Peru and were cleared to take part in the drill, "
    "according to Ohio National Guard spokesman Lt. Col. Mark Penrose. "
)


def findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_the_title_is_read_with_the_name() -> None:
    sources = {c.source for c in numcheck.extract(CADETS)}
    assert sources == {"Mark Penrose"}


def test_one_speaker_is_not_two_voices() -> None:
    text = CADETS + (
        "There are 250 people from nine nations taking part in the drill, including 12 officers "
        "and cadets from Peru, said Penrose."
    )
    assert findings(text) == []


def test_two_speakers_who_differ_are_still_found() -> None:
    text = CADETS + (
        "The thirty men are junior officers from Peru and were cleared to take part in the drill, "
        "said Mayor Ann Lee."
    )
    assert findings(text) == ["sources differ: three (Mark Penrose) vs thirty (Ann Lee); ratio 0.10"]
