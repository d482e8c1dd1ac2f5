"""The fines of an investigation summed so far ("To date, more than $90 million in criminal fines
have been imposed") are the whole of each fine the release names, before it or after
(rules/relations.yaml parts.fines_total, fines_total_before, fines_total_with, fine_after,
fine_before, fine_not_with). Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations


def _fines(text: str) -> list[tuple[str, list[str]]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    return [
        (p.whole.surface, [c.surface for c in p.parts])
        for p in rel.parts
        if p.whole and p.cue == "fines to date"
    ]


AFTER = (
    "A glassmaker pleaded guilty and was sentenced to pay a {x} criminal fine for fixing windscreen prices. "
    "To date, more than $90 million in criminal fines have been imposed in the investigation."
)
BEFORE = (
    "Four shipping firms have been sentenced to pay criminal fines totaling more than $31 million. "
    "On May 2, a carrier based in Ohio was sentenced to pay a criminal fine of {x}."
)
TOTAL_OF = (
    "Twelve companies have agreed to pay a total of more than $1.2 billion in fines. "
    "The parts maker pleaded guilty and agreed to pay a {x} criminal fine."
)


def test_a_fine_is_a_part_of_the_fines_imposed_to_date() -> None:
    assert _fines(AFTER.format(x="$4.5 million")) == [("$90 million", ["$4.5 million"])]
    assert _fines(BEFORE.format(x="$6 million")) == [("$31 million", ["$6 million"])]
    assert _fines(TOTAL_OF.format(x="$48.6 million")) == [("$1.2 billion", ["$48.6 million"])]
    for text in (
        AFTER.format(x="$4.5 million"),
        BEFORE.format(x="$6 million"),
        TOTAL_OF.format(x="$48.6 million"),
    ):
        assert found(text) == [], text


def test_a_slip_that_makes_one_fine_larger_than_all_of_them_is_found() -> None:
    assert (
        message(AFTER.format(x="$450 million")) == "the part $450 million is more than its whole $90 million"
    )
    assert (
        message(BEFORE.format(x="$60 million")) == "the part $60 million is more than its whole $31 million"
    )
    assert message(TOTAL_OF.format(x="$48.6 billion")) == (
        "the part $48.6 billion is more than its whole $1.2 billion"
    )


def test_fines_not_summed_or_not_imposed_are_left_alone() -> None:
    quiet = [
        # one defendant's fines, no sum over cases or time: a co-defendant's fine is no part of them
        "The owner was ordered to pay $50,000 in fines. "
        "His partner was sentenced to pay a $90,000 criminal fine.",
        # a fine the law allows, not one imposed
        "The charge carries a maximum $100 million criminal fine for a company. "
        "To date, more than $90 million in criminal fines have been imposed in the investigation.",
        # two totals of fines (one a year): which one a fine belongs to is not said
        "In 2012 more than $20 million in fines were imposed in the investigation, and to date a total of "
        "$70 million in fines. A bakery agreed to pay a $45 million criminal fine.",
        # fines imposed so far, and a fine only agreed to: not yet among them
        "To date, more than $90 million in criminal fines have been imposed in the investigation. "
        "A glassmaker has agreed to plead guilty and to pay a $450 million criminal fine.",
        # companies' fines, and a person's fine: not among them
        "Twelve companies have agreed to pay a total of more than $1.2 billion in fines. "
        "Its manager was sentenced to serve a year in prison and to pay a $4 billion criminal fine.",
        # criminal fines, and a fine not named criminal (another authority's)
        "The two firms paid a total of $450 million in criminal fines. "
        "A prosecutor abroad resolved similar charges with a fine of $800 million.",
        # fines of a year named, and a fine of another time
        "The broadcaster paid fines totalling $1.7 million in 1998. "
        "It now has five days to pay a $3.5 million fine.",
        # an amount that is no fine
        "To date, more than $90 million in criminal fines have been imposed in the investigation. "
        "The conspiracy affected more than $400 million in sales of windscreens.",
    ]
    for text in quiet:
        assert _fines(text) == [], text
        assert found(text) == [], text
