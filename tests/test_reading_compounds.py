"""Words of a figure inside a hyphened compound: 'second' as the ordinal of 'second-chance', and a
figure word named twice ('quarter-on-quarter') are no figures of their own."""

from __future__ import annotations

import numcheck


def test_second_before_a_hyphened_word_is_the_ordinal_not_seconds() -> None:
    (c,) = numcheck.extract("Last year 2,150 second-time applicants were turned away.")
    assert (c.kind, c.counts, c.value) == ("count", "applicant", 2150)


def test_a_clip_measured_in_seconds_keeps_its_unit() -> None:
    (c,) = numcheck.extract("The station aired a 45 second-long advert.")
    assert (c.kind, c.value) == ("quantity", 45)
    assert c.unit == "second"


def test_a_figure_word_named_twice_in_a_compound_is_no_share() -> None:
    claims = numcheck.extract("Output showed a quarter-on-quarter fall of 4 percent.")
    assert [c.surface for c in claims] == ["4 percent"]
    assert [c.surface for c in numcheck.extract("The envoys held one-on-one talks.")] == []


def test_a_quarter_of_a_group_is_still_a_share() -> None:
    (c, _) = numcheck.extract("A quarter of the 80 nurses quit.")
    assert (c.kind, c.value) == ("percent", 25)


def test_plurals_of_nouns_in_ie_and_in_s_count_their_singular() -> None:
    claims = numcheck.extract("The jets flew 40 sorties by night; only one sortie was aborted.")
    assert [c.counts for c in claims] == ["sortie", "sortie"]
    (bus,) = numcheck.extract("The city bought 12 electric buses.")
    assert bus.counts == "bus"


def test_a_number_word_hyphened_to_a_shape_or_manner_is_no_claim() -> None:
    for text in (
        "Officials promised a three-pronged review of the contract.",
        "The resort is known for its two-tiered garden.",
        "The box rested on a six-sided frame.",
    ):
        assert [c.surface for c in numcheck.extract(text)] == [], text


def test_a_number_word_hyphened_to_a_noun_still_counts_it() -> None:
    (c,) = numcheck.extract("A three-member panel will hear the appeal.")
    assert (c.kind, c.value) == ("count", 3)
    (sides,) = numcheck.extract("The board has three sides and two legs are broken.")[:1]
    assert sides.counts == "side"
