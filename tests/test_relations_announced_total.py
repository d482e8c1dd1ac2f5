"""A count the text announces as a total ("A total of 40 people ...") and counts of the same noun
in the two sentences after it: parts of the total (rules/relations.yaml parts.announced_total), not
known to be all of it. Sentences written for the tests: the wrong version is found once, in plain
words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_a_list_of_kinds_of_people_after_a_total_is_read() -> None:
    assert (
        message(
            "A total of 40 people were hurt when the ferry hit the pier. "
            "Thirty passengers and 18 crew members were taken to hospital."
        )
        == "the parts Thirty + 18 add up to 48, more than the whole 40"
    )
    assert (
        found(
            "A total of 40 people were hurt when the ferry hit the pier. "
            "Thirty passengers and eight crew members were taken to hospital."
        )
        == []
    )


def test_a_part_above_its_total_two_sentences_on() -> None:
    assert (
        message(
            "The storm sank a total of 12 boats along the coast. The harbour was closed for a week. "
            "Ninety fishing boats went down near the port."
        )
        == "the part Ninety is more than its whole 12"
    )
    assert (
        found(
            "The storm sank a total of 12 boats along the coast. The harbour was closed for a week. "
            "Nine fishing boats went down near the port."
        )
        == []
    )


def test_another_group_after_a_total_is_no_part() -> None:
    assert (
        found(
            "A total of 40 people were hurt when the ferry hit the pier. "
            "Another 50 passengers were taken off unhurt."
        )
        == []
    )


def test_a_count_of_another_year_is_no_part() -> None:
    assert (
        found("A total of 40 people drowned off the coast in 2019. In 2018, 55 people drowned there.") == []
    )


def test_a_count_in_the_next_paragraph_is_no_part() -> None:
    assert (
        found(
            "A total of 40 people were hurt when the ferry hit the pier.\n\nFifty passengers were on board."
        )
        == []
    )


def test_a_count_of_another_noun_is_no_part() -> None:
    assert (
        found("A total of 12 boats were lost in the storm. Ninety people gathered at the harbour to mourn.")
        == []
    )


def test_a_holders_own_figures_after_a_total_are_no_parts() -> None:
    assert (
        found(
            "The home team ended the meet with a total of 20 medals. "
            "It was followed by the visitors with 25 medals and the hosts with 18 medals."
        )
        == []
    )


def test_a_count_of_another_kind_of_the_noun_is_no_part() -> None:
    assert (
        found(
            "The plan would create a total of 400 indirect jobs in the valley. "
            "The plant itself would create 900 construction jobs."
        )
        == []
    )


def test_a_total_that_is_needed_has_no_parts() -> None:
    assert (
        found(
            "To win, a total of 50 votes are needed on the council. "
            "The ruling group holds 70 votes after the by-election."
        )
        == []
    )


def test_a_count_after_another_total_word_is_no_part() -> None:
    assert (
        found(
            "The shelter housed a total of 60 children last week. "
            "Overall, the city housed 300 children in temporary homes."
        )
        == []
    )


def test_a_count_taken_of_another_whole_is_no_part() -> None:
    assert (
        found(
            "Inspectors found a total of 50 fake coins in the till. "
            "Some 400 of the old coins were still in use."
        )
        == []
    )


def test_a_count_of_the_bare_noun_is_no_part_of_a_modified_total() -> None:
    assert (
        found(
            "The maker expects to ship a total of 3 million garden chairs this spring. "
            "For tables the figure is 9 million chairs."
        )
        == []
    )
    assert (
        message(
            "The maker expects to ship a total of 3 million garden chairs this spring. "
            "Some 9 million garden chairs went to shops in the north."
        )
        == "the part 9 million is more than its whole 3 million"
    )


def test_another_holder_set_against_the_total_is_no_part() -> None:
    assert (
        found(
            "The city has a total of 400 buses on its routes. "
            "Of those, 300 run on diesel, while its neighbour has 900 buses."
        )
        == []
    )


def test_a_hedged_part_is_still_read() -> None:
    assert (
        message(
            "A total of 40 people were hurt when the ferry hit the pier. "
            "More than 50 passengers were taken to hospital."
        )
        == "the part 50 is more than its whole 40"
    )


def test_people_who_died_are_a_part_of_the_lives_lost() -> None:
    assert (
        message(
            "The attacks have cost a total of 50 lives in two years. "
            "In the worst of them, 80 people died in the capital."
        )
        == "the part 80 is more than its whole 50"
    )
    assert (
        found(
            "The attacks have cost a total of 50 lives in two years. "
            "In the worst of them, 30 people died in the capital."
        )
        == []
    )


def test_a_count_after_another_total_word_ends_the_parts() -> None:
    assert (
        found(
            "The main port handled a total of 300 ships last year. "
            "The ports of the coast collectively handled more than 900 ships."
        )
        == []
    )
