"""A bare part right before "of which" (or "of whom", "of them") takes the count named just before
it, its noun, at most a bracket and a comma between, for its whole whatever its size: "two
languages (French, Greek), one of which". Before, a part made larger than that count by a slip
("ten of which") was read against a larger count further back and nothing was found. "Of whom"
needs a count of people, and a count right after another with no comma between ("12 people in
three raids, 10 of which") leaves the whole untold, read as before. The sentences are written for
this file (round RL31).
"""

from __future__ import annotations

from arithmetic_findings import flagged_rules, whole_of

TEXT = "It paid for 40 hours of lessons in two languages (French, Greek), {} of which was never taught."


def test_the_part_as_written_is_quiet() -> None:
    assert flagged_rules(TEXT.format("one")) == []


def test_a_part_made_larger_is_read_against_the_count_before_it() -> None:
    text = "The school had 300 pupils. It offered two language courses, ten of which were never taught."
    assert whole_of(text, "ten") == "two"
    assert "NC501" in flagged_rules(TEXT.format("ten"))


def test_of_whom_needs_a_count_of_people() -> None:
    text = "The 40 cases went to three courts, 25 of whom were later freed."
    assert whole_of(text, "25") != "three"


def test_a_count_right_after_another_leaves_the_whole_untold() -> None:
    text = "Police arrested 12 people in three raids, 10 of which were later freed."
    assert whole_of(text, "10") == "12"
    assert flagged_rules(text) == []
