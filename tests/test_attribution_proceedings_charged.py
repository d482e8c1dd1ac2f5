"""Issue 10: a legal document's account runs on until a sentence tells the case's own course;
"charged" tells it only as a passive or with "in"/"by" ("The men charged in the indictment are
...", "He was charged with ..."), not as a price asked ("the firm charged its clients $600"). The
sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_people_charged_in_the_indictment_are_listed_by_the_writer() -> None:
    text = (
        "According to the indictment, the ring stole 80 trucks from depots in Ohio. "
        "The men charged in the indictment are Carl Dunn, 41, of Akron and Ray Soto, 37, of Kent."
    )
    assert source_of(text, "80") == "the indictment"
    assert source_of(text, "41") is None


def test_a_price_charged_goes_on_with_the_account() -> None:
    text = (
        "According to the complaint, Dale Pruitt ran a tax shop in Tulsa. "
        "The shop charged its clients $600 for each return."
    )
    assert source_of(text, "$600") == "the complaint"


def test_as_charged_in_the_indictment_names_the_indictment() -> None:
    text = (
        "According to the plea agreement, Ruiz ran the payroll office. "
        "As charged in the indictment, in the third quarter of 2009, Ruiz kept $41,300 in withheld taxes."
    )
    assert source_of(text, "$41,300") == "the indictment"


def test_as_set_forth_in_a_lawsuit_names_the_lawsuit() -> None:
    text = "As set forth in the Hale lawsuit, the heaters drew hundreds of angry letters from buyers."
    assert source_of(text, "hundreds of") == "the Hale lawsuit"
