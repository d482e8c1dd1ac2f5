"""Issue 10: a release's lead that names its announcer after the cue.

'A roofer, who ran a firm in Salem, Oregon, was given 14 months ..., announced ...'
puts a relative clause after the subject and the predicate after it; "was given ..." is what
the roofer did, not a description of the place named before it, so the source is the official
named after "announced", not "Oregon". The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_predicate_after_a_relative_clause_is_no_description_of_the_place() -> None:
    text = (
        "A roofer, who ran a small firm in Salem, Oregon, was given 14 months behind bars on "
        "Tuesday for hiding his income, announced Acting Assistant Attorney General Ana B. Ruiz of "
        "the Tax Division."
    )
    assert source_of(text, "14 months") == "Ana B. Ruiz"


def test_an_age_in_the_announced_lead_is_the_announcer_s() -> None:
    text = (
        "Tomas Verhoef, 47, of Dayton, Ohio, was convicted at trial on Friday of lying on his "
        "visa forms, announced Assistant Attorney General Mara Ellison of the Criminal Division."
    )
    assert source_of(text, "47") == "Mara Ellison"


def test_a_description_between_commas_still_names_the_speaker() -> None:
    text = "Ana Ruiz, a senior economist at the bank, said prices rose 4 percent in May."
    assert source_of(text, "4 percent") == "Ana Ruiz"


def test_an_initial_s_full_stop_does_not_cut_an_inverted_name() -> None:
    text = (
        "Four dockworkers were charged with theft of cargo today, said U.S. Attorney Helen J. "
        "Marsh of the Western District."
    )
    assert source_of(text, "Four") == "Helen J. Marsh"


def test_an_initial_s_full_stop_does_not_cut_a_passive_source() -> None:
    text = (
        "The 12 counts were announced by the Acting Deputy Special Agent in Charge Ruben T. Okafor "
        "of the harbour police."
    )
    assert source_of(text, "12") == "Ruben T. Okafor"
