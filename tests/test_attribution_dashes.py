"""Issue 10: a name, then a description of it between spaced dashes, then the cue.

"Harbour Statistics - the trade association for inland ports - said" credits the figures to the
name before the dashes: the words between them say what it is. When the words between the dashes
are a name themselves ("several insurers - the Lowland Building Council - says"), they stay the
source. And "were also added" is a thing done, not a verb of saying: it names no source, and the
source the text is with goes on. The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The figures from Harbour Statistics - the trade association for Baltic ports - said "
            "that cargo at Lune Harbour increased by 9.2% in May.",
            "9.2%",
            "Harbour Statistics",
        ),
        ("Orla Penn - a former transport minister - said 14 bus routes would close.", "14", "Orla Penn"),
    ],
)
def test_the_name_before_a_description_between_dashes_is_the_source(
    text: str, figure: str, source: str
) -> None:
    assert source_of(text, figure) == source


def test_a_name_between_dashes_stays_the_source() -> None:
    text = "A study by several insurers - the Lowland Building Council - says 40% of sites failed."
    assert source_of(text, "40%") == "the Lowland Building Council"


def test_a_verb_of_saying_in_the_passive_is_a_thing_done() -> None:
    text = "Cargo at Lune Harbour rose 9%, Harbour Statistics said. Extra berths were also added on 31 quays."
    assert source_of(text, "31") == "Harbour Statistics"
    assert source_of("Charges against 3 more dockers were also added in the new complaint.", "3") is None
