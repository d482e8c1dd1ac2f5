"""'Three people died in the pile-up. Fourteen people were taken to hospital': a
sentence opening with a count in words and a noun that a plural verb follows
(rules/relations.yaml parts.plural_verbs) counts a group of its own (people, police and staff look
singular to the plural table), not 'One prisoner was ...', one of the count before (round JG24,
read on AllSides extra3; the sentences are written for this file). The slip 'Ten prisoner was',
with its singular verb, is still a part more than its whole."""

from __future__ import annotations

import numcheck


def over(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_the_injured_after_the_killed_are_quiet() -> None:
    text = "Three people died in the pile-up. Fourteen people were taken to hospital, the marshals said."
    assert over(text) == []


def test_one_of_the_count_before_is_still_a_part() -> None:
    text = "Guards beat three prisoners on Monday. Ten prisoner was flown to a hospital."
    assert over(text) == ["the part Ten is more than its whole three"]
