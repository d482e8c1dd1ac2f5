"""relations.phrases._phrase_at: the first phrase (longest first) at a position, found among the
phrases opening with the word there, is the one trying every phrase in turn finds."""

from __future__ import annotations

import itertools

from numcheck.relations.phrases import _phrase_at, _phrases

PHRASES = _phrases(["of them", "of whom", "of", "of the total", "among the", "out of", "them all"])


def _every_phrase(ws: list[str] | tuple[str, ...], i: int) -> tuple[str, ...] | None:
    return next((p for p in PHRASES if tuple(ws[i : i + len(p)]) == p), None)


def test_longest_phrase_at_the_start() -> None:
    assert _phrase_at(["of", "the", "total", "sum"], PHRASES) == ("of", "the", "total")
    assert _phrase_at(("of", "them", "were"), PHRASES) == ("of", "them")
    assert _phrase_at(["of", "those"], PHRASES) == ("of",)


def test_at_a_position() -> None:
    assert _phrase_at(["were", "among", "the", "dead"], PHRASES, 1) == ("among", "the")
    assert _phrase_at(["were", "among", "the", "dead"], PHRASES) is None
    assert _phrase_at(["were", "among"], PHRASES, 1) is None  # the phrase runs past the words
    assert _phrase_at(["of"], PHRASES, 3) is None  # past the end
    assert _phrase_at([], PHRASES) is None


def test_same_as_trying_every_phrase() -> None:
    vocab = ["of", "them", "the", "total", "among", "out", "whom", "all", "x"]
    for n in range(5):
        for ws in itertools.product(vocab, repeat=n):
            for i in range(n + 1):
                assert _phrase_at(ws, PHRASES, i) == _every_phrase(ws, i), (ws, i)
                assert _phrase_at(list(ws), PHRASES, i) == _every_phrase(list(ws), i), (ws, i)
