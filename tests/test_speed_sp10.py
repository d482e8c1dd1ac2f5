"""Round SP10: what _times reads of a clause (features._ClauseTimes) is read once for the claims
of that clause, its dates taken from the sentence stretch's (features._dates_within). Sentences are
our own."""

from __future__ import annotations

import numcheck
from numcheck.extraction.features import _dates, _dates_within
from numcheck.extraction.tokens import tokenize

CFG = numcheck.load_config(discover=False)

TEXTS = [
    "Last year the fund fell 4% from the year before, in May and in June of 2022.",
    "Sales rose to 90 units this year, after 70 units the year before, the firm said.",
    "The fee was $40 last, year on year, and $45 in March; it may reach $50 next month.",
    "By 2019 the town had 4,000 homes, and the year before it had 3,800 homes.",
]


def _clauses(text: str) -> list[tuple[int, int]]:
    """(first, last) token index of each clause of the text."""
    tk = tokenize(text)
    spans: dict[int, list[int]] = {}
    for t in tk.tokens:
        spans.setdefault(t.clause, []).append(t.index)
    return [(ks[0], ks[-1]) for ks in spans.values()]


def test_a_clause_s_dates_from_the_stretch_are_those_read_in_the_clause_alone() -> None:
    for text in TEXTS:
        tk = tokenize(text)
        toks = tk.tokens
        dated = _dates(toks, [t.lower for t in toks])
        for first, last in _clauses(text):
            clause = toks[first : last + 1]
            assert _dates_within(dated, first, last) == _dates(clause, [t.lower for t in clause]), text


def test_a_date_of_two_words_cut_by_a_clause_edge_is_not_the_clause_s() -> None:
    dated = [(3, "last year"), (7, "year before"), (9, "2020")]
    assert _dates_within(dated, 0, 3) == []  # "last" ends the clause: "year" is not in it
    assert _dates_within(dated, 0, 4) == [(3, "last year")]
    assert _dates_within(dated, 7, 9) == [(9, "2020")]  # "before" opens the clause: "year" is not in it
    assert _dates_within(dated, 6, 9) == [(7, "year before"), (9, "2020")]


def test_claims_of_one_clause_each_keep_their_own_marks() -> None:
    text = "The toll may rise from 20 deaths to 30 deaths in 2024."
    times = {c.surface: c.times for c in numcheck.extract(text, CFG)}
    assert times == {"20": ["2024", "<from>", "<may>"], "30": ["2024", "<may>"]}


def test_each_attribution_is_asked_whether_it_is_a_data_source_on_its_own() -> None:
    from numcheck.extraction.attribution import _data_source, _DataSources
    from numcheck.extraction.knowledge import knowledge
    from numcheck.extraction.sources import Attribution

    kb = knowledge(CFG.pack)
    tk = tokenize("According to the census, 40 people live here. The mayor said 12 people left.")
    census = Attribution(0, "the census", "According to", 2, 4)
    mayor = Attribution(12, "The mayor", "said", 10, 11)
    ask = _DataSources(tk, {}, kb)
    for att in (census, mayor, census, mayor):
        assert ask(att) == _data_source(tk, att, {}, kb)
    assert ask(census) and not ask(mayor)  # a body of data; a person
