"""Quotations and who speaks them: the spans of a text's quotation marks (curly, and straight ones
paired within a line), and each quotation's speaker, from a cue beside it, a name and colon before
it, a credit line after it, or the speaker of the quotation before. Read by attribution.py (a
figure inside a quotation is its speaker's); the cue words come from rules/attribution.yaml."""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.sources import (
    DETERMINERS,
    QUOTE_CHARS,
    VERB_AFTER_SUBJECT,
    Attribution,
    colon_after_cue,
    nearest_person,
    person_of,
    unpossessed,
)
from numcheck.extraction.tokens import Token, Tokenized
from numcheck.extraction.words import FUNCTION, ORG_WORDS, TITLES


class Quotes:
    """The quotations of a text (curly, and straight ones paired within a line) and who speaks each:
    the source named where the quote closes ('"...," she said'), else where it opens ('X said:
    "...'), else at the end of the paragraph above it ('X said:' and then the quotation,
    _speaker_above), else — for a quote that follows another within two sentences, nothing said between —
    the previous quote's speaker."""

    def __init__(
        self, tk: Tokenized, sources: list[list[Attribution]], names: dict[str, str], kb: Knowledge
    ) -> None:
        self.tk = tk
        self.spans = _quote_spans(tk.text)
        self.starts = [a for a, _ in self.spans]
        self.speakers: list[Attribution | None] = []
        toks = tk.tokens
        sentence_at = _SentenceAt(tk)
        prev_close_sentence = -10
        for a, b in self.spans:
            s_open, s_close = sentence_at(a), sentence_at(b)
            speaker: Attribution | None = None
            # the cue after the closing mark, in its sentence (or the next one)
            for cand in (s_close, s_close + 1):
                if 0 <= cand < len(sources):
                    after = [
                        att
                        for att in sources[cand]
                        if toks[att.cue_index].start > b
                        and not self._opens_between(b, toks[att.cue_index].start)
                    ]
                    if after and (
                        (cand == s_close and not _closed_glued(tk, b))
                        or (
                            not any(toks[att.cue_index].start < b for att in sources[cand])
                            and _credit_only(tk, cand, b, after[0], kb)
                        )
                    ):
                        speaker = after[0]
                        break
                    if cand == s_close and tk.sentence_spans[cand][1] < len(toks) and _ends_at(tk, cand, b):
                        continue
                    break
            if speaker is None and 0 <= s_open < len(sources):
                before = [att for att in sources[s_open] if toks[att.cue_index].start < a]
                if before:
                    speaker = before[-1]
            if speaker is None:
                speaker = _credit_line(tk, s_close, b, sources)
            if speaker is None:
                speaker = _speech_tag(tk, s_close, b, sources, names, kb)
            if speaker is None and 0 <= s_open < len(sources) and not sources[s_open]:
                speaker = _colon_speaker(tk, s_open, a, names, kb.relatives, sources)
            if speaker is None:
                speaker = _speaker_before(tk, s_open, a, sources, kb)
            if speaker is None:
                speaker = _speaker_above(tk, s_open, a, sources)
            if speaker is None and not self._quoted_sentence(s_open - 1):
                speaker = _subject_before(tk, s_open, a, sources, names)
            if (
                speaker is None
                and self.speakers
                and s_open - prev_close_sentence <= 2
                and not any(sources[n] for n in range(prev_close_sentence + 1, min(s_open, len(sources))))
            ):
                speaker = self.speakers[-1]  # nothing said between the two quotations
            if speaker is None and self.speakers and (last := self.speakers[-1]) is not None:
                where = (s_open, s_close), (a, b), prev_close_sentence
                speaker = _speaker_resumed(tk, *where, last, sources, names, kb)
            self.speakers.append(speaker)
            prev_close_sentence = s_close

    def _quoted_sentence(self, s: int) -> bool:
        """Does a quotation overlap sentence s (or is there no such sentence)?"""
        if not 0 <= s < len(self.tk.sentence_spans):
            return True
        x, y = self.tk.sentence_spans[s]
        if x >= y:
            return True
        start, end = self.tk.tokens[x].start, self.tk.tokens[y - 1].end
        return any(a < end and b > start for a, b in self.spans)

    def _opens_between(self, a: int, b: int) -> bool:
        """Does another quotation open between offsets a and b (a cue after it is its own)?"""
        k = bisect.bisect_right(self.starts, a)
        return k < len(self.starts) and self.starts[k] < b

    def span_at(self, pos: int) -> int | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and self.spans[k][0] < pos < self.spans[k][1]:
            return k
        return None

    def unspoken_at(self, pos: int) -> bool:
        """Is the text at pos the writer's own: outside every quotation, or in one that nobody is
        credited with and that opens inside its sentence ('said they had eaten it "six times or
        more"': words quoted within the writer's sentence, not a speaker's)?"""
        k = self.span_at(pos)
        if k is None:
            return True
        if self.speakers[k] is not None:
            return False
        a = self.spans[k][0]
        toks = self.tk.tokens
        j = bisect.bisect_left(toks, a, key=_START) - 1  # the token before the opening mark
        if j < 0 or j + 1 >= len(toks):
            return False
        return toks[j].kind == "word" and toks[j].sentence == toks[j + 1].sentence

    def speaker_at(self, pos: int) -> Attribution | None:
        k = self.span_at(pos)
        return None if k is None else self.speakers[k]


_START = attrgetter("start")  # a token's offset (the tokens are in text order)


def _closed_glued(tk: Tokenized, pos: int) -> bool:
    """Does the quotation closing at offset pos end its own sentence ('... devastating."') with the
    next sentence glued on after the mark by a lost space ('devastating."?Officers picked up ...,
    spokesman Ruiz said')? Then a cue after it is a credit only as a next sentence's would be
    (_credit_only), though the two read as one sentence."""
    text = tk.text
    return (
        pos >= 1
        and text[pos - 1] in ".!?"
        and pos + 2 < len(text)
        and not text[pos + 1].isspace()
        and (text[pos + 1].isupper() or (text[pos + 1] == "?" and text[pos + 2].isupper()))
    )


def _credit_only(tk: Tokenized, s: int, pos: int, att: Attribution, kb: Knowledge) -> bool:
    """Does sentence s, after a quotation that closed its own sentence at offset pos, only credit
    that quotation ('"..." Lena Holt said in a statement.', '"..." said Holt.')? Not when the
    sentence opens with words of its own before the source ('In reply, the board said ...') or goes
    on past its cue with words of its own ('Holt said the fund "needs ..."', 'Holt said on radio
    that ...'): then it is a new statement, and its speaker is not the quotation's."""
    toks = tk.tokens
    a, b = tk.sentence_spans[s]
    k = a
    while k < b and (toks[k].end <= pos or toks[k].kind != "word"):
        k += 1
    first = min(att.cue_index, att.first) if att.first >= 0 else att.cue_index
    if k < first:
        return False  # words before the source and its cue
    end = max(att.cue_index, att.last)
    rest = [t for t in toks[end + 1 : b] if t.kind == "word"]
    if len(rest) > kb.credit_tail:
        return False
    return not any(t.lower == "that" or t.text in QUOTE_CHARS for t in toks[end + 1 : b])


def _quote_opens_sentence(tk: Tokenized, s: int, pos: int, n_sentences: int) -> bool:
    """Does the quotation at character pos open sentence s (no word before it), in the same
    paragraph as the sentence before?"""
    toks = tk.tokens
    if not 0 < s < n_sentences or tk.paragraph_of_sentence[s] != tk.paragraph_of_sentence[s - 1]:
        return False
    k = tk.sentence_spans[s][0]
    while k < len(toks) and toks[k].start < pos:
        if toks[k].kind == "word":
            return False  # words before the quote in its sentence
        k += 1
    return True


def _speaker_before(
    tk: Tokenized, s: int, pos: int, sources: list[list[Attribution]], kb: Knowledge
) -> Attribution | None:
    """A quotation that opens sentence s, right after a sentence in the same paragraph that ends
    by naming a speaker with a verb of speech ('Lena Holt, the founder, says there is a need.
    "People want ..."'): that speaker, when named (a description such as "the strategist" may
    stand for someone named before, which this does not resolve)."""
    toks = tk.tokens
    if not _quote_opens_sentence(tk, s, pos, len(sources)):
        return None
    before = sources[s - 1]
    if not before or toks[before[-1].cue_index].lower not in kb.speech:
        return None
    first = before[-1].source.split()[0]
    if not first[:1].isupper() or first.lower() in DETERMINERS:
        return None  # only a speaker named ("Lena Holt says"), not a description ("The strategist says")
    return before[-1]


RESUME_GAP = 6  # the most sentences of the writer's own between a speaker's quotation and the next


def _speaker_resumed(
    tk: Tokenized,
    sentences: tuple[int, int],
    span: tuple[int, int],
    prev_s: int,
    prev: Attribution,
    sources: list[list[Attribution]],
    names: dict[str, str],
    kb: Knowledge,
) -> Attribution | None:
    """A quotation that opens sentence s with no speaker of its own, after a few sentences of the
    writer's own since the last quotation, whose speaker is a person named in the text ('"We sold
    40 boats," Holt said. The yard opened in 1990 and she took it over later. "In the first year
    ..."'): that person again, when the sentences between (at most RESUME_GAP, in one paragraph)
    name no other source and either name that person again or name no other person. Another person
    named there alone ('Ortiz runs the shop next door. "..."') may be the new speaker, so the
    quotation is left to the rules before. The speaker must be a person by name (not "the
    Harbour Gazette"); the quotation must run to its sentence's end (not a title quoted as the
    subject, '"Tides" is a novel ...') and be followed by no verb of speech in the sentence it
    closes in (a credit not read, '..." said one reader')."""
    toks = tk.tokens
    s, s_close = sentences
    pos, end = span
    if not 0 < s - prev_s <= RESUME_GAP or not _quote_opens_sentence(tk, s, pos, len(sources)):
        return None
    if tk.paragraph_of_sentence[s] != tk.paragraph_of_sentence[prev_s]:
        return None
    if prev.source.split()[0].lower() in DETERMINERS:
        return None  # an outlet or a body ("the Harbour Gazette"), not a person named
    person = person_of(prev.source, names)
    if person is None:
        return None
    a, b = tk.sentence_spans[s_close]
    after = [t for t in toks[a:b] if t.start > end]
    if s_close == s and any(t.kind == "word" for t in after):
        return None  # words of the writer's after the quotation in its sentence
    if any(t.lower in kb.speech for t in after):
        return None  # a credit after it, not read
    parts = set(person.split())
    other = mentioned = False
    for n in range(prev_s + 1, s):
        if any(person_of(att.source, names) != person for att in sources[n]):
            return None  # another source between
        a, b = tk.sentence_spans[n]
        for t in toks[a:b]:
            if t.kind != "word" or not t.text[:1].isupper():
                continue
            word = unpossessed(t.text)
            if word in parts:
                mentioned = True
            elif word in names:
                other = True
    return prev if mentioned or not other else None


def _speaker_above(tk: Tokenized, s: int, pos: int, sources: list[list[Attribution]]) -> Attribution | None:
    """A quotation that opens the paragraph of sentence s, right after a paragraph that ends with a
    colon after naming its source ('The harbour master said:' and then '"We turned away 40 ships
    ..."'): that source, the one the colon hands the words to."""
    toks = tk.tokens
    if not 0 < s < len(sources) or tk.paragraph_of_sentence[s] == tk.paragraph_of_sentence[s - 1]:
        return None
    a, b = tk.sentence_spans[s]
    if a >= b or any(t.kind == "word" and t.start < pos for t in toks[a:b]):
        return None  # words before the quote in its sentence
    before = sources[s - 1]
    if not before or not colon_after_cue(tk, s - 1, before[-1]):
        return None
    return before[-1]


def _subject_before(
    tk: Tokenized, s: int, pos: int, sources: list[list[Attribution]], names: dict[str, str]
) -> Attribution | None:
    """A quotation that opens sentence s, right after a sentence of the same paragraph, outside
    quotation marks and naming no source, whose subject is a person named in the text ('Lena
    Holt's view is different. "I waited 12 years ..."', 'Ortiz still remembers the noise. "..."'):
    that person, as the quotation's speaker. The subject is the sentence's first words (after a
    title), a person's full name or one word of it, followed by a word in lower case."""
    toks = tk.tokens
    if not _quote_opens_sentence(tk, s, pos, len(sources)) or sources[s - 1]:
        return None
    a, b = tk.sentence_spans[s - 1]
    i = a
    while i < b and (toks[i].lower in TITLES or (toks[i].text == "." and i > a)):
        i += 1  # "Dr. Lena Holt", "Mr Ortiz"
    j = i
    while j < b and j - i < 3 and toks[j].kind == "word" and toks[j].text[:1].isupper():
        j += 1
    after = j
    if after < b and toks[after].text == ",":  # "Lena Holt, a farmer, has ...": past the description
        close = next((n for n in range(after + 1, min(b, after + APPOSITION)) if toks[n].text == ","), None)
        after = close + 1 if close is not None else b
    if j == i or after >= b or toks[after].kind != "word" or not toks[after].text.islower():
        return None
    run = [unpossessed(t.text) for t in toks[i:j]]
    if any(w.lower() in FUNCTION for w in run):
        return None
    for full in names.values():
        parts = full.split()
        if len(parts) < 2:
            continue
        if run == parts or (len(run) == 1 and run[0] in (parts[0], parts[-1])):
            return Attribution(i, full, SUBJECT_CUE, i, j - 1)
    return None


APPOSITION = 10  # the most tokens of a description between commas after a name

CREDIT_CUE = "(credit)"
SUBJECT_CUE = "(subject before)"
COLON_CUE = "(colon)"


def _colon_speaker(
    tk: Tokenized,
    s: int,
    pos: int,
    names: dict[str, str],
    relatives: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    sources: list[list[Attribution]] | None = None,
) -> Attribution | None:
    """A quotation opened by a colon in a sentence that names no source with a cue ('Lee
    stressed the point, saying: "..."', 'he replied: "..."'): the subject of the clause before the
    colon, a person named (or "he"/"she" for the person last named, or for the person the same
    pronoun spoke as in the sentence or two before: 'He said ... . He continued: "..."'), as its
    speaker."""
    toks = tk.tokens
    a, b = tk.sentence_spans[s]
    k = b - 1
    while k > a and toks[k].start >= pos:
        k -= 1
    if k > a and toks[k].text == "-" and toks[k - 1].text == ":" and tk.glued(k):
        k -= 1  # ':-' before the quotation mark
    if toks[k].text != ":":
        return None
    # the clause starts: the sentence's start and each comma before the colon, last first
    starts = [a] + [n + 1 for n in range(a, k) if toks[n].text == ","]
    if (speaker := _capitals_speaker(tk, starts[-1], k, names)) is not None:
        return speaker
    for st in reversed(starts):
        run = st
        while run < k and toks[run].kind == "word" and toks[run].text[:1].isupper():
            run += 1
        # "he"/"she" opening the clause, written with a capital when it opens the sentence too
        # ('He continued: "..."')
        if toks[st].lower in {"he", "she"} and (run == st or run == st + 1):
            person = nearest_person(tk, st, names, relatives=relatives)[0]
            if person is None:
                person = _same_pronoun_before(tk, s, st, sources)
            if person is not None:
                return Attribution(st, person, COLON_CUE, st, st)
            continue
        if run == st or run >= k or not toks[run].text.islower():
            continue
        last = toks[run - 1].text
        if last in names:
            return Attribution(st, names[last], COLON_CUE, st, run - 1)
    return None


PRONOUN_REACH = 2  # sentences back a "he"/"she" before a colon looks for the same pronoun speaking


def _same_pronoun_before(
    tk: Tokenized, s: int, st: int, sources: list[list[Attribution]] | None
) -> str | None:
    """The person the pronoun at st stood for when it last spoke, in one of the PRONOUN_REACH
    sentences before sentence s ('Lee runs the group. He said the review was late. He continued:
    "..."': the "He" of "He said" was read as Lee). None when no such sentence, or when another
    source speaks nearer (then the pronoun may be theirs)."""
    if not sources:
        return None
    toks = tk.tokens
    for n in range(s - 1, max(-1, s - 1 - PRONOUN_REACH), -1):
        if n >= len(sources) or not sources[n]:
            continue
        att = sources[n][-1]
        if att.first >= 0 and toks[att.first].lower == toks[st].lower and not att.source.startswith("<"):
            return att.source
        return None
    return None


CAPITALS_NAME = 4  # the most words of a speaker's name written in capitals before a colon


def _capitals_speaker(tk: Tokenized, st: int, k: int, names: dict[str, str]) -> Attribution | None:
    """A speaker named in capitals right before the colon at k that opens a quotation, the way a
    transcript sets out its turns ('RUIZ: "We ..."', 'FIELD REPORTER, ANA RUIZ: "..."'): the words
    from st (the clause's start) to the colon, one to CAPITALS_NAME words all in capitals and none a
    function word or a possessive (not a heading such as 'THE BIG STORY:' or 'ANALYST'S TAKE:'). A
    single word must be the surname of a person the text names ('Ruiz' for 'Ana Ruiz'); a name of
    two words or more is taken as written."""
    toks = tk.tokens
    words = toks[st:k]
    if not 1 <= len(words) <= CAPITALS_NAME or any(
        t.kind != "word" or not t.text.isupper() or len(t.text) < 2 or "'" in t.text or "’" in t.text
        for t in words
    ):
        return None
    if any(t.lower in FUNCTION or t.lower in ORG_WORDS for t in words):
        return None
    if len(words) == 1:
        person = names.get(words[0].text.title())
        return Attribution(st, person, COLON_CUE, st, st) if person is not None else None
    return Attribution(st, tk.text[words[0].start : words[-1].end], COLON_CUE, st, k - 1)


def _credit_line(
    tk: Tokenized, s_close: int, pos: int, sources: list[list[Attribution]]
) -> Attribution | None:
    """A quotation credited by a name alone right after it, in a short sentence with no verb ('"We
    run 34 shows in China." Lena Holt, a member of the board.'): the name, as its speaker."""
    toks = tk.tokens
    for cand in (s_close, s_close + 1):
        if not 0 <= cand < len(tk.sentence_spans) or (cand < len(sources) and sources[cand]):
            continue
        a, b = tk.sentence_spans[cand]
        k = a
        while k < b and toks[k].end <= pos:
            k += 1
        while k < b and toks[k].kind == "sym" and toks[k].text in {'"', "”", "?", "-", "—"}:
            k += 1  # the closing mark, and a stray one
        if k >= b or toks[k].start - pos > 4:
            continue
        j = k
        while j < b and toks[j].kind == "word" and toks[j].text[:1].isupper() and j - k < 3:
            j += 1
        verbless = b - k <= 20 and not any(toks[n].lower in VERB_AFTER_SUBJECT for n in range(k, b))
        if toks[k].lower in FUNCTION:
            continue  # "At Timberline, Knight and his colleagues ...": a fronted phrase, no name
        if 2 <= j - k <= 3 and verbless and (j >= b or toks[j].text in {",", "."}):
            return Attribution(k, _name_text_of(tk, toks[k:j]), CREDIT_CUE, k, j - 1)
    return None


TAG_NAME = 3  # the most capitalised words of a name in a speech tag


def _speech_tag(
    tk: Tokenized,
    s_close: int,
    pos: int,
    sources: list[list[Attribution]],
    names: dict[str, str],
    kb: Knowledge,
) -> Attribution | None:
    """A quotation closed by a comma, "?" or "!" and followed by a speech tag that ends its
    sentence: a name or "he"/"she" and one verb ('"We lost 40 cows," Tom Reyes continued.', '...,"
    she joked.'), whatever the verb (the shape says it is the words' speaker; the cue lists need not
    hold "continued", "joked", "texted"). The name is the speaker; "he"/"she" is the person it
    stands for. Only when the sentence names no source."""
    toks = tk.tokens
    if not (0 <= s_close < len(tk.sentence_spans)) or (s_close < len(sources) and sources[s_close]):
        return None
    if pos < 1 or tk.text[pos - 1] not in ",?!":
        return None
    a, b = tk.sentence_spans[s_close]
    k = a
    while k < b and toks[k].end <= pos:
        k += 1
    while k < b and toks[k].kind == "sym" and toks[k].text in {'"', "”"}:
        k += 1  # the closing mark
    if k >= b or toks[k].start - pos > 2 or toks[k].kind != "word":
        return None
    j = k
    if toks[k].lower in {"he", "she"}:
        j = k + 1
    else:
        while j < b and toks[j].kind == "word" and toks[j].text[:1].isupper() and j - k < TAG_NAME:
            j += 1
        if j == k or toks[k].lower in FUNCTION:
            return None
    if not (j < b and toks[j].kind == "word" and toks[j].text.islower()):
        return None
    verb = toks[j]
    if not (verb.lower.endswith("ed") or verb.lower.endswith("s")) or verb.lower in FUNCTION:
        return None
    if j + 1 < b and toks[j + 1].text not in {".", ","}:
        return None
    if toks[k].lower in {"he", "she"}:
        person = nearest_person(tk, k, names, relatives=kb.relatives)[0]
        if person is None:
            return None
        return Attribution(j, person, verb.text, k, k)
    run = toks[k:j]
    name = names.get(unpossessed(run[-1].text), _name_text_of(tk, run))
    return Attribution(j, name, verb.text, k, j - 1)


def _name_text_of(tk: Tokenized, run: list[Token]) -> str:
    """The text of a name written as the run of tokens, from its first word to its last."""
    return tk.text[run[0].start : run[-1].end]


def _ends_at(tk: Tokenized, s: int, pos: int) -> bool:
    """Does sentence s end right at (or just after) the character offset pos?"""
    a, b = tk.sentence_spans[s]
    return b > a and tk.tokens[b - 1].end <= pos + 2


class _SentenceAt:
    def __init__(self, tk: Tokenized) -> None:
        self.tk = tk
        self.starts = [
            tk.tokens[a].start if a < len(tk.tokens) else len(tk.text) for a, _ in tk.sentence_spans
        ]

    def __call__(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)


def _contraction(nxt: str, after: str) -> bool:
    """Do the letters after a straight mark glued to a word end a contraction or a possessive
    ("n"t", "I"ve", "we"re", "I"ll", "he"d", "I"m", "Ruiz"s"): the mark is an apostrophe mis-decoded?
    A lone t, s, d or m with no letter after it counts whatever letter is before the mark (the
    caller asks for one); "ve", "re" and "ll" count as written. Not another letter ('the Beast"n
    right-wing': a closing mark and a lost space)."""
    if nxt in "tsdm":
        return not after.isalpha()
    return nxt + after in {"ve", "re", "ll"}


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) offsets of every quotation. Curly marks pair as written;
    a straight mark opens or closes by the side its space is on ('"We' opens, 'said."' closes).
    A quotation opened and never closed runs to the next opening mark or the end of its line,
    at most 400 characters (a quote inside a quote written with the same marks). A straight mark
    followed by '?' and a lower-case letter or a space, after a space or with no quotation open,
    is a dash mis-decoded by an earlier conversion ('the board "?which met in 2019 "?approved'),
    and is no mark at all; nor is a straight mark between two letters, an apostrophe mis-decoded
    ('we haven"t seen', 'I"ve')."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []

    def unclosed(until: int) -> None:
        while stack:
            start = stack.pop()
            spans.append((start, min(until, start + 400)))

    for m in re.finditer(r'[“”"\n]', text):
        ch, pos = m.group(), m.start()
        if ch == "\n":
            unclosed(pos)
            continue
        if ch == "“":
            opens, closes = True, False
        elif ch == "”":
            opens, closes = False, True
        else:
            prev = text[pos - 1] if pos > 0 else " "
            nxt = text[pos + 1] if pos + 1 < len(text) else " "
            after = text[pos + 2] if pos + 2 < len(text) else " "
            if nxt == "?" and (prev.isspace() or not stack) and (after.islower() or after.isspace()):
                continue  # '"?' opens no quotation: a dash mis-decoded ('the meeting "?usually ...')
            if prev.isalpha() and _contraction(nxt, after):
                continue  # 'don"t', 'I"ve': an apostrophe mis-decoded, inside a word, no mark at all
            opens = (prev.isspace() or prev in "([—–-") and not nxt.isspace()
            closes = not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)—–-")
            if opens == closes:  # can't tell: close an open quote, else open one
                opens, closes = not stack, bool(stack)
        if opens:
            if stack and len(stack) >= 2:
                unclosed(pos)
            stack.append(pos)
        elif closes and stack:
            start = stack.pop()
            spans.append((start, pos))
            if stack:  # the outer quote was never closed before this inner one: it ends here
                unclosed(start)
    unclosed(len(text))
    spans.sort()
    return spans
