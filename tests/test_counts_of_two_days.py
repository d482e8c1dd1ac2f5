"""Counts of an event dated to two different days of the week (rules/measures.yaml event_days,
link.event_day) are tolls of two incidents or two days' states, never one figure given two values;
two counts of one day, and a count no day dates, are still compared, and so is a slip of digits.
Sentences written for these tests."""

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import event_day, opening_day


def _warned(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.severity.value in ("warning", "error")]


def _day(text: str, surface: str) -> str | None:
    know = knowledge(_config(None).pack)
    c = next(c for c in numcheck.extract(text) if c.surface.startswith(surface))
    return event_day(c, text, know, opening_day(text, know))


_TWO_DAYS = (
    "Rebels shelled a grain market in the northern town on Tuesday. A local monitoring group said "
    "the shells killed 12 people, including two children.\n\n"
    "The shelling came days after a car bomb on Friday near the port. Medics from the Red Crescent "
    "counted 31 dead in that blast, officials said.\n"
)


def test_tolls_of_two_days_are_two_incidents():
    assert _warned(_TWO_DAYS) == []


def test_the_same_tolls_of_one_day_are_still_compared():
    text = _TWO_DAYS.replace("a car bomb on Friday near the port", "the shelling on Tuesday near the port")
    assert any("12" in m and "31" in m for m in _warned(text))


def test_a_slip_of_digits_between_two_days_is_still_found():
    text = _TWO_DAYS.replace("31 dead", "21 dead")
    assert any("12" in m and "21" in m for m in _warned(text))


_ROUNDUP = (
    "Two men and a woman were shot dead outside a hardware store on Wednesday morning, "
    "the sheriff said.\n\n"
    "Two victims were hit inside a parked van, the sheriff told reporters.\n\n"
    "In an earlier case, four people were killed at a barbecue on Saturday in a town two states "
    "away, according to local police.\n"
)


def test_a_roundups_other_day_is_another_incident():
    assert _day(_ROUNDUP, "Two") == "wednesday"  # the sentence before names the day
    assert _day(_ROUNDUP, "four") == "saturday"
    assert _warned(_ROUNDUP) == []


def test_a_sentence_of_two_days_dates_nothing():
    text = "Officials said on Friday that the storm on Thursday killed 9 people."
    assert _day(text, "9") is None


def test_a_calendar_name_is_no_day():
    text = "Turnout was light, and 40 voters were turned away on Super Tuesday in the county."
    assert _day(text, "40") is None
    text = "The Sunday Herald said 40 voters were turned away in the county."
    assert _day(text, "40") is None


_GOES_ON = (
    "A landslide buried a mountain road on Thursday. Rescue teams said the slide killed 14 people.\n\n"
    "Ferries sailed again on Thursday, two days after a storm on Tuesday swamped the harbour. The "
    "coast guard said the storm killed 9 people.\n"
)


def test_a_sentence_after_two_days_takes_the_last():
    assert _day(_GOES_ON, "9") == "tuesday"
    assert _warned(_GOES_ON) == []


def test_the_last_day_before_it_is_still_compared_on_one_day():
    text = _GOES_ON.replace("a storm on Tuesday", "a storm on Thursday")
    assert any("14" in m and "9 " in m for m in _warned(text))


_TWO_VOICES = (
    "The regional health board said Wednesday that 44 people had died in a week of floods along the "
    "delta, about twice the figure given by the governor.\n\n"
    "The governor said in a radio address on Tuesday that 22 people had died and promised aid to "
    "every family.\n"
)


def test_the_days_two_voices_spoke_are_no_days_of_the_toll():
    assert _day(_TWO_VOICES, "44") is None
    assert _day(_TWO_VOICES, "22") is None
    assert any("44" in m and "22" in m for m in _warned(_TWO_VOICES))
