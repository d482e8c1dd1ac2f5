"""A time span that a statement covers ("over the past five years", "for the last two years") is
when something held, not a measurement: its role is "when", so two such spans in different
sources' words are never compared as one figure (NC201). The sentences are written for this file.
"""

from __future__ import annotations

import numcheck


def _role(text: str, surface: str) -> str | None:
    return next(c.role for c in numcheck.extract(text) if c.surface == surface)


def test_over_the_past_years_is_when() -> None:
    text = "Over the past eleven years kayak orders grew twofold, Ana Ruiz said."
    assert _role(text, "eleven years") == "when"


def test_for_the_last_years_is_when() -> None:
    assert _role("Rents have climbed for the last two years, Ana Ruiz says.", "two years") == "when"


def test_a_duration_measured_is_not_when() -> None:
    assert _role("The repairs took five years, the council said.", "five years") != "when"


def test_two_spans_in_two_voices_are_no_discrepancy() -> None:
    text = (
        "Kayak orders rose by 40 percent over the past eleven years, a survey by Harbor Data found. "
        "Canoe sales have slowed for the past nine years, Ana Ruiz, who runs a boatyard in Cork, says."
    )
    report = numcheck.check(text)
    assert not [f for f in report.findings if f.rule == "NC201"]


def test_in_the_first_months_is_when() -> None:
    assert _role("Ferry fares will be frozen in the first eight months, she said.", "eight months") == "when"


def test_over_the_next_years_is_when() -> None:
    assert _role("The port will hire 300 dockers over the next four years.", "four years") == "when"


def test_for_the_first_weeks_may_be_how_long() -> None:
    assert _role("The grant pays 80% of wages for the first eight weeks.", "eight weeks") != "when"


def test_a_first_months_span_and_a_length_in_two_voices_are_no_discrepancy() -> None:
    text = (
        'Ana Ruiz said: "We doubled the span of paternity pay, it was two weeks when we came in." '
        "Tom Hale said his side would lift paternity pay in the first four weeks so fathers could "
        "stay home."
    )
    report = numcheck.check(text)
    assert not [f for f in report.findings if f.rule == "NC201"]


def test_two_voices_giving_one_length_differently_are_still_found() -> None:
    text = (
        'Ana Ruiz said: "Paid leave for fathers lasts two weeks." '
        "Tom Hale said paid leave for fathers lasts four weeks."
    )
    report = numcheck.check(text)
    assert [f for f in report.findings if f.rule == "NC201"]
