"""The clause phrase lookup used by the features pass: a phrase is found wherever it stands in the
clause, at its end too, and a phrase cut short by the clause's end is not."""

from numcheck.extraction.phrases import has_phrase, in_clause

PHRASES = {("up", "to"), ("would", "have", "paid"), ("fined",)}


def test_a_phrase_at_the_end_of_the_clause_is_found() -> None:
    words = "the county said the fine could go up to".split()
    assert has_phrase(words, PHRASES)
    assert in_clause(set(words), words, PHRASES)


def test_a_phrase_cut_short_by_the_end_of_the_clause_is_not_found() -> None:
    words = "the mill would have".split()
    assert not has_phrase(words, PHRASES)
    assert not in_clause(set(words), words, PHRASES)


def test_phrases_of_different_lengths_are_all_tried() -> None:
    assert has_phrase("the harbour office was fined in may".split(), PHRASES)
    assert has_phrase("it would have paid 40 dollars".split(), PHRASES)
    assert not has_phrase("nothing here would matter".split(), PHRASES)
    assert not has_phrase([], PHRASES) and not has_phrase(["up", "to"], set())
