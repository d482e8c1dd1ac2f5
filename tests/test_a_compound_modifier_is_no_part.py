"""The number of a compound modifier ('a 120-count indictment', 'three-member crews') is the size of
each item, not a number of the items: no part of a count of them (NC501)."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_the_counts_of_one_indictment_are_no_part_of_the_indictments() -> None:
    text = "Forty suspects were named in two indictments, including a 120-count indictment filed in May."
    assert nc501(text) == []


def test_a_part_counted_in_the_items_themselves_still_exceeds_its_whole() -> None:
    text = "Forty suspects were named in two indictments, including 120 indictments filed in May."
    assert nc501(text) != []


def test_a_number_after_a_before_an_unread_modifier_is_no_part() -> None:
    # "a 150,000 route-mile cable system" is one system of that length, not 150,000 of the nations
    quiet = [
        "The carrier sells in over 50 nations, including over a 150,000 route-mile cable system.",
        "The league plays in 12 cities, including an 80,000 capacity bowl downtown.",
    ]
    for text in quiet:
        assert nc501(text) == [], text


def test_a_bare_part_without_the_article_still_exceeds_its_whole() -> None:
    text = "The league plays in 12 cities, including 80 near the coast."
    assert nc501(text) != []


def test_a_dozen_after_including_is_still_a_part() -> None:
    text = "The league plays in 10 cities, including a dozen near the coast."
    assert nc501(text) != []


def test_a_whole_that_sizes_each_thing_is_no_whole() -> None:
    # the number before "-day" or "-figure" is the size of each thing (rules/relations.yaml
    # parts.size_compound), not a count of what is counted after it
    quiet = [
        "The drivers held a several-day strike last spring, and 23 of them were later fired.",
        "His speeches have drawn five-figure audiences: 14,000 in Denver and 11,000 in Tulsa.",
        "The nurses began a three-week walkout, and 40 of them were suspended.",
    ]
    for text in quiet:
        assert nc501(text) == [], text


def test_a_whole_that_counts_members_or_things_still_exceeds_its_parts() -> None:
    slips = [
        "The 12-member board, including 15 women, voted on Monday.",
        "The firm runs three plants: 15 in Ohio and 12 in Texas.",
        "The ten-day strike drew 300 workers, including 400 nurses.",
    ]
    for text in slips:
        assert nc501(text) != [], text
