"""A figure whose sentence reports its words in the past perfect ("The warden had said the fire was
within 12 miles", after "the ranger service says the fire is now less than 3 miles away") gives
what was said before, an earlier state of a moving quantity, not a rival source's value
(rules/measures.yaml later_states earlier_cues, link.earlier_statement; round JG9, read on the
spent held half of the FNC news set; the text is written for this file). Without the past perfect
the two voices are still set against each other, and an earlier figure a slip's shape away (a
factor of ten) is still found."""

from __future__ import annotations

import numcheck

NOW = "In a post on its website, the ranger service said the fire was now less than 3 miles from the town. "


def findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_what_was_said_before_is_no_rival_value() -> None:
    text = NOW + "In a post of his own, the warden had said the fire was within 12 miles of the town."
    assert findings(text) == []


def test_two_voices_without_the_past_perfect_are_still_found() -> None:
    text = NOW + "In a post of his own, the warden said the fire was within 12 miles of the town."
    assert len(findings(text)) == 1
    assert "12" in findings(text)[0]


def test_an_earlier_figure_a_slip_away_is_still_found() -> None:
    text = NOW + "In a post of his own, the warden had said the fire was within 30 miles of the town."
    assert len(findings(text)) == 1
    assert "30" in findings(text)[0]
