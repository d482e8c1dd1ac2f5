"""One measurand given five or more different values in a document is a column of a list or table
(each row its own holder's figure), not one figure given several values: no NC301 between its rows
(link.measurand_series). Four rows are not yet a column."""

from __future__ import annotations

import numcheck

ROWS = [
    ("Ana Ruiz", "1,500", "1999"),
    ("Ben Ortiz", "15,000", "2001"),
    ("Carla Moss", "1,200", "2004"),
    ("Dev Patel", "3,300", "1997"),
    ("Eli Grant", "4,800", "2003"),
]


def clemency_list(n: int) -> str:
    return "Clemency granted by the governor\n\n" + "\n\n".join(
        f"{name}. Offense: selling stolen cars. Sentence: 10 years in prison; ${v} fine ({y}).\n"
        f"Clemency: the prison term ends next June and the unpaid balance of the ${v} fine is forgiven "
        "when the term ends, provided he attends a job programme."
        for name, v, y in ROWS[:n]
    )


def nc301(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC301"]


def test_five_rows_of_one_column_are_five_holders_figures() -> None:
    assert nc301(clemency_list(5)) == []


def test_four_rows_are_not_yet_a_column() -> None:
    assert nc301(clemency_list(4)) != []
