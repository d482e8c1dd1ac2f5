"""A sentence that opens "This included" or "That includes" (rules/relations.yaml
parts.includes_opens), at most a noun and "of" between, right before its first figure lists parts
of the one figure of the sentence before, as "Of them," does: "About 900 people marched. This
included 250 in the old town and 100 at the port." A slip that takes the parts past the whole is
found. Not "It also includes ..." (more of the same, beside the figure before), not a share ("That
includes 86 percent of nurses"), not a part with its own whole ("That includes 15 of 40 staff"),
and not when the sentence before has two such figures. The sentences are written for this file
(round RL31).
"""

from __future__ import annotations

from arithmetic_findings import flagged_rules

MARCH = "Some 900 people took part in the march. This included crowds of {} in the old town and 100 at sea."


def test_the_parts_as_written_are_quiet() -> None:
    assert flagged_rules(MARCH.format("250")) == []


def test_parts_past_the_whole_are_found() -> None:
    assert "NC501" in flagged_rules(MARCH.format("2,500"))


def test_a_sum_after_that_includes() -> None:
    text = "Migrant workers paid $11.5 billion in local taxes. That includes ${} billion in sales taxes."
    assert flagged_rules(text.format("7")) == []
    assert "NC501" in flagged_rules(text.format("70"))


def test_also_includes_lists_more_of_the_same() -> None:
    text = "The box includes two maps of the coast. It also includes seven maps of the hills."
    assert flagged_rules(text) == []


def test_a_share_or_a_part_with_its_own_whole_is_no_part() -> None:
    assert flagged_rules("Some 40 percent of staff left. That includes 86 percent of nurses.") == []
    assert flagged_rules("The office has 40 staff. That includes 15 of 60 aides.") == []
