"""Issue 10: a cue word in -s counted by a number before it is a plural noun, not a verb.

'At least four unflattering claims about the mayor surfaced' counts claims; no one named 'At
least four unflattering' claims anything. A verb in -s never follows a count of more than one
that opens its subject. Not a number inside another phrase ('A reading above 50 indicates',
'a poll of 1,200 voters shows'). The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_count_of_claims_is_no_source() -> None:
    text = "At least four unflattering claims about the mayor surfaced in early May."
    assert source_of(text, "four") is None


def test_a_count_of_reports_is_no_source() -> None:
    text = "Two reports on the flooded quay will be published today by the harbour board."
    assert source_of(text, "Two") is None


def test_a_number_inside_the_subject_leaves_its_verb() -> None:
    text = "A poll of 1,200 voters shows 40 percent back the new bridge."
    assert source_of(text, "40 percent") == "A poll"
