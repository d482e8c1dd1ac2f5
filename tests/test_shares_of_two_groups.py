"""A percentage with "of" behind it names its base ("56% of Americans", "65 percent of the victims"):
two percentages whose bases share no word stem are shares of two groups, never one figure given two
values, nor a part and its whole, unless their digits show one figure mistyped (link.share_base,
rules/measures.yaml share_bases; read on set J's fit half, polls and crime statistics, and on
the spent sets; the texts are written for this file). Shares of one base, of bases sharing a
word ("all car sales", "car buyers"), and shares with no "of" behind them keep their pairs."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import share_base


def rules(text: str) -> list[str]:
    return [f.rule for f in numcheck.check([text]).findings]


def base(text: str, surface: str) -> set[str]:
    know = knowledge(_config(None).pack)
    claim = next(c for c in numcheck.extract(text) if c.surface == surface)
    return set(share_base(claim, text, know))


def test_the_base_is_read_up_to_a_verb_or_a_function_word() -> None:
    text = "Today 56% of Americans think crime is up, and 65 percent of the crime victims in 2019 were men."
    assert base(text, "56%") == {"american"}
    assert base(text, "65 percent") == {"crime", "victim"}


def test_a_title_and_a_possessive_are_passed_over() -> None:
    text = "In the state, 59 percent of Mr. Lee's supporters back him strongly."
    assert base(text, "59 percent") == {"lee", "support"}


def test_a_share_in_brackets_and_a_unit_after_of() -> None:
    text = "A majority (57 percent) of parents agree, and a quarter of a percent of them left."
    assert base(text, "57 percent") == {"parent"}
    assert all(base(text, c.surface) == set() for c in numcheck.extract(text) if "quarter" in c.surface)


def test_two_shares_of_different_groups_are_not_one_figure() -> None:
    text = (
        "According to a new survey, 56% of Americans think violent crime is rising."
        " The report also noted that 65 percent of violent crime victims were under 30."
    )
    assert rules(text) == []


def test_the_same_base_with_a_slip_is_still_found() -> None:
    text = (
        "According to a new survey, 56% of Americans think violent crime is rising."
        " The report also noted that 65 percent of Americans think violent crime is rising."
    )
    assert rules(text) in (["NC301"], ["NC201"])


def test_a_base_sharing_a_word_keeps_its_pair() -> None:
    text = (
        "The minister said 40 percent of all car sales were made without a check. But an analyst at"
        " the institute said as few as 26 percent of car buyers in that study skipped the check."
    )
    assert rules(text) == ["NC201"]


def test_a_share_without_of_is_unaffected() -> None:
    text = (
        "A strong majority, 56 percent, back the transit plan."
        " In all, 65 percent of voters back the transit plan."
    )
    assert rules(text) == ["NC301"]


def test_shares_of_two_groups_are_no_part_and_whole() -> None:
    text = (
        "The network amounted to just 0.5 percent of the town's population but included 30 percent of"
        " the people arrested last year."
    )
    assert rules(text) == []


def test_a_part_of_the_same_base_above_its_whole_is_still_found() -> None:
    text = (
        "The program reached 12 percent of the county's farms, including 15 percent of the county's"
        " farms in the north."
    )
    assert rules(text) == ["NC501"]


def test_a_base_of_things_in_two_wordings_keeps_its_part_and_whole() -> None:
    # no base names people: one thing may be written two ways ("its budget", "total spending")
    text = (
        "The state spent 20 percent of its budget on schools, including 25 percent of total"
        " spending on teachers."
    )
    assert rules(text) == ["NC501"]
