"""A figure whose own clause names its holder by a name the release's opening (the headline and the
first paragraphs after it) never gives is another defendant's, company's or group's figure: never
the restatement of a figure of the principal or of no named holder (rules/measures.yaml
'other_holders'; link.named_holder). The principal's own figure given twice with its digits swapped
is still found, and so is a slip between two figures of one later name."""

from __future__ import annotations

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import named_holder, principal_words


def serious(text: str) -> list[tuple[str, str]]:
    found = numcheck.check([text]).findings
    return [(f.rule, f.message) for f in found if f.severity.value in {"warning", "error"}]


def release(later: str) -> str:
    return (
        "Former Depot Clerk Jailed for 63 Months Over Fuel Card Fraud\n\n"
        "A former depot clerk was jailed today for 63 months over a fuel card fraud that cost a "
        "city transit agency over $2 million.\n\n"
        "Dana Whitcombe, 41, of Akron, Ohio, learned her term from a federal judge in Cleveland, who "
        "also ordered her to repay the agency.\n\n"
        "Whitcombe admitted that she sold the cards to truck drivers for cash over four years.\n\n"
        "Four other people have admitted roles in the fraud. " + later + "\n\n"
        "The FBI investigated the case."
    )


def test_a_co_defendant_named_late_is_not_the_headline_term() -> None:
    assert serious(release("On March 4, Pelletier was jailed for 36 months.")) == []


def test_the_principal_term_with_digits_swapped_is_still_found() -> None:
    found = serious(release("On March 4, Whitcombe was jailed for 36 months."))
    assert [rule for rule, _ in found] == ["NC301"]
    assert "63 Months" in found[0][1] and "36 months" in found[0][1]


def test_a_co_conspirator_in_a_related_case_is_another_holder() -> None:
    text = (
        "Mortgage Broker Jailed for 18 Months Over Loan Scheme\n\n"
        "A Reno mortgage broker was jailed on Monday for 18 months for her part in a loan scheme.\n\n"
        "Corinne Vashti, 52, learned her term from a federal judge in Reno.\n\n"
        "Vashti filed false income figures on loan forms for two houses.\n\n"
        "A co-conspirator, Ray Okafor, was convicted at trial last year. Last June, Okafor was jailed "
        "for 81 months."
    )
    assert serious(text) == []


def test_two_figures_of_one_later_name_still_meet() -> None:
    found = serious(
        release(
            "On March 4, Pelletier got a prison term of 36 months. Pelletier will serve all 63 "
            "months of that term in Ohio."
        )
    )
    assert found == [("NC301", found[0][1])] and "36 months vs 63 months" in found[0][1]
    pack = _config(None).pack
    text = release("On March 4, Pelletier was jailed for 36 months.")
    know = knowledge(pack)
    principal = principal_words(text, know)
    terms = [c for c in numcheck.extract(text) if c.surface.lower().endswith("months")]
    holders = [named_holder(c, text, know, principal) for c in terms]
    assert holders == [(), (), ("pelletier",)]


def test_a_capitalised_common_word_is_no_name() -> None:
    pack = _config(None).pack
    know = knowledge(pack)
    text = release("Prosecutors said that the clerk was jailed for 36 months.")
    principal = principal_words(text, know)
    terms = [c for c in numcheck.extract(text) if c.surface.lower().endswith("months")]
    assert [named_holder(c, text, know, principal) for c in terms] == [(), (), ()]
