"""A count followed in its sentence by "and the" and the ordinal of one more ("two ... and the
third") counts a part of a group of that many (rules/measures.yaml others_counts `ordinals`,
link.ordinal_next, within._linked_pairs; round JG30). Against the group's size given elsewhere it
is no second value of one figure; against any other count it keeps its pair. The sentences are
written for this file."""

from __future__ import annotations

from numcheck import check
from numcheck.config import load_config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import ordinal_next

OPENING = (
    "A storm caught a party on the north ridge on Saturday, the mountain rescue team said. "
    "Two climbers were flown out by helicopter and the third walked down to the hut, "
    "team leader Ines Maro said. "
)


def _flags(text: str) -> list[str]:
    return [f.message for f in check(text).findings if f.severity in ("warning", "error")]


def test_a_part_named_by_the_next_ordinal_is_not_the_group() -> None:
    assert _flags(OPENING + "Hut warden Piet Dahl said three climbers were flown out.") == []


def test_a_count_the_ordinal_does_not_make_is_still_compared() -> None:
    assert _flags(OPENING + "Hut warden Piet Dahl said four climbers were flown out.") != []


def test_only_the_ordinal_of_one_more_reads_a_part() -> None:
    know = knowledge(load_config(discover=False).pack)
    for text, part in (
        ("Two climbers were flown out and the third walked down to the hut.", True),
        ("Two climbers were flown out and the fourth walked down to the hut.", False),
        ("Two climbers were flown out for the third time this winter.", False),
        ("Two climbers were flown out. The third walked down to the hut.", False),
    ):
        claim = next(c for c in check(text).claims if text[c.start : c.end].startswith("Two"))
        assert ordinal_next(claim, text, know) is part, text
