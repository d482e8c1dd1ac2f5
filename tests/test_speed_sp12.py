"""Round SP12: reads that take a slice by bisection or by the sentence spans give what a walk over
every token gave (a clause's tokens, the words before a figure, a sentence's first token, the
capitalised words before a figure). Sentences are our own."""

from __future__ import annotations

import numcheck
from numcheck.extraction.features import _Stretches
from numcheck.extraction.tokens import tokenize

CFG = numcheck.load_config(discover=False)

TEXTS = [
    "When the plant shut, 40 workers left; the union said 12 more, who were hired in May, stayed.",
    "Sales rose to 90 units this year (after 70 units), the firm said, although costs grew 5%.",
    "In the report, the agency said 300 homes were lost. A later count put it at 320 homes.",
    "The mayor, who took office in 2021, said another 15 buses would run, and 20 trams too.",
    "Short.",
]


def _stretches_of(text: str) -> list[tuple[int, int]]:
    """Every stretch a sentence's tokens make, and every stretch cut short inside one."""
    tk = tokenize(text)
    spans = list(tk.sentence_spans)
    spans += [(a + 2, b - 3) for a, b in tk.sentence_spans if b - a > 6]
    return spans


def test_a_clause_s_tokens_in_a_stretch_are_the_tokens_of_that_clause() -> None:
    for text in TEXTS:
        tk = tokenize(text)
        for span in _stretches_of(text):
            stretches = _Stretches(tk)
            for cl in {t.clause for t in tk.tokens} | {-1, 10_000}:
                walked = [t for t in tk.tokens[span[0] : span[1]] if t.clause == cl]
                assert stretches.clause(span, cl) == walked, (text, span, cl)
                assert stretches.clause_lowers(span, cl) == [t.lower for t in walked]


def test_clause_numbers_never_fall_in_text_order() -> None:
    for text in TEXTS:
        clauses = [t.clause for t in tokenize(text).tokens]
        assert clauses == sorted(clauses)


def _claim(text: str, surface: str) -> numcheck.Claim:
    return next(c for c in numcheck.extract(text, CFG) if c.surface == surface)


def test_a_figure_after_another_is_other_and_one_before_it_is_not() -> None:
    assert _claim("Another 30 people were hurt in the crash.", "30").role == "other"
    assert _claim("Some 30 people were hurt, and another car was hit.", "30").role != "other"


def test_a_demand_is_read_only_within_the_figure_s_sentence() -> None:
    demanded = "The union has demanded 12 more nurses for the ward."
    other = "The union has demanded changes. 12 more nurses joined the ward."
    from numcheck.extraction.claims import scan
    from numcheck.extraction.features import _demanded
    from numcheck.extraction.knowledge import knowledge

    kb = knowledge(CFG.pack)
    for text, expected in ((demanded, True), (other, False)):
        tk = tokenize(text)
        raw = next(r for r in scan(tk, kb) if tk.tokens[r.first].text == "12")
        assert _demanded(tk, raw, kb) is expected, text


def test_a_sentence_opened_by_its_document_is_read_from_its_first_token() -> None:
    from numcheck.extraction.attribution import _opened_by_document
    from numcheck.extraction.knowledge import knowledge

    kb = knowledge(CFG.pack)
    tk = tokenize("Rents rose. In the report, the agency said 300 homes were lost.")
    said = next(t.index for t in tk.tokens if t.text == "said")
    assert _opened_by_document(tk, said, kb)
    tk = tokenize("In the report, rents rose. Then the agency said 300 homes were lost.")
    said = next(t.index for t in tk.tokens if t.text == "said")
    assert not _opened_by_document(tk, said, kb)  # the document opens the sentence before


def test_names_before_a_figure_are_the_capitalised_words_after_the_claim_before() -> None:
    text = "In Leeds the Greens won 40 seats, and in York the Liberals won 12 seats, Ana Ruiz said."
    assert _claim(text, "40").subjects == ["greens", "leeds"]
    assert _claim(text, "12").subjects == ["liberals", "york"]  # not the names before 40
