"""Issue 10: a cue inside a relative clause set off by commas (", which company officials said
was the largest in a decade,") credits what the clause says, not the main clause around it: the
figures after the clause closes are the writer's ("..., went ahead after three directors joined 11
others"). Figures inside the clause stay the clause's source's, and so do those after a comma
that goes on with the clause (rules/attribution.yaml `relative_continuers`: "..., or about 40
crossings", "..., including $9 million in lost overtime"). The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

MERGER = (
    "The merger, which company officials said was the largest in a decade, went ahead after three "
    "directors joined 11 others in favour."
)


def test_main_clause_after_the_relative_clause_is_the_writers() -> None:
    assert source_of(MERGER, "three") is None
    assert source_of(MERGER, "11") is None


def test_a_figure_inside_the_clause_is_its_sources() -> None:
    text = "The plan, which the ministry said would cost $5 billion, was approved in May."
    assert source_of(text, "$5 billion") == "the ministry"


def test_an_apposition_inside_the_clause_goes_on_with_it() -> None:
    text = (
        "The flood, which the agency says damaged half the bridges, or about 40 crossings, "
        "closed the valley road."
    )
    assert source_of(text, "40") == "the agency"


def test_including_goes_on_with_the_clause() -> None:
    text = (
        "The strike, which the union says has cost members some $40 million, including $9 million in "
        "lost overtime, ended in May."
    )
    assert source_of(text, "$9 million") == "the union"


def test_who_clause_before_the_main_verb() -> None:
    text = "The outage, which the utility said began at noon, cut power to at least 80,000 homes."
    assert source_of(text, "80,000") is None


def test_a_comma_before_a_noun_phrase_goes_on_with_the_clause() -> None:
    text = (
        "The council turned to a second fund, which analysts have said might need to equal, or top, "
        "last year's $900 million."
    )
    assert source_of(text, "$900 million") == "analysts"
