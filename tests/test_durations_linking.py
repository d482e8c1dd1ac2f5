"""Two durations of one document are one measurand only when the text ties them to one thing.

Every reign, strike, journey and prison term lasts some time, and a duration's measurand is mostly
empty ('for 12 years'), so the kind of figure says nothing. A word both clauses share ('strike')
ties two durations; a word the document uses for durations of five or more values ('months in
prison' in a round-up of many defendants) names a kind of duration, not one; an age is never
another duration.
"""

from __future__ import annotations

import numcheck
from numcheck.link import could_be_same, series_terms


def inconsistencies(text: str) -> list[numcheck.Finding]:
    return [
        f
        for f in numcheck.check([text]).findings
        if f.rule in {"NC201", "NC301"} and f.severity in {"warning", "error"}
    ]


def test_durations_of_two_different_things_are_not_compared() -> None:
    text = (
        "The harbour master has run the port for 37 years.\n\n"
        "It was 73 years since a cruise liner last called at the island."
    )
    assert inconsistencies(text) == []
    run, since = numcheck.extract(text)
    assert not could_be_same(run, since)


def test_one_strike_given_two_lengths_is_still_flagged() -> None:
    text = (
        "The dockers' strike lasted 13 days, the union said.\n\n"
        "After the 31-day strike ended, the first ships were unloaded."
    )
    assert [f.rule for f in inconsistencies(text)] == ["NC301"]


def test_an_age_is_never_compared_with_how_long_something_took() -> None:
    text = (
        "About 9,000 villagers have fled the valley in the last 47 days, the relief agency said.\n\n"
        '"The bridge is the only way out of the valley," Elsie Marchetti, a 74-year-old who fled '
        "the valley on Monday, told reporters."
    )
    assert inconsistencies(text) == []


def test_two_ages_of_one_person_worded_differently_can_still_meet() -> None:
    text = "At 58 years old, the goalkeeper still trains daily.\n\nThe 85-year-old goalkeeper said so."
    age, other = numcheck.extract(text)
    assert could_be_same(age, other)


ROUND_UP = (
    "Five Sentenced in Harbour Smuggling Ring\n\n"
    "Ada Kerr, Dover\n\nSentence: 27 months in prison.\n\n"
    "Ben Ollis, Hythe\n\nSentence: 72 months in prison.\n\n"
    "Cal Yates, Deal\n\nSentence: 40 months in prison.\n\n"
    "Dee Farr, Rye\n\nSentence: 18 months in prison.\n\n"
    "Eli Nunn, Lydd\n\nSentence: 96 months in prison."
)


def test_a_round_up_of_prison_terms_is_a_series_not_one_figure() -> None:
    claims = numcheck.extract(ROUND_UP)
    assert "prison" in series_terms(claims)
    assert inconsistencies(ROUND_UP) == []


def test_a_headline_term_against_the_body_is_still_compared_in_a_round_up() -> None:
    text = ROUND_UP.replace("Five Sentenced", "Kerr Sentenced to 72 Months in Prison; Five Sentenced")
    text = text.replace("Sentence: 72 months", "Sentence: 61 months")
    found = inconsistencies(text)
    assert [f.rule for f in found] == ["NC301"]
    assert "27 months" in found[0].message


def test_two_defendants_terms_are_not_a_series() -> None:
    claims = numcheck.extract("Ada Kerr got 27 months in prison. Ben Ollis got 72 months in prison.")
    assert series_terms(claims) == frozenset()
