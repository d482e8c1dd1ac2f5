"""A count and the number it is out of ("33 out of 150 seats", "seven out of 10 voters"): the number
is the ratio's scale, no figure of its own, and the whole the count is a part of (rules/
relations.yaml parts.scale). Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import check, extract
from numcheck.config import load_config
from numcheck.relations import read_relations


def _scale_parts(text: str) -> list[tuple[str, list[str]]]:
    """(whole, parts) of every whole-and-parts relation read with the 'out of' cue."""
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    scaled = [p for p in rel.parts if p.whole is not None and p.cue == "out of"]
    return [(p.whole.surface, [c.surface for c in p.parts]) for p in scaled if p.whole is not None]


def test_a_count_out_of_a_number_is_a_part_of_that_number() -> None:
    assert _scale_parts("The Greens won 27 out of 120 seats in the chamber.") == [("120", ["27"])]
    assert _scale_parts("Eight out of ten nurses said they were tired.") == [("ten", ["Eight"])]
    assert found("The Greens won 27 out of 120 seats in the chamber.") == []


def test_a_count_slipped_above_the_number_it_is_out_of_is_found() -> None:
    # a factor of ten on the count: the ratio can no longer be read, the scale still can
    assert message("The Greens won 270 out of 120 seats.") == "the part 270 is more than its whole 120"
    assert message("Eighty out of ten nurses were tired.") == "the part Eighty is more than its whole ten"
    # the scale slipped below the count
    assert message("The Greens won 27 out of 12 seats.") == "the part 27 is more than its whole 12"


def test_the_scale_keeps_its_rounding() -> None:
    # "out of 300" may be 295 to 305, and a bare 310 may be 305: neither 303 nor 310 is found, 320 is
    assert found("Inspectors passed 303 out of 300 plants after the recall.") == []
    assert found("Inspectors passed 310 out of 300 plants after the recall.") == []
    assert message("Inspectors passed 320 out of 300 plants.") == "the part 320 is more than its whole 300"


def test_what_is_not_a_scale_is_not_read_as_one() -> None:
    quiet = [
        # the noun comes between: "out of" means "from", and 12 people are no part of 3 buildings
        "Firefighters pulled 12 people out of 3 burning buildings.",
        # "out of the 40 members": a whole that is a figure of its own (read as "of the")
        "Only 19 out of the 40 members voted.",
        # a percentage after "out of" is no scale
        "Fund managers moved 8 out of 10% of their cash.",
    ]
    for text in quiet:
        assert _scale_parts(text) == [], text
        assert found(text) == [], text


def test_a_ranking_out_of_a_field_holds_as_a_part() -> None:
    assert found("The country ranks 152 out of 180 countries on the index.") == []
    # the field slipped below the rank (a rank ten times over, "1520", reads as a year and is lost)
    report = check(["The country ranks 152 out of 18 countries on the index."])
    nc501 = [f.message for f in report.findings if f.rule == "NC501"]
    assert nc501 == ["the part 152 is more than its whole 18"]
