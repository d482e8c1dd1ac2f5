"""Issue 10: a span of time that opens the sentence before its source is the writer's.

'Five days after his arrest, the port authority accused him of ...' dates what the authority did;
the five days are the writer's account of when, as a fronted 'After a meeting, ...' clause already
was. Not when the source is an aside between commas ('Twenty years ago, Ana Ruiz says, she told
...'): the time is then part of what she says. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_span_of_time_after_which_a_source_acts_is_the_writer_s() -> None:
    text = "Five days after his arrest, the port authority accused him of selling forged permits."
    assert source_of(text, "Five days") is None


def test_a_span_of_time_then_later_is_the_writer_s() -> None:
    text = "Three months later, the harbour board said it had found a second leak."
    assert source_of(text, "Three months") is None


def test_a_span_of_time_before_a_speaker_s_aside_is_the_speaker_s() -> None:
    text = "Twenty years ago, Ana Ruiz says, she told a coach about the bruises."
    assert source_of(text, "Twenty years") == "Ana Ruiz"


def test_a_figure_in_what_the_source_says_is_still_the_source_s() -> None:
    text = "Two weeks later, the harbour board said 40 berths had been closed."
    assert source_of(text, "40") == "the harbour board"
