"""'Forty-two members of the crew, including Okafor and 15 others who ...': after "including", one to
three capitalised names and "and", a count of others is a part of the people counted before the cue
(rules/relations.yaml parts.named_and_others). Round RL33 (issue 13, hand-read sample 10); the
sentences are written for this file. The others above their whole are found; the right figures,
a thing counted instead of people and a named role in lower case are quiet."""

from __future__ import annotations

import numcheck
from tests.arithmetic_findings import flagged_rules

SENTENCE = "{whole} members of the crew, including Okafor and {others} others who were paid off, were named."


def over(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_the_others_within_the_whole_are_quiet() -> None:
    assert flagged_rules(SENTENCE.format(whole="Forty-two", others="15")) == []


def test_the_others_above_the_whole_are_found() -> None:
    forty_two = SENTENCE.format(whole="Forty-two", others="51")
    assert over(forty_two) == ["the part 51 is more than its whole Forty-two"]
    twelve = SENTENCE.format(whole="Twelve", others="150")
    assert over(twelve) == ["the part 150 is more than its whole Twelve"]


def test_two_names_before_the_others() -> None:
    text = "Nine nurses, including Lee Haddad and 13 others from the night shift, were sent home."
    assert over(text) == ["the part 13 is more than its whole Nine"]


def test_things_counted_and_roles_in_lower_case_are_no_such_part() -> None:
    assert over("Twelve ships, including Meridian and 150 others, sailed at dawn.") == []
    assert over("Twelve members of the crew, including the captain and 150 others, were named.") == []
