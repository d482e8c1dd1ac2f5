"""Restatements in other units read where the copy writes them outside round brackets (round RL40):
in an editor's square brackets ("2 bln rubles [$34 mln]") and after a colon, comma or dash and a
word of rules/units.yaml restating_openers (": that's over 20 million a year"), when the
restatement ends its clause."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract


def _restates(text: str) -> bool:
    first, second = extract(text)
    return second.conversion_of == first.id


def test_a_restatement_in_square_brackets() -> None:
    assert _restates("The floor was raised to 2 bln rubles [$34 mln].")


def test_two_restatements_in_square_brackets_state_a_rate_to_each_other() -> None:
    story = "Capital must reach 2 bln rubles [$34 mln]. Small lenders need 500 mln rubles [{usd}]."
    assert found(story.format(usd="$8.5 mln")) == []
    assert message(story.format(usd="$12 mln")) == (
        "2 bln rubles ($34 mln) and 500 mln rubles ($12 mln) are converted at different rates: "
        "0.017 and 0.024 USD per RUB"
    )


def test_a_count_a_week_restated_a_year_after_thats() -> None:
    story = "The desk sees 400,000 photos a week: that's over {n} million a year."
    assert _restates(story.format(n=20))
    assert found(story.format(n=20)) == []
    assert message(story.format(n=30)) == "400,000 a week is about 20.9 million a year, not 30 million a year"


def test_a_length_restated_after_a_dash_and_that_is() -> None:
    story = "The trail is 20 km - that is, about {n} miles."
    assert found(story.format(n=12)) == []
    assert message(story.format(n=15)) == "20 km is about 12.4 miles, not 15 miles"


def test_a_difference_after_thats_is_no_restatement() -> None:
    first, second = extract("The walk is 20 km, that's 5 miles longer than the old one.")
    assert second.conversion_of is None


def test_an_amount_after_a_restatement_opened_by_thats_starts_no_run_of_restatements() -> None:
    first, second, third = extract(
        "Fees reached 90 million kyats: that is $43,000, 30,000 euros less than in May."
    )
    assert second.conversion_of == first.id
    assert third.conversion_of is None
