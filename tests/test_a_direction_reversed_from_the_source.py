"""A draft that keeps a source's change but turns its direction ('fell 4.2 percent' -> 'rose 4.2
percent') changes what is claimed of the figure: NC103 says so, and NC701 does not also call the
figure unsupported. Sentences here are written for the tests."""

from __future__ import annotations

import numcheck
from numcheck.read import read_text

SOURCE = "Grain exports through the northern port fell 4.2 percent in May, the harbour board said."


def _findings(draft: str, source: str = SOURCE) -> list[tuple[str, str]]:
    src = read_text(source, doc_id="s0", path="board.txt").model_copy(update={"role": "source"})
    report = numcheck.check([draft], [src])
    return [(f.rule, f.message) for f in report.findings]


def test_a_fall_the_draft_calls_a_rise_is_reported_as_a_changed_claim() -> None:
    found = _findings("Grain exports through the northern port rose 4.2 percent in May, the board said.")
    assert [rule for rule, _ in found] == ["NC103"]
    assert "as a fall; the draft gives it as a rise" in found[0][1]


def test_a_direction_written_with_ing_is_read_as_a_direction() -> None:
    found = _findings("Grain exports through the port, rising 4.2 percent in May, cheered the board.")
    assert [rule for rule, _ in found] == ["NC103"]


def test_the_same_direction_is_no_finding() -> None:
    assert _findings("Grain exports through the northern port dropped 4.2 percent in May.") == []


def test_another_measure_of_the_source_moving_the_other_way_by_as_much_supports_the_draft() -> None:
    source = SOURCE + " Fertiliser imports through the port rose 4.2 percent in the same month."
    found = _findings("Fertiliser imports through the northern port rose 4.2 percent in May.", source)
    assert [rule for rule, _ in found] == []


def test_a_figure_with_no_direction_in_the_source_is_not_turned() -> None:
    source = "Grain made up 4.2 percent of exports through the northern port in May, the harbour board said."
    found = _findings("Grain exports through the northern port rose 4.2 percent in May.", source)
    assert "NC103" not in [rule for rule, _ in found]


def test_another_measure_moving_the_other_way_in_a_sentence_the_draft_does_not_restate_is_no_turn() -> None:
    source = "Canadian sales at hardware shops were down 2.4% in April, while clothing shops slipped 0.9%."
    found = _findings("Canadian retail sales were up 2.4% in April, the statistics office said.", source)
    assert "NC103" not in [rule for rule, _ in found]


def test_a_threshold_the_source_says_growth_falls_below_is_not_a_fall_the_draft_turned() -> None:
    source = "When Canadian output growth falls below 2.4% for two quarters, a recession tends to follow."
    found = _findings("In the first quarter, Canadian output increased 2.4 percent.", source)
    assert "NC103" not in [rule for rule, _ in found]


def test_a_change_named_by_a_noun_turned_is_reported() -> None:
    source = "Repeat requests for permits, the office said, showed an increase of 31.5 percent."
    found = _findings(
        "Repeat requests for permits, the office said, showed a decrease of 31.5 percent.", source
    )
    assert [rule for rule, _ in found] == ["NC103"]


def test_verbs_of_a_sharp_move_state_a_direction() -> None:
    source = "Orders for machine tools slumped 8.5 percent in March, the trade body said."
    found = _findings("Orders for machine tools rebounded 8.5 percent in March, the trade body said.", source)
    assert [rule for rule, _ in found] == ["NC103"]
