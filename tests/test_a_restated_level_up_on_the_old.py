"""A sentence that restates the level before it as a change from an old level (rules/relations.yaml
change.restate, restate_between, restate_from; round RL41): "That's up from" was read; now also
with words between ("That would still be well up"), "the" before the old level, "on" for "from",
and a range before it moving whole. Sentences written for these tests."""

from __future__ import annotations

from tests.arithmetic_findings import flagged_rules


def test_words_between_and_up_on_the_old_level() -> None:
    held = "The count puts the club's members at 460. That is however far up on the 310 of 2019."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("460", "160")) == ["NC503"]


def test_the_before_the_old_level() -> None:
    held = "Fares averaged $3.40 in June. That was down from the $3.90 of March."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("$3.90", "$2.90")) == ["NC503"]


def test_a_range_moves_whole() -> None:
    held = "The model gives the league between 14 and 17 clubs. That would be up on the 12 it has now."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("the 12", "the 16")) == ["NC503"]


def test_a_restatement_with_other_words_is_not_read() -> None:
    assert (
        flagged_rules(
            "The fund holds $460 million. That is what was left after it was down from $610 million."
        )
        == []
    )


def test_a_verb_of_the_sentence_before_gives_no_direction() -> None:
    held = (
        "The league is shrinking again and is now expected to keep between 14 and 17"
        " clubs. That would even so be well up on the 12 it has now."
    )
    assert flagged_rules(held) == []


def test_down_on_the_old_level_after_two_amounts_is_not_read() -> None:
    # which of the two amounts the old one is compared with is not said
    assert (
        flagged_rules(
            "The club made $2 million on revenue of $30 million. That was down on the $4 million of 2021."
        )
        == []
    )
