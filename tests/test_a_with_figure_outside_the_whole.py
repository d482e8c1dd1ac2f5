"""'N ..., with M <word>' reads M as a part of N (rules/relations.yaml parts.with_part) unless a word
of parts.with_apart right after M (or its noun) puts it outside N: those uncommitted beside those
in favour, those outside beside those inside, those missing beside those hurt (NC501)."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_those_outside_the_figure_before_are_no_part_of_it() -> None:
    quiet = [
        "Eighteen council members back the plan, with 31 uncommitted.",
        "Some 400 fans got into the hall, with 900 fans outside.",
        "Thirty climbers were rescued, with 45 still missing.",
    ]
    for text in quiet:
        assert nc501(text) == [], text


def test_a_part_after_with_still_exceeds_its_whole() -> None:
    slips = [
        "Thirty climbers were rescued, with 45 taken to hospital.",
        "Eighteen council members back the plan, with 31 of them from the east.",
    ]
    for text in slips:
        assert nc501(text) != [], text
