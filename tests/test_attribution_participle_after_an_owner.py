"""Issue 10: a cue word in -ed right after an owner ("Lee's", "his", "their") and before a noun is a
participle on the owner's noun ("Lee's alleged fraud", "the firm's projected output", "his
reported remarks"), not a verb whose subject is the owner: the owner names no source. A name in
's before a verb of saying stays its subject ("Dunmore's announced that ..."), and so does a
pronoun's "is" or "has" ("He's revealed that ..."). The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_owners_alleged_noun_names_no_source() -> None:
    assert source_of("Lee's alleged fraud cost 40 investors their savings.", "40") is None


def test_owners_projected_noun_in_a_quotation_is_the_speakers() -> None:
    text = 'The agency said: "This covers all of the firm\'s projected output for May, or 9,000 kits."'
    assert source_of(text, "9,000") == "The agency"


def test_a_name_in_s_before_a_cue_and_that_is_the_subject() -> None:
    text = "Late on Friday, Dunmore's announced that it would close 14 of its shops."
    assert source_of(text, "14") == "Dunmore's"
