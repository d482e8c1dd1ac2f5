"""Readings taken from kinds of the C and B rows of CQE sort 18 (round CS24, after the sort, so not
measured by it), each pinned by sentences written for this file, with the nearby shapes that must
stay as they were: a North American phone number written with its country code is no range; a
capitalised word before "N percent" (a possessive that lost its apostrophe) leaves the percentage
read; a number of a year's digits before "in" and a year is a count; "Plaza" ends a street address;
a plural scale after "hundreds of" scales the whole amount, read once; "N quarters" after a word of
time counts quarters of a year."""

from __future__ import annotations

import numcheck


def readings(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.surface, c.value, c.unit) for c in numcheck.extract(text)]


def spans(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.surface, c.low, c.high, c.unit) for c in numcheck.extract(text)]


def test_a_phone_number_with_its_country_code_is_no_figure() -> None:
    assert readings("Tips go to the office at 1-312-555-0142 each day.") == []
    assert readings("Tips go to the desk at 1-888-5550142 or by mail.") == []
    assert readings("Call 1-800-555-0199 for help.") == []


def test_a_range_that_is_not_a_phone_number_stays_a_range() -> None:
    assert spans("The vote was 1-312 in the end.") == [("1-312", 1.0, 312.0, None)]
    found = spans("Prices ranged 1-250-5000 dollars.")
    assert found[0] == ("1-250", 1.0, 250.0, None)


def test_a_percentage_after_a_possessive_that_lost_its_apostrophe_is_read() -> None:
    assert readings("Under the deal, Ohios 40 percent share came from the state.") == [
        ("40 percent", 40.0, "percent")
    ]
    assert readings("The report said Acmes 30 percent stake was sold.") == [("30 percent", 30.0, "percent")]


def test_a_name_and_its_number_stay_no_figure() -> None:
    assert readings("He flew a Boeing 737 to the hangar.") == []
    assert readings("The storm reached Category 3 on Sunday.") == []


def test_a_count_of_a_years_digits_before_in_and_a_year_is_read() -> None:
    found = readings("Sightings rose from 12 in 2009 to a record 1450 in 2015.")
    assert ("1450", 1450.0, None) in found
    assert readings("Sales reached 1450 in 2015.") == [("1450", 1450.0, None)]


def test_a_year_stays_a_year() -> None:
    assert readings("The firm had a record 2015, with sales up.") == []
    assert readings("The law passed in 2009 in the House.") == []
    assert readings("He moved in 2009 in 2009 terms.") == []


def test_plaza_ends_a_street_address() -> None:
    assert readings("He will appear at the Courthouse, 225 Hollis Plaza East, Easton.") == []
    assert readings("Police found 12 Plaza Hotel guests ill.") == [("12", 12.0, "guest")]


def test_hundreds_of_billions_of_dollars_is_one_amount() -> None:
    assert spans("The desks trade hundreds of billions of dollars each week.") == [
        ("hundreds of billions of dollars", 1e11, 1e12, "USD")
    ]
    assert spans("The fund lost hundreds of millions.") == [("hundreds of millions", 1e8, 1e9, None)]


def test_a_vague_amount_with_no_scale_after_it_is_as_before() -> None:
    assert spans("The fund lost hundreds of millions of dollars.") == [
        ("hundreds of millions of dollars", 1e8, 1e9, "USD")
    ]
    found = spans("Hundreds of thousands of people fled.")
    assert [(s, lo, hi) for s, lo, hi, _ in found] == [("Hundreds of thousands of", 1e5, 1e6)]
    assert spans("Hundreds of people fled.")[0][1:3] == (100.0, 1000.0)


def test_quarters_after_a_word_of_time_are_counted() -> None:
    assert readings("In all but three quarters from 2004 to 2011, he paid no tax.") == [
        ("three quarters", 3.0, "quarter")
    ]
    assert readings("Profits fell for two quarters in a row.") == [("two quarters", 2.0, "quarter")]


def test_quarters_as_a_share_stay_a_share() -> None:
    assert readings("Three quarters agreed with the plan.") == [("Three quarters", 75.0, "percent")]
    assert readings("The plan won three quarters of the vote.") == [("three quarters", 75.0, "percent")]
    assert readings("In all but three quarters of the cases he paid.") == [
        ("three quarters", 75.0, "percent")
    ]
    assert readings("The hall was three-quarters full.") == [("three-quarters", 75.0, "percent")]
