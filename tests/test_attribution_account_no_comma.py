"""AT57: "according to" a legal account with no comma before the clause it tells ("According to
the complaint Ortiz filed returns for two dead people") names the account, when the word after it
is a person the text has named; before, the whole run of words was taken as one long name and the
figure inside it got no source. A word after the account that names no one is left as it was.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_an_account_with_no_comma_before_a_named_person() -> None:
    text = (
        "Lena Ortiz ran a tax shop in Dale for a decade. "
        "According to the complaint Ortiz filed returns for two dead people."
    )
    assert source_of(text, "two") == "the complaint"


def test_control_a_person_the_text_never_named_is_not_cut() -> None:
    text = "According to the complaint Ortiz filed returns for two dead people."
    assert source_of(text, "two") is None
