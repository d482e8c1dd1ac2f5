"""A year cut to two digits after an apostrophe is no figure (CS21, earnings-call language): glued to
a quarter's or fiscal year's label ("Q2'23", "3Q'20", "FY'24", "Q4 '19") or after a word of time
such as "in", "since", "of" ("since '16", "the class of '91"); rules/nouns.yaml short_year_after and
period_labels. A figure in single quotation marks after another word is still read, and a decade
("the '80s") is left as it was. Sentences written for this file."""

from __future__ import annotations

import numcheck


def surfaces(text: str) -> list[str]:
    return [c.surface for c in numcheck.extract(text)]


def test_a_year_glued_to_a_quarter_label_is_no_figure() -> None:
    assert surfaces("Orders in Q2'23 topped 4,000 units.") == ["4,000"]


def test_a_year_after_a_quarter_written_number_first_is_no_figure() -> None:
    assert surfaces("Margins in 3Q'20 were thin.") == []


def test_a_year_spaced_from_its_quarter_label_is_no_figure() -> None:
    assert surfaces("Costs in Q4 '19 rose sharply.") == []


def test_a_year_glued_to_a_fiscal_label_is_no_figure() -> None:
    assert surfaces("The FY'24 budget adds 12 posts.") == ["12"]


def test_a_year_after_since_or_of_is_no_figure() -> None:
    assert surfaces("She has coached here since '16 and led the class of '91.") == []


def test_a_figure_in_single_quotes_after_a_verb_is_read() -> None:
    assert surfaces("He wrote '14 ships sank' in his log.") == ["14"]


def test_a_quotation_opening_on_a_figure_and_its_unit_is_read() -> None:
    assert surfaces("He vowed change after '30 years of neglect' in the town.") == ["30 years"]
