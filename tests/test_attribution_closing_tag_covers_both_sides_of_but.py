"""Issue 10: a tag that closes its sentence after a comma (", the coast guard said.", ", according
to local reports.", with at most a short phrase of when or where after it) gives the source of the
whole sentence it closes, on both sides of a ", but": "Five divers went down, but only four came
back up, the coast guard said" is the coast guard's account of both figures. A cue inside the
clause after "but" ("..., but the mayor said 30 jobs went") still covers only its own clause, and
so does a tag followed by more of the sentence; nor does a closing tag reach back over a ";".
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_closing_tag_covers_the_clause_before_but() -> None:
    text = "Five divers went down, but only four came back up, the coast guard said."
    assert source_of(text, "Five") == "the coast guard"
    assert source_of(text, "four") == "the coast guard"


def test_closing_according_to_covers_the_clause_before_but() -> None:
    text = "The slide buried eight hikers, but four dug themselves out, according to local reports."
    assert source_of(text, "eight") == "local reports"


def test_closing_tag_with_a_time_phrase() -> None:
    text = "The fund grew 5% last year, but 30 jobs went, the mayor said on Monday."
    assert source_of(text, "5%") == "the mayor"


def test_a_cue_after_but_covers_only_its_own_clause() -> None:
    text = "The fund grew 5% last year, but the mayor said 30 jobs went."
    assert source_of(text, "5%") is None
    assert source_of(text, "30") == "the mayor"


def test_a_closing_tag_does_not_reach_back_over_a_semicolon() -> None:
    text = "The town is 57% black and 37% white; over 41% of its people are poor, according to the census."
    assert source_of(text, "57%") is None
    assert source_of(text, "41%") == "the census"
