"""AT50: words that are never a source before a cue verb: an infinitive of purpose ("To better
explain the delay, ..."), a first-person pronoun inside the span ("the essay on the site I told you
about"), a modal that makes the saying imagined ("Some may argue ..."), and a passive estimate
("7 million tyres estimated to be dumped"). A real source of the same shape is still read.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_infinitive_of_purpose_is_no_source() -> None:
    text = "To better explain the delay, the council printed a chart with the 12-week schedule."
    assert source_of(text, "12-week") is None


def test_first_person_inside_the_span_is_no_source() -> None:
    text = "So in the booklet I told you about, I list two ways to pay for it."
    assert source_of(text, "two") is None


def test_might_say_is_imagined() -> None:
    text = "Analysts might say the fare rise is small, at 3 percent."
    assert source_of(text, "3 percent") is None


def test_a_name_like_may_still_speaks() -> None:
    text = "Mrs May said the talks would take three years."
    assert source_of(text, "three years") == "Mrs May"


def test_projected_to_names_no_one() -> None:
    text = "Sales projected to reach 3 million units next year would double the maker's output."
    assert source_of(text, "3 million") is None


def test_estimated_to_in_a_fact_box_names_no_one() -> None:
    text = (
        "Key numbers 7 million tyres estimated to pile up in yards each year 90,000 tonnes estimated "
        "to burn in kilns every year"
    )
    assert source_of(text, "90,000 tonnes") is None


def test_the_ministry_estimated_still_speaks() -> None:
    text = "The ministry estimated that 40 million litres drain into the river each year."
    assert source_of(text, "40 million litres") == "The ministry"
