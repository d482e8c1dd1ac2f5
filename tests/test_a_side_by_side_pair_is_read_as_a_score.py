"""Two shares set side by side with "vs." ("(37% vs. 58%)"; rules/measures.yaml scores.joiners) are
read as a score is: either side is one figure with a share given alone only when the lone share's
sentence gives the other side too (link.score_side; within._linked_pairs). A lone share that
answers the same question elsewhere, with its digits swapped, is still found. Sentences written for
these tests."""

from __future__ import annotations

import numcheck

_HEAD = "Most tenants (73%) say the new lease law has not raised their rents, but 22% disagree. "


def _nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC301"]


def test_a_side_of_a_pair_set_against_another_question_is_no_second_value() -> None:
    text = _HEAD + (
        "Asked what worries them more, tenants named repairs left undone over late deposits (37% vs. 58%)."
    )
    assert _nc301(text) == []


def test_a_lone_share_with_its_digits_swapped_is_still_found() -> None:
    text = _HEAD + ("Later in the survey, tenants again said the lease law has not raised their rents (37%).")
    assert _nc301(text) == [
        "the same figure is given two values: 73% vs 37%; ratio 0.51 — likely digits transposed"
    ]
