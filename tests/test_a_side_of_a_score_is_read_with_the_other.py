"""A percentage joined to another by a dash or "to" ("a 54%-42% lead", "leads 45 percent to 43
percent") is one side of a head-to-head score, read with its other side (rules/measures.yaml
scores; link.score_side): it is one figure with a share given alone only when that share's
sentence gives the other side too, and with a side of another score only when the two other
sides agree (within._linked_pairs). "From 41% to 45%" is a change, no score. Sentences written for
these tests."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import score_side


def _nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC301" and f.severity != "info"]


def _sides(text: str) -> list[tuple[str, float | None]]:
    know = knowledge(_config(None).pack)
    return [(c.surface, score_side(c, text, know)) for c in numcheck.extract(text)]


def test_the_sides_of_a_score() -> None:
    assert _sides("Smith holds a 54%-42% lead.") == [("54%", 42.0), ("42%", 54.0)]
    assert _sides("Jones leads 45 percent to 43 percent.") == [("45 percent", 43.0), ("43 percent", 45.0)]


def test_a_change_or_a_lone_share_is_no_score() -> None:
    assert _sides("Support rose from 41% to 45% in June.") == [("41%", None), ("45%", None)]
    assert _sides("About 45% of voters back Smith.") == [("45%", None)]


def test_a_side_of_a_score_and_a_share_given_alone_are_two_figures() -> None:
    text = (
        "Smith holds a 54%-42% lead among women, the poll found. "
        "Among independents, 48% back Jones, with 45% backing Smith, the poll found."
    )
    assert _nc301(text) == []


def test_two_scores_with_different_other_sides_are_two_matchups() -> None:
    text = (
        "The poll found Smith ahead 54%-42% among likely voters. "
        "A later poll found Smith ahead 45%-38% among likely voters."
    )
    assert _nc301(text) == []


def test_a_slip_in_a_score_restated_with_its_other_side_is_still_found() -> None:
    text = (
        "The poll found Smith ahead 54%-42% among likely voters. "
        "Among likely voters, Smith has 45% and Jones 42%, the poll found."
    )
    assert len(_nc301(text)) == 1
    text = (
        "The poll found Smith ahead 54%-42% among likely voters. "
        "A later poll found Smith ahead 45%-42% among likely voters."
    )
    assert len(_nc301(text)) == 1
