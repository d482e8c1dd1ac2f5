"""Two voices differ only when what they say cannot both be true ('more than 40' and '57' can), and
one voice never restates a figure with another value inside one sentence (two figures of a kind
there are two things side by side: a poll's two sides, a level beside its target)."""

from __future__ import annotations

import numcheck


def findings(text: str, rule: str) -> list[numcheck.Finding]:
    return [f for f in numcheck.check([text]).findings if f.rule == rule]


def test_a_floor_and_a_figure_above_it_in_two_voices_agree() -> None:
    text = (
        "Police said more than 40 people were hurt when the stand collapsed. "
        "The fire service said 57 people were hurt when the stand collapsed."
    )
    assert findings(text, "NC201") == []


def test_a_floor_and_a_figure_below_it_in_two_voices_differ() -> None:
    text = (
        "Police said more than 40 people were hurt when the stand collapsed. "
        "The fire service said 31 people were hurt when the stand collapsed."
    )
    assert [f.severity for f in findings(text, "NC201")] == ["warning"]


def test_two_floors_in_two_voices_agree() -> None:
    text = (
        "The mayor's office said repairs would cost more than $2.5 million. "
        "The council's auditor said repairs would cost more than $3.9 million."
    )
    assert findings(text, "NC201") == []


def test_a_level_beside_its_target_in_one_sentence_is_not_one_figure() -> None:
    text = "The bakery chain now has shops in 16 towns and plans to open shops in 61 towns by 2030."
    assert findings(text, "NC301") == []


def test_the_two_sides_of_a_poll_in_one_sentence_are_not_one_figure() -> None:
    text = "In the earlier survey, 43.5% were in favour of the tram line and 34.5% were against."
    assert findings(text, "NC301") == []


def test_the_same_figure_in_two_sentences_is_still_compared() -> None:
    text = "The bakery chain now has shops in 16 towns.\n\nIts shops in 61 towns sell bread."
    assert [f.severity for f in findings(text, "NC301")] == ["error"]


def test_a_plain_figure_rounding_another_voices_exact_one_agrees() -> None:
    text = (
        "The mill agreed to pay $2,462,180 to settle the claims, the regulator said. "
        "The mill will pay $2.5 million to end the lawsuits, its lawyer, Dana Holt, said."
    )
    assert findings(text, "NC201") == []


def test_a_rounded_figure_that_does_not_round_the_exact_one_differs() -> None:
    text = (
        "The mill agreed to pay $2,462,180 to settle the claims, the regulator said. "
        "The mill will pay $2.6 million to end the lawsuits, its lawyer, Dana Holt, said."
    )
    assert [f.severity for f in findings(text, "NC201")] == ["warning"]


def test_two_voices_estimates_with_different_points_still_differ() -> None:
    text = (
        "The mill agreed to pay about $2.4 million to settle the claims, the regulator said. "
        "The mill will pay some $2.6 million to end the lawsuits, its lawyer, Dana Holt, said."
    )
    assert [f.severity for f in findings(text, "NC201")] == ["warning"]


def test_a_figure_restated_beside_another_in_one_sentence_is_not_a_slip_for_it() -> None:
    # the headline's $12 million is restated in the body, beside the $120,000 of something else
    text = (
        "Mill to Spend $12 Million on Dust Controls\n\n"
        "The mill will pay a $95,000 penalty, fund projects worth more than $120,000 "
        "and spend $12 million on dust controls, the agency said."
    )
    assert findings(text, "NC301") == []


def test_a_figure_restated_once_and_miswritten_later_is_still_a_slip() -> None:
    text = (
        "Mill to Spend $12 Million on Dust Controls\n\n"
        "The mill will spend $12 million on dust controls at its plant.\n\n"
        "The $120,000 for dust controls will be spent by 2027."
    )
    assert "error" in [f.severity for f in findings(text, "NC301")]


def test_two_defendants_each_admitting_to_their_own_case_are_not_two_voices_on_one_figure() -> None:
    text = (
        "Under his plea deal, Marsh acknowledges that a 12-year prison term is fair. "
        "Under her plea deal, Quinlan acknowledges that a 7-year prison term is fair."
    )
    assert findings(text, "NC201") == []
    # a speaker and an admission can still differ
    text = (
        "The agency said the firm dumped 4,000 tonnes of waste in the bay. "
        "The firm admitted that it dumped 1,500 tonnes of waste in the bay."
    )
    assert [f.rule for f in findings(text, "NC201")] == ["NC201"]


def test_a_total_and_a_part_that_differ_by_a_figure_beside_them_are_not_a_slip() -> None:
    text = (
        "Landlord Agrees to Record $1.375 Million Settlement\n\n"
        "The landlord will pay a $50,000 civil penalty and $1.325 million into a fund for tenants."
    )
    assert findings(text, "NC301") == []
    # without the penalty beside them, the two amounts are one figure given two values
    text = (
        "Landlord Agrees to Record $1.375 Million Settlement\n\n"
        "The landlord will pay $1.325 million into a fund for tenants."
    )
    assert findings(text, "NC301") != []
