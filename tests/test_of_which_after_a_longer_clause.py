""" ", of which N" names a part of the figure that opens its clause, however the clause goes on: the
words between may run to 16 (they ran to 12, so "More than 20,000 villagers have been moved from
the valley since the start of the dam works in April, of which more than 6,000 left in the past two
weeks alone" was not read and a slip in either figure went unnoticed). Further than that, or past a full stop,
no part is read. The sentences are written for this file (round RL31).
"""

from __future__ import annotations

from arithmetic_findings import flagged_rules

TEXT = (
    "More than {} villagers have been moved from the valley since the start of the dam works in "
    "April, of which more than 6,000 left in the past two weeks alone."
)


def test_the_part_as_written_is_quiet() -> None:
    assert flagged_rules(TEXT.format("20,000")) == []


def test_a_whole_slipped_below_its_part_is_found() -> None:
    assert "NC501" in flagged_rules(TEXT.format("2,000"))


def test_a_clause_longer_than_sixteen_words_gives_no_part() -> None:
    text = (
        "More than 2,000 villagers have been moved out of the valley and the hills around it since "
        "the start of the long dam works in April, of which more than 6,000 left in two weeks."
    )
    assert flagged_rules(text) == []
