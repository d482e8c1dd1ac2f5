"""Reading figures: a range of multiples, "half" as a subject or of an amount, a singular noun in
-ss or after an adjective in -ed behind "one", the base of a rate, labels of a stage, and "N strong"
without its hyphen. Sentences written for these tests."""

from numcheck import extract


def _read(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None, str]]:
    return [(c.surface, c.value, c.low, c.high, c.unit, c.kind) for c in extract(text)]


def test_a_range_of_multiples_is_one_figure() -> None:
    claims = _read("The new compound is 30 to 60 times stronger than steel.")
    assert [(s, lo, hi) for s, _, lo, hi, _, _ in claims] == [("30 to 60", 30.0, 60.0)]


def test_a_range_of_occasions_counts_times() -> None:
    claims = _read("The board met four to six times in 2019.")
    assert len(claims) == 1
    surface, value, low, high, _, kind = claims[0]
    assert (surface, value, low, high, kind) == ("four to six", None, 4.0, 6.0, "count")


def test_two_figures_joined_by_to_without_times_stay_apart() -> None:
    assert [c.surface for c in extract("The vote went 40 to 12 against the motion.")] == ["40", "12"]


def test_half_as_the_subject_of_a_plural_verb_is_a_share() -> None:
    claims = _read("Of the staff we asked, roughly half were under thirty.")
    assert ("half", 50.0) in [(c[0], c[1]) for c in claims]


def test_half_of_a_period_is_no_share() -> None:
    assert not [
        c for c in extract("The first half were played in heavy rain.") if c.surface.lower() == "half"
    ]


def test_half_of_an_amount_after_an_adjective_is_a_share() -> None:
    claims = _read("The council spent half the annual budget on its roads.")
    assert [(c[0], c[4]) for c in claims] == [("half", "percent")]


def test_half_the_price_still_compares() -> None:
    assert _read("The tickets sold at half the usual price.") == []


def test_one_counts_a_singular_noun_in_ss() -> None:
    claims = extract("One witness told the court she saw the van.")
    assert [(c.surface, c.unit) for c in claims] == [("One", "witness")]


def test_one_counts_the_noun_after_an_adjective_in_ed() -> None:
    claims = extract("The guards stopped one armed intruder at the gate.")
    assert [(c.surface, c.unit) for c in claims] == [("one", "intruder")]


def test_an_opening_one_before_a_verb_in_ed_counts_nothing() -> None:
    assert extract("One reported hearing shots near the school.") == []


def test_an_opening_one_counts_the_noun_when_its_verb_follows() -> None:
    claims = extract("One injured guard was flown to the clinic.")
    assert [(c.surface, c.unit) for c in claims] == [("One", "guard")]


def test_the_base_of_a_rate_is_no_figure_of_its_own() -> None:
    claims = extract("The town logged 31 thefts per 10,000 homes last year.")
    assert [c.surface for c in claims] == ["31"]


def test_a_stage_or_phase_number_is_a_label() -> None:
    assert extract("By spring the illness had reached stage three.") == []
    assert extract("The works move into phase 2 in March.") == []


def test_a_figure_strong_without_its_hyphen_counts_the_noun_after() -> None:
    claims = extract("A 300 strong militia held the town for a week.")
    assert [(c.surface, c.unit) for c in claims] == [("300", "militia")]


def test_a_count_reaches_its_noun_past_a_hyphenated_place_and_three_modifiers() -> None:
    claims = extract("The nurse worked for three Tampa-area home health care firms until 2015.")
    assert [(c.surface, c.unit) for c in claims] == [("three", "firm")]


def test_a_count_reaches_its_noun_past_four_modifiers() -> None:
    claims = extract("Police raided two Houston home health care firms on Monday.")
    assert [(c.surface, c.unit) for c in claims] == [("two", "firm")]
