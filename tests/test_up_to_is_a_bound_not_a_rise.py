"""'up to' right before a figure is a bound ('from up to 28 percent'), not the direction 'up' of a
change (round JG6, read on the Reuters wire set; the sentences are written for this file): a cut
of several rates, one of them 'from up to' a figure, is a cut, and the rate after it is cut too.
A 'cut' that rises is still found."""

from __future__ import annotations

import numcheck


def changes(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


LIST = (
    "The plan would cut the payroll levy to {} percent from 30 percent, the farm levy to 15 percent "
    "from up to 28 percent and the top personal levy to 25 percent from 28 percent."
)


def test_a_cut_from_up_to_a_rate_is_a_cut() -> None:
    assert changes(LIST.format(20)) == []


def test_a_cut_in_the_list_that_rises_is_found() -> None:
    assert changes(LIST.format(32)) == ["from 30 percent to 32 percent is a rise, not a fall"]


def test_a_cut_from_up_to_a_lower_rate_is_found() -> None:
    text = "The plan would cut the farm levy to 30 percent from up to 28 percent."
    assert changes(text) == ["from 28 percent to 30 percent is a rise, not a fall"]


def test_up_alone_still_states_a_rise() -> None:
    text = "The levy on cash was set at 7 percent, up from 10 percent."
    assert changes(text) == ["from 10 percent to 7 percent is a fall, not a rise"]


def test_a_verb_before_up_to_is_still_a_direction() -> None:
    text = "The price index crept up to 48.2 in June from 48.9 in May."
    assert changes(text) == ["from 48.9 to 48.2 is a fall, not a rise"]
