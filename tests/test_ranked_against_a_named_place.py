"""A ranking cue that names a place ('dropped to second place with $15m') ranks its figure below
the figure before it only when that figure's own clause, if it names a place ('came in ninth with
$4.1m', 'at number nine'), names one ahead of it (round JG6, read on the BBC news set; the
sentences are written for this file). A figure placed behind the cue's place is ranked below the
cue's figure, so a chart whose places and takings disagree is still found; an ordinal before
another noun ('its third week') names no place."""

from __future__ import annotations

import numcheck


def ranked(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC505"]


def test_a_figure_placed_ninth_is_not_ahead_of_second_place() -> None:
    text = (
        "The comedy came in ninth with $4.1m (£2.2m). Last week's leader, a space drama, "
        "dropped to second place with $15m (£8m)."
    )
    assert ranked(text) == []


def test_a_place_named_by_number_is_read_too() -> None:
    text = "The comedy was at number nine with $4.1m. A space drama came second with $15m."
    assert ranked(text) == []


def test_ninth_place_taking_more_than_second_is_found() -> None:
    text = (
        "The comedy came in ninth with $21m. Last week's leader, a space drama, "
        "dropped to second place with $15m."
    )
    assert ranked(text) == ["$15m is smaller than $21m, not ahead of it"]


def test_first_place_taking_less_than_third_is_found() -> None:
    text = "The comedy came first with $11m. A space drama was third with $15m."
    assert ranked(text) == ["$11m is smaller than $15m, not ahead of it"]


def test_a_figure_with_no_place_is_still_ranked_ahead() -> None:
    text = "The comedy led the chart with $21m. A space drama came second with $25m."
    assert ranked(text) == ["$21m is smaller than $25m, not ahead of it"]


def test_an_ordinal_of_another_noun_is_no_place() -> None:
    text = "The comedy took $21m in its third week. A space drama came second with $17m."
    assert ranked(text) == []
