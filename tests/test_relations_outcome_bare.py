"""A count with no noun right before what became of defendants in court ("To date, 13 have pleaded
guilty") is a part of the people charged in a sentence before (rules/relations.yaml
parts.outcome_bare and parts.outcome_bare_between, read_charged_outcome), its whole the nearest
count of people charged that is no part of another. Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import charged_parts as _charged
from arithmetic_findings import found, message

ONE = (
    "So far 31 individuals have been charged in the inquiry into the harbour contracts. "
    "Of those charged, 22 are former port officials and nine are contractors. "
    "To date, {x} have pleaded guilty and the rest await trial."
)


def test_a_count_with_no_noun_before_an_outcome_is_a_part_of_those_charged() -> None:
    assert _charged(ONE.format(x="17")) == [("31", ["17"])]
    assert found(ONE.format(x="17")) == []


def test_a_slip_above_those_charged_is_found() -> None:
    assert message(ONE.format(x="71")) == "the part 71 is more than its whole 31"


def test_look_alikes_stay_quiet() -> None:
    quiet = [
        # arrests may be more than the people charged
        "Twelve men have been indicted over the stolen cargo. 40 have been arrested since May.",
        # the whole named again after "of"
        "Twelve men have been indicted over the stolen cargo. Half of the 12 have pleaded guilty.",
        # another word between the count and the outcome: not those it counts
        "Twelve men have been indicted over the stolen cargo. 40 witnesses testified before they pleaded.",
        # another case in the part's sentence
        "Twelve men have been indicted over the stolen cargo. In a separate case, 40 have pleaded guilty.",
        # nobody charged before it
        "Twelve ships were searched over the stolen cargo. 40 have pleaded guilty.",
    ]
    for text in quiet:
        assert _charged(text) == [], text
