"""AT56: a verb of saying in -ing after a comma shares the sentence's subject ("Ana Lee spoke,
adding that ..."); after a fronted phrase of time or topic ("Last month, ...", "As for the talks,
...") the subject is read after the phrase's comma, but only when it is a person the text names, the
doer of an active verb (not "X was asked about a letter ..., alleging that": the letter's words),
with no tag of another speaker between commas before the participle ("..., the charges allege,
adding that": the charges' words).

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_named_subject_after_a_fronted_phrase_of_time() -> None:
    text = "Last week, Oskar Brenn angered fans online, saying that his rival had won 3 races in ten years."
    assert source_of(text, "3") == "Oskar Brenn"


def test_a_named_subject_after_a_fronted_phrase_of_topic() -> None:
    text = (
        "As for trade, Oskar Brenn listed ports, roads and farms, adding that both regions want 4 rail lines."
    )
    assert source_of(text, "4") == "Oskar Brenn"


def test_a_passive_subject_is_not_the_speaker() -> None:
    text = "In May, Oskar Brenn was asked about a letter from a fan, alleging that he had 12 cars."
    assert source_of(text, "12") != "Oskar Brenn"


def test_a_tag_between_gives_the_participle_to_its_own_speaker() -> None:
    text = (
        "From June, Oskar Brenn met the buyers often, the charges allege, adding that Brenn made 13 videos."
    )
    assert source_of(text, "13") != "Oskar Brenn"
