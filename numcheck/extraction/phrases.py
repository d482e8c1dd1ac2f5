"""Phrase tables: whether one of a table's phrases (tuples of lower-case words, from the rule pack)
occurs in a run of words, found at the words a phrase starts with; the first words and lengths of
a table are computed once per table. Read by features.py and attribution.py."""

from __future__ import annotations

from collections.abc import Collection


def in_clause(words_in: set[str], words: list[str], phrases: set[tuple[str, ...]]) -> bool:
    """One of `phrases` in the clause's words (`words_in`, their set, rules most phrases out at once)."""
    return not phrase_shape(phrases)[0].isdisjoint(words_in) and has_phrase(words, phrases)


def has_phrase(words: list[str], phrases: Collection[tuple[str, ...]]) -> bool:
    """Whether one of `phrases` occurs in `words` (a set lookup per phrase length, only at the words
    a phrase starts with)."""
    firsts, lengths = phrase_shape(phrases)
    if firsts.isdisjoint(words):
        return False  # no word a phrase starts with (most texts: no loop over the words)
    for i, w in enumerate(words):
        if w in firsts:
            for k in lengths:
                if tuple(words[i : i + k]) in phrases:
                    return True
    return False


_PHRASE_SHAPES: dict[int, tuple[object, frozenset[str], tuple[int, ...]]] = {}


def phrase_shape(phrases: Collection[tuple[str, ...]]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The first words and the lengths of a phrase table's phrases (a set of phrases, or a dict
    keyed by them; cached, checked against the table itself: the rule pack's tables are made once
    per pack)."""
    entry = _PHRASE_SHAPES.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        if len(_PHRASE_SHAPES) > 64:
            _PHRASE_SHAPES.clear()
        shape = (frozenset(p[0] for p in phrases), tuple(sorted({len(p) for p in phrases})))
        entry = _PHRASE_SHAPES[id(phrases)] = (phrases, *shape)
    return entry[1], entry[2]


def first_words(table: Collection[tuple[str, ...]]) -> frozenset[str]:
    """The first words of a phrase table's phrases (cached with their lengths: phrase_shape)."""
    return phrase_shape(table)[0]
