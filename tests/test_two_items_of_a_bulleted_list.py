"""Two figures in two items of one bulleted list (measures.yaml list_items: lines opened by "*" or
"•" and a space, only blank lines between them) are two entries of the list, answers to two
questions of a poll or two thresholds, never one figure given two values: NC301 does not read 42%
and 24% as transposed digits. A figure in an item and one in the prose after the list keep their
pair, so the slip of a restatement outside the list is still found."""

from __future__ import annotations

import numcheck
from numcheck.checks.within import list_items

LIST = (
    "The latest survey is instructive on this question:\n\n"
    "* Just 42% of residents are confident about the mayor's budget plans.\n\n"
    "* Only 35% voice confidence about the council on the budget.\n\n"
)


def nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC301"]


def test_two_items_of_one_list_are_two_entries() -> None:
    text = LIST + "* And a mere 24% say they are confident the county board would do the right thing.\n"
    assert nc301(text) == []


def test_a_restatement_after_the_list_is_still_checked() -> None:
    text = LIST + "The mayor's office said that 24% of residents are confident about the mayor's plans.\n"
    assert nc301(text) == [
        "the same figure is given two values: 42% vs 24% (The mayor's office); ratio 0.57"
        " — likely digits transposed"
    ]


def test_a_line_of_prose_ends_a_list() -> None:
    text = "• one item\n\n• another item\nProse between.\n• a new list\n"
    starts, items = list_items(text, ("•",))
    assert [i[0] if i else None for i in items] == [1, 1, None, 2]
    assert starts == [0, 12, 27, 42]


THRESHOLDS = (
    "Now, the shares and what they bring the party:\n\n"
    "• 0.5 percent gets the Green Party a ballot line for 2018 in Ohio and Utah.\n\n"
    "That line would also hold for the governor's race.\n\n"
    "• 5 percent gets the Green Party a ballot line for 2018 in Iowa and Maine.\n"
)


def test_two_items_each_opened_by_its_figure_are_rows_of_one_series() -> None:
    assert nc301(THRESHOLDS) == []


def test_a_figure_inside_an_item_and_one_opening_another_keep_their_pair() -> None:
    text = (
        "Now, the shares and what they bring the party:\n\n"
        "• A share of 0.5 percent gets the Green Party a ballot line for 2018 in Ohio and Utah.\n\n"
        "That line would also hold for the governor's race.\n\n"
        "• A share of 5 percent gets the Green Party a ballot line for 2018 in Ohio and Utah.\n"
    )
    assert len(nc301(text)) == 1
