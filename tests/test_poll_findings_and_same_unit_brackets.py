"""Round JG36. Two figures that are both polls' findings are two polls' findings, never two
sources' values of one figure (rules/attribution.yaml poll_findings), also when the sentence names
the poll before the figure and credits someone else ("A spring survey by the Dunmore Institute
found that 48 percent ..."). A figure after a voice that is no poll keeps its pair. And an amount in
brackets in the same currency, both in digits alone, is no restatement of the amount before it (a
table's deficit after an endowment), so no conversion is checked between them; one spelled with a
scale word or letter still restates it. Sentences written for these tests."""

import pytest

import numcheck


def _rules(text: str) -> list[str]:
    return [f.rule for f in numcheck.check(text).findings if f.severity.value in ("warning", "error")]


_RENTERS = (
    "Rents rose again in the spring across the county.\n\n"
    "A spring survey by the Dunmore Institute found that 48 percent of renters expect to move "
    "within two years.\n\n"
    "Landlords have raised prices in most towns since the mill closed.\n\n"
)


def test_a_survey_named_before_the_figure_is_a_poll_finding():
    text = (
        _RENTERS + "A Kestrel Research poll found that 61 percent of renters expect to move within two years."
    )
    assert "NC201" not in _rules(text)


def test_polling_by_a_pollster_is_a_poll_finding():
    text = _RENTERS + (
        "Ann Rourke, a pollster in the county, told the Herald that her own polling found that "
        "61 percent of renters expect to move within two years."
    )
    assert "NC201" not in _rules(text)


def test_a_voice_that_is_no_poll_still_differs_from_a_survey():
    text = _RENTERS + ("The tenants' union says 61 percent of renters expect to move within two years.")
    assert "NC201" in _rules(text)


def test_a_poll_in_the_clause_before_is_not_the_figures():
    text = _RENTERS + (
        "The Kestrel poll on landlords is due in May, while the tenants' union says 61 percent of "
        "renters expect to move within two years."
    )
    assert "NC201" in _rules(text)


def test_an_amount_in_brackets_in_the_same_currency_is_no_restatement():
    text = (
        "College  Endowment 2019  Surplus (Deficit) 2019\n"
        "Harlow College $3,100,000,000 ($18,250,000)\n"
        "Wendell University $6,400,000,000 ($97,410,000)\n"
    )
    assert "NC401" not in _rules(text)


def test_a_restatement_in_another_currency_is_still_checked():
    text = (
        "The port cost 40 billion yuan (5.6 billion euros) to build. Its new crane alone cost "
        "400 million yuan (560 million euros), the operator said."
    )
    assert "NC401" in _rules(text)


def _restated(text: str, surface: str) -> bool:
    return next(c for c in numcheck.extract(text) if c.surface == surface).conversion_of is not None


def test_a_figure_spelled_out_is_restated_in_digits_in_the_same_unit():
    text = "The two traders will pay the combined sum of three million dollars ($3,000,000) in penalties."
    assert _restated(text, "$3,000,000")
    assert _restated("The fund lost $4.5 billion ($4,500,000,000) last year.", "$4,500,000,000")


def test_digits_then_digits_in_the_same_unit_are_no_restatement():
    assert not _restated("Harlow College $3,100,000,000 ($18,250,000)\n", "$18,250,000")


_MOVE = "61 percent of renters expect to move within two years."


@pytest.mark.parametrize(
    "second",
    [
        "Mark Tallis, who is behind in the polls, says " + _MOVE,
        "The tenants' union rejected the survey and says " + _MOVE,
        "Once the survey was out, the housing office said " + _MOVE,
        'The union\'s head scoffed: "Nobody trusts a poll." The union says ' + _MOVE,
    ],
)
def test_a_poll_only_mentioned_before_another_voices_figure_leaves_the_pair(second: str) -> None:
    # the poll word counts only when the poll is what found the figure, and only in the figure's sentence
    assert "NC201" in _rules(_RENTERS + second)


def test_digits_restated_with_a_scale_letter_in_brackets_are_still_a_conversion() -> None:
    text = (
        "The trust sold the mill for £3,500,000 (£3.5m) in the spring. "
        "It sold the old school for £6,000,000 (£60m) in the autumn."
    )
    assert "NC401" in _rules(text)
