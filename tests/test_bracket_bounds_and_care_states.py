"""Two readings of what a figure measures (rules/measures.yaml bracket_bounds and care_states):
the edge of a bracket ("incomes over $1 million") is a threshold, never an amount of the measure;
counts of people in different states of care or harm ("treated at hospitals", "in critical
condition", "injured") are different measures. Slips of either shape are still found. Sentences
written for these tests."""

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import bracket_bound, care_states


def _findings(text: str) -> list[str]:
    return [f.rule for f in numcheck.check(text).findings if f.rule in ("NC201", "NC301")]


def _claim(text: str, surface: str) -> numcheck.Claim:
    return next(c for c in numcheck.extract(text) if c.surface.startswith(surface))


def _bound(text: str, surface: str) -> bool:
    return bracket_bound(_claim(text, surface), text, knowledge(_config(None).pack))


def _states(text: str, surface: str) -> frozenset[str] | None:
    return care_states(_claim(text, surface), text, knowledge(_config(None).pack))


def test_the_edge_of_a_bracket_is_a_bound():
    assert _bound("The mayor wants a higher rate on incomes over $1 million.", "$1 million")
    assert _bound("Families earning under $50,000 would pay less.", "$50,000")
    assert _bound("The credit goes to households making $90,000 or more.", "$90,000")
    assert _bound("Earners above $400,000 would see a rise.", "$400,000")


def test_an_amount_is_no_bound():
    assert not _bound("She earned more than $1 million last year.", "$1 million")
    assert not _bound("The firm reported income of more than $3 million.", "$3 million")
    assert not _bound("The plan would raise over $1 trillion.", "$1 trillion")
    assert not _bound("Households making $90,000 a year pay the most.", "$90,000")


def test_a_bound_is_never_an_amount_of_the_measure():
    text = (
        "The speaker offered a deficit plan that would raise $1 trillion over ten years. "
        "He had proposed higher tax rates on income over $1 million."
    )
    assert _findings(text) == []


def test_an_amount_given_twice_still_differs():
    text = (
        "The speaker offered a deficit plan that would raise $1 trillion over ten years. "
        "He had proposed a deficit plan that would raise $1 million over ten years."
    )
    assert "NC301" in _findings(text)


def test_the_states_of_a_count_are_read_from_its_clause():
    text = "Five people were treated for injuries at hospitals, and one remains in critical condition."
    assert _states(text, "Five") == {"hospital"}
    assert _states(text, "one") == {"critical"}
    assert _states("About 40 people were injured in the crash.", "40") == frozenset()
    assert _states("The storm destroyed 40 homes near the hospital.", "40") is None


def test_counts_in_different_states_are_different_measures():
    text = (
        "Surgeon Ana Ruiz said only two patients remain in critical condition, and she expects "
        "them to survive their injuries. The latest estimate of how many people were injured, "
        "the Daily Ledger says, is 183."
    )
    assert _findings(text) == []
    text = (
        "At least 13 people were arrested, and four people have minor injuries, according to the "
        "police. Three people were treated for injuries at local hospitals, the Daily Ledger reports."
    )
    assert _findings(text) == []


def test_counts_in_one_state_still_differ():
    text = (
        "Twelve people were hospitalized after the crash, the police said. "
        "Nineteen people were hospitalized after the crash, the Daily Ledger reports."
    )
    assert _findings(text) == ["NC201"]
    text = (
        "Four people were injured in the crash, the police said. "
        "Nine people were injured in the crash, the Daily Ledger reports."
    )
    assert _findings(text) == ["NC201"]


def test_a_hospital_as_the_place_of_the_event_is_no_state():
    text = "The fire service said 40 people were killed in the fire at the hospital."
    assert _states(text, "40") == frozenset()
    text = (
        "The fire service said 40 people were killed in the fire at the hospital. "
        "The Daily Ledger reports that 55 people died in the fire on Tuesday."
    )
    assert _findings(text) == ["NC201"]
