"""Reading figures: "N more" or "N further" before a unit of time, "one of" a plural after a plain
adjective ("key", "main", "major"), and ages after a person's "was" before "and", or after a group
of people before an open bound ("and under", "and older"). Sentences written for these tests."""

import numcheck
from numcheck import extract


def _read(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.surface, c.unit, c.kind) for c in extract(text)]


def test_more_between_a_figure_and_its_unit_of_time_keeps_the_unit() -> None:
    assert _read("The tariff will stay for three more years.") == [("three more years", "year", "quantity")]


def test_further_between_a_figure_and_its_unit_of_time_keeps_the_unit() -> None:
    assert _read("The talks ran for four further days.") == [("four further days", "day", "quantity")]


def test_more_before_a_noun_that_is_no_unit_leaves_the_figure_without_a_unit() -> None:
    assert _read("The bakery hired two more cooks.") == [("two", "cook", "count")]


def test_one_of_the_key_plural_counts_one_of_them() -> None:
    assert _read("Wind power is one of the key fuels that the valley needs.") == [("one", "fuel", "count")]


def test_one_of_a_possessive_and_main_plural_counts_one_of_them() -> None:
    assert _read("The storm hit one of Norway's main harbours.") == [("one", "harbour", "count")]


def test_one_of_the_best_is_still_a_description() -> None:
    # a figure of one, but no count of cooks (round AT35 reads the "one")
    assert [c.counts for c in extract("She is one of the best cooks in town.")] == [None]


def test_a_figure_after_a_person_was_and_and_is_an_age() -> None:
    assert _read("The painter was found at home. He was 58 and lived alone.") == [("58", "year", "quantity")]


def test_a_record_after_a_name_was_and_a_second_figure_is_no_age() -> None:
    units = [c.unit for c in extract("Last season Dayton was 21 and 9 at home.")]
    assert "year" not in units


def test_a_figure_after_a_group_before_and_older_is_an_age() -> None:
    assert _read("The clinic offers the shot to adults 60 and older.") == [("60", "year", "quantity")]


def test_a_figure_after_a_group_before_and_under_is_an_age() -> None:
    assert _read("The cup for boys 12 and under starts today.") == [("12", "year", "quantity")]


def test_figures_listed_before_a_unit_share_it() -> None:
    assert _read("The three rods are 2, 5, and 8 metres long.") == [
        ("three", "rod", "count"),
        ("2", "metre", "quantity"),
        ("5", "metre", "quantity"),
        ("8 metres", "metre", "quantity"),
    ]


def test_alternatives_share_a_unit_of_time() -> None:
    assert _read("The drive takes 3 or 4 hours.") == [
        ("3", "hour", "quantity"),
        ("4 hours", "hour", "quantity"),
    ]


def test_a_figure_and_a_later_span_of_time_share_no_unit() -> None:
    assert _read("Lee scored 12 and 2 years later he retired.")[0] == ("12", None, "number")


def test_a_figure_before_a_scaled_one_takes_no_unit_of_the_wrong_size() -> None:
    assert _read("The rocks are 30 or 40 million years old.")[0] == ("30", None, "number")


def test_a_source_figure_said_twice_does_not_sum_with_itself() -> None:
    source = "The jail kept the man for another 45 days. Later a judge approved 45 more days for him."
    report = numcheck.check("His lawyer said the man will be held for another 90 days.", source)
    assert any(f.severity in ("warning", "error") for f in report.findings)


def test_one_day_after_could_and_before_a_verb_is_some_day() -> None:
    assert _read("The vaccine could one day be given to calves.") == []


def test_one_day_after_to_and_before_a_share_of_a_week_is_a_span() -> None:
    assert _read("Visits were cut to one day a week.") == [("one day a week", "day / week", "quantity")]


def test_a_title_before_us_code_is_no_figure() -> None:
    assert _read("The claim cites 35 U.S. Code § 101 on patents.") == []


def test_a_text_that_ends_on_a_list_joiner_is_read_without_error() -> None:
    assert [c.surface for c in extract("786 ,9b5,34,,\n")] == ["786", "34"]
