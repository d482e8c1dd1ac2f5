"""What "according to" names that is no speaker (a law, a rule, and now a timetable or a schedule:
"trains will run according to the timetable from then on") gives no source, read on the source's
head word less the small words after it ("the timetable from": "timetable"), so the quoted figure
stays the quoted speaker's (rules/attribution.yaml not_speakers, attribution._head_word; round JG9,
read on the spent held half of the Hindu set; the text is written for this file). A body named
after "according to" is still a source of its own, and its figure is still set against another's."""

from __future__ import annotations

import numcheck

MENON = "Divisional manager Ravi Menon said the zone had sanction to replace 140 km of old track.\n\n"


def test_a_timetable_is_no_source() -> None:
    text = MENON + (
        "“Only 30 km of track has been replaced. All trains will run according to the timetable from "
        "then on,” he added."
    )
    assert [c.source for c in numcheck.extract(text)] == ["Ravi Menon", "Ravi Menon"]
    assert [f.rule for f in numcheck.check([text]).findings] == []


def test_a_body_after_according_to_is_still_a_source() -> None:
    text = MENON + "“Only 30 km of track has been replaced,” according to the rail board."
    assert [c.source for c in numcheck.extract(text)] == ["Ravi Menon", "the rail board"]
    assert [f.message for f in numcheck.check([text]).findings] == [
        "sources differ: 140 km (Ravi Menon) vs 30 km (the rail board); ratio 0.21"
    ]
