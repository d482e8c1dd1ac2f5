"""A part after a comma and "with" ("Forty people were hurt, with 12 taken to hospital") or before "of
its total" ("$900,000 of its total $2.5 million award"). Sentences written for the tests:
the wrong version is found once, in plain words, the right version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message


def test_a_bare_count_after_with_is_a_part_of_the_count_before_it() -> None:
    wrong = "Forty people were hurt in the crash, with 52 taken to hospital."
    assert message(wrong) == "the part 52 is more than its whole Forty"
    assert found("Forty people were hurt in the crash, with 25 taken to hospital.") == []


def test_an_amount_after_with_is_a_part_of_the_amount_before_it() -> None:
    wrong = "The bank will save 2 billion pounds over three years, with 2.5 billion of it saved in 2026."
    assert message(wrong) == "the part 2.5 billion is more than its whole 2 billion pounds"
    assert found(wrong.replace("2.5 billion", "800 million")) == []


def test_the_same_noun_after_with_is_a_part() -> None:
    assert message("The board summoned 300 officials, with 450 officials being disciplined.") == (
        "the part 450 is more than its whole 300"
    )


def test_a_rate_another_group_a_difference_or_a_standing_is_no_part() -> None:
    assert found("About 100 families live in hotels, with 160 families a month becoming homeless.") == []
    assert found("The raid killed 12 soldiers, with 15 civilians also dead.") == []
    assert found("The firm employs 5,000 people, with 7,000 more to be hired.") == []
    assert found("Sales reached $5 million, with $7 million expected next year.") == []
    assert found("Both won 9 delegates, followed by the senator, with 16.") == []
    assert found("Turnout was 60%, with 70% backing the mayor.") == []
    assert found("It was no duo, with one singer, but a trio, with two singers.") == []


def test_a_part_of_the_total_named_after_it() -> None:
    wrong = "The city recovered $2.8 million of its total $2.5 million award from the builder."
    assert message(wrong) == "the part $2.8 million is more than its whole $2.5 million"
    assert found("The city recovered $900,000 of its total $2.5 million award from the builder.") == []
    assert message("The party won 412 of the total 403 seats.") == "the part 412 is more than its whole 403"
