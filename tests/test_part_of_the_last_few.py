"""A count of the most recent few of a run: "won four of their last six games", "in four out of
the past six fires" (rules/relations.yaml parts.of_whole; round RL26). The first is a part of the
second. A whole of time ("eight of the last ten years") is no count of things; since round RL36 a
bare number before it counts some of its periods (relations/totals.py read_periods_of), so the
wrong version is found there too. Sentences written for the tests: the wrong version is found
once, in plain words, the right one is quiet."""

from __future__ import annotations

from arithmetic_findings import found, message


def test_a_count_of_the_last_few_games_is_a_part_of_them() -> None:
    assert message("The side has won eight of their last six games.") == (
        "the part eight is more than its whole six"
    )
    assert found("The side has won four of their last six games.") == []


def test_out_of_the_past_few_reads_the_same() -> None:
    assert message("In nine out of the past seven fires he attended, the cream fed the flames.") == (
        "the part nine is more than its whole seven"
    )
    assert found("In four out of the past seven fires he attended, the cream fed the flames.") == []


def test_the_last_few_years_are_a_whole_of_their_periods() -> None:
    # RL26 left a whole of time unread (this slip was asserted quiet); round RL36 reads the years
    # as a count of periods: the slip is found and the right version stays quiet
    assert message("The town was the warmest in eight of the last six years.") == (
        "the part eight is more than its whole six years"
    )
    assert found("The town was the warmest in four of the last six years.") == []
