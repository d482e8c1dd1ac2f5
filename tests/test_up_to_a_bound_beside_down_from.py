""" "Up to" right before a figure is either a verb's direction ("the index edged up to 53.1 from
53.4") or a bound ("interest on debt up to $750,000, down from $1 million"). When the words of the
pair state the fall themselves ("down from"), the "up" is the bound's, and no rise is checked
against it (numcheck/relations/changes.py; read on AllSides extra, where a published article's
lowered cap was reported as a rise; the sentences here are written for this file)."""

from __future__ import annotations

from arithmetic_findings import found


def test_a_lowered_cap_written_up_to_then_down_from_is_no_rise() -> None:
    text = "Owners may deduct the interest on debt up to $750,000 for a first home, down from $1 million."
    assert found(text) == []


def test_a_cap_up_to_a_figure_said_to_be_up_from_a_larger_one_is_still_found() -> None:
    text = "Owners may deduct the interest on debt up to $750,000 for a first home, up from $1 million."
    assert [f.message for f in found(text)] == ["from $1 million to $750,000 is a fall, not a rise"]


def test_a_verb_moving_up_to_a_lower_level_is_still_found() -> None:
    assert [f.message for f in found("The index edged up to 53.1 from 53.4 in March.")] == [
        "from 53.4 to 53.1 is a fall, not a rise"
    ]


def test_a_rise_stated_by_a_verb_against_down_from_is_still_found() -> None:
    text = "Fees rose to $750,000 for a first home, down from $1 million a year before."
    assert [f.message for f in found(text)] == ["from $1 million to $750,000 is a fall, not a rise"]
