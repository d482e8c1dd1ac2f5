"""A part named "N of the NOUN" whose whole, the one count of that noun, stands further back than
the sentence or two before it ("launched four rockets ... One of the rockets fell"), up to
relations.OF_THE_FAR sentences: read, a slip above the whole found; kept quiet where the noun is
counted twice that far back, named anew between the two ("opened accounts for ... Two of these
accounts"), or where the part is a count of another time or event. Sentences written for these
tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations

# four sentences with no figure and no count of the noun between the whole and the part
BETWEEN = (
    "The crew checked the weather. Nobody was on the beach. A siren sounded twice. Boats stayed in port. "
)
LAUNCH = "The navy launched four test rockets at dawn. "


def _of_the(text: str) -> list[tuple[str, list[str]]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    read = [p for p in rel.parts if p.whole is not None and p.cue == "of the"]
    return [(p.whole.surface, [c.surface for c in p.parts]) for p in read if p.whole is not None]


def test_a_part_further_back_than_two_sentences_is_read() -> None:
    text = LAUNCH + BETWEEN + "One of the rockets landed near a reef."
    assert _of_the(text) == [("four", ["One"])]
    assert found(text) == []


def test_a_slip_of_that_part_above_its_whole_is_found() -> None:
    text = LAUNCH + BETWEEN + "Six of the rockets landed near a reef."
    assert message(text) == "the part Six is more than its whole four"


def test_what_names_other_things_keeps_it_quiet() -> None:
    quiet = [
        # two counts of the noun that far back: which one is meant is not said
        "The navy launched four rockets at dawn and two rockets at noon. "
        + BETWEEN
        + "Six of the rockets hit the reef.",
        # the noun named anew between: "these rockets" are the newer ones
        "The navy launched four rockets at dawn. " + BETWEEN + "Later it tested rockets of a new design. "
        "Six of these rockets hit the reef.",
        # a count of another time: the part's sentence names its own day
        "The navy launched four rockets on Monday. " + BETWEEN + "Six of the rockets were fired on Friday.",
    ]
    for text in quiet:
        assert _of_the(text) == [], text
        assert found(text) == [], text
