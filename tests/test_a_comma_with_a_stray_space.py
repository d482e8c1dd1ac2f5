"""A thousands comma with a stray space after it ("of the 3, 200 flights") is one figure, 3,200,
never 3 and then 200 (rules/numbers.yaml comma_space_before, numbers._comma_space_group; round JG9,
read on the spent held half of the FNC news set; the text is written for this file). A date, a
label and a list keep their figures apart, and a part larger than such a whole is still found."""

from __future__ import annotations

import numcheck


def figures(text: str) -> list[float | None]:
    return [c.value for c in numcheck.extract(text)]


def rules(text: str) -> list[str]:
    return [f.rule for f in numcheck.check([text]).findings]


def test_a_stray_space_after_the_comma_is_one_figure() -> None:
    text = "So far only 800 of the 3, 200 flights over the region have dropped bombs."
    assert figures(text) == [800, 3200]
    assert rules(text) == []


def test_a_part_larger_than_such_a_whole_is_still_found() -> None:
    text = "So far only 4,800 of the 3, 200 flights over the region have dropped bombs."
    assert figures(text) == [4800, 3200]
    assert rules(text) == ["NC501"]


def test_a_date_a_label_and_a_list_keep_their_figures_apart() -> None:
    assert 200 in figures("On May 3, 200 people marched to the square.")
    assert figures("In Phase 1, 500 homes will be built.")[-1] == 500
    assert figures("Of the 3, 200 and 400 items, none were sold.") == [3, 200, 400]
