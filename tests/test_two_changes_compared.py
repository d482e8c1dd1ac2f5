"""Two changes set side by side with "compared to/with" ("fell by 7.1%, compared to a 6.7% drop for
the group") are two moves, not a level and the level it moved from: no direction is checked between
them (numcheck/relations/around.py _changes_compared; read on the FNC news set after it was scored;
the text is written for this file). A level "compared with" the level it moved from keeps its check."""

from __future__ import annotations

import numcheck


def directions(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_a_change_by_a_share_beside_another_drop_is_no_move() -> None:
    text = "Sales fell by about 7.1 percent in the unit, compared to a 6.7 percent drop for the group."
    assert directions(text) == []


def test_a_change_beside_a_rise_named_by_its_noun_is_no_move() -> None:
    text = "Profit fell 7.1 percent at the unit, compared with a 6.7 percent rise for the group."
    assert directions(text) == []


def test_a_level_compared_with_its_old_level_is_still_checked() -> None:
    text = "The jobless rate fell to 7.1 percent, compared with 6.7 percent a year earlier."
    assert directions(text) == ["from 6.7 percent to 7.1 percent is a rise, not a fall"]


def test_money_compared_with_last_year_is_still_checked() -> None:
    text = "Revenue dropped to $7.1 million, compared to $6.7 million a year ago."
    assert directions(text) == ["from $6.7 million to $7.1 million is a rise, not a fall"]
