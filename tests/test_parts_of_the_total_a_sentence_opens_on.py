"""A sentence opening "Of the total," or "Of the total <noun>," shares out a total stated before:
its figures are parts of the figure the noun names in the sentences before (the penalty of the
lead, however many sentences back, when every figure so named has one value), or with no noun
the one figure of the sentence before (rules/relations.yaml parts.of_the_total,
numcheck/relations/totals.py `_total_named`). A part larger than that total is a slip (NC501). The
figure after the opening is never itself the total ("The civil settlement was $9 million. Of the
total settlement, $7 million goes to the states": $7 million is a part, not a total of the $9
million). Text written for this file."""

from __future__ import annotations

import numcheck

PENALTY = (
    "The refiner will also pay a civil penalty of {whole} under the settlement. Officials said the "
    "upgrades would cut emissions sharply. Three states joined the case. Of the total penalty, "
    "{part} will be paid to the federal government."
)


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_a_share_of_the_named_penalty_above_it_is_found() -> None:
    assert nc501(PENALTY.format(whole="$700,000", part="$4,600,000")) != []


def test_a_share_of_the_named_penalty_under_it_is_quiet() -> None:
    assert nc501(PENALTY.format(whole="$700,000", part="$460,000")) == []


def test_with_no_noun_the_one_figure_of_the_sentence_before() -> None:
    slip = "The company agreed to pay $12 million. Of the total, $21 million goes to the victims' fund."
    right = "The company agreed to pay $12 million. Of the total, $2 million goes to the victims' fund."
    assert nc501(slip) != []
    assert nc501(right) == []


def test_the_named_total_must_have_one_value() -> None:
    # two penalties of different values before: which one is "the total penalty" is not known
    text = (
        "The state penalty was $5 million. The federal penalty was $9 million. "
        "Of the total penalty, $7 million will be paid this year."
    )
    assert nc501(text) == []


def test_the_figure_after_the_opening_is_no_total() -> None:
    # read before as "Total settlement ... $7 million" with $9 million a part of it: a false NC501
    text = (
        "The firm paid a $5 million fine. The civil settlement was $9 million. "
        "Of the total settlement, {} goes to the states."
    )
    assert nc501(text.format("$7 million")) == []
    assert nc501(text.format("$11 million")) != []
