"""Issue 10: a short capitalised phrase opening the sentence after a quotation is a credit line
only when it is a name ('"We run 34 shows." Lena Holt, a member of the board.'); one that opens
with a function word ("At Timberline, Ruiz and her team ...", "In Leeds, ...") is a fronted phrase,
and the quotation keeps the speaker of the quotation before it.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_fronted_place_is_no_credit() -> None:
    text = (
        '"It was a case unlike any other," Ruiz said in an interview. '
        '"The skill was striking for a 15-year-old." '
        "At Timberline, Ruiz and her team faced weak tips."
    )
    assert source_of(text, "15-year-old") == "Ruiz"


def test_a_name_credit_line_still_credits() -> None:
    text = 'The board met in May. "We run 34 shows a year." Lena Holt, a member of the board.'
    assert source_of(text, "34") == "Lena Holt"
