"""A bare figure written after "cases" or "infections" ("confirmed cases to 4,870") counts those
cases, not the people of the death toll its sentence names (rules/measures.yaml case_counts,
link.case_count): never set against a death count, while two death counts still differ. Sentences
written for these tests."""

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import case_count


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def _cases(text: str, surface: str) -> bool:
    c = next(c for c in numcheck.extract(text) if c.surface.startswith(surface))
    return case_count(c, text, knowledge(_config(None).pack))


def test_a_figure_after_cases_counts_cases():
    assert _cases("The deaths brought the toll to 290 and confirmed cases to 4,870.", "4,870")
    assert _cases("Infections reached more than 9,000 by Friday.", "9,000")


def test_a_toll_is_no_count_of_cases():
    assert not _cases("The deaths brought the toll to 290 and confirmed cases to 4,870.", "290")
    assert not _cases("Cases rose sharply, and 12 people died.", "12")


def test_cases_are_never_a_second_value_of_a_toll():
    text = (
        "The health ministry said 290 people have died of the virus. The new deaths brought "
        "the toll to 290 and confirmed cases to 4,870, the Daily Ledger reports."
    )
    assert _nc201(text) == []


def test_two_tolls_still_differ():
    text = (
        "The health ministry said 290 people have died of the virus. "
        "The new deaths brought the toll to 340, the Daily Ledger reports."
    )
    assert len(_nc201(text)) == 1
