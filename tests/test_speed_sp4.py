"""Round SP4: work a check did more than once, or at every character, done once or only where it can
find something; every output the same. Sentences written for these tests."""

from __future__ import annotations

import re
import sys

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import _CASE_BLIND_ASCII, _day_matches, _day_names, event_day, opening_day

_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

_SPANS = [
    "",
    "No day is named in this line at all.",
    "The ferry sank on Monday; divers searched on TUESDAY and again on wednesday.",
    "MondayFriday, Monday-Friday, aMonday, Monday1, Monday_x and Sundays",
    "Fr\u0131day and Thur\u017fday",  # day names matched only through case-blindness
    "\u0130stanbul on Saturday",
    "Sunday Sunday  sunday.SUNDAY",
    "\u212aayak races on Saturdaysunday",
]


def _spans(m: list[re.Match[str]] | re.Match[str]) -> list[tuple[tuple[int, int], str]]:
    return [(x.span(), x.group()) for x in m]  # type: ignore[union-attr]


def test_day_matches_are_the_patterns_matches() -> None:
    pattern = _day_names(_DAYS)
    for span in _SPANS:
        assert _spans(list(_day_matches(span, _DAYS))) == _spans(list(pattern.finditer(span))), span
    assert list(_day_matches("on Friday", frozenset())) == []


def test_every_character_case_blindness_reads_as_an_ascii_letter_is_known() -> None:
    # the characters outside ASCII that a case-blind pattern takes for a letter a-z: the span is
    # walked by the pattern whenever it holds one, so none may be missing from the list
    letter = re.compile("(?i:[a-z])")
    found = {
        chr(c)
        for c in range(128, sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF and letter.fullmatch(chr(c))
    }
    assert found == set(_CASE_BLIND_ASCII)


def test_a_day_still_dates_its_count() -> None:
    text = (
        "Flooding closed the river road on Thursday. Crews pulled 14 cars from the water.\n\n"
        "A landslide on Sunday blocked the pass, and 6 cars were buried there.\n"
    )
    know = knowledge(_config(None).pack)
    opening = opening_day(text, know)
    days = {
        c.surface: event_day(c, text, know, opening) for c in numcheck.extract(text) if c.surface[0].isdigit()
    }
    assert days == {"14": "thursday", "6": "sunday"}


def test_a_link_line_is_still_found_by_its_first_word() -> None:
    from numcheck.extraction.sources import link_line
    from numcheck.extraction.tokens import tokenize

    kb = knowledge(_config(None).pack)
    for line, link in (
        ("READ MORE: Drought deepens across the plains", True),
        ("- Read more: ferry fares rise again", True),  # the first word after a symbol
        ("Read the full ruling here", False),
        ("More rain is due on the coast", False),
        ("", False),
    ):
        tk = tokenize(line)
        n = len(tk.tokens)
        k = next((j for j in range(n) if tk.tokens[j].kind == "word"), n)
        assert link_line(tk.tokens, 0, n, kb) is link, line
        assert link_line(tk.tokens, k, n, kb) is link, line


def test_readers_gated_on_their_cue_words_read_them_in_any_case() -> None:
    # read_condition (a word a condition opens with) and read_charges (a charging document's last
    # word) return at once when the text holds no such word; the text is asked in lower case
    from arithmetic_findings import flagged_rules, found

    hurt = "Medics said on Friday that of the {} hurt, two had gone home and five were still in {} condition."
    for condition in ("critical", "CRITICAL", "Stable"):
        assert flagged_rules(hurt.format(9, condition)) == []
        assert flagged_rules(hurt.format(4, condition)) == ["NC501"]
    charges = "The four-count {} charges her with one count of fraud, two of theft, {} of forgery."
    for document in ("indictment", "INDICTMENT", "Complaint"):
        assert found(charges.format(document, "one count")) == []
        assert [f.rule for f in found(charges.format(document, "two counts"))] == ["NC502"]
