"""Three readings of a whole and its parts that are not one (round JG19, read on AllSides extra2;
the sentences are written for this file):

- a list of figures each placed by "in" or "at" ("eight in the South, five in the West and four in
  the Midwest"): the first figure is one of the places, not the whole of the others
  (rules/relations.yaml parts.by_place);
- "50 or 60 of them", "1.2 million to 3.6 million of them": the figure before, joined by "or",
  "to" or "and" alone, is the other guess or the other end of a range, not the whole
  (parts.of_them_alternatives);
- "all but three": a count of the exceptions, never a whole (parts.exceptions_before).

A whole named as such keeps its finding in each shape."""

from __future__ import annotations

import numcheck


def parts_findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC501", "NC502"}]


def test_figures_each_in_a_place_are_siblings() -> None:
    text = "The chain has shops in every region: eight in the North, five in the East and four in the West."
    assert parts_findings(text) == []


def test_a_placed_first_figure_with_its_noun_is_a_sibling_too() -> None:
    text = "There are 30 wards in the capital, 40 in the harbour town, 25 in the hills and 9 on the islands."
    assert parts_findings(text) == []


def test_a_whole_then_its_places_still_adds_up() -> None:
    text = "The chain has 12 shops, five in Leeds, four in York and six in Hull."
    assert parts_findings(text) == ["the parts five + four + six add up to 15, more than the whole 12"]


def test_two_guesses_of_them_are_no_whole() -> None:
    assert parts_findings("The guard said there were maybe 50 or 60 of them at the gate.") == []


def test_the_two_ends_of_a_range_of_them_are_no_whole() -> None:
    text = "Some 3 million people were on the roll, and 1.2 million to 3.6 million of them took part."
    assert parts_findings(text) == []


def test_a_whole_named_before_of_them_keeps_the_finding() -> None:
    text = "The board named 40 officers last spring, and 60 of them resigned."
    assert parts_findings(text) == ["the part 60 is more than its whole 40"]


def test_the_exceptions_are_no_whole() -> None:
    text = (
        "Almost every member backs the plan -- all but three have said so -- and two dozen of them "
        "signed a letter."
    )
    assert parts_findings(text) == []


def test_a_small_whole_keeps_the_finding() -> None:
    text = "The party has three senators, and two dozen of them signed a letter."
    assert parts_findings(text) == ["the part two dozen is more than its whole three"]
