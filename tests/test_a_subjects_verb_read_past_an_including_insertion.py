"""A counted subject's verb is read past an insertion set off by commas and opened by "including"
(events.yaml predicate_past): "14 other people, including three civilians, were wounded" counts
the wounded, though "killed" is written just before the figure ("Along with the seven ... killed,
14 other people, ..."). Read as killed, the 14 was set against another voice's five killed (a
false NC201), and a real difference of the wounded (14 against nine) was missed."""

from __future__ import annotations

import numcheck

OPENING = (
    "A suicide bomber struck the gate of a police academy in the capital early on Monday. Along "
    "with the seven - three civilians and four police officers - killed, 14 other people, including "
    "three civilians, were wounded in the attack, said Omar Haddad, the Interior Ministry spokesman. "
)


def nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC201"]


def test_the_subject_past_including_counts_the_wounded() -> None:
    events = {c.surface: c.event for c in numcheck.extract(OPENING)}
    assert events["14"] == "injured"
    assert events["seven"] == "killed"


def test_the_wounded_are_not_set_against_another_voices_dead() -> None:
    text = OPENING + "The Defence Ministry, however, said five people were killed in the attack."
    assert nc201(text) == ["sources differ: seven (Omar Haddad) vs five (The Defence Ministry); ratio 0.71"]


def test_two_voices_counts_of_the_wounded_still_differ() -> None:
    text = OPENING + "The Defence Ministry, however, said nine people were wounded in the attack."
    assert nc201(text) == ["sources differ: 14 (Omar Haddad) vs nine (The Defence Ministry); ratio 0.64"]


def test_an_insertion_that_does_not_close_leaves_the_verb_before() -> None:
    text = "Police said the blast killed 14 people, including three civilians."
    events = {c.surface: c.event for c in numcheck.extract(text)}
    assert events["14"] == "killed"
