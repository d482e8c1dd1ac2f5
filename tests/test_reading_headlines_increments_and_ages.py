"""Reading figures: a count in a headline written in Title Case after its verb, "one more" and "one
other" before a noun, and an age with a hedge or "as" between it and its age word. Sentences written
for these tests."""

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
