"""Relation shapes read on real copy beyond the cue words of one phrase: a move stated as an amount
and a percentage with the level it ended at, a lone part after a comma, "N of us" across a
sentence, a breakdown in brackets. Sentences written for the tests: the wrong version is found
once, in plain words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_a_fall_in_points_and_percent_is_of_the_level_before_it() -> None:
    assert (
        message("The share index fell 38.20 points, or 3 percent, to 4,212.55 on Friday.")
        == "a fall of 38.20 to 4,212.55 is 0.9%, not 3 percent"
    )
    assert found("The share index fell 38.20 points, or 0.9 percent, to 4,212.55 on Friday.") == []


def test_a_rise_in_points_and_percent_is_of_the_level_before_it() -> None:
    assert (
        message("The tech index gained 92.6, or 3.5 percent, to 7,105.4.")
        == "a rise of 92.6 to 7,105.4 is 1.3%, not 3.5 percent"
    )
    assert found("The tech index gained 92.6, or 1.3 percent, to 7,105.4.") == []


def test_a_large_move_is_measured_from_where_it_started_not_where_it_ended() -> None:
    # 40 on a level of 40 is 100%; against the level it ended at (80) it would look like 50%
    assert found("Bookings at the small hotel rose 40, or 100 percent, to 80 last month.") == []
    assert found("Bookings at the small hotel fell 40, or 33 percent, to 80 last month.") == []


def test_a_move_without_a_direction_word_is_not_read() -> None:
    assert found("The index stood 38.20 points, or 3 percent, to 4,212.55 past its low.") == []


def test_a_rise_larger_than_the_level_it_reached_is_found() -> None:
    assert (
        message("The tech index gained 9,260, or 1.3 percent, to 7,105.4.")
        == "a rise of 9,260 to 7,105.4 is more than the level itself, not 1.3 percent"
    )


def test_a_lone_part_after_a_comma_may_not_exceed_its_counted_whole() -> None:
    assert message("The bakery runs 30 shops, 45 in the north.") == "the part 45 is more than its whole 30"
    assert found("The bakery runs 30 shops, 12 in the north.") == []
    assert (
        message("She has directed four films, ten with her brother.")
        == "the part ten is more than its whole four"
    )
    assert found("She has directed four films, one with her brother.") == []


def test_a_lone_figure_after_a_comma_is_a_part_only_before_a_word_that_places_it() -> None:
    # "30 shops, 45 staff": another count, not a part of the shops
    assert found("The bakery runs 30 shops, 45 staff work there.") == []


def test_of_us_counts_a_part_of_the_one_count_of_the_sentence_before() -> None:
    assert message("Eight nurses from our ward went along. Eleven of us came back.") == (
        "the part Eleven is more than its whole Eight"
    )
    assert found("Eight nurses from our ward went along. Five of us came back.") == []


def test_a_breakdown_in_brackets_of_a_stated_total_must_add_up() -> None:
    assert (
        message("The squad won a total of 31 medals (10 gold, 9 silver and 14 bronze) at the games.")
        == "the parts 10 + 9 + 14 add up to 33, not 31"
    )
    assert found("The squad won a total of 33 medals (10 gold, 9 silver and 14 bronze) at the games.") == []


def test_parts_in_brackets_may_not_exceed_their_whole() -> None:
    assert message("The clinic has 90 staff (60 nurses and 45 doctors).") == (
        "the parts 60 + 45 add up to 105, more than the whole 90"
    )
    assert found("The clinic has 120 staff (60 nurses and 45 doctors).") == []


def test_things_named_after_including_are_a_kind_of_the_whole() -> None:
    assert message("The navy flew 2,400 missions, including 3,100 supply runs.") == (
        "the part 3,100 is more than its whole 2,400"
    )
    assert found("The navy flew 2,400 missions, including 1,100 supply runs.") == []
    # people are not a kind of things
    assert found("The company has 40 factories, including 900 workers on night shifts.") == []


def test_a_count_of_another_noun_after_including_is_a_part_only_where_its_noun_is_written() -> None:
    # "14 in Ohio" counts the plants named before the states, not the states
    assert found("The firm runs 11 plants in four states, including 9 in Iowa, the filing says.") == []
    # "five chains, which include 900 restaurants": what a chain holds, not a kind of chain
    assert found("The group owns five restaurant chains, which include 900 restaurants worldwide.") == []


def test_a_lone_part_from_somewhere_else_is_not_one_of_the_whole() -> None:
    assert found("The victims were two Chileans, one from Peru, and a Bolivian.") == []


def test_of_us_inside_a_sentence_is_not_read() -> None:
    assert found("We are one crew, and if anyone mistreats four of us, we respond.") == []


def test_a_change_named_with_a_compound_modifier_then_compared_with_the_old_figure() -> None:
    assert (
        message(
            "Sales came to $18.2 billion, a year-on-year decline of 40 percent, compared with $21.4 billion."
        )
        == "from $21.4 billion to $18.2 billion is a fall of 15%, not 40 percent"
    )
    assert (
        found(
            "Sales came to $18.2 billion, a year-on-year decline of 15 percent, compared with $21.4 billion."
        )
        == []
    )


def test_a_change_named_after_in_a_then_compared_with_the_old_figure() -> None:
    assert (
        message(
            "Sales came to $18.2 billion in a quarterly decline of 40 percent, compared with $21.4 billion."
        )
        == "from $21.4 billion to $18.2 billion is a fall of 15%, not 40 percent"
    )
    assert (
        found(
            "Sales came to $18.2 billion in a quarterly decline of 15 percent, compared with $21.4 billion."
        )
        == []
    )


def test_things_named_after_including_without_a_comma() -> None:
    assert message("He had 12 prior convictions including 14 driving offences.") == (
        "the part 14 is more than its whole 12"
    )
    assert found("He had 12 prior convictions including four driving offences.") == []


def test_one_then_the_other_after_a_counted_whole_is_a_part_of_it() -> None:
    assert message("The phone comes in two models, ten aimed at gamers, and the second at pensioners.") == (
        "the part ten is more than its whole two"
    )
    assert found("The phone comes in two models, one aimed at gamers, and the second at pensioners.") == []
    # ages after a comma are no part
    assert found("Two men, 25 and 30, and another man were charged.") == []


def test_another_members_part_of_the_same_whole_after_compared_to() -> None:
    assert message(
        "The survey gave the Liberal party 44 of the 120 seats, compared to 91 seats for the Greens."
    ) == ("the parts 44 + 91 add up to 135, more than the whole 120")
    assert (
        found("The survey gave the Liberal party 44 of the 120 seats, compared to 31 seats for the Greens.")
        == []
    )
    # another time, not another member: no part of the same whole
    assert found("Twelve of the 30 schools failed the inspection, compared with 25 schools last year.") == []


def test_a_part_with_its_per_cent_in_brackets_is_that_share_of_its_whole() -> None:
    assert message("Of the 1,600 entries, 560 (25%) came from schools.") == "560 of 1,600 is 35%, not 25%"
    assert found("Of the 1,600 entries, 400 (25%) came from schools.") == []
    assert (
        message("The 800 staff include 120 engineers (25%) and 40 drivers.") == "120 of 800 is 15%, not 25%"
    )
    assert found("The 800 staff include 200 engineers (25%) and 40 drivers.") == []


def test_a_per_cent_in_brackets_that_says_more_than_a_share_is_not_read_as_one() -> None:
    # a change, or a share of another whole named inside the brackets
    assert found("Of the 1,600 entries, 560 (up 25%) came from schools.") == []
    assert found("Of the 1,600 entries, 560 (25% of all schools) came from schools.") == []


def test_n_of_which_is_a_part_of_the_count_before_it() -> None:
    assert (
        message("The board made 6 proposals, 9 of which were adopted.")
        == "the part 9 is more than its whole 6"
    )
    assert found("The board made 6 proposals, two of which were adopted.") == []


def test_a_count_opening_a_sentence_without_its_noun_is_a_part_of_the_count_before() -> None:
    assert (
        message("Detectives want to question six men about the fire. Nine have fled abroad.")
        == "the part Nine is more than its whole six"
    )
    assert found("Detectives want to question six men about the fire. Four have fled abroad.") == []
    assert (
        message("Five firms were fined for the cartel. Eight have already paid.")
        == "the part Eight is more than its whole Five"
    )


def test_a_count_of_another_time_or_event_opening_a_sentence_is_not_a_part() -> None:
    assert found("Officers held two men on Friday. Three were held on Saturday.") == []
    assert found("Two workers died in the blast. Three died in the flood that followed.") == []
    assert found("Two walkers went missing in 2021. Five were missing in 2022.") == []
    # digits opening a sentence are a name as often as a count
    assert found("The station has 9 presenters. 12 live in the city.") == []


def test_the_noun_a_count_leaves_out_is_not_taken_from_a_count_of_things_when_people_follow() -> None:
    # "Five" are the residents, not the flats
    assert found("There are three flats in the block and residents were moved out. Five were treated.") == []


def test_a_level_set_against_another_by_a_verb_keeps_the_order_its_words_give() -> None:
    assert (
        message("A levy of 12% is much higher than the 18% charged on shops.")
        == "12% is smaller than 18%, not higher than it"
    )
    assert found("A levy of 22% is much higher than the 18% charged on shops.") == []
    assert (
        message("Its 410 branches are fewer than the 380 it ran in 2015.")
        == "410 is larger than 380, not fewer than it"
    )
    # a figure straight before the cue is a difference, not a level: "5% higher than" the 18%
    assert found("The levy is 5% higher than the 18% charged on shops.") == []


def test_litres_restated_in_imperial_gallons_are_checked_at_the_imperial_rate() -> None:
    assert found("The reservoir lost 9,092 litres (2,000 imperial gallons) a day.") == []
    assert (
        message("The reservoir lost 9,092 litres (200 imperial gallons) a day.")
        == "9,092 litres is about 2,000 imperial gallons, not 200 imperial gallons"
    )


def test_each_further_measure_in_the_brackets_restates_the_first_too() -> None:
    assert found("The park covers 300 hectares (741 acres; 3 square kilometres).") == []
    assert (
        message("The park covers 300 hectares (741 acres; 30 square kilometres).")
        == "300 hectares is about 3 square kilometres, not 30 square kilometres"
    )
    # a measure of another dimension in the brackets is no restatement
    assert found("The trail is 30 km (19 miles, six hours) long.") == []


def test_a_range_restated_in_brackets_is_checked_even_when_a_slip_turns_it_round() -> None:
    assert found("The drone can fly 2,000 to 4,000 kilometres (1,243 to 2,485 miles).") == []
    assert (
        message("The drone can fly 2,000 to 4,000 kilometres (12,430 to 2,485 miles).")
        == "2,000 is about 1,243, not 12,430"
    )
    # outside brackets a falling pair is a change, not a range
    assert found("Flights were cut from 4,000 to 2,000 a week.") == []


def test_a_sentence_opening_out_of_its_whole_holds_its_parts_to_it() -> None:
    assert (
        message("Out of the 12 candidates on the ballot, 15 are Republicans.")
        == "the part 15 is more than its whole 12"
    )
    assert found("Out of the 12 candidates on the ballot, 5 are Republicans.") == []


def test_an_amount_of_a_larger_amount_is_a_part_of_it() -> None:
    assert (
        message("The county has received $9 million of the $4 million grant so far.")
        == "the part $9 million is more than its whole $4 million"
    )
    assert found("The county has received $9 million of the $14 million grant so far.") == []
    assert found("The charity got $9 million of its $14 million goal.") == []


def test_an_amount_of_a_whole_and_the_remaining_amount_make_the_whole() -> None:
    assert (
        message("Just $7 million of the $30 million went on roads, and the remaining $25 million on bridges.")
        == "the parts $7 million + $25 million add up to $32 million, not $30 million"
    )
    right = "Just $7 million of the $30 million went on roads, and the remaining $23 million on bridges."
    assert found(right) == []
    assert found("Only 14 of the 60 trainees finished; the remaining 46 left early.") == []
