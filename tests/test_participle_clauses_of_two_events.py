"""A figure in a participle clause after its main clause ('cancelled 64 flights, affecting about
4,000 passengers') counts the main clause's consequence: two such figures whose main clauses hold
figures, none of one value, are the consequences of two events, never one measurand
(rules/measures.yaml 'participle_clauses'; link.participle_main). A main clause that restates its
figure keeps the pair, so a consequence given two values is still found."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import participle_main

REPORT = (
    "Airline weighs suit over summit visit\n\n"
    "A German airline may sue for damages after a state visit closed its home airport's runways for "
    "longer than planned.\n\n"
    "Ines Marku, a spokeswoman for the airline, said it was studying which courts could hear a "
    "claim. The airline said it was forced to scrap 64 regional flights, affecting about 4,000 "
    "passengers. Long-haul services ran normally.\n\n"
    "The visit took twice the time agreed, the airline said. Ms Marku said that {second}, affecting "
    "almost {count} passengers.\n"
)


def serious(text: str) -> list[tuple[str, str]]:
    found = numcheck.check([text]).findings
    return [(f.rule, f.message) for f in found if f.severity.value in {"warning", "error"}]


def test_passengers_of_cancelled_and_of_delayed_flights_are_two_counts() -> None:
    second = "80 outgoing flights and 70 incoming flights left late, forty minutes on average"
    assert serious(REPORT.format(second=second, count="14,000")) == []


def test_the_same_flights_given_two_counts_of_passengers_are_found() -> None:
    second = "the 64 scrapped flights left their passengers stranded"
    found = serious(REPORT.format(second=second, count="40,000"))
    assert len(found) == 1 and "4,000" in found[0][1] and "40,000" in found[0][1]


def test_where_the_main_clause_lies() -> None:
    know = knowledge(_config(None).pack)
    text = "The airline had to cancel 64 flights, affecting about 4,000 passengers. It paid 300 of them."
    claims = {c.surface: c for c in numcheck.extract(text)}
    span = participle_main(claims["4,000"], text, know)
    assert span is not None and text[span[0] : span[1]] == "The airline had to cancel 64 flights"
    assert participle_main(claims["64"], text, know) is None
    assert participle_main(claims["300"], text, know) is None
    said = "The toll rose to 12, according to 300 witnesses."
    witnesses = next(c for c in numcheck.extract(said) if c.surface == "300")
    assert participle_main(witnesses, said, know) is None
