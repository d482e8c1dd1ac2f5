"""Workers who took redundancy are not the workers affected (round AT40): a job-cut report gives both
counts, often from two voices ("the union says 800 staff were affected and 500 took redundancy, the
firm says 600 were affected and 450 took redundancy"), and a count of redundancies paired with a
count of those affected is a false alarm. `redundancy` in rules/events.yaml names the event; two
voices' redundancies, or their counts of those affected, still differ. Sentences written here."""

from __future__ import annotations

import numcheck


def within(text: str) -> list[numcheck.Finding]:
    return [f for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_redundancies_are_not_paired_with_those_affected() -> None:
    text = (
        "The guild says 1,500 staff were affected, but 1,100 have taken redundancy, while the firm "
        "says 1,250 workers were affected."
    )
    # the two voices' counts of those affected still differ; the redundancies are no third count of them
    got = [f.message.split(";")[0] for f in within(text)]
    assert got == ["sources differ: 1,500 (The guild) vs 1,250 (the firm)"]


def test_two_voices_on_redundancies_still_differ() -> None:
    text = (
        "The guild says 860 staff took redundancy at the plant. "
        "The company says 640 staff took redundancy at the plant."
    )
    assert [f.rule for f in within(text)] == ["NC201"]


def test_a_job_cut_read_with_its_event() -> None:
    (cut,) = numcheck.extract("The guild says 860 staff were made redundant.")
    assert cut.value == 860.0
