"""Round SP9: readings shared between the claims of one sentence (features._Stretches) and between
two link readers (link._clause_words) give each claim what it read on its own. Sentences are our
own."""

from __future__ import annotations

import numcheck
from numcheck.extraction.features import _dates
from numcheck.extraction.knowledge import knowledge
from numcheck.extraction.tokens import tokenize
from numcheck.link import _clause_words, another_matter, average

CFG = numcheck.load_config(discover=False)
KNOW = knowledge(CFG.pack)


def _claim(text: str, surface: str) -> numcheck.Claim:
    return next(c for c in numcheck.extract(text, CFG) if c.surface == surface)


def test_each_claim_of_a_sentence_takes_its_dates_but_not_its_own_figure() -> None:
    text = "In March the depot shipped 300 crates, and by 2021 it shipped 450 crates."
    times = {c.surface: c.times for c in numcheck.extract(text, CFG)}
    assert times == {"300": ["mar"], "450": ["2021"]}  # each clause's own date
    # a clause with no date takes the sentence's, read once for both figures
    text = "The depot shipped 300 crates in March, up from 250 crates."
    times = {c.surface: c.times for c in numcheck.extract(text, CFG)}
    assert times == {"300": ["mar"], "250": ["<from>", "mar"]}


def test_dates_are_read_with_their_token_positions_in_text_order() -> None:
    tk = tokenize("Last year the fund fell 4% from the year before, in May and in June of 2022.")
    found = _dates(tk.tokens, [t.lower for t in tk.tokens])
    assert [d for _, d in found] == ["last year", "year before", "jun", "2022"]  # "May" is no date here
    assert all(tk.tokens[k].lower in {"last", "before", "june", "2022"} for k, _ in found)


def test_two_claims_of_one_sentence_keep_their_own_events_and_totals() -> None:
    text = "In all, 40 people were hurt and 3 died in the storm."
    claims = {c.surface: c for c in numcheck.extract(text, CFG)}
    assert {s: (c.role, c.event) for s, c in claims.items()} == {
        "40": ("total", "injured"),
        "3": ("total", "killed"),
    }


def test_average_and_another_matter_read_one_clause_window() -> None:
    text = "On average a member pays 120 dollars, and a separate fund paid 900 dollars."
    first = _claim(text, "120 dollars")
    second = _claim(text, "900 dollars")
    assert average(first, text, KNOW) and not average(second, text, KNOW)
    assert another_matter(second, text, KNOW) and not another_matter(first, text, KNOW)
    # the window both read is the clause: from the last clause mark before the figure to the next
    assert "separate" in _clause_words(second, text) and "average" not in _clause_words(second, text)


def test_a_clause_window_is_never_taken_from_another_text() -> None:
    one = "On average a member pays 120 dollars."
    other = "In total a member pays 120 dollars."  # the figure at the same place, another text
    assert average(_claim(one, "120 dollars"), one, KNOW)
    assert not average(_claim(other, "120 dollars"), other, KNOW)
