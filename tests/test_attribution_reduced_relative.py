"""AT52: a cue word in -ed right after a noun, with its clause's own verb coming after it ("The
settlement announced today is ...", "The cuts reported on Monday will ..."), is a participle
describing the noun, not a source's verb of saying. The figure is the writer's, or the source named
elsewhere in the sentence; a verb of speech before a clause with no "that" stays a cue.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_participle_with_the_verb_after_it_names_no_source() -> None:
    text = "The accord announced today is separate from a fine of $2.7 million.\n"
    assert source_of(text, "$2.7 million") is None
    text = "The layoffs announced on Tuesday will affect 340 workers, the union said.\n"
    assert source_of(text, "340") == "the union"


def test_the_verb_itself_keeps_its_source() -> None:
    text = "The bakery chain announced today it would close 14 shops.\n"
    assert source_of(text, "14") == "The bakery chain"
    text = "The port authority reported on Monday that 26 cranes were idle.\n"
    assert source_of(text, "26") == "The port authority"


def test_a_verb_before_a_clause_with_no_that_stays_a_cue() -> None:
    text = (
        "Each scooter, which the records at trial showed could be bought for under $900, was billed "
        "at $5,000.\n"
    )
    assert source_of(text, "$900") == "the records at trial"
