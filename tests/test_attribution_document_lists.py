"""Issue 10: a document's list or table set out a line a paragraph after a colon.

When a document (a report, an audit, a complaint) introduces a list or a table with a colon, the
lines after it, each a paragraph of one sentence, are the document's: its items in words, or the
cells of its table. The run ends at the first paragraph of more than one sentence. A charge's
penalties ("charges him with ... carrying these penalties:") and a person's list are not a
document's. The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of

TABLE = (
    "Ferry Fares\n\n"
    "The harbour board's audit found that fares fell on every route the new operator served. "
    "According to the audit, fares changed as follows:\n\n"
    "Route\n\n"
    "Change in fare\n\n"
    "North Quay\n\n"
    "-12 percent\n\n"
    "South Pier\n\n"
    "-8 percent\n\n"
    "The operator now runs 14 boats. Its chief hopes to add three more next year.\n"
)


@pytest.mark.parametrize(
    ("surface", "source"),
    [
        ("-12 percent", "the audit"),  # the cells of the document's table
        ("-8 percent", "the audit"),
        ("14", None),  # a paragraph of two sentences: the writer again
        ("three", None),
    ],
)
def test_a_documents_table_after_a_colon_is_the_documents(surface: str, source: str | None) -> None:
    assert source_of(TABLE, surface) == source


LIST = (
    "Youth Centre Suit\n\n"
    "The complaint describes conditions at the centre. Specifically, the complaint alleges:\n\n"
    "Guards used force 230 times in one year.\n\n"
    "Fights between detainees sent 41 of them to hospital.\n\n"
    "Cells went without heating for two winters.\n\n"
    "The county has 60 days to respond. A hearing is set for May.\n"
)


@pytest.mark.parametrize(
    ("surface", "source"),
    [
        ("230", "the complaint"),  # items that do not open alike are the document's too
        ("41", "the complaint"),
        ("two", "the complaint"),
        ("60 days", None),
    ],
)
def test_a_documents_list_runs_a_paragraph_an_item(surface: str, source: str | None) -> None:
    assert source_of(LIST, surface) == source


def test_the_penalties_after_a_charge_are_no_documents_table() -> None:
    text = (
        "Bomb Plot Charges\n\n"
        "The indictment charges Lind with three offenses carrying these penalties:\n\n"
        "Count\n\n"
        "Maximum term\n\n"
        "1\n\n"
        "20 years\n\n"
        "2\n\n"
        "10 years\n"
    )
    assert source_of(text, "20 years") is None
    assert source_of(text, "10 years") is None


def test_a_persons_table_is_not_carried() -> None:
    text = "Harbour Fees\n\nThe harbour master gave the fees:\n\nBerth\n\n40 euros\n\nMooring\n\n15 euros\n"
    assert source_of(text, "40 euros") is None


def test_a_colon_with_one_line_after_it_opens_no_list() -> None:
    text = (
        "Water Report\n\n"
        "According to the report, the finding was clear:\n\n"
        "Wells in the valley held 30 percent less water.\n\n"
        "Farmers drilled 12 new wells. They expect rain soon.\n"
    )
    assert source_of(text, "12") is None
