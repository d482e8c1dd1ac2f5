"""Parts and rankings in music-chart and technology copy (round JG4, read on the BBC news set's fit
half; the sentences are written for this file):

- places in a chart: bare numbers after 'to', 'at' or 'number' (rules/relations.yaml
  comparison.ranked_places) in a sentence naming a place or a rank; the one 'followed by' another
  is the smaller number;
- 'eight top three hits': the band of places after 'top' and a count is no count of hits
  (extraction), so it is no whole of 'four number ones';
- 'if one console ..., six of them': 'them' is never a single one;
- 'out of 833 million': the scale word after the number a count is out of is the whole's own.

Each with a slip of the same shape still found."""

from __future__ import annotations

import numcheck


def serious(text: str) -> list[tuple[str, str]]:
    found = numcheck.check([text]).findings
    return [(f.rule, f.message) for f in found if f.severity.value in {"warning", "error"}]


def test_chart_places_followed_by_a_lower_place() -> None:
    text = "The Pickers dropped one place to four with their new single, followed by Lola Vance at five."
    assert serious(text) == []


def test_chart_places_out_of_order_are_found() -> None:
    text = "The Pickers dropped one place to six with their new single, followed by Lola Vance at five."
    assert serious(text) == [("NC505", "six is larger than five, not ahead of it")]


def test_a_tally_of_points_still_ranks_the_larger_first() -> None:
    text = "Rovers moved up to first place on 48, followed by City on 51."
    assert serious(text) == [("NC505", "48 is smaller than 51, not ahead of it")]


def test_a_band_of_chart_places_is_no_whole() -> None:
    text = "The duo have landed nine top two singles, including three that went to number one."
    assert serious(text) == []


def test_more_number_ones_than_hits_are_found() -> None:
    text = "The duo have landed nine top two singles, including eleven that went to number one."
    assert serious(text) == [("NC501", "the part eleven is more than its whole nine")]


def test_them_is_never_a_single_one() -> None:
    text = "If one old radio can hum a tune, he asked, what would happen if he wired eight of them together?"
    assert serious(text) == []


def test_more_of_them_than_there_are_is_found() -> None:
    text = "He bought three old radios at a fair, and wired eight of them together."
    assert serious(text) == [("NC501", "the part eight is more than its whole three")]


def test_a_scale_word_belongs_to_the_whole() -> None:
    text = "Tablets will make up 95 million out of 640 million screens sold by 2010, the study says."
    assert serious(text) == []


def test_a_part_above_a_whole_with_a_scale_word_is_found() -> None:
    text = "Tablets will make up 950 million out of 640 million screens sold by 2010, the study says."
    assert serious(text) == [("NC501", "the part 950 million is more than its whole 640 million")]
