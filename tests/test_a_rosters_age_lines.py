"""A roster's label lines ('Age: 57' under a name line) give each named person's age: two such
lines are two people's ages, never one figure given twice, while a roster's age that disagrees
with the same person's age given in the body ('John Roe, 57,') is still found (round JG6, read on
the DOJ set E; the text is written for this file)."""

from __future__ import annotations

import numcheck

ROSTER = (
    "Eleven officials were charged on Monday.{body}\n\nThe charged officials:\n\n"
    "JOHN ROE\n\nAge: {roe}\n\nNationality: Peru\n\nPAUL DOE\n\nAge: {doe}\n\nNationality: Chile\n"
)
BODY = " Among them, John Roe, 57, of Lima, ran the board."


def flagged(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.severity != "info"]


def test_two_roster_ages_are_two_people() -> None:
    assert flagged(ROSTER.format(body="", roe=57, doe=75)) == []


def test_a_roster_age_agreeing_with_the_body_is_quiet() -> None:
    assert flagged(ROSTER.format(body=BODY, roe=57, doe=75)) == []


def test_a_roster_age_against_the_same_persons_body_age_is_found() -> None:
    found = flagged(ROSTER.format(body=BODY, roe=75, doe=64))
    assert found == ["the same figure is given two values: 57 vs 75; ratio 0.76 — likely digits transposed"]


def test_the_roster_line_names_whose_age_it_is() -> None:
    claims = numcheck.extract(ROSTER.format(body="", roe=57, doe=75))
    assert [(c.surface, c.role, c.refers_to) for c in claims if c.role == "age"] == [
        ("57", "age", "age of john roe"),
        ("75", "age", "age of paul doe"),
    ]
