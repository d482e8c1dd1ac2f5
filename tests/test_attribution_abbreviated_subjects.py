"""Issue 10: a name with its abbreviation in brackets, then a description, then the cue.

"The Harbour Board, a public body in Leeds, estimated ..." gives the figure to the name before the
description. With the name's abbreviation (or a senator's state) in brackets before the comma,
"The Harbour Board (HB), a public body in Leeds that runs the docks, estimated ...", the name
before the bracket is still the source. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_abbreviation_then_a_description() -> None:
    text = "The Harbour Board (HB), a public body in Leeds, estimated that over 8,000 boats use the port."
    assert source_of(text, "8,000") == "The Harbour Board"


def test_abbreviation_then_a_description_with_a_relative_clause() -> None:
    text = (
        "The Harbour Board (HB), a public body in Leeds that runs the docks, estimated that "
        "more than 8,000 boats use the port."
    )
    assert source_of(text, "8,000") == "The Harbour Board"


def test_a_state_in_brackets_then_a_title() -> None:
    text = "Sen. Ana Lee (Ohio), the senior member of the panel, told reporters that 40 towns had no clinic."
    assert source_of(text, "40") == "Ana Lee"


def test_a_bracket_that_is_no_abbreviation_is_not_skipped() -> None:
    text = "The fund paid for 3 boats (in 2012), a small fleet, said Ruiz."
    assert source_of(text, "3") == "Ruiz"


def test_a_name_inside_a_description_is_not_the_subject() -> None:
    text = (
        "Ana Ruiz, a spokeswoman for the Harbour Board (HB), a public body in Leeds, told "
        'reporters: "It is like two different ports."'
    )
    src = source_of(text, "two")
    assert src is None or "Harbour" not in src
