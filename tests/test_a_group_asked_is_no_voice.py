"""A voice that is the people a poll asked ("Sixty percent said ...", "Smaller shares of all
adults say ...", "one-in-five farmers say ...", "Republican leaners say ...") answers for itself:
its percentage is its own answer to its own question, never a second source's value of a figure
another voice gives (rules/attribution.yaml respondents; within._asked_group). Counts and money a
group gives, and two voices that are no such group, keep their pair. Sentences written for these
tests."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.checks.within import _asked_group


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def _asked(voice: str) -> bool:
    asked = _config(None).pack.attribution.respondents
    words = ({w.lower() for w in asked.shares}, tuple(asked.share_marks), {w.lower() for w in asked.groups})
    c = numcheck.models.Claim(start=0, end=1, surface="5%", kind="percent", source=voice)
    return _asked_group(c, words)


def test_groups_asked_are_read_as_such() -> None:
    for voice in (
        "Sixty percent",
        "Smaller shares of all adults",
        "one-in-five farmers",
        "Republican leaners",
    ):
        assert _asked(voice), voice
    for voice in ("the Pell survey", "Mayor Ruiz", "Republicans", "the Census Bureau"):
        assert not _asked(voice), voice


def test_two_groups_answering_are_no_two_sources() -> None:
    text = (
        "Smaller shares of all adults say they have written to a senator about the rule (9%) in the "
        "last year. One-in-five farmers say they have written to a senator about the rule (12%) in "
        "the last year."
    )
    assert _nc201(text) == []


def test_a_count_a_group_gives_and_two_voices_of_no_group_keep_their_pair() -> None:
    text = "Local voters said the city hired 300 teachers. Mayor Ruiz said the city hired 120 teachers."
    assert len(_nc201(text)) == 1
    text = "Bell said the vacancy rate was 6% in May. Ruiz said the vacancy rate was 9% in May."
    assert len(_nc201(text)) == 1
