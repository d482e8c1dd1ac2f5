"""AT56: an investigation, an inquiry or a probe that finds, determines or reveals something gives
its findings as a report does ("The investigation also determined that ...": the investigation is
the source), where before only the documents of `carrying_documents` did. The subject must still be
such a word: "Police found three bodies" stays the writer's.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_an_investigation_determined_that() -> None:
    text = "The investigation also determined that Orr moved $12,000 into a private account."
    assert source_of(text, "$12,000") == "The investigation"


def test_an_inquiry_found_that() -> None:
    text = "The inquiry found that 40 patients at the Dunmore clinic waited more than a year."
    assert source_of(text, "40") == "The inquiry"


def test_police_who_found_bodies_give_no_finding() -> None:
    text = "Police found three bodies in the burned barn on Tuesday."
    assert source_of(text, "three") is None


def test_a_thing_police_found_during_an_investigation_is_no_finding() -> None:
    text = "In May, city police found a 9mm pistol during an investigation into the robbery."
    assert source_of(text, "9mm") is None
