"""Issue 10: a straight double quotation mark followed at once by a question mark and a word in
lower case (or a space) is a dash mis-decoded by an earlier conversion ('the board "?which met in
2019 "?approved ...'), not a quotation mark: it opens no quotation, so the writer's figures around
it are not given to the last speaker (`quotes._quote_spans`). A quotation opened by a plain mark,
or by the same mark before a capital or a digit, is read as before. The sentences are written for
this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_misdecoded_dash_opens_no_quotation() -> None:
    text = (
        '"We turned away ships all summer," said Lena Holt. The harbour "?rebuilt in 1990 after the '
        'storm "?now holds 40 boats and a ferry. It charges 12 euros a night.'
    )
    assert source_of(text, "40") is None


def test_a_misdecoded_dash_after_a_closing_mark() -> None:
    text = (
        '"We turned away ships all summer," said Lena Holt. Boats came from the north "?paying 12 euros '
        'a night"?and stayed a week.'
    )
    assert source_of(text, "12 euros a night") is None


def test_a_quotation_is_still_a_speaker_s() -> None:
    text = 'The harbour is full. "We turned away 30 ships this summer," said Lena Holt.'
    assert source_of(text, "30") == "Lena Holt"
