"""Issue 10: a state set after a town between commas is where someone is from, not a speaker.

"A Dayton, Ohio, baker got 40 months ..., announced Assistant Attorney General Ana Ruiz" credits
the announcer, not "Ohio"; "Lee Mott, 43, who lives in Ames, Iowa, admitted that ..." and "Lee Mott,
of Ames, Iowa, admitted that ..." credit Lee Mott (`states` in rules/attribution.yaml). A state
that is the subject itself still speaks ("The state of Iowa said ..."). The sentences are written
for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_town_and_state_before_a_predicate_leave_the_announcer_after_the_cue() -> None:
    text = (
        "A Dayton, Ohio, baker got 40 months behind bars for her part in a bakery fraud, "
        "announced Assistant Attorney General Ana Ruiz."
    )
    assert source_of(text, "40 months") == "Ana Ruiz"


def test_residents_of_a_town_and_state_are_not_the_source() -> None:
    text = "Two Fairfield, Iowa, residents pleaded guilty to 12 counts, announced the Justice Department."
    assert source_of(text, "12") == "the Justice Department"


def test_a_relative_clause_naming_a_town_and_state_leaves_the_name_before_it() -> None:
    text = "Lee Mott, 43, who lives in Ames, Iowa, admitted that on several occasions he took 40 boxes."
    assert source_of(text, "40") == "Lee Mott"


def test_a_town_and_state_after_of_leave_the_name_before_them() -> None:
    text = "Lee Mott, of Ames, Iowa, admitted that he took 40 boxes."
    assert source_of(text, "40") == "Lee Mott"


def test_a_state_that_is_the_subject_still_speaks() -> None:
    assert source_of("The state of Iowa said 40 farms flooded.", "40") == "The state of Iowa"
    assert source_of("The governor of Ohio, Ana Ruiz, said 40 farms flooded.", "40") == "Ana Ruiz"
