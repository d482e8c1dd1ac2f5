"""A sentence that restates the level before it as a change from an old level (rules/relations.yaml
change.restate, restate_between, restate_from; round RL41): "That's up from" was read; now also
with words between ("That would still be well up"), "the" before the old level, "on" for "from",
and a range before it moving whole. Sentences written for these tests."""

from __future__ import annotations

from tests.arithmetic_findings import flagged_rules


def test_words_between_and_up_on_the_old_level() -> None:
    held = (
        "The survey puts the club's members at 460. That would however still be well up on the 310 of 2019."
    )
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("460", "160")) == ["NC503"]


def test_the_before_the_old_level() -> None:
    held = "Fares averaged $3.40 in June. That was down from the $3.90 of March."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("$3.90", "$2.90")) == ["NC503"]


def test_a_range_moves_whole() -> None:
    held = "The forecast gives the party between 31 and 36 seats. That would be up on the 24 it holds."
    assert flagged_rules(held) == []
    assert flagged_rules(held.replace("the 24", "the 34")) == ["NC503"]


def test_a_restatement_with_other_words_is_not_read() -> None:
    assert (
        flagged_rules(
            "The fund holds $460 million. That is what was left after it was down from $610 million."
        )
        == []
    )


def test_a_verb_of_the_sentence_before_gives_no_direction() -> None:
    held = (
        "The party was seen sliding once more and only holding on to third place with between 31 and 36"
        " seats. That would still be well up on the 24 it holds."
    )
    assert flagged_rules(held) == []
