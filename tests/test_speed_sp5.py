"""Round SP5: work a check did at every character or token, done only where it can find something;
every output the same. Sentences written for these tests."""

from __future__ import annotations

import re

import numcheck
from numcheck.api import _config
from numcheck.extraction.attribution import DETERMINERS, MONTHS, TITLES, WEEKDAYS, _name_closes
from numcheck.extraction.claims import extract_claims
from numcheck.extraction.knowledge import knowledge
from numcheck.extraction.tokens import tokenize
from numcheck.link import _SENTENCE_END, _start_before, sentence_around
from numcheck.read import read_text

# the pattern as it was written before SP5 (the letter looked behind before the full stop)
_OLD_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(])|\n|(?<=[A-Za-z])\.\s+(?=\d)")

_TEXTS = [
    "",
    "The pier closed. 14 boats left the harbour at dawn.",
    "Costs rose by 3.5 per cent in Jan. 6 weeks later they fell!  “Nobody knew,” she said.",
    "A. 7 wagons, the U.S. 10-year note, No. 4 and x.\n9 crates (then) ok? (Yes.) 12 more.",
    ". .  5 and é. 8 and Zz.\t3",
]


def _spans(p: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text, lo, hi)]


def test_the_sentence_end_pattern_matches_what_it_matched() -> None:
    for text in _TEXTS:
        for lo in range(len(text) + 1):
            for hi in (lo, min(len(text), lo + 7), len(text)):
                assert _spans(_SENTENCE_END, text, lo, hi) == _spans(_OLD_SENTENCE_END, text, lo, hi)


def test_a_sentence_still_starts_after_a_stop_before_a_figure() -> None:
    text = "The pier closed. 14 boats left the harbour at dawn."
    at = text.index("14")
    assert _start_before(text, at) == at
    doc = read_text(text, doc_id="d0")
    claims = extract_claims(doc, _config(None).pack)
    boats = next(c for c in claims if c.value == 14)
    assert sentence_around(boats, text).startswith("14 boats")


def _names(text: str) -> list[bool]:
    tk = tokenize(text)
    toks = tk.tokens
    b = tk.sentence_spans[0][1]
    return [_name_closes(toks, j, b) for j in range(b + 1)]


def _names_slowly(text: str) -> list[bool]:
    """What _name_closes answered before SP5: every token to the comma or the end, then the test."""
    tk = tokenize(text)
    toks = tk.tokens
    b = tk.sentence_spans[0][1]
    out = []
    for j0 in range(b + 1):
        j, words = j0, []
        while j < b and toks[j].text not in {",", ";", ":"}:
            words.append(toks[j])
            j += 1
        while words and words[-1].text in {".", "!"}:
            words.pop()
        after = toks[j + 1] if j + 1 < b else None
        if j < b and (
            after is None
            or after.lower in {"and", "or", "but"}
            or (after.text.islower() and after.lower not in DETERMINERS and after.lower not in TITLES)
        ):
            out.append(False)
            continue
        out.append(
            bool(words)
            and all(w.kind == "word" and w.text[:1].isupper() for w in words)
            and words[0].lower not in MONTHS | WEEKDAYS
        )
    return out


def test_a_name_closing_a_cue_is_read_as_it_was() -> None:
    for text in [
        "The costs doubled, said Mara Ellison.",
        "The costs doubled, says Mara Ellison, The Harbour Trust",
        "The costs doubled, says Mara Ellison, a surveyor.",
        "The costs doubled, says Mara. Ellison went home",
        "The costs doubled, says Mara Ellison!!",
        "The costs doubled, says Mara Ellison. Then",
        "The costs doubled, said the surveyor.",
        "The costs doubled, says Mara, and the board agreed.",
    ]:
        assert _names(text) == _names_slowly(text), text
    assert _names("The costs doubled, said Mara Ellison.")[6]  # "Mara Ellison." closes the sentence
    assert not _names("The costs doubled, said the surveyor.")[6]


def test_a_figure_in_a_web_address_is_still_no_claim() -> None:
    cfg = numcheck.load_config(discover=False)
    claims = numcheck.extract("See www.harbour-trust.org/report/2041 for the 36 moorings.", cfg)
    assert [c.value for c in claims] == [36]
    claims = numcheck.extract("Fees rose 3.5 percent to 300 dollars.", cfg)
    assert [c.value for c in claims] == [3.5, 300]


def test_the_content_words_kept_per_pack_are_the_words_read_afresh() -> None:
    pack = _config(None).pack
    kb = knowledge(pack)
    text = "Ferry fares in the valley rose by 12 percent, the council reported on Tuesday."
    doc = read_text(text, doc_id="d0")
    kb.not_content.clear()
    first = [(c.terms, c.context) for c in extract_claims(doc, pack)]
    assert kb.not_content  # the answers were kept
    assert kb.not_content.get("the") is True and kb.not_content.get("ferry") is False
    again = [(c.terms, c.context) for c in extract_claims(doc, pack)]
    assert first == again
    assert "ferri" in first[0][0] and "the" not in first[0][0]
