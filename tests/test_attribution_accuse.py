"""Issue 10: an accusation names its source ("the watchdog accused the army of jailing 900 people").

A verb of `object_cues` ("accuse ... of") is a cue only in the active, with the one accused and
then "of" after it and the source named before it. The one accused is never the source; the
passive, a participle and a denial name no one; what is said of one case does not run on into the
next sentence. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_accuser_gives_the_figures_of_the_charge() -> None:
    text = "On Monday, Lena Varga accused the militia of killing 140 people, including 30 children."
    assert source_of(text, "140") == "Lena Varga"
    assert source_of(text, "30") == "Lena Varga"


def test_a_document_that_accuses_is_the_source() -> None:
    text = "The audit accuses the council of wasting $4 million on consultants."
    assert source_of(text, "$4 million") == "The audit"


def test_the_one_accused_is_never_the_source() -> None:
    text = "Ortega - whose party lost the vote - had accused the ministry of ignoring 4,500 complaints."
    assert "ministry" not in (source_of(text, "4,500") or "")


def test_the_passive_names_no_source() -> None:
    assert source_of("Dorn, 41, is accused of stealing $40,000 from the charity.", "$40,000") is None
    assert source_of("Dorn, 41, was accused by a neighbour of taking $500.", "$500") is None


def test_a_participle_names_no_source() -> None:
    text = "Two nurses accused of stealing $9,000 from patients were arrested on Friday."
    assert source_of(text, "$9,000") is None


def test_a_denied_accusation_names_no_source() -> None:
    text = "Ruritania has not accused its neighbour of the attack but is questioning several suspects."
    assert source_of(text, "several") is None


def test_an_accusation_is_not_carried_into_the_next_sentence() -> None:
    text = (
        "The union accused the airline of cutting 300 jobs without notice. "
        "The airline carried 9 million travellers in 2020."
    )
    assert source_of(text, "300") == "The union"
    assert source_of(text, "9 million") is None
