"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand, a second
round.

Each sentence is written for this file: figures listed after a label, "number" and "count" as
labels, headlines run into the first sentence, an age with no comma after it, prices per share
after "a", capitalised plurals that are counted, and "N times" as a count of occasions.
"""

from __future__ import annotations

import numcheck


def surfaces(text: str) -> list[str]:
    return [c.surface for c in numcheck.extract(text)]


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


# ------------------------------------------------------------------ labels in lists


def test_every_figure_listed_after_a_label_is_a_label() -> None:
    assert surfaces("Crews from Fire Districts 2, 7 and 12 helped at the scene.") == []
    assert surfaces("The board approved Sections 4 and 9 of the plan.") == []
    assert surfaces("The court threw out counts one and four of the complaint.") == []
    assert surfaces("Counts Two, Five, and Nine were dropped.") == []


def test_days_listed_after_a_month_are_dates() -> None:
    assert surfaces("The talks were held on March 3 and 4 in the capital.") == []
    assert surfaces("Hearings are set for Aug. 4 and 11, officials said.") == []


def test_a_list_needs_an_and_to_follow_a_label() -> None:
    # a date, then its year, then a count: no list
    assert readings("On Feb. 3, 2019, four men were arrested.") == [("four", 4, "man")]


def test_a_figure_after_a_label_and_with_a_noun_is_still_counted() -> None:
    assert readings("She cited section 12 and three rulings under section 30 of the code.") == [
        ("three", 3, "ruling")
    ]
    assert readings("The pills come in Grade 2 and 5 packs.") == [("5", 5, "pack")]


def test_a_list_of_counts_after_a_comma_is_read() -> None:
    assert surfaces("In Texas, 4, 5 and 6 people were hurt on three days.") == ["4", "5", "6", "three days"]


def test_number_and_count_name_what_follows() -> None:
    assert surfaces("The world number 12 beat the number one seed.") == []
    assert surfaces("Count Eight is the gravest, and he admitted count two.") == []
    assert surfaces("She cited Article three of the charter.") == []


def test_a_verb_among_the_label_words_still_counts() -> None:
    assert readings("The clubs will form six junior teams.") == [("six", 6, "team")]


# ------------------------------------------------------------------ headlines run into the text


def test_a_small_headline_word_does_not_make_a_figure_a_name() -> None:
    text = "Storm Forces More Than 2,000 Evacuations A storm hit the coast on Sunday."
    assert readings(text)[0][:2] == ("2,000", 2000)
    assert readings("Search update Of 14 people missing, three were found.")[0] == ("14", 14, "people")


def test_a_capitalised_number_word_with_a_noun_after_a_capital_is_counted() -> None:
    # the headline ends with a capitalised word and the first sentence starts with "Two"
    text = "Drug prices rose, says Regulator Two drug firms were fined on Monday."
    assert readings(text)[0] == ("Two", 2, "firm")


def test_a_capitalised_number_word_in_a_name_is_still_no_claim() -> None:
    assert surfaces("He served in World War Two in Europe.") == []


def test_an_age_at_death_in_a_headline() -> None:
    assert readings("Painter Jane Roe Dead At 91 The painter died on Sunday.")[0][:3] == ("91", 91, "year")


# ------------------------------------------------------------------ ages, prices, plurals, times


def test_an_age_with_no_comma_before_the_home_town() -> None:
    assert readings("Paul Hart, 44 of Dayton, Ohio, was charged.") == [("44", 44, "year")]
    claims = readings("Ann Bell, 39 of Akron and Tom Lee, 41, of Kent pleaded guilty.")
    assert claims == [("39", 39, "year"), ("41", 41, "year")]


def test_a_figure_of_a_possessive_place_is_no_age() -> None:
    assert readings("In Ohio, 40 of Cleveland's schools closed.") == [("40", 40, "school")]


def test_a_price_a_share_is_per_share() -> None:
    assert readings("The firm priced its shares at $21 a share on Monday.") == [
        ("$21 a share", 21, "USD/share")
    ]
    assert readings("It earned 45 cents a share.") == [("45 cents a share", 0.45, "USD/share")]
    assert readings("Fans paid $40 a ticket.") == [("$40 a ticket", 40, "USD/ticket")]


def test_a_fine_per_count_is_per_count_with_a_verb_after() -> None:
    assert readings("The fine of $200,000 per count reflects his age.") == [
        ("$200,000 per count", 200000, "USD/count")
    ]


def test_a_capitalised_plural_ending_a_run_of_capitals_is_counted() -> None:
    assert readings("Our valley put on two Winter Olympics, then four World Cups.") == [
        ("two", 2, "olympic"),
        ("four", 4, "cup"),
    ]
    assert readings("The band took home three Grammys at the show.") == [("three", 3, "grammy")]


def test_a_capitalised_plural_before_a_noun_is_a_modifier() -> None:
    assert readings("He has seen five Star Wars films.") == [("five", 5, "film")]


def test_a_capitalised_number_word_before_capitals_mid_sentence_is_a_name() -> None:
    # no figure at all since round CS19 (a number word inside a name, "Sea Three Holdings"); it
    # counted nothing before either
    assert readings("The crowd cheered when Fifty Ravens took the stage.") == []


def test_n_times_at_the_end_of_a_clause_counts_occasions() -> None:
    assert readings("Fans replayed the clip 14,000 times.") == [("14,000", 14000, "time")]
    assert readings("They met five times in 2015.") == [("five", 5, "time")]
    assert readings("He was struck 12 times, police said.") == [("12", 12, "time")]


def test_n_times_before_a_comparison_is_a_multiple() -> None:
    assert readings("The new hall is three times the height of the old one.") == [("three", 3, None)]
    assert readings("Prices rose three times as fast as wages.") == [("three", 3, None)]
    assert readings("Readings ran at five times or more the safe level.") == [("five", 5, None)]


def test_a_vague_number_of_times_counts_occasions() -> None:
    assert readings("The inspectors returned several times in the spring.") == [("several", None, "time")]
    assert readings("The coach moved the lineup a few times.") == [("a few", None, "time")]
    assert readings("The prize beats his salary several times over.") == [("several", None, None)]


def test_a_span_of_years_in_brackets_after_a_name_is_no_claim() -> None:
    assert surfaces("The Tang Dynasty (618-907) was rich.") == []
    assert surfaces("The age band (16-24) grew fastest.") == ["16-24"]


def test_a_price_compared_with_a_price_per_share_is_per_share_too() -> None:
    claims = readings("The dividend rose to 2.10 euros a share, up from 1.95 euros.")
    assert claims == [("2.10 euros a share", 2.1, "EUR/share"), ("1.95 euros", 1.95, "EUR/share")]
    assert readings("She paid $5 a share and $300 in fees.") == [
        ("$5 a share", 5, "USD/share"),
        ("$300", 300, "USD"),
    ]


def test_a_town_and_its_state_between_the_figure_and_its_noun() -> None:
    assert readings("In May, two Dayton, Ohio, business owners were jailed.") == [("two", 2, "owner")]


def test_n_times_after_a_verb_of_growth_is_a_multiple_not_occasions() -> None:
    (c,) = numcheck.extract("Exports multiplied by seven times since 2012.")
    assert c.counts is None
    (c,) = numcheck.extract("The ferry sailed seven times since Monday.")
    assert c.counts == "time"
