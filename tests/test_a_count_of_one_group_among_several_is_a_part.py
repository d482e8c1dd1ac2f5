"""When a sentence says the same thing befell another group, named without a figure ("Three men
were killed at the depot and a driver and his mate were killed on the bridge"), the figure counts
one group of those it befell: a part of a total given elsewhere, never a second value of that total
(features._one_group_of_several)."""

from __future__ import annotations

import numcheck

STORY = (
    "Gunman held after attacks in two towns\n\n"
    "A gunman killed {total} people in attacks on two towns on Sunday, state police said.\n\n"
    "Three men were killed at a grain depot and a driver and his mate were killed on the river "
    "bridge, a police spokeswoman, Hanne Voss, said.\n"
)


def serious(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.severity.value in {"warning", "error"}]


def test_one_group_of_the_dead_is_not_a_second_toll() -> None:
    assert serious(STORY.format(total="five")) == []


def test_a_count_that_names_no_other_group_is_still_the_toll() -> None:
    text = STORY.format(total="five").replace(
        " and a driver and his mate were killed on the river bridge", ""
    )
    found = serious(text)
    assert len(found) == 1 and "five" in found[0] and "Three" in found[0]


def test_more_of_the_same_people_is_not_another_group() -> None:
    claims = numcheck.extract("Three men were shot at the depot and were killed on the spot.")
    assert [c.partitive for c in claims if c.surface == "Three"] == [False]


def test_a_later_noun_of_the_same_event_names_no_group() -> None:
    claims = numcheck.extract("Nine people had died, and the mayor promised an inquiry into every death.")
    assert [c.partitive for c in claims if c.surface == "Nine"] == [False]
