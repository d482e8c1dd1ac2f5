"""A product's name written with a small first letter and a capital after it ("iPhone", "eBay",
"iMac") names what the figure after it numbers, as a capitalised name does ("Galaxy 7"): "the
iPhone 7 and 7 Pro" are two models, no count of 7 (round JG7, read on the FNC news set; the text
is written for this file). A count after such a name's own noun is still a count, and a part
larger than its whole is still found."""

from __future__ import annotations

import numcheck
from numcheck.extraction.claims import _inner_capital

PHONES = (
    "The {0} 7 and 7 Pro are two of the phones the firm sells. Of the two, the camera on the {0} 7 "
    "Pro is the better one."
)


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in numcheck.check([text]).findings]


def test_a_model_number_after_a_camel_case_name_is_no_part() -> None:
    assert findings(PHONES.format("iPhone")) == []
    assert findings(PHONES.format("Galaxy")) == []  # as after a capitalised name


def test_a_part_larger_than_its_whole_is_still_found() -> None:
    assert findings("The shop sold two iPhone cases last week. Of the two cases, 6 were returned.") == [
        ("NC501", "the part 6 is more than its whole two")
    ]
    assert findings("Five shops sold the eReader. Of the five, 7 sold out.") == [
        ("NC501", "the part 7 is more than its whole five")
    ]


def test_only_names_with_an_inner_capital_and_small_letters() -> None:
    assert all(_inner_capital(w) for w in ("iPhone", "iPad", "eBay", "iMac"))
    assert not any(_inner_capital(w) for w in ("pH", "kWh", "mRNA", "iOS", "phone", "Phone"))
