"""AT57: a sentence opened by a legal account ("According to the complaint, when Ruiz told her
manager that ..., he ...") is the account's telling as a whole, even when a cue inside it names a
person who spoke; so what the paragraph goes on to tell is the account's too, not the person's
nor the writer's. A sentence opened by a person ("According to her lawyer, ...") is left as it
was (a control: it passes with or without the change). The penalties a plural faces ("both men face a
maximum sentence of ...") are the case's course, told by the writer, and end the account's run
(`proceedings`: "face a maximum", "face up to").

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_fronted_account_goes_on_past_a_persons_cue_inside_it() -> None:
    text = (
        "A bakery chain was sued on Monday.\n\n"
        "According to the complaint, when Nadia Orsell told her manager that she was underpaid, he "
        "shouted at her. Three days later, the chain ended her contract.\n\n"
    )
    assert source_of(text, "Three days") == "the complaint"


def test_control_a_fronted_person_is_not_read_as_an_account() -> None:
    text = (
        "A bakery chain was sued on Monday.\n\n"
        "According to her lawyer, when Nadia Orsell told her manager that she was underpaid, he "
        "shouted at her. Three days later, the chain ended her contract.\n\n"
    )
    assert source_of(text, "Three days") != "her lawyer"


def test_the_plurals_penalties_are_the_writers() -> None:
    text = (
        "Two clinic owners admitted a billing fraud.\n\n"
        "According to the plea documents, Ilse Mowe and Gert Trapp admitted that their scheme led to "
        "$3 million in false bills. At sentencing, both Mowe and Trapp face a maximum sentence of 20 "
        "years in prison.\n\n"
    )
    assert source_of(text, "20 years") is None
