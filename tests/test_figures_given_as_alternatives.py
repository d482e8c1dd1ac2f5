"""Figures written as alternatives in digits ('10 or 12 people') are one voice's span, as
'two or three' is: a figure inside it agrees with it (within._alternatives), and a figure outside
it still differs. Sentences written for these tests."""

import numcheck


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def test_a_figure_inside_the_alternatives_agrees():
    assert _nc201("Police said 10 or 12 people were hurt. The hospital said 12 people were hurt.") == []
    assert _nc201("Police said 10 or 12 people were hurt. The hospital said 11 people were hurt.") == []


def test_a_figure_outside_the_alternatives_still_differs():
    found = _nc201("Police said 10 or 12 people were hurt. The hospital said 15 people were hurt.")
    assert found and all("15" in m for m in found)


def test_two_plain_figures_still_differ():
    assert len(_nc201("Police said 10 people were hurt. The hospital said 12 people were hurt.")) == 1
