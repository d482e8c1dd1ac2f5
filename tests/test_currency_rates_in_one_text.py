"""Money restated in another currency at no stated rate (round RL35): the text's restatements between
one pair of currencies state its rate, and must agree on it within `currency_rates` of
rules/tolerances.yaml (7%: two restatements of figures from two years may differ by about 12% beyond
their rounding in published copy; a slip of a digit moves a rate by more than the 15% band)."""

from __future__ import annotations

from arithmetic_findings import found, message


def test_restatements_from_two_years_may_differ_by_the_drift_of_the_rate() -> None:
    # 0.0092 and 0.0078 dollars a yen: 18% apart, 11% beyond the rounding of the figures
    story = (
        "The ministry spent 500bn yen ($4.6bn) on roads in 2011. Its bridges took 270bn yen ($2.1bn) in 2014."
    )
    assert found(story) == []


def test_two_restatements_a_quarter_apart_are_reported() -> None:
    # 0.0092 and 0.0117 dollars a yen: 27% apart, 20% beyond the rounding (within the band of 10% a
    # side that the desk setting had before round RL35, so found only since)
    story = (
        "The ministry spent 500bn yen ($4.6bn) on roads in 2011. Its bridges took 300bn yen ($3.5bn) in 2014."
    )
    assert message(story) == (
        "500bn yen ($4.6bn) and 300bn yen ($3.5bn) are converted at different rates: "
        "0.0092 and 0.0117 USD per JPY"
    )


def test_two_rates_bridged_by_a_third_restatements_rounding_are_reported_together() -> None:
    # "$200,000" may be 195,000 to 205,000: the rate of the first restatement spans both of the
    # others, which do not meet each other, so no one of the three can be named wrong; the two that
    # disagree are reported together
    story = (
        "The ranch was sold for 3 million rand ($200,000). Its barn alone fetched 840,000 rand ($52,000), "
        "and the herd 1,250,000 rand ({usd})."
    )
    assert found(story.format(usd="$79,000")) == []
    assert message(story.format(usd="$95,000")) == (
        "840,000 rand ($52,000) and 1,250,000 rand ($95,000) are converted at different rates: "
        "0.0619 and 0.076 USD per ZAR"
    )
