"""A part named as a kind of a group counted in the sentence before: a count after a definite word
("the", "its", a possessive "the league's") with a word of kind between it and the noun the
group counts ("The league's nine clubs met. The league's three northern clubs ...") is a part of
that group when it is named definite too ("the nine clubs"), the part's definite word pointing
back at it and its kind word picking some of it
(relations/totals.py read_kind_named, rules/relations.yaml parts.kind_named_*; round RL39). Not a
kind word that names another group ("the three other clubs", "the two new clubs"), not a count
with no definite word before it, not a group of another kind ("four steel mills ... the two coal
mills"), not a sentence naming another day or year. The sentences are written for this file."""

from __future__ import annotations

import numcheck


def part_findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC501", "NC502"}]


def test_a_kind_of_the_group_is_quiet() -> None:
    assert (
        part_findings("The league's nine clubs met. The league's three northern clubs voted against it.")
        == []
    )


def test_a_kind_above_its_group_is_found() -> None:
    assert part_findings("The league's nine clubs met. The league's 13 northern clubs voted against it.") == [
        "the part 13 is more than its whole nine"
    ]


def test_two_kinds_in_one_sentence_are_listed_together() -> None:
    quiet = (
        "The chain's 640 shops are in 30 towns. Next spring the chain's 210 leased shops will shut, "
        "and later its 150 owned shops."
    )
    slipped = quiet.replace("210 leased", "510 leased")
    assert part_findings(quiet) == []
    assert part_findings(slipped) == ["the parts 510 + 150 add up to 660, more than the whole 640"]


def test_a_group_two_sentences_back() -> None:
    text = (
        "The eight riders gave evidence to the panel. The panel sat for a week in June. "
        "The two Belgian riders will appeal."
    )
    assert part_findings(text) == []
    assert part_findings(text.replace("The two Belgian", "The 12 Belgian")) == [
        "the part 12 is more than its whole eight"
    ]


def test_another_group_is_no_part() -> None:
    for text in (
        "The league's nine clubs met. The three other clubs voted no, and the 12 other clubs abstained.",
        "The league's nine clubs met. The 12 new clubs will join next year.",
        "The league's nine clubs met. Twelve northern clubs voted against it.",
        "The firm's four steel mills shut. The 12 coal mills it bought were shut.",
        "The league's nine clubs met in 2019. The league's 13 northern clubs met in 2023.",
        "Police held the nine men on Monday. The 13 masked men were released on Friday.",
        "Police held nine men. The 13 masked men were released.",
        "The other two clubs met. The league's 13 northern clubs voted against it.",
    ):
        assert part_findings(text) == [], text
