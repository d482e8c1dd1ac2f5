"""What a sentence says of two counts joined by "and" ("Ten men and three trading firms have since
pleaded guilty") is said of the first too: a count of defendants so listed is a part of the people
charged in a sentence before (rules/relations.yaml parts.outcomes, read_charged_outcome).
Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import charged_parts as _charged
from arithmetic_findings import found, message

ONE = (
    "In all, 14 individuals have been charged over the sale of forged permits. "
    "{x} individuals and three trading firms have pleaded guilty."
)
TWO = (
    "Nine defendants were indicted in the scheme last spring. "
    "So far {x} defendants and one company have been convicted at trial."
)


def test_a_count_listed_with_another_before_the_outcome_is_a_part() -> None:
    assert _charged(ONE.format(x="Ten")) == [("14", ["Ten"])]
    assert found(ONE.format(x="Ten")) == []
    assert _charged(TWO.format(x="six")) == [("Nine", ["six"])]
    assert found(TWO.format(x="six")) == []


def test_a_slip_above_those_charged_is_found() -> None:
    assert message(ONE.format(x="41")) == "the part 41 is more than its whole 14"
    assert message(TWO.format(x="sixty")) == "the part sixty is more than its whole Nine"


def test_counts_not_one_subject_or_of_another_case_stay_quiet() -> None:
    quiet = [
        # another case named in the part's sentence
        "In all, 14 individuals have been charged over the sale of forged permits. "
        "In a related case, 41 individuals and three firms have pleaded guilty.",
        # the outcome is said of what the second count's clause counts, not of the first
        "In all, 14 individuals have been charged over the sale of forged permits. "
        "Investigators interviewed 41 individuals, and three firms have pleaded guilty.",
        # more than the noun between the two counts
        "In all, 14 individuals have been charged over the sale of forged permits. "
        "41 individuals from the port district and three firms have pleaded guilty.",
        # no outcome after the second count
        "In all, 14 individuals have been charged over the sale of forged permits. "
        "41 individuals and three firms testified about the scheme.",
    ]
    for text in quiet:
        assert _charged(text) == [], text
        assert found(text) == [], text
