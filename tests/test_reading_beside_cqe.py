"""Readings found by sorting numcheck's disagreements with a second reader (CQE) by hand.

Each sentence is written for this file: inline list markers, stages of a knock-out competition,
a hedge on a whole "between" range, "one" before a compound noun, and a range after "another"
whose noun was named before.
"""

from __future__ import annotations

import pytest

import numcheck


def surfaces(text: str) -> list[str]:
    return [c.surface for c in numcheck.extract(text)]


def test_inline_list_markers_are_not_counts() -> None:
    text = (
        "The audit found several unfair practices, including: (1) dropping cases from the review;"
        " (2) applying rules unevenly; and (3) asking leading questions."
    )
    assert surfaces(text) == ["several"]


def test_a_number_restated_in_brackets_is_still_read() -> None:
    # a figure in brackets after a word is no list marker, as it is after ":", ";" or "and"
    assert surfaces("She admitted three (3) counts of wire fraud.") == ["three", "3"]


def test_a_stage_of_a_competition_is_not_a_claim() -> None:
    assert surfaces("The club reached the last 16 of the cup and hopes to make the last eight.") == []
    assert surfaces("The draw for the round of 32 is on Monday.") == []


def test_the_last_few_of_something_counted_are_still_read() -> None:
    assert surfaces("Prices rose in the last 16 years, and he scored in the last 3 games.") == [
        "16 years",
        "3",
    ]


def test_a_hedge_before_a_between_range_covers_the_range() -> None:
    (c,) = numcheck.extract("He kept between roughly $2,000,000 and $3,500,000 abroad.")
    assert (c.low, c.high, c.unit) == (2_000_000, 3_500_000, "USD")
    assert c.hedge is not None


def test_one_before_a_compound_noun_counts_its_last_word() -> None:
    (c,) = numcheck.extract("In one phone call conversation, the mayor said he would resign.")
    assert (c.value, c.counts) == (1, "conversation")
    claims = numcheck.extract("She admitted one misdemeanor criminal charge for lying to agents.")
    assert [(c.value, c.counts) for c in claims] == [(1, "charge")]


def test_a_range_after_another_keeps_the_noun_unsaid() -> None:
    text = "There are 2,000 to 2,500 migrants in the city, and another 500 to 800 in the next town."
    assert surfaces(text) == ["2,000 to 2,500", "500 to 800"]


def test_a_tally_after_a_tally_is_still_no_range() -> None:
    assert "12 to 9" not in surfaces("He won by 286 votes to 134, and then by 12 to 9.")


def test_a_vague_amount_of_money_keeps_its_rate() -> None:
    (c,) = numcheck.extract("The clinic paid doctors thousands of dollars per month.")
    assert (c.low, c.high, c.unit) == (1_000, 10_000, "USD/month")
    (c,) = numcheck.extract("Thousands of dollars were stolen from the till.")
    assert c.unit == "USD"


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell in the first half of 2017.",
        "Growth picked up in the second half of the year.",
        "The back half of the season was poor.",
    ],
)
def test_a_half_after_a_word_of_position_is_a_part_of_a_period_not_a_share(text: str) -> None:
    assert numcheck.extract(text) == []


def test_half_of_a_group_is_still_a_share() -> None:
    (c,) = numcheck.extract("Nearly half of the voters agree.")
    assert (c.kind, c.value) == ("percent", 50.0)


@pytest.mark.parametrize(
    "text",
    [
        "The suit is Case No. 12-3456 in the district court.",
        "She returned to world No. 1 in the rankings.",
        "The law, Act No. 51, takes effect in June.",
    ],
)
def test_a_number_after_no_names_something(text: str) -> None:
    assert numcheck.extract(text) == []


def test_a_figure_before_strong_counts_the_noun_after_it() -> None:
    (c,) = numcheck.extract("The bloc sent a 4,000-strong force to the border.")
    assert (c.value, c.kind, c.counts) == (4000, "count", "force")
    (d,) = numcheck.extract("They watched the 20,000-strong seal colony on the island.")
    assert d.counts == "colony"


def test_a_range_after_the_last_keeps_both_ends() -> None:
    # "the last 16" names a stage; "the last 2-3 years" is a range of years, not its second end
    assert surfaces("Rents in the town rose over the last 2-3 years.") == ["2-3 years"]
    assert surfaces("Our mill has shrunk in the last four or five decades.") == ["four or five decades"]


def test_one_before_a_noun_in_ive_counts_it() -> None:
    # "executive" ends like an adjective, but after an adjective and with a verb, a function word or
    # a break after it, nothing follows for it to describe: it is the noun counted
    (c,) = numcheck.extract("The panel heard one former executive from the lender.")
    assert (c.surface, c.counts) == ("one", "executive")
    (c,) = numcheck.extract("Later one senior representative said the vote was fair.")
    assert (c.surface, c.counts) == ("one", "representative")
    # right after "one" an adjective in -ive counts nothing; the bare "one"s of the list are figures
    # of their own (tests/test_reading_words_that_count.py), with no noun
    two_plans = numcheck.extract("The two plans, one negative and one positive, went to the board.")
    assert [(c.surface, c.counts) for c in two_plans] == [("two", "plan"), ("one", None), ("one", None)]
    (c,) = numcheck.extract("The rink has one massive roof.")
    assert c.counts == "roof"
    assert surfaces("From one perspective, the merger helps the shop.") == []


def test_figures_after_units_name_the_units() -> None:
    # "units 2 and 5" names two units of a plant, as "Sections 4 and 6" name sections
    assert surfaces("The mill will retire units 2 and 5 but keep units 1 and 6 running.") == []
    assert surfaces("The builder sold 40 units in March.") == ["40"]


def test_one_such_counts_the_noun_after_it() -> None:
    (c,) = numcheck.extract("Inspectors found one such leak at the depot in May.")
    assert (c.surface, c.counts) == ("one", "leak")


def test_a_noun_after_one_ends_before_via() -> None:
    (c,) = numcheck.extract("She mailed one parcel via the depot in Hull.")
    assert c.counts == "parcel"


def test_a_sum_after_a_capitalised_name_is_still_a_sum() -> None:
    # "Boeing 737" is a model's name, but a figure with a currency word after it is money
    assert surfaces("Later Oslo paid Bergen 4.5 million dollars for the ferry.") == ["4.5 million dollars"]
    assert surfaces("The Airbus 320 landed late.") == []
