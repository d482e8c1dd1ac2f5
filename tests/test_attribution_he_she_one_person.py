"""Issue 10: "he" or "she" stands for one person, never for a group, an organisation or two sources.

A speaker's "he said" goes to the last person named as a source. A source named between that
person and the pronoun that cannot be one person is passed over (`_one_person`): two sources
("CNN and NPR"), a group with a plural head ("Analysts of the ... portal", "Sinai residents"), an
organisation's name ("An Garda Siochana") or an organisation described by one of `described_heads`
("The regulator"). A person described ("A club official") is still the one the pronoun stands
for; with no person named before, the pronoun goes where it went before. The sentences are
written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_she_passes_over_a_regulator() -> None:
    text = (
        "Marta Quill, who leads the harbour board, said the season had started late. The regulator "
        "said on Monday that the rules would change. She said 40 boats would need new licences."
    )
    assert source_of(text, "40") == "Marta Quill"


def test_he_passes_over_two_outlets() -> None:
    text = (
        "Tomas Brenner, who runs the depot, said the drivers were tired. CNN and NPR said the strike "
        'had ended. "We lost nine days of work," he said.'
    )
    assert source_of(text, "nine days") == "Tomas Brenner"


def test_she_passes_over_a_group_of_analysts() -> None:
    text = (
        "Ines Varga, an economist in Tromso, said wages were rising. Analysts of the Lakeview hiring "
        "portal said demand would grow. She said the region would need 300 nurses."
    )
    assert source_of(text, "300") == "Ines Varga"


def test_a_person_described_is_still_the_one_he_stands_for() -> None:
    text = (
        "Dario Fenn, the coach, said the team was ready. A club official said 5,000 tickets were "
        "sold. He said three games would be played in a week."
    )
    assert source_of(text, "5,000") == "A club official"
    assert source_of(text, "three") == "A club official"


def test_the_writers_own_figure_stays_own_voice() -> None:
    text = (
        "Marta Quill, who leads the harbour board, said the season had started late. The regulator "
        "said on Monday that the rules would change. The harbour has 12 berths."
    )
    assert source_of(text, "12") is None
