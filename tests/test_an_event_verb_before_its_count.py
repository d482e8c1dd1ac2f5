"""A count that is the object of an event verb right before it takes that event, even when another
event's predicate follows after "and": "killed 38 people and wounded 36 others" (features._event).
Sentences written for these tests."""

import numcheck


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(c.surface, c.event) for c in numcheck.extract(text)]


def test_killed_and_wounded_each_keep_their_verb():
    text = "The blast killed at least 38 people and wounded at least 36 others, officials said."
    assert _events(text) == [("38", "killed"), ("36", "injured")]
    assert _events("A bomb killed 12 people and injured 40 in the capital.") == [
        ("12", "killed"),
        ("40", "injured"),
    ]


def test_a_predicate_after_the_figure_still_wins():
    assert _events("Officials said 12 people were killed and 40 injured.") == [
        ("12", "killed"),
        ("40", "injured"),
    ]
    assert _events("4,589 injured and 221 were still missing.") == [
        ("4,589", "injured"),
        ("221", "missing"),
    ]


def test_the_killed_are_no_second_value_of_the_injured():
    text = (
        "The attack on a hotel on Friday killed at least 38 people and wounded at least 36 others, "
        "the governor said. Two people were injured, the mayor said."
    )
    found = [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]
    assert not any("38" in m for m in found)


def test_two_voices_on_the_killed_still_differ():
    text = (
        "The attack on a hotel on Friday killed 38 people and wounded 36 others, the governor said. "
        "The attack on the hotel killed 28 people, the mayor said."
    )
    found = [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]
    assert any("38" in m and "28" in m for m in found)
