"""Issue 13, a comparison: a poll's lead in points written next to the head-to-head it sums up
("leads by 9 points, 51-42 percent"; "a 6-point edge (47%-41%)"; "50% to 45%, a five-point lead")
is the first share less the second, read within the shares' rounding. A lead's change ("her lead
grew by 2 points") is no lead, and two head-to-heads in one sentence are no poll's parts of one
whole. Sentences written for these tests."""

from __future__ import annotations

import pytest

import numcheck


def _nc505(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC505"]


@pytest.mark.parametrize(
    "text",
    [
        "Alvarez leads by 9 points, 51-42 percent, among registered voters.",
        "Alvarez holds a 6-point edge (47%-41%) in the river towns.",
        "Alvarez is ahead 50% to 45%, a five-point lead, the survey shows.",
        # 48.4 less 43.6 is 4.8: rounded shares may sit a point either way of the lead
        "Alvarez leads 48-44 percent, a 5-point margin, with 8 percent unsure.",
    ],
)
def test_a_lead_that_is_its_shares_apart_raises_nothing(text: str) -> None:
    assert _nc505(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Alvarez leads by 19 points, 51-42 percent, among registered voters.", "19 points"),
        ("Alvarez holds a 16-point edge (47%-41%) in the river towns.", "16"),
        ("Alvarez is ahead 50% to 45%, a nine-point lead, the survey shows.", "nine"),
    ],
)
def test_a_lead_its_shares_do_not_make_is_found(text: str, said: str) -> None:
    (msg,) = _nc505(text)
    assert msg.endswith(f"not {said}")


def test_a_change_of_the_lead_is_not_the_lead() -> None:
    assert _nc505("Her lead grew by 2 points, 52-44 percent, after the debate.") == []


def test_two_head_to_heads_in_a_sentence_are_no_parts_of_one_whole() -> None:
    text = "In the county poll, Alvarez led 46-44 percent among men and 50-43 percent among women."
    assert [f.rule for f in numcheck.check(text).findings] == []
