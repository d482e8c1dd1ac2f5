"""A number written with a year's four digits is read as a count or a measure, not a year, when
its context says it measures something: an error after it ("about 1010 ± 195 light years"), a unit
one word on after a hedge ("around 1300 route kilometres"), or a currency symbol written with a
dot glued before it ("Rs.2000"). A year is still a year where such words do not stand ("Around 2010
house prices began to climb"). The sentences are written for this file.
"""

from __future__ import annotations

import numcheck


def _surfaces(text: str) -> list[str]:
    return [c.surface for c in numcheck.extract(text)]


def test_a_measurement_with_its_error_is_no_year() -> None:
    assert "1010" in _surfaces("The cloud lies about 1010 ± 195 light years from the Sun.")


def test_a_unit_one_word_on_after_a_hedge_is_no_year() -> None:
    assert any(s.startswith("1300") for s in _surfaces("The network covers around 1300 route kilometres."))


def test_a_currency_symbol_with_a_dot_is_no_year() -> None:
    assert "2000" in _surfaces("Each month the tablets cost Rs.2000 at the chemist.")


def test_a_year_after_a_hedge_before_a_noun_stays_a_year() -> None:
    assert _surfaces("Around 2010 house prices began to climb.") == []
    assert _surfaces("By around 2010 land values had doubled.") == []
