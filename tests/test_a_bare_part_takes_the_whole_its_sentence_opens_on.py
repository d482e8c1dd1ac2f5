"""In a sentence opened by "Of the" and a count ("Of the four alerts, only one ..., while the other
three ..."), a later bare part that opens its clause takes that count for its whole whatever its
size. Before, a part larger than the count was taken for a part of some larger figure before it,
so the slip "the other thirty" was read against an unrelated count and nothing was found. A share,
a sum or a part that names its own noun keeps its reading. The sentences are written for this file
(round RL31).
"""

from __future__ import annotations

from arithmetic_findings import flagged_rules, whole_of

LEAD = "The agency says 20 million people live in flood zones. "
OPENED = "Of the four flood warnings, only one is caused by rain, while the other {} stem from dam releases."


def test_the_parts_as_written_are_quiet() -> None:
    assert flagged_rules(LEAD + OPENED.format("three")) == []
    assert whole_of(LEAD + OPENED.format("three"), "three") == "four"


def test_a_part_made_larger_than_the_whole_is_still_read_against_it() -> None:
    text = LEAD + OPENED.format("thirty")
    assert whole_of(text, "thirty") == "four"
    assert "NC502" in flagged_rules(text)


def test_a_part_with_a_noun_before_it_is_not_taken() -> None:
    text = (
        "The sergeant had 18 prior complaints filed against him. "
        "Of the three other officers fired, one also had a record of complaints - six in total."
    )
    assert whole_of(text, "six") != "three"
    assert flagged_rules(text) == []


def test_a_share_in_such_a_sentence_is_no_part_of_the_count() -> None:
    text = "Of the seven candidates, only 53% of voters knew the front-runner."
    assert whole_of(text, "53%") is None
