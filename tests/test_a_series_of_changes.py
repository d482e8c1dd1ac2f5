"""A series of changes: a level reached "to" after a direction word, then "and" (or "then") and
the next level of the same thing with its verb left out, or a verb of reaching: "fell to 38% in
May, and to 21% in June"; "is set to double to $4 billion by 2020, and reach $9 billion by
2029". The next level moved from the first the way the first moved (relations/changes.py
read_change_series, rules/relations.yaml change.series_*; round RL38). Each level is dated, the
later one after the first; a list closed by "respectively", levels of two places or two undated
levels are no series. The sentences are written for this file."""

from __future__ import annotations

import numcheck


def direction_findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_fall_continued_to_a_lower_level_is_quiet() -> None:
    assert direction_findings("Bookings at the inn fell to 38% in May, and to 21% in June.") == []


def test_a_fall_continued_to_a_higher_level_is_found() -> None:
    assert direction_findings("Bookings at the inn fell to 38% in May, and to 54% in June.") == [
        "from 38% to 54% is a rise, not a fall"
    ]


def test_a_rise_from_a_to_b_then_to_c() -> None:
    assert direction_findings("The levy rose from 7% to 8% in June 2021, and to 9% in 2022.") == []
    assert direction_findings("The levy rose from 7% to 8% in June 2021, and to 6% in 2022.") == [
        "from 8% to 6% is a fall, not a rise"
    ]


def test_a_factor_verb_then_a_verb_of_reaching() -> None:
    quiet = "The trade is set to nearly double to $4.2 billion by 2020, and reach $8.8 billion by 2029."
    slipped = "The trade is set to nearly double to $4.2 billion by 2020, and reach $2.8 billion by 2029."
    assert direction_findings(quiet) == []
    assert direction_findings(slipped) == ["from $4.2 billion to $2.8 billion is a fall, not a rise"]


def test_levels_of_two_places_or_a_list_are_no_series() -> None:
    assert direction_findings("Jobless rates fell to 4% in Leeds and to 5% in Hull.") == []
    assert direction_findings("Fees rose to 10% in 2020 and to 8% in 2021 respectively.") == []
    assert direction_findings("Fees rose to 10% in 2021 and to 8% in 2020.") == []
