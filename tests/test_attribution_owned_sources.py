"""Issue 10: a source named by a possessive and a noun ("its website", "his lawyer") is a source.

"The firm flies 24 aircraft, according to its website" and "The singer was paid $40,000, according to
his lawyer" credit the figure to someone the text can point to, as "the website" or "the lawyer"
would; after "according to" a possessive before the noun names it as well as "the" does (before a
verb such words are as often part of a clause: "her gut told her"). When such a source speaks inside the
words of a source named just before it ("The Harbour Ledger reported its source said ..."), the
account is the named source's: the possessive only says whose source it was. The sentences are
written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_according_to_its_website() -> None:
    text = "The charter firm flies a fleet of 24 aircraft, according to its website."
    assert source_of(text, "24") == "its website"


def test_according_to_his_lawyer() -> None:
    text = "The singer was paid $40,000 for the show, according to his lawyer."
    assert source_of(text, "$40,000") == "his lawyer"


def test_a_possessive_before_a_verb_is_read_as_before() -> None:
    # before a verb such words are as often part of a clause: "her gut told her", "its winds are
    # only predicted to reach": only after "according to" does the possessive name a source
    text = "The storm is moving north, and its winds are only predicted to reach 75 miles per hour."
    assert source_of(text, "75 miles per hour") is None


def test_a_source_of_the_named_outlet_leaves_the_figure_with_the_outlet() -> None:
    text = "The Harbour Ledger reported its source said nine boats were lost in the storm."
    assert source_of(text, "nine") == "The Harbour Ledger"


def test_a_lower_case_noun_alone_is_still_no_source() -> None:
    text = "The club has 300 members, according to earlier plans."
    assert source_of(text, "300") is None
