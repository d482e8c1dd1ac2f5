"""Issue 10: "he" or "she" never stands for a place named in capitals ("the South China Sea").

A run of capitalised words ending in a word such as "Sea", "Street" or "Airport" names a place, not
a person (`place_heads` in rules/attribution.yaml), so a pronoun after it reaches back to the person
named before it. Here the person's name is written family name first, "Wang Lei", then "Wang", so
the bare "Wang" is not read as the name, and the sea was the only name near the last "he". The
sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

TEXT = (
    "Wang Lei, a professor at the naval college, said the attitude toward the South China Sea is "
    'much as before. "Trade may suffer there," he said. '
    "The South China Sea will continue to be a disputed area, he speculated. "
    "However, Wang said, it remained to be seen whether the plan would go on. "
    '"The talks might change course after six months," he added.'
)


def test_a_pronoun_passes_over_a_sea_to_the_speaker() -> None:
    assert source_of(TEXT, "six months") == "Wang Lei"


def test_a_person_is_still_read_as_a_name() -> None:
    text = 'Ana Ruiz spoke at the harbour. "We lost nine boats," she said.'
    assert source_of(text, "nine") == "Ana Ruiz"


def test_a_surname_that_is_also_a_place_word_stays_a_name() -> None:
    text = (
        "Kevin B. Lake, 50, pleaded guilty on Monday. Lake agreed to give up the clinic. "
        "He admitted to moving more than $20 million through the accounts."
    )
    assert source_of(text, "$20 million") == "Kevin B. Lake"
