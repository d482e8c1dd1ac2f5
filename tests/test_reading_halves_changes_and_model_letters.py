"""Reading figures: "half" before "that", "this" or a possessive, a cut "in half" or "by half", a
change written in the present tense ("the fee increases from 2% to 4%"), which is two figures and no
range, and a capital B or T glued to the digits of a model's name ("Mi-17-1B"), which is no billion.
Sentences written for these tests."""

import pytest

from numcheck import extract


def _halves(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.surface.lower(), c.value, c.kind) for c in extract(text) if c.surface.lower() == "half"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ridership at the ferry dropped to half that within a month.",
        "Half that amount went to the orchard growers of Pellow County.",
        "The skipper served half his sentence before the board released him.",
        "The mill sold the barn for half its value in the spring auction.",
        "Tolls rose sharply last year, and half of that went on the east pier.",
    ],
)
def test_half_before_that_or_a_possessive_is_a_share(sentence: str) -> None:
    assert _halves(sentence) == [("half", 50.0, "percent")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council cut the road budget for Tarnby in half last spring.",
        "Complaints about the night bus fell by half after the new timetable.",
        "Ferry fares could be reduced by half.",
    ],
)
def test_a_cut_in_half_or_by_half_is_a_share(sentence: str) -> None:
    assert _halves(sentence) == [("half", 50.0, "percent")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm tore the old oak at Fenwick Green in half.",
        "The vote was delayed by half-an-hour at the Tarnby hall.",
        "Prices at the Tarnby market rose in half the time it took last year.",
        "Three and half of the crates were lost.",
    ],
)
def test_half_that_cuts_nothing_is_no_share(sentence: str) -> None:
    assert _halves(sentence) == []


def test_half_the_price_still_compares() -> None:
    assert _halves("The tickets for the Tarnby regatta sold at half the price.") == []


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        ("The harbour fee increases from 12.5% to 25% in May.", ["12.5%", "25%"]),
        ("Under the plan the rent rises from $900 to $1,200.", ["$900", "$1,200"]),
        ("The levy will rise from 3 percent to 10 percent on Monday.", ["3 percent", "10 percent"]),
        ("Turnout in Pellow keeps growing from 40% to 55%.", ["40%", "55%"]),
    ],
)
def test_a_change_in_the_present_tense_is_two_figures(sentence: str, surfaces: list[str]) -> None:
    assert [c.surface for c in extract(sentence)] == surfaces


def test_a_range_without_a_verb_of_change_stays_a_range() -> None:
    claims = extract("Tickets for the Tarnby regatta cost from $15 to $40.")
    assert [(c.surface, c.low, c.high) for c in claims] == [("$15 to $40", 15.0, 40.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Pellow yard repaired nine Ka-27-2B helicopters last year.",
        "Oil leaked from Line 4B near the Tarnby creek.",
        "The firm's new 2000T/5000T storage units ship in May.",
    ],
)
def test_a_letter_of_scale_in_a_models_name_is_no_figure(sentence: str) -> None:
    assert [c.value for c in extract(sentence) if c.value is not None and c.value >= 1e9] == []


def test_a_count_in_billions_with_its_letter_still_counts() -> None:
    claims = extract("The app now has 2B users worldwide.")
    assert [(c.value, c.unit) for c in claims] == [(2e9, "user")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The suit is captioned United States v. Orrin Hale, 4-11-cv-208 (M.D. Ga.).",
        "The suit is captioned United States v. Tilda Marsh, 12C-3141 (N.D. Ill.).",
        "The suit is captioned United States v. Brant Oakes, 11-2046 (E.D. Pa.).",
        "The suit is docketed as No. 2:10-0518 (M.D. Tenn.).",
    ],
)
def test_a_case_number_is_no_figure(sentence: str) -> None:
    assert extract(sentence) == []


def test_a_range_before_brackets_that_name_no_court_stays_a_range() -> None:
    claims = extract("Scores at the Pellow school ranged 10-30 (out of 40).")
    assert [(c.low, c.high) for c in claims if c.value is None] == [(10.0, 30.0)]


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Mr Hale is one of Tarnbys co-founders, the board said.", "one", "founder"),
        ("The plan cuts fumes from eight of Drexcos chemical plants in Ohio.", "eight", "plant"),
        ("She kept a cup from one of Aunt Mara's tea rooms in Leeds.", "one", "room"),
    ],
)
def test_one_of_a_named_owners_plural_counts_it(sentence: str, surface: str, unit: str) -> None:
    assert [(c.surface, c.unit) for c in extract(sentence)] == [(surface, unit)]


def test_one_of_a_named_owners_superlative_counts_nothing() -> None:
    # the "one" is a figure (round AT35), counting no employers
    read = extract("The mill is one of Tarnbys largest employers.")
    assert [(c.surface, c.counts) for c in read] == [("one", None)]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The Senate has only censured two other Presidents.", "president"),
        ("Agents from 12 U.S. Marshals Offices joined the Tarnby search.", "office"),
        ("Tarnby hired 300 more Customs and Harbour Patrol officers.", "officer"),
        ("The fleet carries 4,000 Sailors and Marines on each tour.", "sailor"),
    ],
)
def test_a_run_of_capitals_ends_at_its_plural(sentence: str, unit: str) -> None:
    assert [c.unit for c in extract(sentence)] == [unit]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarnby hired a third-party auditor for the harbour accounts.",
        "Hale is a fourth-generation Pellow farmer.",
        "The mill shut for a third-straight week.",
    ],
)
def test_an_ordinal_glued_to_a_hyphenated_word_is_no_share(sentence: str) -> None:
    assert [c.surface for c in extract(sentence)] == []


def test_a_quarter_mile_is_still_a_length() -> None:
    assert [(c.value, c.unit) for c in extract("The ferry ramp is a quarter-mile long.")] == [(0.25, "mile")]


def test_a_year_and_a_half_before_a_noun_is_one_span_of_time() -> None:
    claims = extract("She waited nearly a year and a half for the Tarnby ruling.")
    assert [(c.surface, c.value, c.unit, c.hedge) for c in claims] == [
        ("a year and a half", 1.5, "year", "nearly")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "She served with the Three Rivers Tribes Police Department in Pellow.",
        "The league hosts the Six Harbours Cup every spring.",
    ],
)
def test_a_capitalised_number_word_inside_a_name_is_no_count(sentence: str) -> None:
    assert extract(sentence) == []


def test_a_capitalised_number_word_in_a_title_case_headline_still_counts() -> None:
    claims = extract("Police Arrest the Three Men Behind Tarnby Raid")
    assert [c.value for c in claims] == [3.0]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The Pellow carrier owns 24 aircraft in all.", "aircraft"),
        ("The drill involved about 300 aircraft, the navy said.", "aircraft"),
    ],
)
def test_aircraft_is_counted_as_a_plural_without_an_s(sentence: str, unit: str) -> None:
    assert [c.unit for c in extract(sentence)] == [unit]


def test_aircraft_before_a_noun_leaves_that_noun_counted() -> None:
    assert [c.unit for c in extract("The Pellow navy has two aircraft carriers.")] == ["carrier"]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The Pellow police got $98,000 (1 officer) from the fund.", "officer"),
        ("The rule says that for every 1 new fee, 2 old fees must go.", "fee"),
    ],
)
def test_the_digit_one_counts_the_singular_noun_after_it(sentence: str, unit: str) -> None:
    assert ("1", unit) in [(c.surface, c.unit) for c in extract(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarnby outbreaks with a rate under 1 end without help.",
        "The Tarnby club kept its 50+1 rule.",
        "Tarnby tills get new trays when the ?1 coin arrives.",
    ],
)
def test_the_digit_one_as_a_bound_or_inside_a_name_counts_nothing(sentence: str) -> None:
    assert [c.unit for c in extract(sentence) if c.value == 1.0] in ([], [None])


@pytest.mark.parametrize("text", ["0-", "7-and", "12-and-a", "5-and-a-"])
def test_a_figure_with_a_hyphen_at_the_end_of_the_text_reads_without_a_crash(text: str) -> None:
    # the "and-a-half" look-ahead once asked whether a token past the end was glued to the last
    claims = extract(text)
    assert [c.surface for c in claims] in ([], [text.split("-")[0]])
