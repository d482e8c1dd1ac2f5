"""In "A and rose to B", a new figure placed in a named place that the old figure is not of ("the
worldwide toll neared 3,000 and rose to 19 in Italy") counts a narrower place: it is no later level
of A, and NC503 says nothing of a fall from A to B. A level that rose "to B in March" (a name of
time, no place), or in the same place as A, is still checked."""

from __future__ import annotations

import numcheck


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_count_of_a_narrower_place_is_no_later_level() -> None:
    text = "The global death toll neared 3,000 and climbed to 19 in Italy, officials said."
    assert nc503(text) == []


def test_a_count_in_the_named_country_is_no_later_level() -> None:
    text = "Worldwide infections passed 70,000 and rose to 31 in the U.S. by Sunday."
    assert nc503(text) == []


def test_a_fall_named_by_a_month_is_still_found() -> None:
    text = "The firm's payroll stood at 3,000 and rose to 1,900 in March, the filing showed."
    assert nc503(text) == ["from 3,000 to 1,900 is a fall, not a rise"]


def test_a_fall_in_the_same_place_is_still_found() -> None:
    text = "Cases stood at 3,000 in Italy and rose to 1,900 in Italy by the end of the week."
    assert nc503(text) == ["from 3,000 to 1,900 is a fall, not a rise"]


def test_a_fall_named_by_a_quarter_is_still_found() -> None:
    text = "Quarterly sales stood at 3,000 units and rose to 1,900 in Q3, the company reported."
    assert nc503(text) == ["from 3,000 to 1,900 is a fall, not a rise"]


def test_a_fall_named_by_a_week_or_a_fiscal_year_is_still_found() -> None:
    for when in ("in Week 3", "in Fiscal 2021", "in Spring"):
        text = f"Ticket sales stood at 3,000 and rose to 1,900 {when}, the league said."
        assert nc503(text) == ["from 3,000 to 1,900 is a fall, not a rise"], when
