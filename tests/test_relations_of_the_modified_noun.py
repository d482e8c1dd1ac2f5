"""A part named "N of the W NOUN", one word between "of the" and the noun a count just before it
counts ("two members of a choir ... one of the choir members"): the count is its whole, as when
the noun follows "of the" directly, unless that word names another group (rules/relations.yaml
parts.of_the_noun_not_modifiers: "two of the other wardens"). Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations


def _of_the(text: str) -> list[tuple[str, list[str]]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    read = [p for p in rel.parts if p.whole is not None and p.cue == "of the"]
    return [(p.whole.surface, [c.surface for c in p.parts]) for p in read if p.whole is not None]


def test_a_part_naming_its_noun_after_one_word_is_read() -> None:
    text = "Three choir members stayed late to lock the hall, and two of the choir members left by bus."
    assert _of_the(text) == [("Three", ["two"])]
    assert found(text) == []
    text = "Rangers counted 14 wild horses near the ridge. By dusk, nine of the wild horses had gone."
    assert _of_the(text) == [("14", ["nine"])]
    assert found(text) == []


def test_a_slip_of_such_a_part_above_its_whole_is_found() -> None:
    text = "Three choir members stayed late to lock the hall, and four of the choir members left by bus."
    assert message(text) == "the part four is more than its whole Three"
    text = "Rangers counted 14 wild horses near the ridge. By dusk, 90 of the wild horses had gone."
    assert message(text) == "the part 90 is more than its whole 14"


def test_a_word_that_names_another_group_keeps_it_unread() -> None:
    quiet = [
        "Two wardens opened the gate. Later, three of the other wardens arrived with the keys.",
        "The board seated four trustees in May, and six of the former trustees wrote to object.",
        "Two pilots flew the route in June; five of the remaining pilots were grounded.",
        # a count of another time: the same verb, or a day of its own
        "Guards held two young men on Monday. Three of the young men were held on Tuesday.",
        "Six choir members sang at noon. Eight of the choir members sang again at dusk.",
    ]
    for text in quiet:
        assert _of_the(text) == [], text
        assert found(text) == [], text
