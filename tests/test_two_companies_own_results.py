"""Two voices each giving their own results ('Zenco has announced ... annual profits to $12.4bn',
'rival Petrona reported an annual profit of $13.9bn') give two companies' results, not one figure
told two ways: NC201 does not set them against each other when both cues are of
rules/attribution.yaml own_results_cues, both figures are money naming one of own_results, and
neither sentence names the other voice (round JG6, read on the BBC news set; the text is written
for this file). A voice that speaks of the first company's profit is still set against it."""

from __future__ import annotations

import numcheck

TEXT = (
    "Zenco races ahead on crude price\n\n"
    "Oil major Zenco has announced a 21% rise in annual profits to $12.4bn (£6.6bn) thanks to "
    "record crude prices.\n\nLast week, {}."
)


def sources(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC201"]


def test_a_rival_reporting_its_own_profit_is_another_company() -> None:
    assert sources(TEXT.format("rival Petrona reported an annual profit of $13.9bn")) == []


def test_a_broker_giving_the_companys_profit_is_still_found() -> None:
    found = sources(TEXT.format("broker Bryce said Zenco made an annual profit of $13.9bn"))
    assert found == ["sources differ: $12.4bn (Oil major Zenco) vs $13.9bn (broker Bryce); ratio 0.89"]


def test_a_report_naming_the_company_is_still_found() -> None:
    found = sources(TEXT.format("broker Bryce reported Zenco made an annual profit of $13.9bn"))
    assert found == ["sources differ: $12.4bn (Oil major Zenco) vs $13.9bn (broker Bryce); ratio 0.89"]
