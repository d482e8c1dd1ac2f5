"""Two scopes that make two sources' figures two measurands (round JG19, read on AllSides extra2;
the sentences are written for this file):

- a world phrase opening the sentence and set off by a comma ("Worldwide, the outbreak has ...")
  scopes every figure of the sentence, as the same phrase in a figure's own clause does
  (rules/measures.yaml world_scopes; link.world_scope): it is not one nation's count of deaths
  in care homes;
- a toll "since the war began" is a running total, as "since the beginning of the war" is
  (measures.yaml running_totals.starts): it is not one strike's toll.

Two figures of the same scope keep their finding."""

from __future__ import annotations

import numcheck

WORLD = (
    "Worldwide, the outbreak has infected more than 900,000 people and killed over 40,000, according "
    "to a university tally based on figures from health authorities around the globe.\n\n"
)
NATION = (
    "With no national count, a tally by a news agency from state health departments indicates 3,100 "
    "deaths have been linked to outbreaks in care homes nationwide."
)


def warnings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC201"]


def test_a_world_toll_opening_its_sentence_is_not_a_nations_count() -> None:
    assert warnings(WORLD + NATION) == []


def test_two_world_tolls_still_differ() -> None:
    text = WORLD + "Worldwide, a tally from health ministries indicates 31,000 deaths have been linked to it."
    assert "sources differ: more than 40,000" in " ".join(warnings(text))


def test_a_toll_since_the_war_began_is_not_one_strikes_toll() -> None:
    text = (
        "An aide said the strike killed between 100 and 150 people. The United Nations said 92,000 people "
        "have been killed since the war began two years ago."
    )
    assert warnings(text) == []


def test_two_tolls_since_the_war_began_still_differ() -> None:
    text = (
        "A monitoring group said 92,000 people have been killed since the war began. The United Nations "
        "said 61,000 people have been killed since the war began two years ago."
    )
    assert warnings(text) == [
        "sources differ: 92,000 (A monitoring group) vs 61,000 (The United Nations); ratio 0.66"
    ]
