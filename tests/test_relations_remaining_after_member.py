"""'The remaining' figure completes a whole a part of which was read a sentence before, unless a
count of the whole's kind that no reader took as a part comes between: the remaining figure is
what is left after that one too. Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations

BETWEEN = (
    "Nine drivers have admitted the fraud in Hull. Fines have been paid and six of the drivers have "
    "been jailed for up to two years. One driver was given unpaid work and the remaining {} were fined."
)
NEXT = (
    "Nine drivers have admitted the fraud in Hull. "
    "Six of the drivers were jailed. The remaining {} were fined."
)


def _complete(text: str) -> list[tuple[str, list[str]]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    return [
        (p.whole.surface, [c.surface for c in p.parts])
        for p in rel.parts
        if p.whole is not None and p.complete
    ]


def test_a_member_counted_between_leaves_the_remaining_unread() -> None:
    assert _complete(BETWEEN.format("two")) == []
    assert found(BETWEEN.format("two")) == []


def test_the_remaining_right_after_its_part_still_completes_the_whole() -> None:
    assert _complete(NEXT.format("three")) == [("Nine", ["Six", "three"])]
    assert found(NEXT.format("three")) == []
    assert message(NEXT.format("four")) == "the parts Six + four add up to 10, not Nine"


def test_a_whole_named_after_its_part_does_not_stop_the_remaining() -> None:
    text = (
        "Three of the five charges filed against the carrier are felonies. "
        "The remaining {} charges are minor."
    )
    assert _complete(text.format("two")) == [("five", ["Three", "two"])]
    assert found(text.format("two")) == []
    assert message(text.format("four")) == "the parts Three + four add up to 7, not five"
