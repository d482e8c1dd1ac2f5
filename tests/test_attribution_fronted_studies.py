"""Issue 10: "In a survey conducted by X, ..." credits X with the sentence's figures.

A phrase that opens the sentence up to a comma and names who made a survey, poll, study, report,
analysis or census ("In the newest poll run by the Lake Institute, ...", "In a study made for
anglers by ..., ...") gives the figures of a sentence with no cue of its own to that maker, as
"According to a survey by ..." does. Without "by" and a name ("In the survey, 40 percent said")
the rules that were there decide; a maker that is no name ("by two local men") is not taken. The
sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_poll_run_by() -> None:
    text = "In the newest poll run by the Lake Institute, 65% called the fees too high."
    assert source_of(text, "65%") == "the Lake Institute"


def test_a_poll_conducted_by() -> None:
    text = "In a poll conducted by the Lake Institute, 48 percent of anglers backed the new rules."
    assert source_of(text, "48 percent") == "the Lake Institute"


def test_a_survey_by() -> None:
    text = "In a survey by the Lake Institute, 30% of the boats had no licence."
    assert source_of(text, "30%") == "the Lake Institute"


def test_no_name_after_by() -> None:
    text = "In a report written by two local men, the lake was said to hold 400 boats."
    assert source_of(text, "400") is None


def test_a_cue_of_its_own_decides() -> None:
    text = "In the survey, 40 percent said the fees were too high."
    assert source_of(text, "40 percent") == "the survey"
