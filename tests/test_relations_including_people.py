"""People counted, then what they did or where they went, a comma and "including" people among them:
the part is read past a longer clause than for other figures ("About 150 people would leave for the
northern hills on Sunday, including at least 400 fighters"). Sentences written for the tests: the
wrong version is found once, in plain words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_people_among_people_counted_before_a_longer_clause_are_a_part() -> None:
    assert (
        message(
            "About 150 people would leave for the northern hills on Sunday, including at least 400 fighters."
        )
        == "the part 400 is more than its whole 150"
    )
    assert found("About 1,500 people would leave for the hills on Sunday, including 400 fighters.") == []


def test_without_a_comma_before_including_the_longer_clause_is_not_read() -> None:
    assert found("About 150 people would leave for the hills on Sunday including 400 fighters.") == []


def test_things_after_a_longer_clause_are_not_read_as_a_part_of_people() -> None:
    assert found("About 150 people would leave for the hills on Sunday, including 400 rifles.") == []


def test_a_verb_that_ends_the_noun_phrase_still_stops_the_reading() -> None:
    assert found("About 150 people were flown to the city of Hama, including 400 fighters.") == []
