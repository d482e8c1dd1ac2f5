"""A headline that opens with a count of people and what became of them, then a lead whose first
count of such people says the same of them: the lead's count is a part of the headline's
(rules/relations.yaml parts.headline_outcomes). Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations


def _headline_parts(text: str) -> list[tuple[str, list[str]]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    read = [p for p in rel.parts if p.cue == "headline"]
    return [(p.whole.surface, [c.surface for c in p.parts]) for p in read if p.whole is not None]


SENTENCED = "Four Bakers Sentenced for Flour Price Scheme\n\n{} former bakers were sentenced today in Leeds."
INDICTED = "Six Couriers Charged in Parcel Fraud\n\nA grand jury in Dover has indicted {} men in the fraud."


def test_the_leads_count_is_a_part_of_the_headlines() -> None:
    assert _headline_parts(SENTENCED.format("Four")) == [("Four", ["Four"])]
    assert _headline_parts(SENTENCED.format("Three")) == [("Four", ["Three"])]
    assert _headline_parts(INDICTED.format("five")) == [("Six", ["five"])]
    # a subhead between the headline and the lead is passed over
    subhead = "Two Pilots Plead Guilty\n\nCargo Hidden in Wing Panels\n\nTwo pilots pleaded guilty in Hull."
    assert _headline_parts(subhead) == [("Two", ["Two"])]
    for text in (SENTENCED.format("Four"), SENTENCED.format("Three"), INDICTED.format("five"), subhead):
        assert found(text) == [], text


def test_a_lead_that_counts_more_than_the_headline_is_found() -> None:
    assert message(SENTENCED.format("Fourteen")) == "the part Fourteen is more than its whole Four"
    assert message(INDICTED.format("60")) == "the part 60 is more than its whole Six"


def test_a_lead_that_says_something_else_is_not_read() -> None:
    quiet = [
        # the lead says another thing of its people (arrested, not sentenced)
        "Four Bakers Sentenced for Flour Price Scheme\n\nFourteen bakers were arrested in 2019 in Leeds.",
        # the lead names other people too
        "Four Bakers Sentenced for Flour Price Scheme\n\nFourteen other bakers were sentenced in Leeds.",
        # the headline's count is not what it says became of them
        "Jury Hears 12 Witnesses as Baker Is Sentenced\n\nForty bakers were sentenced today in Leeds.",
        # the lead's count counts something else
        "Four Bakers Sentenced for Flour Price Scheme\n\nThe bakers were sentenced today over 14 ovens.",
    ]
    for text in quiet:
        assert _headline_parts(text) == [], text
        assert found(text) == [], text


def test_a_headline_that_names_one_more_person_is_no_whole() -> None:
    text = "Three Pilots Jailed for Smuggling and a Fourth Fined\n\nFour pilots were sentenced today in Hull."
    assert _headline_parts(text) == []
    assert found(text) == []
    others = "Two Guards Sentenced, Another Awaits Trial\n\nThree guards were sentenced on Monday."
    assert _headline_parts(others) == []
