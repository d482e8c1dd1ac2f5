"""A count written right after "holds", "seats", "capacity of" and the like (rules/measures.yaml
capacities: "a hall that holds 290 people") is how many a place can take, not how many were there
or were allowed: never one figure, nor two voices' values of one, with a count that is not a
capacity (link.capacity; within._linked_pairs). Two capacities keep their pair. Sentences written
for these tests."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import capacity


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def _capacity(text: str, surface: str) -> bool:
    c = next(c for c in numcheck.extract(text) if c.surface.startswith(surface))
    return capacity(c, text, knowledge(_config(None).pack))


def test_a_place_that_holds_or_seats_gives_a_capacity() -> None:
    assert _capacity("The chapel holds 290 people.", "290")
    assert _capacity("The arena seats about 20,000.", "20,000")
    assert _capacity("The ferry has a capacity of 600 passengers.", "600")


def test_a_count_present_or_held_is_no_capacity() -> None:
    assert not _capacity("Police held 12 people overnight.", "12")
    assert not _capacity("About 290 people came to the chapel.", "290")
    assert not _capacity("The party holds 53 seats in the Senate.", "53")


def test_a_capacity_is_no_second_value_of_a_limit() -> None:
    text = (
        "Father Lee said the spaced congregation sat in a chapel that holds 290 people. "
        "Ms. Dunn said the county rule capped each spaced congregation at 10 people."
    )
    assert _nc201(text) == []


def test_two_capacities_still_differ() -> None:
    text = (
        "The club said the distanced crowd filled an arena that seats 20,000 fans. "
        "The league said the distanced arena seats 2,000 fans."
    )
    assert _nc201(text) == ["sources differ: 20,000 (The club) vs 2,000 (The league); ratio 0.10"]
