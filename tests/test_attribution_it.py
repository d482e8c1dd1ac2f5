"""Issue 10: what "it" stands for when it speaks ("It predicts ...", "..., it said").

"It" never stands for a person: after "Jonas Pell said ...", a later "It estimates ..." is not
Pell's. When the sentence before (or its own) introduces a name with a description between commas
("Tallymark, a website that averages opinion polls, ..."), "it" is that name. The sentences are
written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_it_is_the_name_described_between_commas_just_before() -> None:
    text = (
        "Mara Quist said the vote would be close. Tallymark, a website that averages opinion polls, "
        "released its last estimate on Sunday. It predicts the Greens will take between 12 and 15 seats."
    )
    assert source_of(text, "12 and 15") == "Tallymark"


def test_it_never_stands_for_the_person_who_spoke_last() -> None:
    text = (
        "Jonas Pell said the vote would be close. The commission published its review on Monday. "
        "It estimates that 40 polling stations opened late."
    )
    assert source_of(text, "40") != "Jonas Pell"


def test_it_still_stands_for_an_organisation_that_spoke_last() -> None:
    text = (
        "The Harbour Authority said the quay would reopen in May. "
        "It estimates that 40 ships will call there each week."
    )
    assert source_of(text, "40") == "The Harbour Authority"
