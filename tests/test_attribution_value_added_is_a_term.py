"""Issue 10: "added" right after "value" is the term "value added" ("the value added per
employee", "gross value added"), not a verb of saying: the sentence names no source by it, and a
"he" in the sentences after is not kept from the person named before by a source that never spoke.
"added" after a name still gives its speaker.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_value_added_names_no_source() -> None:
    text = "The value added per worker abroad is 29 percent higher than at home."
    assert source_of(text, "29 percent") is None


def test_gross_value_added() -> None:
    text = "The region's gross value added rose 4 percent last year."
    assert source_of(text, "4 percent") is None


def test_added_after_a_name_still_speaks() -> None:
    text = "The plant will hire 40 workers, Ana Ruiz added."
    assert source_of(text, "40") == "Ana Ruiz"
