"""Issue 10: "alleging that" after a legal account is the account's word.

"The inquiry began with a complaint alleging that ...", "The deal settles the state's lawsuit
alleging that ...": a verb of `saying_ing_that` in -ing right after one of `accounts`
(rules/attribution.yaml) gives the figures of what follows to the complaint or the lawsuit, as
"a report documenting" gives them to the report. After a comma, "alleging that" shares the
sentence's subject, as "adding that" does; "alleging" with no "that" names no one. The sentences
are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_complaint_alleging_that_gives_its_figures_to_the_complaint() -> None:
    text = (
        "The review began with a complaint alleging that the clinic turned away three patients "
        "who use wheelchairs."
    )
    assert source_of(text, "three") == "a complaint"


def test_a_lawsuit_alleging_that_gives_its_figures_to_the_lawsuit() -> None:
    text = "The deal settles the state lawsuit alleging that the mill dumped 40 tons of slag."
    assert source_of(text, "40 tons") == "lawsuit"


def test_alleging_that_after_a_comma_is_the_subjects() -> None:
    text = "Dana Whitfield sued the landlord on Monday, alleging that he kept $2,400 of her deposit."
    assert source_of(text, "$2,400") == "Dana Whitfield"


def test_alleging_without_that_names_no_one() -> None:
    text = "The firm filed papers alleging fraud in 12 of the contracts."
    assert source_of(text, "12") is None


def test_a_figure_before_the_lawsuit_alleging_is_the_writers() -> None:
    text = (
        "Harbor Freightways paid $3.1 million on Tuesday to settle a lawsuit alleging that it "
        "overbilled 14 towns."
    )
    assert source_of(text, "$3.1 million") is None
    assert source_of(text, "14") == "a lawsuit"
