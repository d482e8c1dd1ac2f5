"""A headline that announces or awards an amount states a total its release shares out: each
amount of the body is a part of it, or of the lead's restatement of it (rules/relations.yaml
parts.announced, announced_not_with, announced_not_in_headline). Sentences written for these tests."""

from __future__ import annotations

from arithmetic_findings import found, message

from numcheck import extract
from numcheck.config import load_config
from numcheck.relations import read_relations


def _announced(text: str) -> list[tuple[str, list[str]]]:
    claims = extract(text)
    rel = read_relations(text, claims, load_config(None).pack)
    read = [p for p in rel.parts if p.whole is not None and p.cue == "announced"]
    return [(p.whole.surface, [c.surface for c in p.parts]) for p in read if p.whole is not None]


GRANTS = (
    "Ministry Awards More Than $12 Million to Clean Up River Towns\n\n"
    "The ministry today awarded grants of more than $12 million to towns along the river.\n\n"
    "About {x} went to nine towns for new sewers. A further $2.5 million was awarded for training.\n"
)
PLAIN = (
    "Foundation Announces $640,000 for Rural Libraries\n\n"
    "The foundation said on Tuesday it would give its grants to 16 libraries.\n\n"
    "The largest award, {x}, goes to a library in the hills.\n"
)


def test_amounts_of_an_announced_total_are_parts_of_it() -> None:
    assert _announced(GRANTS.format(x="$7 million")) == [
        ("$12 million", ["$7 million"]),
        ("$12 million", ["$2.5 million"]),
    ]
    assert found(GRANTS.format(x="$7 million")) == []
    assert _announced(PLAIN.format(x="$90,000")) == [("$640,000", ["$90,000"])]
    assert found(PLAIN.format(x="$90,000")) == []


def test_an_amount_slipped_above_the_total_is_found() -> None:
    slipped = GRANTS.format(x="$70 million")
    assert message(slipped) == "the part $70 million is more than its whole $12 million"
    assert message(PLAIN.format(x="$900,000")) == "the part $900,000 is more than its whole $640,000"


def test_money_of_another_scope_or_headline_stays_quiet() -> None:
    ok = GRANTS.format(x="$7 million")
    for more in [
        # money of another time
        "Since 2009 the ministry has awarded $300 million to such towns.",
        "The ministry has handed out 700 grants in the past six years, $300 million in all.",
        "In the last decade the ministry gave $300 million to such towns.",
        # part of a larger plan
        "The grants are part of a plan to spend $300 million on the river.",
        # a table's row: its columns may hold other money than the awards
        "\nTown\n\nAward\n\nMatched by partners\n\nLow Ford\n\n$900,000\n\n$30 million\n",
    ]:
        assert _announced(ok + more) == _announced(ok), more
        assert found(ok + more) == [], more
    quiet = [
        # a settlement's headline: the body names what was lost
        "Ministry Announces $2 Million Settlement With Builder\n\n"
        "The builder will pay $2 million. It had won $40 million in contracts.\n",
        # the amount is not what the headline's verb announces
        "Ministry Says Towns Need $12 Million\n\nThe ministry awarded $40 million last spring.\n",
    ]
    for text in quiet:
        assert _announced(text) == [], text
        assert found(text) == [], text
