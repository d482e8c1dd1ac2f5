"""A direction verb may govern a long object before "from A to B": "cut the number of depots that
can service trains from nine to four" states a fall, the verb a dozen words before the figures.
A factor word ("doubled") still has to stand near them. Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import found

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations

CUT = (
    "The operator will cut the count of depots that are able to service its electric trains "
    "from {} to {} by 2030."
)
RAISED = (
    "The board raised the maximum share of the fund a single member state may hold from {} to {} last month."
)


def _changes(text: str) -> list[tuple[str, str, str | None]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    return [(ch.old.claim.surface, ch.new.claim.surface, ch.direction) for ch in rel.changes]


def test_a_verb_far_before_from_a_to_b_states_the_change() -> None:
    assert _changes(CUT.format("9", "4")) == [("9", "4", "decrease")]
    assert [d for *_, d in _changes(RAISED.format("20 percent", "35 percent"))] == ["increase"]
    assert found(CUT.format("9", "4")) == []
    assert found(RAISED.format("20 percent", "35 percent")) == []


def test_a_change_against_its_far_verb_is_found() -> None:
    (f,) = found(CUT.format("9", "14"))
    assert f.message == "from 9 to 14 is a rise, not a fall"
    (g,) = found(RAISED.format("20 percent", "15 percent"))
    assert g.message == "from 20 percent to 15 percent is a fall, not a rise"


def test_a_verb_behind_a_comma_or_a_far_factor_word_is_not_read() -> None:
    # the verb belongs to another clause
    other = "Sales fell in the spring, and the staff of the small shop went from 12 to 15."
    assert all(d != "decrease" for *_, d in _changes(other))
    assert found("Sales fell in the spring, and the staff of the small shop went from 12 to 15.") == []
    far = (
        "Output doubled at the new mill on the river that the family opened long ago, from 300 to 450 tonnes."
    )
    assert found(far) == []
