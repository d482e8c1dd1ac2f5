"""Readings found on the C rows of CQE sorts 14 and 15 and on design DOJ releases read beside CQE
(round CS19), each pinned by sentences written for this file: a count written before a model's number
and the model's capitalised name ("12 737 MAX jets") is the count, not one number grouped by a space;
the span named between "between the" and "of" ("between the range of $A and $B") leaves the range
one figure; "One" opening a sentence before an adjective in -ed, a noun and a verb in the past counts
the noun; digits glued to capitals that are no unit ("3RX"), a day after a month glued to the word
before it ("OnDec. 4, 2011"), a date "2016 05 17", statute sections with clauses in a list, and a
capitalised number word inside a name ("Sea Three Holdings") are no figures."""

from __future__ import annotations

import pytest

import numcheck


def claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


@pytest.mark.parametrize(
    ("text", "surface", "noun"),
    [
        ("The carrier will take 14 787 Dreamliner jets in spring.", "14", "jet"),
        ("Lessors ordered 9 320 Neo planes in March.", "9", "plane"),
        ("The airline agreed to take 12 737 MAX 8 jets sooner.", "12", "jet"),
        ("The airline will take fourteen 787 Dreamliner jets early.", "fourteen", "jet"),
    ],
)
def test_a_count_before_a_models_number_and_name_counts_the_noun(text: str, surface: str, noun: str) -> None:
    [c] = numcheck.extract(text)
    assert (c.surface, c.unit) == (surface, noun)


def test_a_count_before_a_models_number_with_no_noun_is_still_the_count() -> None:
    found = numcheck.extract("It sped up the delivery of 11 787 Dreamliner due in 2031.")
    assert [c.surface for c in found] == ["11"]


def test_a_number_grouped_by_a_space_before_a_lower_case_noun_stays_one_number() -> None:
    assert claims("The district had 14 212 voters on its roll.") == [("14 212", 14212.0, "voter")]


def test_a_number_grouped_by_a_space_in_a_title_case_line_stays_one_number() -> None:
    assert claims("Over 300 000 Marchers Fill The Square") == [("300 000", 300000.0, "marcher")]


def test_thousands_written_000_after_a_space_stay_one_number() -> None:
    assert claims("The chain had 60 000 Staff across the region.")[0][:2] == ("60 000", 60000.0)


def test_between_the_range_of_two_amounts_is_one_range() -> None:
    [c] = numcheck.extract("The group sees outlays between the range of $45 million and $60 million.")
    assert (c.low, c.high, c.unit) == (45_000_000.0, 60_000_000.0, "USD")
    [c] = numcheck.extract("Rents rose between a band of 3% and 7% in the year.")
    assert (c.low, c.high) == (3.0, 7.0)


def test_between_and_of_with_some_other_noun_leave_two_figures() -> None:
    found = claims("Talks between the union of 40 members and 9 other groups stalled.")
    assert [s for s, _, _ in found] == ["40", "9"]


def test_one_opening_a_sentence_before_an_adjective_in_ed_a_noun_and_a_past_verb_counts_the_noun() -> None:
    assert claims("One worried parent phoned the head teacher.") == [("One", 1.0, "parent")]
    assert claims("One wounded sailor told the inquiry he saw smoke.") == [("One", 1.0, "sailor")]


def test_one_opening_a_sentence_before_a_verb_in_ed_and_a_plural_counts_nothing() -> None:
    assert claims("One demanded refunds from the club.") == []


# Found on design (fit) DOJ releases read beside CQE in round CS19: names, dates and lists that
# press releases of that genre write.


def test_digits_glued_to_capitals_that_are_no_unit_name_something() -> None:
    assert claims("She ran 3RX Quick Tax Service and billed 3RX clients.") == []
    assert claims("The firm set up a shell (6S) and shipped through 6S.") == []


def test_digits_glued_to_a_unit_a_scale_or_a_currency_stay_figures() -> None:
    assert claims("The site has a 20MW turbine.") == [("20MW", 20.0, "megawatt")]
    assert [c.surface for c in numcheck.extract("Masks sold for 30INR each.")] == ["30INR"]
    assert [c.surface for c in numcheck.extract("It said 16M more people will join.")] != []


def test_digits_glued_to_an_abbreviation_by_a_lost_space_stay_a_count() -> None:
    assert claims("He told all 61U.S. Marshal offices to act.") == [("61", 61.0, "office")]


def test_a_day_after_a_month_glued_to_the_word_before_it_is_a_date() -> None:
    assert claims("He was arrested OnDec. 4, 2011, in Reno.") == []
    assert claims("She pleaded guilty onMarch 19, 2012, in Ogden.") == []


def test_a_glued_month_with_no_year_after_the_figure_leaves_a_count() -> None:
    assert claims("They toured inMay 4 cities.") == [("4", 4.0, "city")]


def test_a_date_written_year_month_day_with_spaces_is_no_figure() -> None:
    assert claims("Download: 2016 05 17 Ortiz Plea Agreement") == []


def test_a_statute_section_with_clauses_heads_a_list_of_labels() -> None:
    assert claims("He was charged under sections 1956(h)(2) and 3 of the code.") == []
    assert claims("He was charged under Title 18, sections 1349 and 2.") == []


def test_a_year_before_or_one_of_is_no_list_of_labels() -> None:
    found = claims("Lunch at Le 1889 or one of the Le Petit cafes costs more.")
    assert found == [("one", 1.0, "cafe")]


def test_a_capitalised_number_word_inside_a_name_is_no_count() -> None:
    assert claims("Ana and Sea Three Holdings Inc. were fined.") == []
    assert claims("Both live in Two Rivers Bend, Ore., police said.") == []
    assert claims("They kept the Six Nations title.") == []
    assert claims("It airs on BBC Two Scotland tonight.") == []


def test_a_capitalised_number_word_after_a_dateline_or_before_a_plural_is_a_count() -> None:
    assert claims("WASHINGTON Two Texas ranchers pleaded guilty today.") == [("Two", 2.0, "rancher")]
    found = claims("Rare birds seen in Lanzhou Fifteen Chinese cranes, a rare bird, were seen.")
    assert ("Fifteen", 15.0, "crane") in found


def test_a_number_after_a_code_glued_to_its_letters_is_no_count_before_a_model() -> None:
    # "i7" is a code, not a count: the figure after it stays, as quantulum3's suites expect
    assert [c.surface for c in numcheck.extract("The Vertex q5 940 Chip runs at 3.1 GHz.")][:1] == ["940"]


def test_a_whole_figure_and_a_half_is_one_figure() -> None:
    assert claims("He got 7-and-a-half years in prison.") == [("7-and-a-half years", 7.5, "year")]
    assert claims("She served 4 and a half months at the camp.") == [("4 and a half months", 4.5, "month")]


def test_figures_inside_a_web_address_are_no_figures() -> None:
    assert claims("Read more at www.example.gov/doc/0,,id=48213,00.html today.") == []
    assert claims("Forms are at http://forms.example.gov/start.cfm?section_id=9.") == []


def test_a_figure_beside_a_web_address_stays() -> None:
    assert claims("Fees rose 4.5% last year, example.gov says.") == [("4.5%", 4.5, "percent")]


def test_a_unit_letter_before_an_ampersand_is_a_name() -> None:
    assert all(c.unit != "ampere" for c in numcheck.extract("Three A&R scouts left the label."))
    assert all(c.unit != "volt" for c in numcheck.extract("Two V&A curators spoke at noon."))
