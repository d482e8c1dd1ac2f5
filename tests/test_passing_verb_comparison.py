"""A figure, a comma, then a verb of passing ('eclipsing', 'surpassing', 'outstripping', ...) and
the figure passed: the first is the larger (rules/relations.yaml comparison.ahead, after_comma;
round RL25). Verbs that may name a smaller figure ('beating' a loss estimate) are not read. The
sentences are written for this file."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.extraction.claims import extract_claims
from numcheck.read import read_text
from numcheck.relations import read_relations


def compared(text: str) -> list[tuple[str, str, bool | None]]:
    pack = _config(None).pack
    doc = read_text(text, doc_id="d0", path="<t>").model_copy(update={"role": "draft"})
    claims = extract_claims(doc, pack)
    rel = read_relations(doc.text, claims, pack)
    return [(c.first.surface, c.second.surface, c.larger) for c in rel.comparisons]


def flagged(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC505"]


def test_a_fee_eclipsing_the_old_record_is_read_as_the_larger() -> None:
    text = "The club signed the winger for $41 million, eclipsing the previous record of $38 million."
    assert compared(text) == [("$41 million", "$38 million", True)]
    assert flagged(text) == []


def test_a_slip_below_the_record_it_eclipses_is_found() -> None:
    text = "The club signed the winger for $4.1 million, eclipsing the previous record of $38 million."
    assert flagged(text) == ["$4.1 million is smaller than $38 million, not eclipsing it"]


def test_seats_surpassing_an_earlier_count_and_a_slip_of_them() -> None:
    assert flagged("The party won 212 seats, surpassing the 190 seats it held before.") == []
    assert flagged("The party won 112 seats, surpassing the 190 seats it held before.") == [
        "112 is smaller than 190, not surpassing it"
    ]


def test_a_qualifier_may_stand_before_the_verb() -> None:
    text = "Exports reached $36 billion, far surpassing the neighbour's $230 billion."
    assert flagged(text) == ["$36 billion is smaller than $230 billion, not surpassing it"]


def test_beating_a_loss_estimate_is_not_read() -> None:
    # a loss of 5 cents "beats" an estimate of a 10-cent loss: the smaller figure
    assert compared("The firm lost 5 cents a share, beating estimates of 10 cents.") == []


def test_without_a_comma_the_verb_is_not_read() -> None:
    # the first figure is no side of the comparison: "200 surpassing" would be a count of something else
    assert compared("Some 20 firms reported sales surpassing the $38 million of last year.") == []


# "but" as the contrast before "only" (rules/relations.yaml comparison.only_joins; round RL25)


def test_a_figure_after_but_only_is_the_smaller() -> None:
    text = "Some 9,000 conscripts were called up this spring, but only 2,500 of them will serve."
    assert compared(text) == [("9,000", "2,500", True)]
    assert flagged(text) == []


def test_a_slip_above_the_figure_before_but_only_is_found() -> None:
    text = "Some 9,000 conscripts were called up this spring, but only 25,000 of them will serve."
    assert flagged(text) == ["9,000 is smaller than 25,000, not more than it"]


def test_poll_shares_set_against_each_other_by_but_only() -> None:
    assert flagged("The plan won the backing of 61 percent of farmers but only 37 percent of traders.") == []
    assert flagged("The plan won the backing of 31 percent of farmers but only 37 percent of traders.") == [
        "31 percent is smaller than 37 percent, not more than it"
    ]


def test_only_on_both_sides_states_no_order() -> None:
    text = "Only 38 percent of voters trust the mayor, but only 45 percent trust her rival."
    assert compared(text) == []


def test_gaps_are_not_levels() -> None:
    text = (
        "The win left them two points off the play-off places "
        "but still only five points above the bottom club."
    )
    assert compared(text) == []


# a contrast opening the sentence before the first figure, "only" after the comma that ends its
# clause (rules/relations.yaml comparison.only_opens; round RL26)


def test_a_sentence_opened_by_while_sets_the_figure_after_only_below_the_first() -> None:
    text = "While 54 clubs have joined the league, only 27 have paid their fees."
    assert compared(text) == [("54", "27", True)]
    assert flagged(text) == []


def test_a_slip_above_the_figure_of_the_opening_clause_is_found() -> None:
    text = "While 54 clubs have joined the league, only 57 have paid their fees."
    assert flagged(text) == ["54 is smaller than 57, not more than it"]


def test_whereas_opens_the_contrast_as_while_does() -> None:
    assert flagged("Whereas 40 schools applied, only 52 schools were picked.") == [
        "40 is smaller than 52, not more than it"
    ]


def test_an_opening_contrast_is_not_read_across_a_sentence_or_far_past_its_comma() -> None:
    assert compared("While 54 clubs have joined. Only 57 have paid their fees.") == []
    # "only" more than three words after the comma: another clause, not the contrast's other side
    text = "While 54 clubs have joined the league, the board said on Monday that only 57 paid."
    assert compared(text) == []


def test_an_opening_contrast_with_only_on_both_sides_states_no_order() -> None:
    assert compared("While only 42% of voters trust him, only 46% trust her.") == []
