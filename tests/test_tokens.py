"""The token store: a document's tokens kept as arrays read like the list of Token objects they replace."""

from __future__ import annotations

import pytest

from numcheck.extraction.tokens import TOKEN_RE, TokenStore, tokenize

# a document several times longer than the Token objects the store keeps (chunks of 256 tokens)
PARAGRAPH = (
    "The council said 1,250 homes were flooded in March, up from 300 a year earlier. "
    "“We counted 14 bridges,” the mayor told reporters.\n\n"
)
TEXT = PARAGRAPH * 400


def test_tokens_read_by_index_slice_and_iteration_are_the_documents_tokens() -> None:
    tk = tokenize(TEXT)
    toks = tk.tokens
    matches = list(TOKEN_RE.finditer(TEXT))
    assert len(toks) == len(matches) > TokenStore.CACHED_CHUNKS << TokenStore.SHIFT
    assert [(t.text, t.start, t.end, t.index) for t in toks] == [
        (m.group(), m.start(), m.end(), i) for i, m in enumerate(matches)
    ]
    everything = list(toks)
    assert toks[-1] == everything[-1] and toks[-len(toks)] == everything[0]
    for a, b, step in [(250, 270, None), (0, 1000, None), (1000, 0, -3), (-40, None, 2), (5, 5, None)]:
        assert toks[a:b:step] == everything[a:b:step]
    with pytest.raises(IndexError):
        toks[len(toks)]
    with pytest.raises(IndexError):
        toks[-len(toks) - 1]


def test_a_token_read_again_after_its_chunk_was_dropped_is_the_same_token() -> None:
    tk = tokenize(TEXT)
    first = tk.tokens[3]
    list(tk.tokens)  # every chunk made in turn: the first is long dropped
    again = tk.tokens[3]
    assert again == first
    assert (again.sentence, again.paragraph, again.clause) == (first.sentence, first.paragraph, first.clause)


def test_sentences_and_paragraphs_are_numbered_as_the_text_runs() -> None:
    tk = tokenize(TEXT)
    assert len(tk.sentence_spans) == 2 * 400
    assert tk.paragraph_of_sentence[:4] == [0, 0, 1, 1]
    last = tk.tokens[len(tk.tokens) - 1]
    assert (last.text, last.sentence, last.paragraph) == (".", 799, 399)


def test_a_short_text_gets_a_list_of_the_same_tokens_the_store_gives_a_long_one() -> None:
    short = tokenize(PARAGRAPH * 3)
    long = tokenize(TEXT)
    assert isinstance(short.tokens, list) and isinstance(long.tokens, TokenStore)
    n = len(short.tokens)
    assert short.tokens == long.tokens[:n]
    assert short.sentence_spans == long.sentence_spans[: len(short.sentence_spans)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Deputy Director Mara J. Olsen announced it. Claims rose.", 2),  # a middle initial
        ("Staff from the U.S. Army came. Claims rose.", 2),
        ("The plan had one fallback, Plan B. The board agreed.", 2),  # after a lone capital, not a name
    ],
)
def test_a_middle_initial_does_not_end_a_sentence(text: str, sentences: int) -> None:
    assert len(tokenize(text).sentence_spans) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The firm is based in Washington, D.C. The firm paid $4 million.", 2),
        ("Sales in the U.S. In 2021 they fell 5%.", 2),
        ("The U.S. Attorney said 40 people were charged.", 1),  # a name goes on
        ("She flew to the U.K. Prime Minister Li met her.", 1),  # any other capital may start a name
    ],
)
def test_an_abbreviation_ending_in_a_capital_ends_before_a_sentence_opener(text: str, sentences: int) -> None:
    assert len(tokenize(text).sentence_spans) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Rents rose 4 percent.-A 2019 audit showed that 30 percent moved.", 2),  # a space lost after "."
        ("Rents rose 4 percent.-Most tenants stayed.", 2),
        ("The U.S.-Canada treaty covers 40 lakes.", 1),  # a compound after an abbreviation
        ("Rents rose 4 percent.-and more", 1),  # no capital after the dash
    ],
)
def test_a_dash_glued_after_a_full_stop_ends_the_sentence_before_a_capital(text: str, sentences: int) -> None:
    assert len(tokenize(text).sentence_spans) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The bakery is in Salem, Ore. The owner paid $3,000 in fines.", 2),
        ("Her firm moved to Dover, Mass. In 2019 it hired 12 people.", 2),
        ("A bakery in Salem, Ore., paid $3,000 in fines.", 1),  # a comma after the state
        ("Officers in Salem, Ore. said 4 men fled.", 1),  # no sentence opener after it
        ("He drove to Salem, Ore. Police stopped him twice.", 1),  # any other capital may start a name
    ],
)
def test_a_state_abbreviation_after_a_town_ends_before_a_sentence_opener(text: str, sentences: int) -> None:
    assert len(tokenize(text).sentence_spans) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The case went to Judge Ana Ruiz Jr. On Monday she fined the firm $9,000.", 2),
        ("Ana Ruiz Sr. said 4 men fled.", 1),
        ("They marched on Ana Ruiz Jr. Day with 300 others.", 1),  # any other capital may go on a name
    ],
)
def test_a_names_suffix_ends_before_a_sentence_opener(text: str, sentences: int) -> None:
    assert len(tokenize(text).sentence_spans) == sentences


@pytest.mark.parametrize(
    "text, sentences, paragraphs",
    [
        ("\n\nThe depot took 40 buses, the firm said.", 1, 1),  # line breaks before the first token
        ("The depot took 40 buses,\nthe firm said.", 2, 2),  # a line break after a comma
        ("The depot took 40 buses\n\nThe firm said so.", 2, 2),  # after a word
        ("Trams ran late (\nagain) on Monday.\n", 2, 2),  # after a bracket
        ("Ferries, buses; trams: all ran.", 1, 1),  # clause breaks alone end no sentence
    ],
)
def test_a_line_break_in_the_gap_before_a_token_starts_a_paragraph_wherever_it_falls(
    text: str, sentences: int, paragraphs: int
) -> None:
    tk = tokenize(text)
    assert len(tk.sentence_spans) == sentences
    assert len(set(tk.paragraph_of_sentence)) == paragraphs


def test_a_comma_starts_a_clause_and_a_run_on_sentence_is_cut_at_one_past_the_cap() -> None:
    from numcheck.extraction.tokens import MAX_SENTENCE_TOKENS

    tk = tokenize("Ferries ran, buses ran.")
    assert [t.clause for t in tk.tokens] == [0, 0, 0, 1, 1, 1]
    run_on = ", ".join(["cars"] * MAX_SENTENCE_TOKENS)  # no full stop: cut after a comma past the cap
    tk = tokenize(run_on)
    assert len(tk.sentence_spans) == 2
    a, b = tk.sentence_spans[1]
    assert tk.tokens[a - 1].text == "," and a >= MAX_SENTENCE_TOKENS


def test_a_short_text_of_more_tokens_than_the_plain_list_gets_the_store_of_the_same_tokens() -> None:
    # 5,000 figures in 10,000 characters: short enough to be read into a list first, too many tokens
    # to stay one, so it is read again into the store
    dense = "7 " * 5000
    tk = tokenize(dense)
    assert isinstance(tk.tokens, TokenStore)
    assert len(tk.tokens) == 5000
    assert [(t.text, t.start) for t in tk.tokens[4094:4098]] == [("7", k) for k in (8188, 8190, 8192, 8194)]
    assert len(tk.sentence_spans) == 5000 // 300 + 1  # a run-on sentence cut at twice the cap


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Zoë's café paid naïve Brontë fans", ["Zoë's", "café", "paid", "naïve", "Brontë", "fans"]),
        ("O’Brien’s rock'n'roll band", ["O’Brien’s", "rock'n'roll", "band"]),
        ("the dogs' bowls", ["the", "dogs", "'", "bowls"]),
        ("$400 Millionin fines, Millionaires", ["$", "400", "Million", "in", "fines", ",", "Millionaires"]),
    ],
)
def test_a_word_runs_on_through_letters_of_any_script_and_inner_apostrophes(
    text: str, words: list[str]
) -> None:
    assert [t.text for t in tokenize(text).tokens] == words
