"""Two voices (NC201 'sources differ') give one measurand two values only where the second figure
stands for the first: when the sentence of one figure gives the other's value too, the two figures
of that sentence are two things side by side ("cut taxes by $5 trillion and add $2 trillion";
"by a margin of 91% to 8%"), and the other figure is not a rival value of the first."""

from __future__ import annotations

import numcheck


def nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC201"]


def test_a_value_restated_beside_the_other_figure_is_quiet() -> None:
    text = (
        "The mayor said the plan would cut taxes by $5 trillion. The governor said the plan would "
        "cut taxes by $5 trillion and add $2 trillion in spending."
    )
    assert nc201(text) == []


def test_two_voices_giving_two_values_are_still_found() -> None:
    text = (
        "The mayor said the plan would cut taxes by $5 trillion. The governor said the plan would "
        "cut taxes by $2 trillion."
    )
    assert nc201(text) != []
