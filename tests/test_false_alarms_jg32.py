"""Round JG32's readings against false alarms on US political copy: a partisan lean's label
("R+4") holds no figure, and "up" or "down" right before a figure, after a comma or a form of
"be", opens a change. Sentences written for these tests."""

import pytest

from numcheck import check, extract


@pytest.mark.parametrize(
    "sentence",
    [
        "Only 70 seats in the Harlow assembly sit between D+4 and R+4 now.",
        "The district moved from R+9 to R+13 after the lines were redrawn.",
    ],
)
def test_a_partisan_lean_label_holds_no_figure(sentence: str) -> None:
    surfaces = [c.surface for c in extract(sentence)]
    assert not any(s in {"4", "9", "13"} for s in surfaces), surfaces


def test_digits_after_a_plus_glued_to_a_word_are_still_read() -> None:
    assert "7" in [c.surface for c in extract("The score went to 12+7 in the final round.")]


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Only 70 depots remain in Harlow, down 30 percent from 100 in 2001.", "decrease"),
        ("Ferry bookings were up 12% on the spring before.", "increase"),
    ],
)
def test_up_or_down_before_a_figure_is_a_change(sentence: str, direction: str) -> None:
    stated = [c for c in extract(sentence) if c.kind == "percent"]
    assert [c.direction for c in stated] == [direction]


def test_down_of_a_phrasal_verb_is_no_change() -> None:
    counted = [c for c in extract("The owners shut down 20 mills in Harlow.") if c.surface == "20"]
    assert [c.direction for c in counted] == [None]


def _changes(text: str) -> list[str]:
    return [f.message for f in check(text).findings if f.rule == "NC503"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The new levy will cut output by 4.1 million tons, the agency says, up from an estimated "
        "900,000 tons two years ago.",
        "Exports to Harlow rose by 5%, down from 7% a year before.",
    ],
)
def test_a_verb_moving_something_by_the_figure_is_not_the_pair_s_direction(sentence: str) -> None:
    assert _changes(sentence) == []


def test_a_change_stated_by_a_figure_before_the_pair_still_sets_its_direction() -> None:
    # "by 12 percent" is the pair's own change, stated before it: "climbed" against "down from" is
    # a slip (a mutation the bench makes of "fell")
    text = "The insurer said its profit climbed by about 12 percent to 4.4 billion, down from 5 billion."
    assert _changes(text) == ["from 5 billion to 4.4 billion is a fall, not a rise"]


def test_a_level_cut_to_a_figure_above_its_from_is_still_reported() -> None:
    assert _changes("The board cut the ferry fare to 8, up from 9.") == ["from 9 to 8 is a fall, not a rise"]


def test_a_measure_raised_to_a_figure_is_no_change_from_a_count_of_people() -> None:
    text = (
        "Planners in Harlow say a later pension age would help the ferry fund as much as the "
        "3 million people the county board expects to settle there. If the pension age were raised "
        "to 68, the fund would last until 2090."
    )
    assert _changes(text) == []


def test_a_thing_named_again_is_still_a_change_from_its_figure_before() -> None:
    text = "The pension fund holds $450 million. This fund is to be enlarged to $300 million."
    assert _changes(text) == ["from $450 million to $300 million is a fall, not a rise"]


def _orders(text: str) -> list[str]:
    return [f.message for f in check(text).findings if f.rule == "NC505"]


def test_only_after_an_added_figure_is_set_against_the_figures_together() -> None:
    text = (
        "Of the Harlow tenants polled, 28 percent backed the new parking fee and another 24 percent "
        "wanted it doubled; only 41 percent opposed it outright."
    )
    assert _orders(text) == []


def test_only_after_a_figure_of_its_own_is_still_an_order() -> None:
    text = "In Harlow the men earn $50,000, while the women earn only $60,000."
    assert _orders(text) != []


def _parts(text: str) -> list[str]:
    return [f.message for f in check(text).findings if f.rule == "NC501"]


def test_fines_dated_last_year_hold_no_fine_still_to_be_paid() -> None:
    text = (
        "Minister Oduya said the shipper must install new scanners and pay a $1.4 billion fine.\n\n"
        "The shipper had already been hit with $1.1 billion in fines announced last year, after a "
        "long customs investigation."
    )
    assert _parts(text) == []


def test_fines_to_date_still_hold_a_fine_larger_than_them() -> None:
    text = (
        "The shipper was sentenced to pay a $1.4 billion fine.\n\n"
        "To date, $1.1 billion in fines have been imposed in the customs investigation."
    )
    assert _parts(text) != []


def test_a_contraction_or_having_is_no_term_of_a_figure() -> None:
    text = (
        "\u201cI\u2019ll have my pick of the nine top people having a plan for the harbour,\u201d "
        "Mr. Oduya said."
    )
    terms = [c.terms for c in extract(text) if c.surface == "nine"]
    assert len(terms) == 1
    assert not {"have", "i'll", "i\u2019ll"} & set(terms[0]), terms
    assert "harbour" in terms[0]


def _same_figure(text: str) -> list[str]:
    return [f.message for f in check(text).findings if f.rule == "NC301" and f.severity.value != "info"]


@pytest.mark.parametrize(
    "text",
    [
        "As of March 3, when the harbour tender closed, trust in the port board was at 57.4 percent. "
        "Now trust in the board is at 54.7 percent, the county survey shows.",
        "Now trust in the port board is at 54.7 percent.\n\nThe 57.4 percent trust in the board "
        "recorded on Oct. 8 was its best reading in years.",
    ],
)
def test_a_state_as_of_a_date_is_not_the_state_of_today(text: str) -> None:
    assert _same_figure(text) == []


def test_two_undated_states_with_digits_swapped_are_still_reported() -> None:
    text = (
        "Trust in the port board was at 57.4 percent in the county survey. Trust in the board is "
        "at 54.7 percent, the same survey shows."
    )
    assert _same_figure(text) != []


def _voices(text: str) -> list[str]:
    return [f.message for f in check(text).findings if f.rule == "NC201" and f.severity.value != "info"]


def test_two_speakers_each_telling_of_their_own_case_are_two_cases() -> None:
    text = (
        "Last winter, Vale said, she waited 12 days for a repair crew to restore her heating.\n\n"
        "Tomas Arne rents a flat on the quay in Harlow. He said he has waited up to eight days "
        "for the crew to restore his heating."
    )
    assert _voices(text) == []


def test_two_speakers_telling_of_one_block_still_differ() -> None:
    text = (
        "Last winter, Vale said, the quay block waited 12 days for a repair crew to restore the "
        "heating.\n\nTomas Arne manages the quay block in Harlow. He said the block has waited up to "
        "eight days for the crew to restore the heating."
    )
    assert _voices(text) != []


def test_a_share_that_said_something_is_a_group_answering_for_itself() -> None:
    text = (
        "Roughly 62% of households on the island already had a bus pass, transport chief Rhea Oduya "
        "said.\n\nFor riders who stopped using the ferry, 35% said the price of a bus pass kept "
        "them away, according to a study by the Harlow Riders Union."
    )
    assert _voices(text) == []


def test_two_voices_shares_of_one_thing_still_differ() -> None:
    text = (
        "Roughly 62% of households on the island already had a bus pass, transport chief Rhea Oduya "
        "said.\n\nOn the island, 35% of households had a bus pass, according to a study by the "
        "Harlow Riders Union."
    )
    assert _voices(text) != []


def test_two_speakers_counting_one_event_still_differ() -> None:
    text = (
        "Vale said she saw 80 people arrested outside the Harlow town hall on Friday.\n\n"
        "Tomas Arne said he saw 30 people arrested outside the Harlow town hall on Friday."
    )
    assert _voices(text) != []


def test_a_verb_past_a_long_object_gives_the_direction_of_by_a_figure() -> None:
    text = "The new mines would increase the region's yearly coal output by almost 3 percent, Oduya said."
    assert [c.direction for c in extract(text) if c.kind == "percent"] == ["increase"]


def test_a_change_by_a_figure_is_not_a_share_of_another_voice() -> None:
    text = (
        "The new mines would increase the region's yearly coal output by almost 3 percent, Oduya said.\n\n"
        "Those mines alone would move the region 6 percent closer to its coal output goal, "
        "according to the Harlow Energy Board."
    )
    assert _voices(text) == []
