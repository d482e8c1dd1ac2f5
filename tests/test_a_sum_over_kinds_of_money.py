"""A figure whose clause names two kinds of money or more and a word of summing ('penalties and
disgorgement totaling $338 million') is the sum of them, never the same measurand as a figure whose
own words name a single kind ('a $240 million criminal penalty'): rules/measures.yaml 'sum_words',
link.sum_of_kinds. 'Disgorgement' is a kind of money of its own. A slip between two single-kind
figures of the same release is still found."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import money_kinds, sum_of_kinds


def serious(text: str) -> list[tuple[str, str]]:
    found = numcheck.check([text]).findings
    return [(f.rule, f.message) for f in found if f.severity.value in {"warning", "error"}]


def release(headline: str, last: str) -> str:
    return (
        f"Drillco Agrees to Pay {headline} Criminal Penalty to Resolve Bribery Probe\n\n"
        f"Drillco, an oil services firm, has agreed to pay a {headline.lower()} criminal penalty to "
        "settle accusations that it bribed port officials, the Justice Department said on Tuesday.\n\n"
        f"{last}"
    )


def test_penalties_and_disgorgement_summed_are_not_the_penalty() -> None:
    last = (
        '"That Drillco must now hand over criminal penalties and disgorgement totaling $338 million '
        'shows that bribery does not pay," said Assistant Attorney General Ann Lowe.'
    )
    assert serious(release("$240 Million", last)) == []


def test_a_total_of_one_kind_is_still_weighed() -> None:
    last = (
        '"That Drillco must now pay criminal penalties totaling $338 million shows that bribery '
        'does not pay," said Assistant Attorney General Ann Lowe.'
    )
    assert [rule for rule, _ in serious(release("$240 Million", last))] == ["NC201"]


def test_a_penalty_with_digits_swapped_is_still_a_slip() -> None:
    last = "The firm will pay the $240 million criminal penalty within ten days, court papers show."
    assert "NC301" in [rule for rule, _ in serious(release("$420 Million", last))]


def test_what_is_a_sum_over_kinds() -> None:
    know = knowledge(_config(None).pack)

    def is_sum(text: str) -> bool:
        c = next(c for c in numcheck.extract(text) if c.kind == "money")
        return sum_of_kinds(c, money_kinds(c, know.measure_stems), know.sum_stems)

    assert is_sum("The firm paid a fine and restitution totaling $2 million.")
    assert is_sum("It owes penalties and disgorgement of $9 million combined.")
    assert not is_sum("The firm paid a fine and restitution of $2 million.")
    assert not is_sum("The firm paid fines totaling $2 million.")
