"""A gallery's counter is no claim (round JG26, AllSides extra4b): "<label> N of M" right after a
word of rules/nouns.yaml counter_labels ("Caption 3 of 7 Photos", "Slide 2 of 10") gives one item's
place among M; neither figure counts anything, so two captions' totals are not two sources'
counts of photos. A count of photos written in running text is still read and still checked."""

from __future__ import annotations

import numcheck

GALLERY = (
    "Hide Caption 2 of 6 Photos: Dancers rehearse before the opening night, the company said. "
    "Hide Caption 3 of 7 Photos: A stagehand checks the lights, according to the theatre's website. "
)


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def test_a_gallery_counter_is_no_claim() -> None:
    assert readings("Hide Caption 4 of 11 Photos: Voters queue outside a school gym.") == []
    assert readings("See Slide 2 of 10 for the district map.") == []


def test_a_count_of_photos_in_running_text_is_as_before() -> None:
    assert readings("The gallery holds 7 photos of the old mill.") == [("7", 7.0, "photo")]
    assert readings("Four of 9 voters said no.")[1][:2] == ("9", 9.0)


def test_two_galleries_totals_are_no_sources_that_differ() -> None:
    found = [(f.rule, f.message) for f in numcheck.check([GALLERY]).findings]
    assert not any(r in {"NC201", "NC301"} for r, _ in found)


def test_two_counts_of_photos_that_differ_are_still_found() -> None:
    text = GALLERY + (
        "The troupe sold 60 photos of the rehearsal, the company said. "
        "Later the troupe said it had sold 6 photos."
    )
    found = [f for f in numcheck.check([text]).findings if f.rule == "NC201"]
    assert len(found) == 1
    assert "60" in found[0].message and "6 " in found[0].message
