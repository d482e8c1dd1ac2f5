"""A figure inside a clause opened by "if" or "unless" is supposed, not a value anyone gives
(rules/measures.yaml suppositions; link.supposition): never set against a figure that is not
supposed, while two voices giving values still differ. Sentences written for these tests."""

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import supposition


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def _supposed(text: str, surface: str) -> bool:
    c = next(c for c in numcheck.extract(text) if c.surface.startswith(surface))
    return supposition(c, text, knowledge(_config(None).pack))


def test_a_figure_in_an_if_clause_is_supposed():
    assert _supposed("If I tell him not to call 56 witnesses, will he call the rest?", "56")
    assert _supposed("Ruiz said that if the city hires 300 teachers, class sizes will fall.", "300")
    assert _supposed("The plan fails unless 40 members sign it.", "40")


def test_a_figure_outside_the_if_clause_is_not():
    assert not _supposed("As few as 20.4% did, if you count the margin of error.", "20.4")
    assert not _supposed("If convicted, he faces 20 years in prison.", "20")
    assert not _supposed("The city hired 120 teachers.", "120")


def test_a_supposed_count_is_no_second_value():
    text = (
        "Ruiz said that if the city hires 300 teachers, class sizes will fall. "
        "Bell said the city hired 120 teachers."
    )
    assert _nc201(text) == []


def test_two_voices_giving_values_still_differ():
    text = "Ruiz said the city hired 300 teachers. Bell said the city hired 120 teachers."
    assert len(_nc201(text)) == 1


def test_two_supposed_figures_are_two_cases_weighed():
    text = (
        '"If Cole proves a one-term governor, the lawsuits will stall," said Ana Ruiz, a professor who '
        'studies the courts. "If Cole proves a two-term governor, the state will look very different," '
        "said Tom Bell, a lawyer."
    )
    assert _nc201(text) == []
    text = (
        "Ruiz said that if the city hires 300 teachers, class sizes will fall. "
        "Bell said that if the city hires 500 teachers, class sizes will fall further."
    )
    assert _nc201(text) == []


def test_two_given_figures_beside_two_suppositions_still_differ():
    text = (
        '"If the city hires 300 teachers, class sizes fall," said Ana Ruiz. '
        '"If it hires 500 teachers, they fall further," said Tom Bell. '
        "Ruiz said the city hired 120 teachers. Bell said the city hired 180 teachers."
    )
    assert len(_nc201(text)) == 1
