"""A bare number listed after "including", past a clause that follows a count with a noun, counts
the whole's noun: it is a part of that count. A slip that makes the part larger than its whole
loses the noun the part inherits, so the part must be read bare to keep the slip found. Sentences
written for these tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations

ADULTS = "Up to 9,000 adults in the county have the condition, including about {} over the age of 80."
CAMPS = "The charity ran 40 camps across the region last summer, including {} near the coast."


def _parts(text: str) -> list[tuple[str, list[str]]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    return [(p.whole.surface, [c.surface for c in p.parts]) for p in rel.parts if p.whole is not None]


def test_a_bare_part_past_a_clause_is_read_and_quiet() -> None:
    assert ("9,000", ["1,200"]) in _parts(ADULTS.format("1,200"))
    assert ("40", ["12"]) in _parts(CAMPS.format("12"))
    assert found(ADULTS.format("1,200")) == []
    assert found(CAMPS.format("12")) == []


def test_a_bare_part_slipped_above_its_whole_is_found() -> None:
    assert message(ADULTS.format("12,000")) == "the part 12,000 is more than its whole 9,000"
    assert message(CAMPS.format("120")) == "the part 120 is more than its whole 40"


def test_a_figure_of_another_kind_after_including_is_no_part() -> None:
    quiet = [
        # a share, an amount and a year are not counts of the whole's noun
        "Some 300 nurses at the hospital joined the strike, including 40% of the night staff.",
        "About 60 families in the valley lost their homes, including $2 million in damage.",
        "Nearly 80 teams have entered the league since it began, including 2019.",
    ]
    for text in quiet:
        assert all(whole != "300" and whole != "60" and whole != "80" for whole, _ in _parts(text)), text
        assert found(text) == [], text
