"""People counted, a verb of what became of them, a comma, then "including" and people among them
("At least 25 civilians were killed in the raid, including nine children"): the people listed are
a part of the count, though the verb and its auxiliaries stand between (rules/relations.yaml
parts.including_people_verbs; numcheck/relations/parts.py `_people_clause`). A part larger than
its count is a slip (NC501). Past a word that ends a noun phrase after the verb ("by 12 gunmen",
"since the march") the list may be of others, and nothing is read. Text written for this file."""

from __future__ import annotations

import numcheck


def nc501(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_a_part_larger_than_the_people_it_is_among_is_found() -> None:
    slips = [
        "Officials said 25 civilians were killed in the raid, including 90 children.",
        "Police said 40 people have been arrested, including 60 minors.",
        "Twelve workers were injured at the plant, including 14 women.",
        "Some 300 migrants were rescued off the coast, including 450 women.",
    ]
    for text in slips:
        assert nc501(text) != [], text


def test_a_part_within_the_people_counted_is_quiet() -> None:
    quiet = [
        "At least 25 civilians were killed in the raid, including nine children, officials said.",
        "Police said 40 people have been arrested, including six minors.",
        "Twelve workers were injured at the plant, including four women.",
        "Some 300 migrants were rescued off the coast, including 45 women.",
    ]
    for text in quiet:
        assert nc501(text) == [], text


def test_a_list_after_another_group_named_past_the_verb_is_not_read() -> None:
    # the people after "including" may be the attackers, or others held since: no whole is read
    quiet = [
        "Four people were killed by gunmen, including 12 teenagers, witnesses said.",
        "Six people were arrested since the march, including 20 students who were later freed.",
        "Three men were charged after a fight with fans, including 30 supporters of the club.",
    ]
    for text in quiet:
        assert nc501(text) == [], text
