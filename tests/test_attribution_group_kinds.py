"""Issue 10: bodies named by their kind in lower case ("rights groups", "aid organisations") are sources.

"Police say 500 people were arrested, while rights groups say 1,000 were held" gives two accounts of
one event: the second figure is the groups', not the police's. A body of people named by its kind
speaks as "officials" or "residents" do (`groups` in rules/attribution.yaml). The sentences are
written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

TWO = "Police say 500 people were arrested, while rights groups say 1,000 were held overnight."


def test_the_second_account_is_the_groups() -> None:
    assert source_of(TWO, "1,000") == "rights groups"


def test_the_first_account_stays_with_the_police() -> None:
    assert source_of(TWO, "500") == "Police"


def test_aid_organisations_count_what_they_saw() -> None:
    text = "Aid organisations said 40 trucks were turned back at the border on Friday."
    assert source_of(text, "40") == "Aid organisations"


def test_groups_of_people_spoken_about_are_no_source() -> None:
    text = "The plan covers three age groups said to be at risk."
    assert source_of(text, "three") is None
