"""A figure right after an event word, or with only a hedge between ("killed 38 people", "killed
at least 38 people"), is that event's object: the verb of the next phrase ("and wounded at least
36 others") is not its predicate. Sentences written for these tests."""

import numcheck


def _events(text: str) -> dict[str, str | None]:
    return {c.surface: c.event for c in numcheck.extract(text)}


def _findings(text: str) -> list[str]:
    return [f.rule for f in numcheck.check(text).findings if f.rule in ("NC201", "NC301")]


def test_a_hedged_object_takes_the_verb_before_it():
    events = _events("The blast killed at least 14 people and wounded at least 30 others.")
    assert events["14"] == "killed"
    assert events["30"] == "injured"
    events = _events("The storm killed more than 40 people and injured nearly 90.")
    assert events["40"] == "killed"
    assert events["90"] == "injured"


def test_an_unhedged_object_takes_it_too():
    events = _events("The blast killed 14 people and wounded 30 others.")
    assert events["14"] == "killed"
    assert events["30"] == "injured"


def test_a_predicate_after_its_figure_is_still_read():
    events = _events("Officials said 4,500 injured and 200 were still missing.")
    assert events["4,500"] == "injured"


def test_the_killed_are_not_set_against_the_injured():
    text = (
        "The army said the blast killed more than 14 people and wounded more than 30 others. "
        "Medics said 12 people were hurt."
    )
    assert not any("14" in f.message and "12" in f.message for f in numcheck.check(text).findings)


def test_two_tolls_still_differ():
    text = (
        "The army said the blast killed more than 14 people and wounded more than 30 others. "
        "The mayor said nine people were killed in the blast."
    )
    assert "NC201" in _findings(text)
