"""Currencies of Asian, African, European and Latin American copy written out after the figure
(rules/units.yaml, round RL40): "32,000 riel ($8)" is money restated in dollars, so two such
restatements in one text state a rate to each other and are checked against it; a name several
countries' currencies share is read only with the country's name."""

from __future__ import annotations

import pytest
from arithmetic_findings import found, message

from numcheck import extract


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a fare of 4,000 riel", "KHR"),
        ("a loan of 90 million kyats", "MMK"),
        ("a bonus of 35,000 forints", "HUF"),
        ("a bill of 2.5 billion Vietnamese dong", "VND"),
        ("a grant of 600 Iraqi dinars", "IQD"),
        ("a fine of 12,000 Lebanese pounds", "LBP"),
    ],
)
def test_the_currency_is_read(text: str, code: str) -> None:
    (claim,) = extract(text)
    assert (claim.kind, claim.unit) == ("money", code)


def test_a_shared_name_alone_names_no_currency() -> None:
    (claim,) = extract("a grant of 600 dinars")
    assert claim.kind != "money"


def test_two_restatements_in_riel_state_a_rate_to_each_other() -> None:
    story = "The daily wage went from 41,600 riel ($10) in 2012 to 80,000 riel ({usd}) last year."
    assert found(story.format(usd="$20")) == []
    assert message(story.format(usd="$30")) == (
        "41,600 riel ($10) and 80,000 riel ($30) are converted at different rates: "
        "0.00024 and 0.000375 USD per KHR"
    )


@pytest.mark.parametrize("text", ["the talks at COP28 ended", "progress on SDG 4 was slow", "RON 95 petrol"])
def test_an_iso_code_is_no_currency_sign_for_these(text: str) -> None:
    assert all(c.kind != "money" for c in extract(text))
