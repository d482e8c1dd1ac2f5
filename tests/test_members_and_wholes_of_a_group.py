"""A figure that counts members of a group ("one of his sisters", "two of Smith's aides") or names
the whole a part is taken of ("most of the 10 victims") is no second value of a count of the group
(rules/nouns.yaml `partitive_possessives`, `whole_quantifiers`; features._is_partitive,
features._is_whole_of_partitive). Sentences written for these tests."""

import numcheck


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def _claim(text: str, surface: str):
    return next(c for c in numcheck.extract(text) if c.surface == surface)


def test_one_of_a_possessive_is_a_member():
    assert _claim("Ana Diaz, one of Ortiz's sisters, spoke to reporters.", "one").partitive
    assert _claim("Ana Diaz, one of his sisters, spoke to reporters.", "one").partitive
    assert _claim("Two of the mayor’s aides resigned on Monday.", "Two").partitive


def test_a_count_with_its_own_noun_is_no_member():
    assert not _claim("His lawyer said two sisters attended.", "two").partitive


def test_a_sister_named_as_one_of_them_is_no_second_count():
    text = (
        "Someone gave the order, civil rights lawyer Tom Reed said Monday at a news conference "
        'with Ortiz\'s brother and two sisters. "She was kind to everyone," Ana Diaz, one of '
        "Ortiz's sisters, told a radio station."
    )
    assert _nc201(text) == []


def test_two_voices_counting_the_sisters_still_differ():
    text = (
        "The family's lawyer, Tom Reed, said two sisters of the victim joined him at a news "
        "conference. Ana Diaz told a radio station that three sisters of the victim joined him "
        "at the news conference."
    )
    assert len(_nc201(text)) == 1


def test_most_of_the_n_names_a_whole():
    c = _claim("Most of the 10 victims treated at City Hospital have improved.", "10")
    assert c.role == "whole"
    assert _claim("All of the 12 hostages were freed, officials said.", "12").role == "whole"
    assert _claim("Ten victims remain in critical condition.", "Ten").role is None


def test_a_whole_after_a_quantifier_keeps_its_event():
    text = "None of the 43 students who went missing was found in the graves."
    assert _claim(text, "43").event == "missing"


def test_a_whole_after_most_of_is_no_second_value():
    text = (
        "The Herald reports that 12 victims remain in critical condition. Most of the 10 or 11 "
        "victims being treated at City Hospital who were first in critical condition have made "
        "good progress, chief surgeon Dr. Ann Moss told reporters."
    )
    assert _nc201(text) == []


def test_two_voices_on_the_victims_in_critical_condition_still_differ():
    text = (
        "The Herald reports that 12 victims remain in critical condition. Ten victims remain in "
        "critical condition, a surgeon, Dr. Ann Moss, told reporters."
    )
    assert len(_nc201(text)) == 1
