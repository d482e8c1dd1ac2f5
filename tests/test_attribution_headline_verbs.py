"""Issue 10: a headline that names its source and a verb of saying in title case.

"Harbor Board Announces $4 Million in Dock Repairs" on a line of its own credits the figure to the
Harbor Board, as "The Harbor Board announced $4 million" would; the verbs are `headline_verbs`
(rules/attribution.yaml). A headline with no such verb ("Harbor Board Spends $4 Million ..."), or
a verb in lower case inside a run-on first line, is no headline's source. The sentences are
written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

BODY = "\n\nThe board met on Tuesday in Port Alder to approve the plan for the dock.\n"


def test_a_headline_name_before_announces_is_the_source() -> None:
    text = "Harbor Board Announces $4 Million in Dock Repairs" + BODY
    assert source_of(text, "$4 Million") == "Harbor Board"


def test_a_headline_name_before_says_is_the_source() -> None:
    text = "Mayor Ana Ruiz Says Rents Could Rise by $300 a Month" + BODY
    assert source_of(text, "$300 a Month") == "Mayor Ana Ruiz"


def test_a_headline_without_a_verb_of_saying_names_no_source() -> None:
    text = "Harbor Board Spends $4 Million on Dock Repairs" + BODY
    assert source_of(text, "$4 Million") is None


def test_a_first_line_that_is_no_headline_names_no_source() -> None:
    text = "Harbor Board Announces $4 Million in Dock Repairs, and the board met on Tuesday.\n"
    assert source_of(text, "$4 Million") is None
