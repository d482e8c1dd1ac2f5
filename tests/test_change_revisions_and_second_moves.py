"""Changes 'from A to B' in business copy whose direction or figures belong to other words (round
JG4, read on the BBC news set's fit half; the sentences are written for this file):

- a revision's direction ('revised down', 'marked up': rules/relations.yaml change.revision) is the
  change's, whatever a nearer word names of what was revised ('the payroll gains');
- 'deepened' goes up: losses that deepen grow;
- 'to B, while sales had fallen from A': the second 'from' opens another change (a direction word
  or a break between them), not B's old level;
- 'A, lower than the B expected and down from C': B is the other side of a comparison, and C is
  A's old level;
- 'Within that figure, taxes would rise to B': 'that figure' is the object of 'within', not the
  subject whose old level is named before (change.to_named_not_after).

Each with a slip of the same shape still found."""

from __future__ import annotations

import numcheck


def changes(text: str) -> list[str]:
    found = numcheck.check([text]).findings
    return [f.message for f in found if f.rule == "NC503"]


def test_a_revision_down_of_gains_is_a_fall() -> None:
    text = "The ministry also revised down the export gains for May, from 84,000 to 61,000."
    assert changes(text) == []


def test_a_revision_up_that_falls_is_found() -> None:
    text = "The ministry also revised up the export gains for May, from 84,000 to 61,000."
    assert changes(text) == ["from 84,000 to 61,000 is a fall, not a rise"]


def test_losses_that_deepened_rose() -> None:
    text = "Shares in the brewer slid after it said losses had deepened to £40.2m last year from £3.1m."
    assert changes(text) == []


def test_losses_deepened_to_less_are_found() -> None:
    text = "Shares in the brewer slid after it said losses had deepened to £3.1m last year from £40.2m."
    assert changes(text) == ["from £40.2m to £3.1m is a fall, not a rise"]


def test_a_second_change_after_while_has_its_own_old_level() -> None:
    text = "Half-year profits climbed from £2m to £2.5m, while turnover had fallen from £90m to £75m."
    assert changes(text) == []


def test_the_first_change_of_two_is_still_checked() -> None:
    text = "Half-year profits climbed from £2m to £1.5m, while turnover had fallen from £90m to £75m."
    assert changes(text) == ["from £2m to £1.5m is a fall, not a rise"]


def test_the_other_side_of_a_comparison_is_not_what_went_down() -> None:
    text = "The bank had a yield of 3.2%, lower than the 3.9% traders expected and down from 3.5% a year ago."
    assert changes(text) == []


def test_the_level_before_the_comparison_is_checked_against_its_old_level() -> None:
    text = "The bank had a yield of 3.8%, lower than the 3.9% traders expected and down from 3.5% a year ago."
    assert changes(text) == ["from 3.5% to 3.8% is a rise, not a fall"]


def test_within_that_figure_names_no_old_level() -> None:
    text = (
        "The minister wants spending to be $92bn next year. "
        "Within that figure, customs duties would rise to $6.4bn, a rise of over 40%."
    )
    assert changes(text) == []


def test_that_figure_as_the_subject_still_takes_the_old_level() -> None:
    text = (
        "The minister wants spending to be $92bn next year. "
        "That figure would rise to $64bn, a rise of over 40%, under the opposition's plan."
    )
    assert changes(text) == ["from $92bn to $64bn is a fall, not a rise"]
