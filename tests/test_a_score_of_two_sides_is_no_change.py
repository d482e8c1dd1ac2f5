"""'up from a 49% to 46% lead': 'A to B' with a noun of a score right after B (no word between
'to' and B; rules/relations.yaml change.score_nouns) is one score of two sides, not a level that
moved from A to B, and neither side is the earlier level of a figure before 'up from' (round JG24,
read on AllSides extra3 poll leads; the sentences are written for this file). A level that moved
the wrong way is still found, with or without the score noun further off."""

from __future__ import annotations

import numcheck


def changes(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_an_earlier_lead_of_two_sides_is_quiet() -> None:
    text = (
        "The mayor is ahead 55 percent to 41 percent in the city, up from a 50 percent to 45 percent "
        "lead in May."
    )
    assert changes(text) == []


def test_a_level_that_fell_the_wrong_way_is_still_found() -> None:
    assert changes("The mayor's lead shrank from 50 percent to 55 percent in May.") == [
        "from 50 percent to 55 percent is a rise, not a fall"
    ]


def test_a_second_level_named_by_an_article_is_still_found() -> None:
    assert changes("The mayor's lead shrank from a 5-point to a 9-point lead in May.") == [
        "from 5 to 9 is a rise, not a fall"
    ]


def test_up_from_a_single_level_is_still_found() -> None:
    assert changes("The mayor has 41 percent in the city, up from 45 percent in May.") == [
        "from 45 percent to 41 percent is a fall, not a rise"
    ]
