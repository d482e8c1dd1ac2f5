"""A count that is the object of an event verb ("shelling killed at least 41 people and wounded 29
others") counts that verb's event, whatever event the next verb in the sentence names
(features._governing_event): the 41 are the dead, so a later count of the dead is checked against
41, not against the 29 wounded."""

from __future__ import annotations

import numcheck

STORY = (
    "Shelling hits river port\n\n"
    "Overnight shelling of the river port killed {hedge}41 people and wounded 29 others, the "
    "regional governor said on Tuesday.\n\n"
    "Rescue crews were still searching two collapsed warehouses. {later}\n"
)


def serious(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.severity.value in {"warning", "error"}]


def test_the_count_after_killed_is_the_dead_not_the_wounded() -> None:
    for hedge in ("", "at least "):
        claims = {c.surface: c for c in numcheck.extract(STORY.format(hedge=hedge, later=""))}
        assert claims["41"].event == "killed"
        assert claims["29"].event == "injured"


def test_a_later_count_of_the_dead_that_agrees_is_quiet() -> None:
    assert (
        serious(STORY.format(hedge="", later="By nightfall the governor said 41 people had been killed."))
        == []
    )


def test_a_later_count_of_the_dead_that_disagrees_is_found() -> None:
    found = serious(STORY.format(hedge="", later="By nightfall the governor said 14 people had been killed."))
    assert len(found) == 1 and "41" in found[0] and "14" in found[0]
