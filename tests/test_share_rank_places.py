"""A percentage given with a place in a ranking ("The Ledger was third with 5.6 percent"; rules/
measures.yaml share_ranks, link.share_rank) is one entry of that ranking: two shares given two
different places are never one figure given two values, while one place's share given twice is
still compared. Sentences written for these tests."""

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import share_rank


def _rank(text: str, surface: str) -> str | None:
    c = next(c for c in numcheck.extract(text) if c.surface.startswith(surface))
    return share_rank(c, text, knowledge(_config(None).pack))


def _nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC301"]


def test_the_place_is_read_back_from_the_ordinal():
    assert _rank("The Ledger was third with 5.6 percent of the stories.", "5.6") == "third"
    assert _rank("The Courier came second, with 8.1 percent.", "8.1") == "second"
    text = "The Herald was the second most cited and made up 6.5 percent of the links."
    assert _rank(text, "6.5") == "second"


def test_no_place_without_an_ordinal_close_before_in_the_sentence():
    assert _rank("The Ledger had 5.6 percent of the stories.", "5.6") is None
    assert _rank("It came third. Turnout in the county was 5.6 percent.", "5.6") is None
    text = "In the third quarter of last year, output at the big mills in the region rose 5.6 percent."
    assert _rank(text, "5.6") is None


def test_shares_of_two_places_are_not_one_figure():
    text = (
        "The Courier was the second most cited and accounted for 6.5 percent of articles. "
        "The Ledger was third with 5.6 percent."
    )
    assert _nc301(text) == []


def test_one_places_share_given_twice_is_still_compared():
    text = (
        "The Ledger was third and accounted for 5.6 percent of articles. Its editors were "
        "pleased. The Ledger was third and accounted for 6.5 percent of articles."
    )
    assert len(_nc301(text)) == 1


def test_a_share_with_no_place_keeps_its_pair():
    text = (
        "The Courier was the most cited and accounted for 6.5 percent of articles. "
        "The Ledger was third with 5.6 percent."
    )
    assert len(_nc301(text)) == 1
