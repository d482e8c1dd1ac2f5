"""A sentence opened by "That is higher than", "That figure is lower than", "That's more than the"
(rules/relations.yaml comparison.that_opens, copula, ahead, behind) sets the last figure of the
same thing in the sentence before against its own first figure, at most twelve words after the
cue, and against each figure of the same thing joined to that one by "or"/"and": "The death rate
rose to 16 per 100,000. That is higher than the rate for drownings, 9 per 100,000, or the rate
for burns, 7 per 100,000." A slip that turns the order round is found (NC505); the sentences as
written are quiet. No order is read past a colon, without the verb ("That rose higher than"), or
when the figure after the cue is a change. The sentences are written for this file (round RL32).
"""

from __future__ import annotations

from arithmetic_findings import flagged_rules

from numcheck.api import _config
from numcheck.extraction.claims import extract_claims
from numcheck.read import read_text
from numcheck.relations import read_relations


def _compared(text: str) -> list[tuple[str, str, bool | None]]:
    doc = read_text(text, doc_id="d0", path="<t>")
    claims = extract_claims(doc, _config(None).pack)
    rel = read_relations(doc.text, claims, _config(None).pack)
    return [(c.first.surface, c.second.surface, c.larger) for c in rel.comparisons]


RATES = (
    "The death rate from heat rose from 6 deaths per 100,000 people to 16 deaths per 100,000 last"
    " year. That rate is higher than the toll from drownings along the coast, {} deaths per"
    " 100,000, or the toll from house fires, {} deaths per 100,000 people."
)
MONEY = "The club paid $40 million in wages. That figure is lower than the ${} million its rival paid."


def test_the_figures_as_written_are_quiet() -> None:
    assert flagged_rules(RATES.format("9", "7")) == []
    assert flagged_rules(MONEY.format("52")) == []
    assert (
        flagged_rules("Turnout reached 61 percent. That's more than the 48 percent of four years ago.") == []
    )


def test_the_first_figure_after_the_cue_written_on_the_wrong_side_is_found() -> None:
    assert "NC505" in flagged_rules(RATES.format("90", "7"))
    assert "NC505" in flagged_rules(MONEY.format("32"))
    assert "NC505" in flagged_rules(
        "Turnout reached 61 percent. That's more than the 84 percent of four years ago."
    )


def test_a_figure_joined_by_or_is_compared_too() -> None:
    assert ("16", "7", True) in _compared(RATES.format("9", "7"))
    assert "NC505" in flagged_rules(RATES.format("9", "70"))


def test_no_order_past_a_colon() -> None:
    text = "Just 26 percent disliked her. That's lower than other polls found: her approval was 52 percent."
    assert not any(c[1] == "52 percent" for c in _compared(text))


def test_no_order_without_the_verb() -> None:
    text = "Turnout reached 61 percent. That rose higher than the 84 percent of four years ago."
    assert _compared(text) == []


def test_no_order_with_a_change_after_the_cue() -> None:
    text = "Turnout reached 61 percent. That is higher than forecast, which rose 84 percent in a month."
    assert not any(c[0] == "61 percent" for c in _compared(text))
