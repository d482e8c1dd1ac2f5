"""A toll its sentence tallies "since the start", "since the beginning" or "since the outbreak" of
something is a running total (rules/measures.yaml running_totals `starts`; link.running_total):
never one incident's count, while two voices on the running total still differ. Sentences
written for these tests."""

import numcheck


def _findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule in {"NC201", "NC301"}]


def test_a_toll_since_the_start_is_no_value_of_one_strike():
    text = (
        "The command's review has determined that at least 220 civilians have been killed by "
        "coalition airstrikes since the start of the campaign. The monitoring group alleges that "
        "an airstrike on a school killed 33 civilians."
    )
    assert _findings(text) == []


def test_a_toll_since_the_outbreak_is_no_value_of_one_fire():
    text = (
        "Health officials said 1,200 people have died since the outbreak began. The ministry said "
        "a fire at a clinic killed 12 people."
    )
    assert _findings(text) == []


def test_two_voices_on_the_toll_since_the_start_still_differ():
    text = (
        "The command's review has determined that 220 civilians have been killed by coalition "
        "airstrikes since the start of the campaign. The monitoring group alleges that 130 "
        "civilians have been killed by coalition airstrikes since the start of the campaign."
    )
    assert len(_findings(text)) == 1


def test_the_lowest_since_the_start_is_a_level():
    from numcheck.api import _config
    from numcheck.extraction.knowledge import knowledge
    from numcheck.link import running_total

    text = "Sales of 400 cars were the lowest since the start of the year."
    c = next(c for c in numcheck.extract(text) if c.surface.startswith("400"))
    assert not running_total(c, text, knowledge(_config(None).pack))
