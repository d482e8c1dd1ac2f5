"""Issue 10: a source whose subject opens the sentence, with a clause about it between the subject
and its cue verb: a relative clause ("The ministry, which runs the clinics, said"), a participle's
clause ("The indictment, voted by jurors in Omaha on May 3, and unsealed today, charges"). A
figure inside a relative clause describing the source is the writer's description. A charging
document that names whom it charges by a count ("charges nine men with") gives the count. The
sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_relative_clause_between_a_common_subject_and_its_cue() -> None:
    text = "The ministry, which runs the rural clinics, said 35 wards would close by June."
    assert source_of(text, "35") == "The ministry"


def test_a_participle_clause_with_commas_inside_it() -> None:
    text = (
        "The indictment, voted by jurors in Omaha on March 4, and unsealed on Friday, "
        "charges nine men with arson."
    )
    assert source_of(text, "nine") == "The indictment"


def test_a_participle_clause_naming_a_place_is_not_the_subject() -> None:
    text = "The lawsuit, filed in Trenton, New Jersey, alleges that the merger would cut 40 routes."
    assert source_of(text, "40") == "The lawsuit"


def test_a_count_of_the_charged_after_the_charging_verb() -> None:
    assert source_of("The complaint charges 12 people with wire fraud.", "12") == "The complaint"
    assert source_of("The indictment charges four doctors with fraud.", "four") == "The indictment"


def test_police_who_charge_people_are_no_document() -> None:
    assert source_of("Police charged four men with burglary.", "four") is None


def test_a_clause_before_the_comma_is_no_subject() -> None:
    text = "He sold the cabin, which cost $310,000, said his brother."
    assert source_of(text, "$310,000") is None


def test_a_figure_describing_the_speaker_is_the_writers() -> None:
    text = "Lena Ortiz, who coached the team for nine seasons, said the club owed her $80,000."
    assert source_of(text, "nine") is None
    assert source_of(text, "$80,000") == "Lena Ortiz"


def test_a_relative_clause_with_a_cue_of_its_own_gives_the_source_figure() -> None:
    text = "The Weather Bureau, which forecast up to 40cm of snow, said roads would shut."
    assert source_of(text, "40cm") == "The Weather Bureau"
