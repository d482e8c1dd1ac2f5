"""Issue 10: a title standing for the person named with it ("..., the minister said").

After "Transport Minister Ana Ruiz said ...", a later "the minister said" is Ruiz: "the" and a
title (`titled_heads` in rules/attribution.yaml, with title words before it: "the prime minister")
stand for the last person named with that title before their name, within a few sentences. A
title no one was named with stays as it is. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_minister_is_the_person_named_with_that_title_before() -> None:
    text = (
        "Ruritania may buy 40 trams by 2030, Transport Minister Ana Ruiz said on Monday. "
        '"We will start with 12 trams this year," the minister said.'
    )
    assert source_of(text, "12") == "Ana Ruiz"


def test_the_words_of_the_title_pick_the_person() -> None:
    text = (
        "Prime Minister Tomas Berg met Foreign Minister Lena Holt on Friday. "
        '"We sent 300 tonnes of grain," the prime minister said.'
    )
    assert source_of(text, "300 tonnes") == "Tomas Berg"


def test_a_bare_title_is_the_last_person_named_with_it() -> None:
    text = (
        "Prime Minister Tomas Berg met Foreign Minister Lena Holt on Friday. "
        '"We sent 300 tonnes of grain," the minister said.'
    )
    assert source_of(text, "300 tonnes") == "Lena Holt"


def test_a_title_no_one_was_named_with_stays_a_title() -> None:
    text = 'Mayor Ivo Kranz opened the bridge on Friday. "It carries 9,000 cars a day," the governor said.'
    assert source_of(text, "9,000") == "the governor"


def test_a_title_named_long_before_is_not_reached() -> None:
    filler = " ".join(
        f"The river rose on {day}."
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
    )
    text = f'Governor Ivo Kranz spoke on Friday. {filler} "It carries 9,000 cars a day," the governor said.'
    assert source_of(text, "9,000") == "the governor"
