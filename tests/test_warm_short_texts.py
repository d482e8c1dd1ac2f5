"""Short texts skip work that cannot find anything there, and read exactly as before: a text with
one figure runs no reader that needs two, and the words after a figure are looked up once per
wording. Sentences written for the tests.
"""

from __future__ import annotations

import numcheck
from numcheck.extraction.units import _norm
from numcheck.relations import READERS, _Reader, read_relations

CFG = numcheck.load_config(discover=False)


def _relations(text: str) -> object:
    return read_relations(text, numcheck.extract(text, CFG), CFG.pack)


def test_a_lone_figure_runs_no_reader_that_relates_two(monkeypatch) -> None:
    ran: list[str] = []
    readers = tuple(((lambda r, f=f: (ran.append(f.__name__), f(r))[1]), pair) for f, pair in READERS)
    monkeypatch.setattr("numcheck.relations.READERS", readers)
    assert len(_relations("The ferry from Orlen Bay carried 312 passengers on its last run.")) == 0
    assert ran and not {f.__name__ for f, pair in READERS if pair} & set(ran)
    ran.clear()
    _relations("The ferry carried 312 passengers, including 40 children, on its last run.")
    assert {f.__name__ for f, _ in READERS} == set(ran)  # two figures: every reader


def test_a_lone_range_still_reads_as_a_change() -> None:
    # one figure, a range after "from": read_changes is not a reader of pairs
    text = "Membership of the Orlen Bay club rose from 300-750 over the decade."
    assert len(numcheck.extract(text, CFG)) == 1
    rel = _relations(text)
    assert [(ch.old.value, ch.new.value) for ch in rel.changes] == [(300.0, 750.0)]


def test_a_word_one_counts_as_a_second_figure() -> None:
    # "one" written as a word is a figure for the readers of parts: with it, the pair readers run
    text = "Of the 12 sailors aboard, one of them was lost."
    claims = numcheck.extract(text, CFG)
    assert len(claims) == 1 and len(_Reader(text, claims, CFG.pack).claims) == 2


def test_the_remembered_unit_lookup_is_the_lookup() -> None:
    lex = numcheck.extraction.knowledge.knowledge(CFG.pack).units
    for raw in ("square miles", "Kilometres", "per-cent", "people", "metric  tons", "foo bars"):
        for _ in range(2):  # once found, once remembered
            key, unit = lex.word_unit(raw)
            assert key == _norm(raw)
            parts = key.split(" ")
            parts[-1] = lex.singular(parts[-1])
            assert unit == (lex.words.get(key) or lex.words.get(" ".join(parts)))
