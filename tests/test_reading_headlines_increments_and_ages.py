"""Reading figures: a count in a headline written in Title Case after its verb, "one more" and "one
other" before a noun, an age with a hedge, a colon or an alias before it, "N out of M" and "in
every" ratios, a hyphenated modifier that opens with a function word, and a sum per count.
Sentences written for these tests."""

from numcheck import extract


def _counts(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.surface, c.unit, c.kind) for c in extract(text)]


def test_a_title_case_headline_counts_the_noun_after_its_verb() -> None:
    assert _counts("Storm Leaves 40 Families Homeless") == [("40", "family", "count")]


def test_a_title_case_headline_counts_after_a_verb_in_ed() -> None:
    assert _counts("Flood Displaced 250 Villagers Near River") == [("250", "villager", "count")]


def test_a_title_case_headline_counts_a_hyphenated_noun() -> None:
    assert _counts("County Opens 120-Seat Library Annex") == [("120", "seat", "count")]


def test_a_figure_after_a_name_in_a_title_case_headline_stays_a_name() -> None:
    assert _counts("Carrier Grounds Airbus 320 Fleet After Fault") == []


def test_a_determiner_in_a_title_case_headline_counts() -> None:
    assert _counts("Meet These 7 Bakers Who Changed Town") == [("7", "baker", "count")]


def test_one_more_counts_the_noun_after_it() -> None:
    claims = extract("The crew made one more landing before the fog.")
    assert [(c.surface, c.unit, c.kind) for c in claims] == [("one", "landing", "count")]


def test_one_other_counts_the_noun_after_it() -> None:
    assert _counts("At least one other mayor backed the plan.") == [("one", "mayor", "count")]


def test_one_other_before_a_verb_counts_nothing() -> None:
    assert _counts("One other said the plan was late.") == []


def test_one_more_before_a_verb_in_ed_counts_nothing() -> None:
    assert _counts("One more escaped through the fence.") == []


def test_an_age_after_aged_and_a_hedge() -> None:
    assert _counts("The painter died aged around 90 at home.") == [("90", "year", "quantity")]


def test_an_age_given_as_a_figure() -> None:
    assert _counts("The form listed his age as 41.") == [("41", "year", "quantity")]


def test_as_after_another_word_reads_no_age() -> None:
    assert _counts("The town saw sales as 41 shops closed.") == [("41", "shop", "count")]


def test_out_of_counts_the_plural_after_any_scale() -> None:
    assert _counts("The club won 23 out of 31 matches last season.") == [("23", "match", "count")]


def test_out_of_counts_past_of_the_and_a_possessive() -> None:
    claims = _counts("Rebels hold 9 out of 14 of the province's towns.")
    assert claims == [("9", "town", "count")]


def test_a_place_out_of_a_ranking_is_no_count() -> None:
    assert _counts("The port ranks 41 out of 90 harbours.") == [("41", None, "number")]


def test_a_hyphenated_modifier_opening_with_a_function_word_is_passed() -> None:
    assert _counts("The county runs 14 in-house dental clinics.") == [("14", "clinic", "count")]


def test_a_hyphenated_span_of_figures_is_no_modifier() -> None:
    claims = _counts("They rent three-to-five bedroom houses.")
    assert ("three", "house", "count") not in claims


def test_a_word_glued_to_and_after_a_figure_is_no_modifier() -> None:
    claims = _counts("Most here are under 30 and-jobs are scarce.")
    assert ("30", "job", "count") not in claims


def test_an_age_after_a_name_and_its_alias() -> None:
    claims = _counts("Tomas Vela, aka Big T, 34, of Leeds, was charged.")
    assert claims == [("34", "year", "quantity")]


def test_a_figure_that_is_an_alias_is_no_claim() -> None:
    assert _counts("Ray Lund, aka 12, 28, of Hull, was charged.") == [("28", "year", "quantity")]


def test_an_age_after_a_label_and_a_colon() -> None:
    assert _counts("Profile: Mara Quist. Age: 52. Home: Oslo.") == [("52", "year", "quantity")]


def test_a_fine_per_count_is_a_sum_per_count() -> None:
    claims = extract("Each charge carries a $50,000 fine per count.")
    assert [(c.value, c.unit) for c in claims] == [(50000.0, "USD/count")]


def test_for_each_stands_for_per_before_an_item() -> None:
    claims = extract("The law sets a fine of $2,000 for each count of fraud.")
    assert [(c.value, c.unit) for c in claims] == [(2000.0, "USD/count")]


def test_for_each_before_another_word_is_no_rate() -> None:
    claims = extract("They paid $300 for each of the rooms.")
    assert [(c.value, c.unit) for c in claims] == [(300.0, "USD")]


def test_in_every_names_the_scale_of_a_ratio() -> None:
    assert _counts("The fault hits 1 in every 2,500 engines.") == [("1", "engine", "count")]


def test_a_toll_free_number_with_letters_is_no_figure() -> None:
    assert extract("Tips go to 1-888-TIP-LINE or to the office.") == []


def test_a_second_age_after_an_age_word_and_and() -> None:
    claims = _counts("The twins' cousins, aged 9 and 11, came too.")
    assert claims == [("9", "year", "quantity"), ("11", "year", "quantity")]


def test_a_figure_after_an_age_pair_with_a_noun_is_a_count() -> None:
    assert ("30", "team", "count") in _counts("Players aged 16 and 30 teams took part.")


def test_an_age_after_a_group_and_a_bound() -> None:
    assert _counts("Entry is free for children under 6.") == [("6", "year", "quantity")]


def test_a_figure_after_a_bound_with_a_noun_is_no_age() -> None:
    assert _counts("People over 40 nations signed it.") == [("40", "nation", "count")]


def test_an_age_after_a_name_and_a_short_name_in_brackets() -> None:
    claims = _counts("Lena Ortiz Vega (Ortiz), 47, of Tulsa, pleaded guilty.")
    assert claims == [("47", "year", "quantity")]


def test_a_name_with_a_number_before_the_noun_is_passed() -> None:
    assert _counts("Police arrested five XR-7 gang members.") == [("five", "member", "count")]


def test_an_age_after_turned() -> None:
    assert _counts("The poet, who turned 70 last month, read twice.") == [
        ("70", "year", "quantity"),
        ("twice", "time", "count"),  # a count of occasions (tests/test_reading_words_that_count.py)
    ]


def test_a_count_after_turned_is_no_age() -> None:
    assert ("40", "tent", "count") in _counts("Volunteers turned 40 tents into shelters.")


def test_an_age_after_a_person_was_and_when() -> None:
    assert _counts("Her aunt Rosa was 31 when the war began.") == [("31", "year", "quantity")]


def test_a_figure_after_a_thing_was_and_when_is_no_age() -> None:
    claims = _counts("The score was 31 when rain stopped play.")
    assert ("31", "year", "quantity") not in claims
