"""A fraction in words right after "top", "bottom", "richest" and the like (relations.yaml
fraction_slices) names a slice of a ranking: "as many come from the top hundredth (20 percent) as
from the bottom four-fifths (28 percent)" gives the share of students drawn from that slice in the
bracket, not the slice's size, so NC401 does not set "four-fifths" against 28 percent. A fraction
restated as a share ("About four-fifths (28 percent) of the students") is still checked, and so is
a slice whose bracket is followed by "of" ("the bottom two-fifths (25 percent) of earners"), which
restates the slice's size."""

from __future__ import annotations

import numcheck


def nc401(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC401"]


def test_the_bottom_four_fifths_with_its_students_share_is_quiet() -> None:
    text = (
        "Nearly as many of the college's students come from the top hundredth (20 percent) as "
        "from the bottom four-fifths (28 percent)."
    )
    assert nc401(text) == []


def test_the_middle_three_fifths_with_its_share_of_new_wealth_is_quiet() -> None:
    text = (
        "Most of the new wealth went to the richest tenth (45 percent) and the middle three-fifths "
        "(30 percent)."
    )
    assert nc401(text) == []


def test_a_fraction_restated_as_a_share_is_still_found() -> None:
    text = "About four-fifths (28 percent) of the college's students come from the suburbs."
    assert nc401(text) == ["four-fifths is about 80%, not 28 percent"]


def test_a_slice_restated_with_of_after_the_bracket_is_still_found() -> None:
    assert nc401("The bottom two-fifths (25 percent) of earners took home little.") == [
        "two-fifths is about 40%, not 25 percent"
    ]
    assert nc401("The bottom two-fifths (40 percent) of earners took home little.") == []
