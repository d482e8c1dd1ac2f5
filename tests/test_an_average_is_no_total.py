"""A figure whose own clause names it an average ("on average a watch owner will have 100 apps
installed") is a mean over many, never the same measurand as a figure its clause does not so name
(100,000 apps ready at a launch), though the two look a factor of a thousand apart
(rules/measures.yaml averages, link.average; round JG9, read on the spent held half of the FNC news
set; the text is written for this file). Without the word the pair is still found, and two
averages a slip apart are still set against each other."""

from __future__ import annotations

import numcheck

LAUNCH = "An analyst says the new watch will have 100,000 apps ready when it goes on sale in May.\n\n"


def findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_an_average_is_no_second_value_of_a_total() -> None:
    assert findings(LAUNCH + "He writes that on average a watch owner will have 100 apps installed.") == []


def test_without_the_word_the_pair_is_still_found() -> None:
    found = findings(LAUNCH + "He writes that a watch owner will have 100 apps installed.")
    assert len(found) == 1 and "factor of 1,000" in found[0]


def test_two_averages_a_slip_apart_are_still_found() -> None:
    text = (
        "On average a watch owner will have 40 apps installed.\n\n"
        "On average a watch owner will have 400 apps installed, he writes."
    )
    assert findings(text) == [
        "the same figure is given two values: 40 vs 400; ratio 0.10 — likely an extra or missing zero"
    ]
