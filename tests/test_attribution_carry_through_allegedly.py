"""Issue 10: "allegedly" in a sentence after one that names a source goes on with that source's
account ("According to the indictment, Ruiz stole 40 cars. He allegedly sold them for $2 million.";
"..., said the prosecutor. The men allegedly made millions of dollars ..."): the allegation is the
one the source made, not a new, unnamed source's, so it no longer stops the carry (as it already did
not for a document's figures). Other unnamed cues ("reportedly") still stop it.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_allegedly_after_according_to_the_indictment() -> None:
    text = (
        "According to the indictment, Tom Reyes stole 40 cars from a dealer in Ames. "
        "He allegedly sold 25 of them to a buyer in Omaha."
    )
    assert source_of(text, "25") == "the indictment"


def test_allegedly_after_a_prosecutor_speaking() -> None:
    text = (
        "The men ran the largest fraud of its kind in the state, said Attorney General Ana Ruiz. "
        "The two defendants allegedly made $3 million from 400 victims."
    )
    assert source_of(text, "$3 million") == "Ana Ruiz"


def test_reportedly_still_stops_the_carry() -> None:
    text = (
        "According to the indictment, Tom Reyes stole 40 cars from a dealer in Ames. "
        "He reportedly sold 25 of them to a buyer in Omaha."
    )
    assert source_of(text, "25") is None
