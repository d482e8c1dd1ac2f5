"""A change "from A to B" governed by a direction verb in its base form or in a form of "boost"
("plans to boost its staff from 200 to 350", "will reduce the fee from 8 to 6 per cent"): the two
figures are the change's ends, not a range (rules/nouns.yaml range_change_verbs), so a slip that
turns the change round is found. Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations


def _changes(text: str) -> list[tuple[str, str]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    return [(ch.old.claim.surface, ch.new.claim.surface) for ch in rel.changes]


def test_boost_and_base_verbs_make_a_change_of_from_a_to_b() -> None:
    assert _changes("The bakery means to boost its count of drivers from 140 to 260 by June.") == [
        ("140", "260")
    ]
    assert _changes("Orvane boosted its fleet of ferries from 12 to 19 last year.") == [("12", "19")]
    assert _changes("The council will reduce the number of depots from 48 to 31.") == [("48", "31")]
    assert _changes("Bookings are expected to fall from 9,400 to 7,100 next winter.") == [("9,400", "7,100")]
    for text in (
        "The bakery means to boost its count of drivers from 140 to 260 by June.",
        "The council will reduce the number of depots from 48 to 31.",
    ):
        assert found(text) == [], text


def test_a_change_turned_round_by_a_slip_is_found() -> None:
    assert message("The bakery means to boost its count of drivers from 140 to 26 by June.") == (
        "from 140 to 26 is a fall, not a rise"
    )
    assert message("The council will reduce the number of depots from 48 to 310.") == (
        "from 48 to 310 is a rise, not a fall"
    )


def test_a_span_from_a_to_b_stays_a_range() -> None:
    # no direction verb governs it: a span of ages or sizes, never a change
    for text in (
        "The club takes members from 140 to 260 pounds in weight.",
        "Crews of anywhere from 12 to 19 sailors staffed each ferry.",
    ):
        assert _changes(text) == [], text
        assert found(text) == [], text
