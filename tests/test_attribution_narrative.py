"""Issue 10: a speaker's words without a figure, then the writer's narrative.

A sentence that gives someone's words and ends on them ("..., Ruiz says.") keeps that speaker
for the next sentence, since speech whose quotation marks were dropped often goes on there. When
the next sentence opens on something new (a fronted phrase of place or time, a thing brought in
with "a" or "an", a name the speaker's sentence does not hold), it is the writer's narrative and
its figures are the article's own voice. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

SPEAKER = "Export sales have slowed across the region because of the new tariffs, Dara Ruiz says. "


def test_the_speaker_goes_on_into_a_sentence_that_continues_the_account() -> None:
    text = SPEAKER + "The cooperative shipped 4,000 crates last year."
    assert source_of(text, "4,000") == "Dara Ruiz"


def test_a_fronted_phrase_of_place_opens_the_writers_narrative() -> None:
    text = SPEAKER + "In Lisbon, where 300 growers sell at the market, a crate costs 12 euros."
    assert source_of(text, "12 euros") is None
    assert source_of(text, "300") is None


def test_a_fronted_phrase_of_time_opens_the_writers_narrative() -> None:
    text = SPEAKER + "During the trade fair, the two ministers signed a deal worth $40 million."
    assert source_of(text, "$40 million") is None


def test_an_indefinite_subject_brings_in_something_new() -> None:
    text = SPEAKER + "A second cooperative closed 12 of its warehouses in March."
    assert source_of(text, "12") is None


def test_a_name_the_speaker_did_not_use_opens_the_writers_narrative() -> None:
    text = (
        "The minister met Ivo Okafor on Tuesday. "
        + SPEAKER
        + "Okafor used his speech to promise 500 new jobs."
    )
    assert source_of(text, "500") is None


def test_the_speaker_named_again_keeps_the_figures() -> None:
    text = SPEAKER + "Ruiz expects exports to fall by 8 percent."
    assert source_of(text, "8 percent") == "Dara Ruiz"


def test_an_opener_that_goes_on_with_the_words_keeps_the_speaker() -> None:
    text = SPEAKER + "At least 30 farms have stopped exporting altogether."
    assert source_of(text, "30") == "Dara Ruiz"


def test_a_capitalised_common_word_is_no_new_name() -> None:
    text = SPEAKER + "Rather than one buyer, growers now need 3 to stay afloat."
    assert source_of(text, "3") == "Dara Ruiz"


def test_a_sentence_that_gave_a_figure_carries_as_before() -> None:
    text = "Export sales fell 9 percent this year, Dara Ruiz says. In Lisbon, a crate costs 12 euros."
    assert source_of(text, "9 percent") == "Dara Ruiz"
    assert source_of(text, "12 euros") == "Dara Ruiz"


def test_the_narrative_that_follows_the_continued_account_is_the_writers() -> None:
    text = SPEAKER + "The cooperative shipped 4,000 crates last year. In Lisbon, a crate costs 12 euros."
    assert source_of(text, "4,000") == "Dara Ruiz"
    assert source_of(text, "12 euros") is None


def test_separately_turns_from_the_speaker_to_other_news() -> None:
    text = (
        "Park rangers said nine climbers were flown off the ridge on Sunday. "
        "Separately, two hikers were found safe near the lake."
    )
    assert source_of(text, "nine") == "Park rangers"
    assert source_of(text, "two") is None
    going_on = text.replace("Separately, two", "Two")
    assert source_of(going_on, "Two") == "Park rangers"


def test_a_speaker_kept_without_figures_goes_on_one_sentence_only() -> None:
    text = SPEAKER + "The cooperative shipped 4,000 crates last year. Its new depot holds 900 pallets."
    assert source_of(text, "4,000") == "Dara Ruiz"
    assert source_of(text, "900") is None


def test_people_cited_by_their_kind_are_speakers_not_a_body_of_data() -> None:
    text = (
        "The floods were the worst in a decade, according to Lakeland experts. "
        "About 300 families left their homes last week."
    )
    assert source_of(text, "300") is None
    office = text.replace("Lakeland experts", "the Lakeland Weather Office")
    assert source_of(office, "300") == "the Lakeland Weather Office"


def test_a_news_outlet_cited_is_a_speaker_not_a_body_of_data() -> None:
    text = (
        "Twelve ferries were delayed, according to the Lakeland Evening News. "
        '"It was chaos," said Ana Ruiz, a traveller. The port handled 4,000 sailings last year.'
    )
    assert source_of(text, "Twelve") == "the Lakeland Evening News"
    assert source_of(text, "4,000") is None  # no run of data resumes after the quotation
    office = text.replace("the Lakeland Evening News", "the Lakeland Port Authority")
    assert source_of(office, "4,000") == "the Lakeland Port Authority"
