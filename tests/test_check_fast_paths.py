"""The shortcuts of a warm check give what the long way gives: a text read with its id and role
(no copy), the relation reader's held words, its threshold cues as sets, the listing sentences
found at the first pair scored."""

from __future__ import annotations

from numcheck import check, extract
from numcheck.api import _config
from numcheck.checks.base import CheckContext
from numcheck.checks.within import linked_pairs
from numcheck.frames import frame, list_sentences, pair_features
from numcheck.read import read_text
from numcheck.relations import _Reader
from numcheck.scorer import scorer

DRAFT = (
    "The county hired 240 nurses in 2023. Officials said the county hired 420 nurses that year. "
    "Of the 90 volunteers, 30 are 70 or older and 12 are 16 or under."
)
SOURCE = "The county hired 240 nurses in 2023, the health board said."


def test_a_text_and_the_document_read_from_it_give_one_report() -> None:
    as_text = check([DRAFT], [SOURCE])
    as_docs = check(
        [read_text(DRAFT, doc_id="x", path="<draft 0>", role="source")],
        [read_text(SOURCE, doc_id="y", path="<source 0>", role="draft")],
    )
    assert as_text.to_json() == as_docs.to_json()
    assert [(d.id, d.role) for d in as_text.documents] == [("d0", "draft"), ("s0", "source")]


def _reader(text: str) -> _Reader:
    doc = read_text(text)
    return _Reader(doc.text, extract(doc), _config(None).pack)


def test_the_words_before_and_after_a_figure_are_new_lists_each_time() -> None:
    r = _reader(DRAFT)
    c = next(c for c in r.real if c.surface.startswith("420"))
    before, after = r.before(c), r.after(c)
    assert before[-2:] == ["county", "hired"] and after[:2] == ["nurses", "that"]
    before.clear()
    after.append("x")
    assert r.before(c)[-2:] == ["county", "hired"] and r.after(c)[:2] == ["nurses", "that"]
    assert r.after(c, 3) == r.words_in(c.end, c.end + 19)[:3] == ["nurses", "that", "year"]


def test_an_age_bound_after_a_figure_is_a_threshold_and_a_count_is_not() -> None:
    r = _reader(DRAFT)
    doc = read_text(DRAFT)
    by_surface = {c.surface: c for c in extract(doc)}
    assert r.threshold(by_surface["70"]) and r.threshold(by_surface["16"])
    assert not r.threshold(by_surface["30"]) and not r.threshold(by_surface["12"])
    assert all(c.surface not in {"70", "16"} for c in r.real)


def test_pairs_are_scored_with_the_sentences_that_list_figures() -> None:
    text = (
        "Shares of Acme rose 4% on Monday, Brightco 3% and Corvan 2%. "
        "Acme shares rose 6% on Monday, a trader said."
    )
    doc = read_text(text)
    claims = extract(doc)
    ctx = CheckContext(config=_config(None), documents=[doc], claims=claims)
    got = list(linked_pairs(ctx, doc.id))
    assert got
    judge = scorer(_config(None).pack)
    lists = list_sentences(claims)
    assert lists
    for a, b, p in got:
        want = judge.probability(pair_features(a, b, frame(a, doc.text), frame(b, doc.text), lists))
        assert p == want or p == 1.0


def test_one_is_found_as_a_word_of_its_own_only() -> None:
    from numcheck.relations.phrases import ONE_RE

    text = "One left; someone stayed, one-off bone (one) -one 1one one's One. oNe ONE one"
    starts = [m.start() for m in ONE_RE.finditer(text)]
    assert starts == [0, text.index("(one)") + 1, text.index("one's"), text.index("One."), len(text) - 3]


def test_one_words_finds_what_the_pattern_finds_along_the_text() -> None:
    from numcheck.relations.phrases import ONE_RE, one_words

    texts = [
        "One left; someone stayed, one-off bone (one) -one 1one one's One. oNe ONE one",
        "oneone one, One; phone money One-time honest one",
        "",
        "one",
    ]
    for text in texts:
        assert [m.span() for m in one_words(text)] == [m.span() for m in ONE_RE.finditer(text)]
    assert [m.start() for m in one_words("gone, one and done")] == [6]
