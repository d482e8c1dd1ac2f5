"""A dash or colon followed by "versus" ("a 20% chance of a grant -- versus 35% if urban, 60% if
suburban") sets the figures after it against the one before: they are chances of others, not parts
of it (rules/relations.yaml parts.set_against), and NC501 stays quiet. Parts listed after a colon
are still added up."""

from __future__ import annotations

import numcheck


def findings(text: str) -> list[str]:
    return [f.rule for f in numcheck.check([text]).findings if f.rule in {"NC501", "NC502"}]


def test_figures_after_a_dash_and_versus_are_quiet() -> None:
    text = (
        "A rural applicant has a 20% chance of a grant -- versus 35% if urban, 60% if suburban, "
        "and 70% if coastal."
    )
    assert findings(text) == []


def test_parts_after_a_colon_are_still_added() -> None:
    text = "All 60 people aboard were killed: 50 passengers and 14 crew members."
    assert findings(text) == ["NC502"]
