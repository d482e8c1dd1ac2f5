"""A sentence that opens "Including <someone>," names a member of the set its figures count: the
figures after the comma are totals, not parts of anything before, so a later "Four of the firms"
is a part of them. An "Including" that lists figures of its own still lists parts. Sentences
written for these tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations

CHARGED = (
    "Including Tuesday's plea by Harrow Mills, 12 managers and nine firms have been charged so far "
    "in the flour inquiry. {} of the firms have pleaded guilty and paid fines."
)


def _surfaces(text: str) -> list[tuple[str, list[str]]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    return sorted((p.whole.surface, [c.surface for c in p.parts]) for p in rel.parts if p.whole is not None)


def test_figures_after_an_including_opener_are_not_parts() -> None:
    claims = {c.surface: c for c in extract(CHARGED.format("Four"))}
    assert not claims["nine"].partitive
    assert not claims["12"].partitive
    # with a quotation mark before the opener, and a list of names in it
    quoted = '"Including Ames, Bell and Cole, 14 people have pleaded guilty," the agent said.'
    assert not {c.surface: c for c in extract(quoted)}["14"].partitive


def test_a_part_of_the_total_a_sentence_on_is_read_and_its_slip_found() -> None:
    assert ("nine", ["Four"]) in _surfaces(CHARGED.format("Four"))
    assert found(CHARGED.format("Four")) == []
    assert message(CHARGED.format("Forty")) == "the part Forty is more than its whole nine"


def test_an_including_that_lists_figures_still_lists_parts() -> None:
    claims = {c.surface: c for c in extract("Including five children, three women died in the fire.")}
    assert claims["five"].partitive
    assert claims["three"].partitive
    # "including" later in a sentence is untouched: the figures listed after it are parts
    later = {
        c.surface: c for c in extract("The fire killed 40 people, including five children and three women.")
    }
    assert later["five"].partitive and later["three"].partitive
    assert not later["40"].partitive
