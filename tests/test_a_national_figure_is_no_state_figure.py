"""A figure whose clause says it is given for a whole country ("5 percent nationally", "12,000
layoffs nationwide"; rules/measures.yaml national_scopes) is never one figure with a figure of no
such scope, which is given for the narrower place its story tells of (a state's threshold, a
city's count) (link.national_scope; within._linked_pairs). Two national figures keep their pair.
Sentences written for these tests."""

from __future__ import annotations

import numcheck

A_STATE_THRESHOLD = """Much rides on whether the Green candidate gets 5 percent nationally next Tuesday, \
which would make the next nominee eligible for federal funds.

Now, the thresholds and what they bring:

• 0.5 percent gets the Green Party full ballot access for 2018 in Ohio and Utah.
"""

TWO_NATIONAL_SHARES = """Much rides on whether the Green candidate gets 5 percent nationally next \
Tuesday, which would make the next nominee eligible for federal funds.

A share of 0.5 percent nationally would make the next nominee eligible for federal funds, the party said.
"""


def _nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC301"]


def test_a_national_share_and_a_state_threshold_are_two_figures() -> None:
    assert _nc301(A_STATE_THRESHOLD) == []


def test_two_national_shares_keep_their_pair() -> None:
    assert len(_nc301(TWO_NATIONAL_SHARES)) == 1
    text = (
        "Unemployment fell to 5.2 percent nationwide in May, the department said. "
        "Later the department said unemployment fell to 2.5 percent nationwide in May."
    )
    assert len(_nc301(text)) == 1


def test_two_voices_of_one_sentence_share_its_national_scope() -> None:
    text = (
        "The ministry said 1.1 million people marched nationwide, while the union put the figure "
        "at 3.4 million. In Lyon, the ministry counted 21,000 marchers; the union said 90,000."
    )
    found = [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]
    assert "sources differ: 1.1 million (The ministry) vs 3.4 million (the union); ratio 0.32" in found
