"""A figure after "it takes" ("It takes 270 votes to win") is what is needed (rules/relations.yaml
parts.needed_before), no part of a total announced the sentence before ("for a total of 206"): no
NC501 'the part 270 is more than its whole 206'. A count that is won, after the same total, is still
read as its part."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_what_it_takes_is_quiet() -> None:
    text = "The party holds a total of 206 seats, officials said. It takes 270 seats to win the chamber."
    assert nc501(text) == []


def test_a_count_won_after_the_total_is_still_a_part() -> None:
    text = "The party holds a total of 206 seats, officials said. It won 270 seats in the north."
    assert nc501(text) == ["the part 270 is more than its whole 206"]


def test_a_party_that_takes_seats_is_still_a_part_of_the_total() -> None:
    text = "The party holds a total of 206 seats, officials said. Labour takes 270 seats in the north."
    assert nc501(text) == ["the part 270 is more than its whole 206"]
