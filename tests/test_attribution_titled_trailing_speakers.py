"""Issue 10: a speaker with a title after their words carries into the next sentence.

A press release sets out an official's words with no quotation marks and the speaker after them
('..., Acting District Attorney Nora Vell said.'). The next sentence that gives a figure goes on
with those words, as it does after '..., Nora Vell said.': the title before the name is read over
back to the comma that closes the words (`trailing_speaker_cues`, `title_joiners` in
rules/attribution.yaml). An abbreviation inside the title ('U.S.' in 'Acting U.S. Attorney') is
part of the title, never the speaker's name. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

LEAD = "The court handed down its sentences on Thursday.\n\n"


def test_a_titled_speaker_after_their_words_carries_into_the_next_sentence() -> None:
    text = LEAD + (
        "Threats of this sort will not be tolerated in our town, Acting District Attorney Nora Vell "
        "said. The couple was walking to the market when four men cornered them.\n"
    )
    assert source_of(text, "four") == "Nora Vell"


def test_a_title_with_of_before_the_name_is_read_over() -> None:
    text = LEAD + (
        "We owe the families a full account, the Deputy Secretary of Transport Ilan Moss said. "
        "The inquiry will take 18 months.\n"
    )
    assert source_of(text, "18 months") == "Ilan Moss"


def test_an_abbreviation_in_the_title_is_not_the_speaker() -> None:
    text = LEAD + (
        "This ruling protects every tenant in the county, Acting U.S. Attorney Petra Lund "
        "said. The landlord had overcharged 212 families for years.\n"
    )
    assert source_of(text, "212") == "Petra Lund"


def test_a_fronted_place_before_the_speaker_is_not_their_words() -> None:
    # 'In Dorset, Chief Constable Ivo Hart said ...': the comma closes a fronted place, not words
    # given before their speaker, so nothing carries into the next sentence
    text = LEAD + (
        "In Dorset, Chief Constable Ivo Hart said patrols would rise. "
        "Burglaries fell by 30 percent last year.\n"
    )
    assert source_of(text, "30 percent") is None


def test_an_abbreviation_in_the_title_is_not_the_speaker_of_their_own_sentence() -> None:
    text = LEAD + "The landlord overcharged 212 families, said Acting U.S. Attorney Petra Lund.\n"
    assert source_of(text, "212") == "Petra Lund"


def test_a_titled_speaker_whose_words_follow_the_cue_is_not_carried() -> None:
    # 'Looking ahead, Chief Executive Lena Ortt said ...': the comma closes a fronted phrase and
    # her words come after the cue; the next sentence is the writer's report
    text = LEAD + (
        "Looking ahead, Chief Executive Lena Ortt said the group was hopeful about next year. "
        "The group will hand holders 31 cents a share.\n"
    )
    assert source_of(text, "31 cents a share") is None
