"""Issue 10: a figure standing inside the words taken for a cue's source is not what that source
gives. "The three arrests announced on Monday send a message" counts what was announced, in the
writer's voice; "Four inspectors said the roof would hold" counts the speakers. Such a figure
takes another source of its sentence if there is one, else the speaker of the quotation it stands
in, else none (as "At least 40 children were reported hurt" already did for a passive cue). The
figures after the cue are still the source's. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_count_of_what_is_announced_is_the_writers() -> None:
    text = "The three arrests announced on Monday send a clear message, the mayor said."
    assert source_of(text, "three") == "the mayor"


def test_count_of_the_speakers_is_the_writers() -> None:
    text = "Four inspectors said the roof would hold 200 people."
    assert source_of(text, "Four") is None
    assert source_of(text, "200") == "Four inspectors"


def test_figure_swallowed_by_a_run_on_subject_goes_to_the_quotation_speaker() -> None:
    text = (
        '"We have warned the council for more than 12 years as the water rose. Nobody came," '
        "said Mara Tesfaye, a 51-year-old resident."
    )
    assert source_of(text, "12 years") == "Mara Tesfaye"


def test_a_name_after_the_figure_is_the_source() -> None:
    text = "The bill stays below the promised $3 million the council said it would raise."
    assert source_of(text, "$3 million") == "the council"
