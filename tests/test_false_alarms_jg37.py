"""Round JG37's readings of counts of different things in one sentence (designed on AllSides
extra, extra2, extra4a, extra8a, extra10): an event word that opens a later figure's noun phrase is
that figure's, and a part that names its noun belongs to the count of that noun. Each test of no
finding fails at 2c56c12; each companion keeps the finding where the figures are one measure or
a real part. Sentences written for these tests."""

from numcheck import check, extract


def _rules(text: str, rule: str) -> list[str]:
    return [f.message for f in check(text).findings if f.rule == rule]


def _events(text: str) -> dict[str, str | None]:
    return {c.surface: c.event for c in extract(text)}


# ---------------------------------------------------------------- an event word of a later figure

INFECTIONS = (
    "The ministry said the country has recorded the most infections in the region, with about "
    "18,000 — and its death toll of about 900 is the highest there.\n\n"
)


def test_a_toll_opening_a_later_figure_is_not_the_earlier_figures_event() -> None:
    events = _events(INFECTIONS)
    assert events["18,000"] is None
    assert events["900"] == "killed"


def test_infections_are_not_set_against_another_voices_deaths() -> None:
    text = INFECTIONS + "A monitoring group estimates that 24,000 people have died."
    assert _rules(text, "NC201") == []


def test_the_toll_itself_is_still_set_against_another_voices_toll() -> None:
    text = INFECTIONS + "A monitoring group estimates that 1,900 people have died."
    assert _rules(text, "NC201") != []


def test_two_voices_on_one_toll_still_differ() -> None:
    text = (
        "The ministry said about 18,000 people have died.\n\n"
        "A monitoring group estimates that 24,000 people have died."
    )
    assert _rules(text, "NC201") != []


def test_a_predicate_after_the_figure_is_still_its_own() -> None:
    events = _events("Police said 4,589 were injured and 221 were still missing.")
    assert events["4,589"] == "injured"
    assert events["221"] == "missing"
    events = _events("The blast left 12 dead and 30 injured, police said.")
    assert events["12"] == "killed"
    assert events["30"] == "injured"


# ---------------------------------------------------------------- a part that names its noun

SHOT = "A gunman shot 12 police officers and two civilians from a rooftop, officials said.\n\n"


def test_of_those_officers_is_a_part_of_the_officers() -> None:
    assert _rules(SHOT + "Five of those officers have died.", "NC501") == []
    part = next(c for c in extract(SHOT + "Five of those officers have died.") if c.surface == "Five")
    assert part.part_of is not None and part.part_of.endswith("c0")  # the 12, not the two


def test_more_of_those_officers_than_were_shot_is_still_found() -> None:
    messages = _rules(SHOT + "Fifteen of those officers have died.", "NC501")
    assert messages and all("whole 12" in m for m in messages)


def test_a_part_naming_the_nearer_noun_is_still_checked_against_it() -> None:
    text = (
        "The crash injured 40 passengers and 6 crew members. "
        "Nine of those crew members were flown to hospital."
    )
    assert _rules(text, "NC501") != []


# ---------------------------------------------------------------- the review's narrowing (lead)


def test_a_time_or_a_year_after_the_event_word_leaves_it_the_figures_own() -> None:
    # a determiner far back ("in the car") and a figure that is a time or a year after the event
    # word: the word is the first figure's predicate, not a later figure's noun phrase
    assert _events("Four people on the ferry died at 6 pm, the coastguard said.")["Four"] == "killed"
    assert _events("Some 40 staff at the depot were hurt in the 2021 fire.")["40"] == "injured"


def test_two_voices_on_one_toll_differ_though_a_time_follows_the_verb() -> None:
    text = (
        "Four people on the ferry died at 6 pm, the coastguard said.\n\n"
        "The operator said nine people on the ferry died."
    )
    assert _rules(text, "NC201") != []
