"""Issue 10: lower-case groups of people who watch or negotiate for others ("observers",
"monitors", "diplomats", "aides") credit a figure as "witnesses" and "residents" do
(rules/attribution.yaml `groups`): "..., observers said" names a source. A monitor that is a
thing names none ("Heart monitors showed ..." is no cue of speech). The sentences are written
for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_observers_said() -> None:
    text = "The rebels fired three rockets at the airfield before dawn, observers said."
    assert source_of(text, "three") == "observers"


def test_diplomats_say() -> None:
    text = "The talks could run another two weeks, diplomats say."
    assert source_of(text, "two weeks") == "diplomats"


def test_aides_said() -> None:
    text = "The governor will name four new judges next month, aides said."
    assert source_of(text, "four") == "aides"


def test_a_machine_that_shows_is_no_speaker() -> None:
    assert source_of("Heart monitors showed 40 beats a minute.", "40") is None
