"""A size joined to its unit by a hyphen and written right before a capitalised name ("the 13-inch
MacBook Pro", "the 15-inch MacBook Pro") names one model of a line: two such sizes are two models,
never one size given two values (rules/measures.yaml model_sizes, link.model_size; round JG7, read
on the FNC news set; the text is written for this file). Sizes of a common noun ("a 13-inch
screen") keep their pairs, so one screen given two sizes is still found."""

from __future__ import annotations

import numcheck

MODELS = (
    "Apple may drop the 13-inch MacBook Air, as it costs about as much as the 13-inch MacBook Pro.\n\n"
    "More reviews: our 2014 test of the 13-inch Retina MacBook Pro. Our 2014 test of the 15-inch Retina "
    "MacBook Pro."
)


def findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_two_sizes_naming_two_models_are_no_inconsistency() -> None:
    assert findings(MODELS) == []
    text = "The firm sells the 13-inch MacBook Pro at a lower price.\n\nWe tested the 15-inch Retina MacBook."
    assert findings(text) == []


def test_one_screen_given_two_sizes_is_still_found() -> None:
    text = (
        "The 13-inch MacBook Pro has a 13-inch screen. "
        "Reviewers praised the 15-inch screen of the MacBook Pro."
    )
    assert findings(text) == ["the same figure is given two values: 13-inch vs 15-inch; ratio 0.87"]


def test_a_headline_word_in_capitals_names_no_model() -> None:
    # "Screen" is written in lower case elsewhere: a common noun in a title, not a model's name
    text = "Laptop Gets 13-inch Screen\n\nThe laptop has a 15-inch screen, the maker said."
    assert findings(text) == [
        "the same figure is given two values: 13-inch vs 15-inch (the maker); ratio 0.87"
    ]
