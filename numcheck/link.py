"""Where two claims are linked: do they measure the same thing, and do their values agree?

Two claims measure the same thing when they are of one kind (the same counted-noun class, the
same currency, the same physical dimension, both percentages) and nothing in their context
tells them apart: the event (killed is not injured), the place and time the text gives them,
the size aspect (tall is not long), their role in a change ("from X to Y") or in a whole
("five of them"). Inside one document the test is strict (every qualifier must match); between
a draft and a source document it is relaxed (a qualifier one side leaves out is no conflict),
because sources word the same figure differently.
"""

from __future__ import annotations

import functools
import math
import re
import string
from collections.abc import Iterable
from typing import cast

from numcheck.extraction.knowledge import Knowledge, stem
from numcheck.extraction.phrases import has_phrase
from numcheck.extraction.words import ABBREVIATIONS, MONTHS
from numcheck.models import AnyClaim

MIN_SHARED_TERMS = 2  # one shared word ("reporters" / "report again") is too often chance

UNIT_TERMS = {
    "percent",
    "cent",
    "per",
    "mile",
    "kilomet",
    "metr",
    "meter",
    "feet",
    "foot",
    "acr",
    "hectar",
    "squar",
    "cubic",
    "tonn",
    "pound",
    "gallon",
    "liter",
    "litr",
    "degre",
    "billion",
    "million",
    "bn",
    "trillion",
    "thousand",
    "year",
    "month",
    "week",
    "day",
    "hour",
}


def kind_key(c: AnyClaim) -> tuple[str, str | None]:
    kind = c.kind  # (read once: a pydantic model's attribute is slow to read)
    if kind == "quantity":
        return ("quantity", c.dimension or c.unit)
    if kind == "money":
        return ("money", c.unit)
    if kind in {"percent", "percentage_point"}:
        return (kind, None)
    if kind == "count":
        return ("count", c.noun_class)
    return ("number", None)


def comparable(a: AnyClaim, b: AnyClaim) -> bool:
    """Same kind of quantity: noun class, currency, dimension or percentage."""
    ka, kb = kind_key(a), kind_key(b)
    if ka == kb:
        if ka[0] == "number":
            return a.event is not None and a.event == b.event
        if ka[0] == "quantity" and a.unit is not None and b.unit is not None:
            # a duration and a distance can't meet, and neither can °C and km
            return True
        return True
    # a bare figure ("put the death toll at 288") can stand for a count with the same event
    kinds = {ka[0], kb[0]}
    if kinds == {"count", "number"}:
        return a.event is not None and a.event == b.event
    if ka[0] == "money" and kb[0] == "money":
        return False
    return False


def shared_terms(a: AnyClaim, b: AnyClaim) -> set[str]:
    """Words both claims' clauses share, other than unit words and the counted nouns themselves."""
    nouns = {n[:5] for n in (a.counts, b.counts, a.noun_class, b.noun_class) if n}
    return {t for t in set(a.terms) & set(b.terms) if t not in UNIT_TERMS and t[:5] not in nouns}


def _disjoint(x: list[str], y: list[str]) -> bool:
    return bool(x) and bool(y) and not (set(x) & set(y))


def _times_conflict(x: list[str], y: list[str]) -> bool:
    """Between documents, times conflict only when both give the same kind of time (a year, a
    month, a relative time like 'last year') and they differ: '2023' and 'last year' may agree."""

    def kind(t: str) -> str:
        return "year" if t.isdigit() else "relative" if " " in t else "month"

    for k in ("year", "month", "relative"):
        xs = {t for t in x if not t.startswith("<") and kind(t) == k}
        ys = {t for t in y if not t.startswith("<") and kind(t) == k}
        if xs and ys and not xs & ys:
            return True
    return False


def years(times: list[str]) -> set[str]:
    """The years among a claim's times ('2023'; not 'last year' or a month)."""
    return {t for t in times if t.isdigit()}


def could_be_same(a: AnyClaim, b: AnyClaim, series: frozenset[str] = frozenset()) -> bool:
    """Knowledge, not guesswork: what rules out two figures of one document as one measurand.

    One kind of figure (a count of troops never meets an area); not a part and its whole, not a
    stated conversion of itself, not a figure that says when, not a vague amount; not killed
    against injured, a rise against a fall, a change against the level it reached, tall against
    long, two people's ages, an age in a named year and one in none, or one measure in two different
    years. Everything else is weighed by the scorer
    (numcheck/scorer.py)."""
    if a.id == b.id or not comparable(a, b):
        return False
    return pairable(a) and pairable(b) and pair_allowed(a, b, series)


def pairable(c: AnyClaim) -> bool:
    """What rules a figure out of every pair on its own: a part of a whole, a figure that says
    when, a stated conversion of another figure, a vague amount ('scores of', 'a few',
    'thousands of' say how many roughly, not a figure to hold to)."""
    return not (c.partitive or c.part_of or c.role == "when" or c.conversion_of or c.hedge == "vague")


def pair_allowed(a: AnyClaim, b: AnyClaim, series: frozenset[str] = frozenset()) -> bool:
    """could_be_same's tests of the two figures together (both pairable and comparable); `series`:
    the document's series_terms."""
    if (a.role == "age" or b.role == "age") and not same_person(a, b):
        return False  # 'Smith, 39, and Jones, 41': an age is one measurand only with the same person's
    if a.event and b.event and a.event != b.event and a.kind in {"count", "number"}:
        return False
    if a.direction != b.direction or a.change != b.change:
        return False
    if a.times or b.times:
        ya, yb = years(a.times), years(b.times)
        if ya and yb and not ya & yb:
            return False
        if bool(ya) != bool(yb) and is_age(a) and is_age(b):
            return False  # 'turned 130 in 1997' against 'the 150-year-old church': an age grows with time
        if any((m in a.times) != (m in b.times) for m in ("<from>", "<modal>", "<if>", "<law>")):
            return False
    if duration(a) and duration(b) and not same_lasting(a, b, series):
        return False
    return not (a.aspect and b.aspect and a.aspect != b.aspect)


def duration(c: AnyClaim) -> bool:
    return c.kind == "quantity" and c.dimension == "[time]"


AGE_WORDS = {"age", "old"}  # '54-year-old', '54 years old', 'at the age of 54' (stems of terms)


def is_age(c: AnyClaim) -> bool:
    """An age, as far as the reading shows: the age role, the '-year-old' measurand, or 'old' or
    'age' among its clause's words."""
    return c.role == "age" or c.measurand == "age" or bool(AGE_WORDS & set(c.terms))


SERIES_VALUES = 5  # durations of this many values tied by one word are a series, not one figure
# In series_terms' answer: the headline itself gives two durations or more ('Jailed for 35 and 51
# Months'), so it is rows of the series too, not one figure of the story's own (same_lasting).
HEADLINE_SERIES = "<headline series>"


def series_terms(claims: list[AnyClaim]) -> frozenset[str]:
    """Words of one document that tie durations of five or more different values: the words name a
    kind of duration the text gives for several holders ('months' imprisonment' for each of many
    defendants), so sharing one says nothing of being one duration."""
    values: dict[str, set[float]] = {}
    for c in claims:
        v = point(c)
        if duration(c) and v is not None:
            for t in c.terms:
                values.setdefault(t, set()).add(v)
    terms = frozenset(t for t, vs in values.items() if len(vs) >= SERIES_VALUES)
    headline = {point(c) for c in claims if c.sentence == 0 and duration(c) and point(c) is not None}
    return terms | {HEADLINE_SERIES} if terms and len(headline) >= 2 else terms


def _kinds_named(words: Iterable[str], stems: dict[str, str]) -> set[str]:
    return {stems[w] for w in words if w in stems}


def money_kinds(c: AnyClaim, stems: dict[str, str]) -> Kinds:
    """(the kinds of money c's measurand names, the kinds its clause's words name); empty for a
    figure that is not money. `stems`: the pack's Knowledge.measure_stems."""
    if c.kind != "money" or not stems:
        return frozenset(), frozenset()
    named = frozenset(_kinds_named((stem(w) for w in re.findall(r"[a-z]+", c.measurand.lower())), stems))
    return named, frozenset(_kinds_named(c.terms, stems))


Kinds = tuple[frozenset[str], frozenset[str]]  # money_kinds: (named by the measurand, by the clause)


def sum_of_kinds(c: AnyClaim, kinds: Kinds, sum_stems: frozenset[str]) -> bool:
    """c is a sum over kinds of money: its clause names two kinds or more and a word of summing
    ('criminal penalties and disgorgement that total $338 million'; measures.yaml 'sum_words').
    `kinds`: c's money_kinds."""
    return len(kinds[1]) >= 2 and bool(sum_stems.intersection(c.terms))


def kinds_differ(ka: Kinds, kb: Kinds) -> bool:
    """measures_differ on two figures' money_kinds."""
    (na, ta), (nb, tb) = ka, kb
    if na and nb:
        return not na & nb
    if na:
        return not na & tb
    if nb:
        return not nb & ta
    return False


def measures_differ(a: AnyClaim, b: AnyClaim, stems: dict[str, str]) -> bool:
    """Two amounts of money that name different kinds of money in their measurands ('a $5 million
    fraud scheme' / '$2 million in restitution'), or one that names a kind the other's clause never
    mentions ('a $500,000 criminal fine' / 'pay $3 million to resolve the claims'): two measurands.
    `stems`: the pack's Knowledge.measure_stems."""
    if a.kind != "money" or b.kind != "money":
        return False
    return kinds_differ(money_kinds(a, stems), money_kinds(b, stems))


_CLAUSE_END = re.compile(r"[.;:!?,\n]")
# a sentence ends at an end mark before a capital, a quote or a bracket, at a line break, and at a
# full stop after a word before a figure in digits ("the harbour. 9 boats sank"), as the reader of
# claims ends it (extraction/tokens.py): not after an abbreviation of words.ABBREVIATIONS ("Jan. 6",
# "No. 3") nor after one letter ("U.S. 10-year", an initial) (_ends_here). Every branch opens
# with its mark (the letter before a full stop is looked behind after it), so the engine tries the
# pattern only at those marks rather than at every character
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(])|\n|\.(?<=[A-Za-z]\.)\s+(?=\d)")
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
_WORDS = re.compile(r"[a-z]+|\d+")
_RUNNING_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year a running total counts from (running_total)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


# the sentences found around figures of the text read last, by the figure's span: running_total
# and another_matter both read a figure's sentence. Each entry keeps its text (a figure of another
# text at the same span is read afresh); a new text empties the table (no old text is kept alive)
_AROUND: dict[tuple[int, int], tuple[str, str]] = {}
_AROUND_TEXT: list[str] = [""]


# what the readers below found in the text read last, by what they read (a figure's start, a
# stretch before or after a figure): several read the same stretch of one figure. Kept as _AROUND
# keeps its sentences: each entry with its text, the table emptied at a new text
_READ: dict[tuple[object, ...], tuple[str, object]] = {}
_READ_TEXT: list[str] = [""]


def _held(text: str, key: tuple[object, ...]) -> object:
    """What was found at `key` in this text, or None."""
    held = _READ.get(key)
    return held[1] if held is not None and held[0] is text else None


def _hold(text: str, key: tuple[object, ...], value: object) -> None:
    if _READ_TEXT[0] is not text:
        _READ.clear()
        _READ_TEXT[0] = text
    _READ[key] = (text, value)


def _sentence_start(c: AnyClaim, text: str) -> int:
    """Where c's sentence starts in the text (_start_before c's start, read once a figure)."""
    key = ("start", c.start)
    held = _held(text, key)
    if held is not None:
        return cast(int, held)
    start = _start_before(text, c.start)
    _hold(text, key, start)
    return start


def _start_before(text: str, at: int) -> int:
    """Where the sentence holding position `at` starts: after the last sentence end in the 600
    characters before it, else 600 characters back (or the text's start)."""
    lo = max(0, at - 600)
    # the search runs one character past `at`, so that the lookahead after an end mark sees a
    # sentence that opens there ("... the harbour. Nine boats ..."); an end found there ends at
    # `at` at the latest
    found = _SENTENCE_END.finditer(text, lo, min(len(text), at + 1))
    ends = [m for m in found if m.end() <= at and _ends_here(text, m)]
    return ends[-1].end() if ends else lo


def _ends_here(text: str, m: re.Match[str]) -> bool:
    """Does the match `m` of _SENTENCE_END end a sentence? Every match does but a full stop before a
    figure in digits after an abbreviation or a single letter ("Jan. 6", "No. 3", "U.S. 10-year")."""
    end = m.end()
    if end >= len(text) or not text[end].isdigit() or text[m.start()] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return word is not None and len(word.group()) > 1 and word.group().lower() not in ABBREVIATIONS


def sentence_around(c: AnyClaim, text: str) -> str:
    """The plain text of c's sentence (from the last sentence end before it to the next after it)."""
    key = (c.start, c.end)
    held = _AROUND.get(key)
    if held is not None and held[0] is text:
        return held[1]
    start = _sentence_start(c, text)
    stop = min(len(text), c.end + 600)
    m = next((m for m in _SENTENCE_END.finditer(text, c.end, stop) if _ends_here(text, m)), None)
    sentence = text[start : m.start() if m else stop]
    if _AROUND_TEXT[0] is not text:
        _AROUND.clear()
        _AROUND_TEXT[0] = text
    _AROUND[key] = (text, sentence)
    return sentence


def _sentence_words(c: AnyClaim, text: str) -> list[str]:
    """The lower-case words (and digit runs) of c's sentence (sentence_around), read once a figure:
    the list kept, which callers only read."""
    key = ("sentence words", c.start, c.end)
    held = _held(text, key)
    if held is None:
        held = _WORDS.findall(sentence_around(c, text).lower())
        _hold(text, key, held)
    return cast(list[str], held)


def running_total(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """c's sentence tallies it since a start that a year or a start word names ('has won back $8
    billion since March 2012', 'since its creation ... has charged 1,500 people'): a
    programme's cumulative figure (measures.yaml 'running_totals'). 'The lowest since 2008' compares
    a level, it tallies nothing. Never a percentage."""
    if c.kind == "percent" or not (know.running_since or know.running_tallies):
        return False
    words = _sentence_words(c, text)
    present = set(words)
    for t in know.running_tallies:
        if t and t[0] not in present:
            continue  # the tally's first word is not in the sentence
        if any(tuple(words[i : i + len(t)]) == t for i in range(len(words) - len(t) + 1)):
            return True  # 'to date', 'including today's charges'
    for i, w in enumerate(words):
        if w in know.running_since and not know.running_not_after.intersection(
            words[max(0, i - know.running_not_after_reach) : i]
        ):
            ahead = words[i + 1 : i + 1 + know.running_reach]
            if any(_RUNNING_YEAR.fullmatch(x) or x in know.running_starts for x in ahead):
                return True
    return False


def rate(c: AnyClaim, text: str, know: Knowledge, to_next_figure: bool = False) -> bool:
    """c is given per unit of time by the words after it in its clause ('3,000 tonnes a month',
    'are uploaded each year', 'annually'); 'in a year', 'a year ago', 'a year of probation' are times,
    not rates (measures.yaml 'rates'). A duration or a percentage is never one ('grew 3% a year'
    is the growth a headline's '3%' may restate). With to_next_figure, the words read stop at the
    next figure, whose own period it is: 'one of which has to be given five days a week' gives
    the five days, not the one, per week (round RL31, for parts)."""
    if c.kind == "percent" or duration(c) or not know.rate_periods:
        return False
    key = ("clause after", c.end)
    held = _held(text, key)
    if held is None:
        tail = text[c.end : c.end + 200]
        m = _CLAUSE_END.search(tail)
        held = _WORDS.findall((tail[: m.start()] if m else tail).lower())
        _hold(text, key, held)
    words = cast(list[str], held)[: know.rate_reach]
    if to_next_figure:
        figure = next((i for i, w in enumerate(words) if w.isdigit() or know.numbers.is_number_word(w)), None)
        words = words[:figure]
    for i, w in enumerate(words):
        if w in know.rate_adverbs:
            return True
        if (
            w in know.rate_per
            and i + 1 < len(words)
            and words[i + 1] in know.rate_periods
            and (i == 0 or words[i - 1] not in know.rate_not_before)
            and (i + 2 >= len(words) or words[i + 2] not in know.rate_not_after)
        ):
            return True
    return False


def another_matter(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """c is marked as another payer's, charge's or case's figure: a word of its own clause ('paid an
    additional $3 million', 'in a separate scheme', 'to settle a previous matter') or the opening
    words of its sentence ('In addition, ...', 'In a related case, ...') say so (measures.yaml
    'other_matters'). Such a figure is not the restatement of one the text does not so mark."""
    if not (know.other_words or know.other_openers):
        return False
    if know.other_words.intersection(_clause_words(c, text)):
        return True
    opening = _sentence_words(c, text)
    return any(tuple(opening[: len(o)]) == o for o in know.other_openers)


def word_after(c: AnyClaim, text: str) -> str:
    """The word written right after c, lower-cased ('' when none follows): '5 others' -> 'others'."""
    m = _NEXT_WORD.match(text, c.end)
    return m.group(1).lower() if m else ""


def others_count(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c written right before a word of measures.yaml 'others_counts' ('five others were
    wounded')? It counts the others of a group its own sentence names."""
    if not know.others_words or c.start < 0:
        return False
    return word_after(c, text) in know.others_words


def rest_count(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c written right before a word of measures.yaml others_counts `rest` ('three other
    lawmakers')? It counts the rest of a group once some of it is named, fewer than all of it."""
    if not know.rest_words or c.start < 0:
        return False
    return word_after(c, text) in know.rest_words


_AND_THE_ORDINAL = re.compile(r"\band\s+the\s+([a-z]+)\b")


def ordinal_next(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c a whole count followed later in its sentence by "and the" and the ordinal of one more
    (measures.yaml others_counts `ordinals`: "two climbers were flown out and the third walked down")?
    It counts a part of a group of that many. An ordinal without "and" before it ("arrested for
    the third time") names no further member."""
    if not know.next_ordinals or c.start < 0 or c.kind not in ("count", "number") or c.value is None:
        return False
    if c.value != int(c.value) or int(c.value) + 1 not in know.next_ordinals.values():
        return False
    start = _sentence_start(c, text)
    rest = sentence_around(c, text)[c.end - start :]
    named = know.next_ordinals
    return any(named.get(m.group(1)) == c.value + 1 for m in _AND_THE_ORDINAL.finditer(rest.lower()))


def amount_each(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c a sum of money written right before a plural noun of measures.yaml averages `each`
    ('the $1,200 checks', '$600 payments')? It is what each one is worth, never a total."""
    if not know.each_nouns or c.kind != "money" or c.start < 0:
        return False
    m = _EACH_NOUN.match(text, c.end)
    return m is not None and m.group(1).lower() in know.each_nouns


_EACH_NOUN = re.compile(r"-?\s*([A-Za-z]+)")


def average(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Does a word of c's own clause name it an average ('on average a user will have 100 apps';
    measures.yaml 'averages')? Such a figure is a mean over many, not the figure of a whole."""
    if not know.average_words or c.start < 0:
        return False
    return not know.average_words.isdisjoint(_clause_words(c, text))


def _clause_words(c: AnyClaim, text: str) -> list[str]:
    """The lower-case words (and digit runs) of c's clause: from the last clause mark in the 300
    characters before c to the first in the 300 after it, c's own text left out. Read once a
    figure (another_matter and average both ask): the list kept, which callers only read."""
    key = ("clause", c.start, c.end)
    held = _held(text, key)
    if held is None:
        before = text[max(0, c.start - 300) : c.start]
        ends = list(_CLAUSE_END.finditer(before))
        after = text[c.end : c.end + 300]
        m = _CLAUSE_END.search(after)
        clause = before[ends[-1].end() if ends else 0 :] + " " + (after[: m.start()] if m else after)
        held = _WORDS.findall(clause.lower())
        _hold(text, key, held)
    return cast(list[str], held)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class LeadWords:
    """The words, lower-cased, of a release's opening, as `_WORDS` reads them (runs of a-z, runs of
    digits), asked one word at a time: a check asks about a few names, and reading the opening's
    every word into a set cost ~1 million machine instructions for a 4,000-character release."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text  # the opening, lower-cased

    def __bool__(self) -> bool:
        return _WORDS.search(self.text) is not None

    def __contains__(self, word: object) -> bool:
        """Is `word` one of the opening's words: written there with no letter of a-z (a digit,
        for a run of digits) either side?"""
        if not isinstance(word, str) or _WORDS.fullmatch(word) is None:
            return False
        same = _is_a_to_z if "a" <= word[0] <= "z" else str.isdecimal
        text, n = self.text, len(word)
        i = text.find(word)
        while i >= 0:
            if not (i > 0 and same(text[i - 1])) and not (i + n < len(text) and same(text[i + n])):
                return True
            i = text.find(word, i + 1)
        return False


def _is_a_to_z(ch: str) -> bool:
    return "a" <= ch <= "z"


def principal_words(text: str, know: Knowledge) -> LeadWords:
    """The words, lower-cased, of a release's opening: its headline and the first
    `lead_paragraphs` paragraphs after it (measures.yaml 'other_holders'). A name among them is the
    release's principal, or one of its principals (link.named_holder)."""
    if not know.holder_lead:
        return LeadWords("")
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text.strip()) if p.strip()]
    return LeadWords(" ".join(paragraphs[: 1 + know.holder_lead]).lower())


def named_holder(c: AnyClaim, text: str, know: Knowledge, principal: LeadWords) -> tuple[str, ...]:
    """The names of c's holder, when its clause names one that the release's opening never gives
    ('On May 2, Jones was sentenced to 27 months', Jones named only in a later paragraph): a
    subject of c that its sentence writes capitalised and the text never in lower case. Empty
    when the opening names a subject of c (the principal is among its holders), or when none is a
    name: a figure of the principal or of no named holder (measures.yaml 'other_holders')."""
    if not know.holder_lead or not principal or c.start < 0:
        return ()
    words = {w for w in c.subjects if w.isalpha()}
    if not words or any(w in principal for w in words):
        return ()
    sentence = sentence_around(c, text)
    names = []
    for w in sorted(words - know.holder_not_names):
        if len(w) < 3:
            continue
        if not re.search(r"\b" + w[0].upper() + re.escape(w[1:]) + r"\b", sentence):
            continue
        if re.search(r"\b" + re.escape(w) + r"\b", text):
            continue  # written in lower case somewhere: a common word, not a name
        names.append(w)
    return tuple(names)


_PARTICIPLE = re.compile(r",\s*([a-z]+ing)\b[^,;:]*$")


def participle_main(c: AnyClaim, text: str, know: Knowledge) -> tuple[int, int] | None:
    """Where c's main clause lies, when c stands in a participle clause after it ('The airline
    cancelled 40 flights, affecting about 3,000 passengers'): the span from the sentence's start to
    the comma that opens the participle. Such a figure is the main clause's consequence: its
    measurand is the main clause's (measures.yaml 'participle_clauses'). None otherwise."""
    if know.not_participles is None or c.start < 0:
        return None
    start = _sentence_start(c, text)
    m = _PARTICIPLE.search(text[start : c.start])
    if m is None or m.group(1) in know.not_participles:
        return None
    return start, start + m.start()


def later_state(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Does c's sentence open with a word of later time (measures.yaml 'later_states': "Later, the
    prosecutor put the toll at 31")? Its figure is a later state of what was counted
    before it, not a second value of a figure before it."""
    if not know.later_openers or c.start < 0:
        return False
    opening = _WORDS.findall(sentence_around(c, text)[:40].lower())
    return any(tuple(opening[: len(o)]) == o for o in know.later_openers)


# "19" or "20" with no letter, digit or underscore before it (as a leading \b would say), then two
# digits and a word's end; the look-behind comes after the two digits that begin every match, so the
# pattern opens with a literal and is tried only where "19" or "20" is written (~5x faster)
_YEAR = re.compile(r"(?:19|20)(?<!\w..)\d\d\b")


def latest_year(text: str) -> int | None:
    """The latest year (1900-2099) a text names, if any: the time of writing or after it."""
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def time_frame(c: AnyClaim, text: str, know: Knowledge, latest: int | None) -> str | None:
    """When c's sentence, before c, says c holds (measures.yaml 'time_frames'): "now" for a word of
    `present` ("These days 21% of drivers ..."), "then" for a word of `past` or a year before
    `latest` (the latest year the document names: "In 1971, 12% ..."), or, with neither word, for a
    month among c's times ("57.4% on Oct. 8"), None for neither or both.
    Only the words after the last of `breaks` before c are read ("up from 17%": no figure of the
    sentence's own time)."""
    if not know.present_cues or c.start < 0:
        return None
    words = _WORDS.findall(text[_sentence_start(c, text) : c.start].lower())
    cut = max((k + 1 for k, w in enumerate(words) if w in know.frame_breaks), default=0)
    words = words[cut:]  # "above the 6.2% of a decade before", "up from 17%": another time
    now = has_phrase(words, know.present_cues)
    then = has_phrase(words, know.past_cues) or (
        latest is not None and any(len(w) == 4 and w.isdigit() and 1900 <= int(w) < latest for w in words)
    )
    if not now and not then and not MONTHS.isdisjoint(c.times):
        then = True  # "the 57.4% recorded on Oct. 8": a state on a date, against one of "today"
    if now == then:
        return None
    return "now" if now else "then"


_NAME_WORD = re.compile(r"[A-Za-z]+")


def _days_named(span: str, know: Knowledge) -> list[str]:
    """The days of the week `span` names as days (measures.yaml 'event_days'), in order: a day name
    written with a capital, not right after a word of `not_after` ("Super Tuesday") nor right before
    a capitalised word of `not_before` ("the Sunday Times"), nor at most `said_reach` words after a
    word of `said` ("said Monday that ...": the day a count was given, not the day it counts).
    Only the words around each day name are read (a word is a run of ASCII letters, `_NAME_WORD`)."""
    found: list[str] = []
    for m in _day_matches(span, know.event_days):
        w = m.group()
        if not w[0].isupper():
            continue
        before = _words_before(span, m.start(), max(1, know.day_said_reach))
        said_window = before[max(0, len(before) - know.day_said_reach) :]
        if any(x.group().lower() in know.day_said for x in said_window):
            continue  # "the ministry said on Sunday that ..."
        prev = before[-1] if before else None
        if prev and prev.group().lower() in know.day_not_after and not span[prev.end() : m.start()].strip():
            continue  # "Super Tuesday"
        after = _NAME_WORD.search(span, m.end())
        if (
            after
            and after.group()[0].isupper()
            and after.group().lower() in know.day_not_before
            and not span[m.end() : after.start()].strip()
        ):
            continue  # "the Sunday Times"
        found.append(w.lower())
    return found


@functools.lru_cache(maxsize=8)
def _day_names(days: frozenset[str]) -> re.Pattern[str]:
    """A whole word (a run of ASCII letters) that is one of `days`, in any case."""
    names = "|".join(sorted((re.escape(d) for d in days), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![A-Za-z])(?i:{names})(?![A-Za-z])")


# the characters outside ASCII that a case-blind pattern matches as an ASCII letter: the dotted
# capital I and the dotless i (as "i"), the long s (as "s") and the Kelvin sign (as "k")
_CASE_BLIND_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _day_matches(span: str, days: frozenset[str]) -> Iterable[re.Match[str]]:
    """What `_day_names(days).finditer(span)` finds, trying the pattern only where the span in lower
    case holds a day's name (found with str.find) rather than at each of its characters: a match
    needs one there, unless a day's name is not plain ASCII or the span holds a character of
    `_CASE_BLIND_ASCII` (then the pattern walks the span as before). Matches cannot overlap (a
    day's name is bounded by non-letters), so a place inside the last match is passed over, as
    finditer passes it over."""
    pattern = _day_names(days)
    names = _ascii_day_names(days)
    if names is None or any(ch in span for ch in _CASE_BLIND_ASCII):
        return pattern.finditer(span)
    low = span.lower()
    if len(low) != len(span):
        return pattern.finditer(span)  # (lower case keeps every place without those characters)
    places: set[int] = set()
    for name in names:
        k = low.find(name)
        while k != -1:
            places.add(k)
            k = low.find(name, k + 1)
    out: list[re.Match[str]] = []
    end = 0
    for k in sorted(places):
        if k < end:
            continue
        m = pattern.match(span, k)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


@functools.lru_cache(maxsize=8)
def _ascii_day_names(days: frozenset[str]) -> tuple[str, ...] | None:
    """The day names in lower case, or None when one is empty or not plain ASCII letters."""
    if not all(d.isascii() and d.isalpha() for d in days):
        return None
    return tuple(sorted({d.lower() for d in days}))


def _words_before(span: str, at: int, count: int) -> list[re.Match[str]]:
    """The last `count` words (`_NAME_WORD`) of span[:at], whole: a window that grows until it holds
    them or reaches the span's start, and never opens inside a word."""
    if count <= 0:
        return []
    width = 16 * count + 16
    while True:
        lo = max(0, at - width)
        while lo > 0 and span[lo - 1] in _ASCII_LETTERS:
            lo -= 1
        words = list(_NAME_WORD.finditer(span, lo, at))
        if len(words) >= count or lo == 0:
            return words[-count:]
        width *= 2


_ASCII_LETTERS = frozenset(string.ascii_letters)


def _one_day(span: str, know: Knowledge) -> tuple[bool, str | None]:
    """(whether `span` names a day, the day when it names just one)."""
    days = set(_days_named(span, know))
    return bool(days), (next(iter(days)) if len(days) == 1 else None)


def opening_day(text: str, know: Knowledge) -> str | None:
    """The one day of the week the opening of a text names (its headline and the `other_holders`
    lead_paragraphs after it), or None for none or several."""
    if not know.event_days:
        return None
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text.strip()) if p.strip()]
    return _one_day(" ".join(paragraphs[: 1 + know.holder_lead]), know)[1]


def event_day(c: AnyClaim, text: str, know: Knowledge, opening: str | None) -> str | None:
    """The day of the week c is dated to (measures.yaml 'event_days'): the one day its own sentence
    names; if that names none, the last day the sentence before it names (the narration goes on
    from there: "... after a bomb on Friday. At least 31 died in that blast"); if neither names any,
    the opening's day (`opening`, opening_day). None when c's own sentence names several days
    ("said on Friday that Thursday's storm killed 9"), or nothing dates c."""
    if not know.event_days or c.start < 0:
        return None
    named, day = _one_day(sentence_around(c, text), know)
    if named:
        return day
    start = _sentence_start(c, text)
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end > 0:
        days = _days_named(text[_start_before(text, end) : end], know)  # the sentence before c's
        if days:
            return days[-1]
    return opening


_SUPPOSITION_BREAK = re.compile(r"[.;:!?,()\n\"“”—–]|\s-\s")


def _words_back(text: str, start: int, chars: int, breaks: re.Pattern[str]) -> list[str]:
    """The lower-case words (and digit runs) of the `chars` characters before `start`, after the last
    match of `breaks` among them: the figure's clause up to it."""
    key = ("back", start, chars, breaks)
    held = _held(text, key)
    if held is None:
        before = text[max(0, start - chars) : start]
        cut = list(breaks.finditer(before))
        held = _WORDS.findall(before[cut[-1].end() if cut else 0 :].lower())
        _hold(text, key, held)
    return list(cast(list[str], held))  # a list of the caller's own


def _words_on(text: str, end: int, chars: int, breaks: re.Pattern[str]) -> list[str]:
    """The lower-case words (and digit runs) of the `chars` characters from `end`, up to the first
    match of `breaks` among them: the figure's clause on from it."""
    key = ("on", end, chars, breaks)
    held = _held(text, key)
    if held is None:
        after = text[end : end + chars]
        m = breaks.search(after)
        held = _WORDS.findall((after[: m.start()] if m else after).lower())
        _hold(text, key, held)
    return list(cast(list[str], held))  # a list of the caller's own


def supposition(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Does c stand in a clause opened by a word of measures.yaml 'suppositions' (`openers`), at most
    `reach` words before it with no punctuation between ('If I tell him not to call 56 witnesses,
    ...')? Such a figure is supposed, not a value anyone gives. Only the 200 characters before c are
    read. So is c right after a word of `guesses`, at most `guess_reach` words back ("the plant
    may cut jobs, possibly 700"): a guess at a value."""
    if not (know.supposition_openers or know.supposition_guesses) or c.start < 0:
        return False
    words = _words_back(text, c.start, 200, _SUPPOSITION_BREAK)
    if not know.supposition_guesses.isdisjoint(words[-know.supposition_guess_reach :]):
        return True
    return not know.supposition_openers.isdisjoint(words[-know.supposition_reach :])


_BOUND_BREAK = re.compile(r"[.;:!?,()\n\"“”—–]")


def bracket_bound(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c the edge of a bracket (measures.yaml 'bracket_bounds'): right after a phrase of `bounds`
    that follows a word of `holders` ("a tax on incomes over $1 million", "people earning under
    $50,000"), or right after a word of `holders` and followed by a phrase of `after` ("households
    making $250,000 or more")? Such a figure is a threshold, not an amount of the measure. Only the
    60 characters either side of c, in its clause, are read."""
    if not know.bound_holders or c.start < 0:
        return False
    words = _words_back(text, c.start, 60, _BOUND_BREAK)
    if not words:
        return False
    for bound in know.bound_words:
        n = len(bound)
        if tuple(words[-n:]) == bound and len(words) > n and words[-n - 1] in know.bound_holders:
            return True
    if words[-1] not in know.bound_holders:
        return False
    tail = _words_on(text, c.end, 60, _BOUND_BREAK)
    return any(tuple(tail[: len(p)]) == p for p in know.bound_after)


def case_count(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c a bare figure (no counted noun) written after a noun of measures.yaml 'case_counts'
    `nouns` with only words of `between` among them, in its clause ("confirmed cases to 5,005",
    "infections reached more than 9,000")? It counts those cases, not the people of its sentence's
    event. Only the 60 characters before c are read."""
    if not know.case_nouns or c.start < 0 or c.kind != "number":
        return False
    for w in reversed(_words_back(text, c.start, 60, _BOUND_BREAK)):
        if w in know.case_nouns:
            return True
        if w not in know.case_between:
            return False
    return False


_CARE_BREAK = re.compile(r"[.;:!?,()\n\"“”—–]|\d")


def care_states(c: AnyClaim, text: str, know: Knowledge) -> frozenset[str] | None:
    """The states of care or harm named in c's clause (measures.yaml 'care_states': "three were
    treated at local hospitals" -> hospital; "two remain in critical condition" -> critical), read
    from the punctuation before c to the punctuation or the next digit after it, for a count whose
    event is one of `events`, or that has no event but names a state ("one remains in critical
    condition"); None for any other figure (no state read). Only the 100 characters
    either side of c are read."""
    if not know.care_phrases or c.start < 0 or c.kind not in ("count", "number"):
        return None
    if c.event is not None and c.event not in know.care_events:
        return None
    words = _words_back(text, c.start, 100, _SUPPOSITION_BREAK) + _words_on(text, c.end, 100, _CARE_BREAK)
    found = set()
    present = set(words)
    for phrase, state in know.care_phrases:
        if phrase and phrase[0] not in present:
            continue  # most phrases' first word is not in the clause: no walk along it
        n = len(phrase)
        if any(tuple(words[k : k + n]) == phrase for k, w in enumerate(words) if w == phrase[0]):
            found.add(state)
    if c.event is None and not found:
        return None  # a count of no event and no state: no reading of harm at all
    return frozenset(found)


def world_scope(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c given for the whole world: does its clause (from the punctuation before it to the
    punctuation after it) hold a phrase of measures.yaml 'world_scopes' ("more than 4,700 people
    have died worldwide", "the global toll of 9,000")? Only the 120 characters either side of c
    are read."""
    return _scoped(c, text, know.world_phrases)


def national_scope(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c given for a whole country: does its clause hold a phrase of measures.yaml
    'national_scopes' ("winning 4 percent nationally", "12,000 layoffs nationwide"), read as
    world_scope reads its phrases? Such a figure is never one with a state's or a city's."""
    return _scoped(c, text, know.nation_phrases)


def _scoped(c: AnyClaim, text: str, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """world_scope's and national_scope's reading of c's clause for one of `phrases`."""
    if not phrases or c.start < 0:
        return False
    words = _words_back(text, c.start, 120, _SUPPOSITION_BREAK) + _words_on(text, c.end, 120, _BOUND_BREAK)
    if has_phrase(words, phrases):
        return True
    # "Worldwide, the outbreak has infected 2.2 million and killed 150,000": a phrase opening the
    # sentence, set off by a comma, scopes every figure of the sentence
    start = _sentence_start(c, text)
    head, comma, _ = text[start : c.start].partition(",")
    opening = tuple(_WORDS.findall(head.lower()))
    return bool(comma) and opening in phrases


_SECURITY_AFTER = re.compile(r"\s+(?:U\.S\.\s+)?([A-Za-z]+)")


def maturity(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Does c's hyphened duration name a security by its term: a noun of measures.yaml
    'maturities' right after it, past "U.S." at most ('the 10-year Treasury note', '30-year bonds')?"""
    if not know.maturity_nouns or c.start < 0 or not duration(c) or "-" not in c.surface:
        return False
    m = _SECURITY_AFTER.match(text, c.end)
    return m is not None and m.group(1).lower() in know.maturity_nouns


def ratio_side(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c one side of a ratio: a phrase of measures.yaml 'ratios' ("for every") starts within
    its reach of words after c, in c's clause ("about five experienced workers for every new
    hire")?"""
    if not know.ratio_phrases or c.start < 0:
        return False
    tail = text[c.end : c.end + 120]
    m = _CLAUSE_END.search(tail)
    ws = _WORDS.findall((tail[: m.start()] if m else tail).lower())
    starts = range(min(len(ws), know.ratio_reach + 1))
    return any(tuple(ws[i : i + len(p)]) == p for p in know.ratio_phrases for i in starts)


def capacity(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c how many a place can take: a count of people or a bare figure written right after a
    phrase of measures.yaml 'capacities', past its `between` words, in its clause ("a chapel that
    holds 290 people", "the arena seats about 20,000")? Only the 60 characters before c are read."""
    if not know.capacity_phrases or c.start < 0:
        return False
    if not (c.kind == "number" or (c.kind == "count" and c.noun_class in know.people_kinds)):
        return False
    words = _words_back(text, c.start, 60, _BOUND_BREAK)
    while words and words[-1] in know.capacity_between:
        words.pop()
    return any(len(words) >= len(p) and tuple(words[-len(p) :]) == p for p in know.capacity_phrases)


_SHARE = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)"


def score_side(c: AnyClaim, text: str, know: Knowledge) -> float | None:
    """The other side of the head-to-head score c is one side of: a percentage joined to c by a
    joiner of measures.yaml 'scores' right after it ("54%-42%" -> 42 for the 54%; "45 percent to
    43 percent") or right before it (-> 54 for the 42%); "to" joins no score after a word of
    `not_before` ("rose from 41% to 45%"). None for a figure that is no side of a score. Only the
    40 characters either side of c are read."""
    if not know.score_joiners or c.kind != "percent" or c.start < 0:
        return None
    joiner = "|".join(rf"\b{j}\b" if j.isalpha() else re.escape(j) for j in know.score_joiners)
    after = re.match(rf"\s*(?:{joiner})\s*{_SHARE}", text[c.end : c.end + 40])
    if after is not None and not _ranged(text, c.start, know):
        return float(after.group(1))
    lo = max(0, c.start - 40)
    before = re.search(rf"{_SHARE}\s*(?:{joiner})\s*$", text[lo : c.start])
    if before is not None and not _ranged(text, lo + before.start(), know):
        return float(before.group(1))
    return None


def _ranged(text: str, start: int, know: Knowledge) -> bool:
    """Is a word of the three before a score's first share one of `not_before` ("from 41%")?"""
    words = _WORDS.findall(text[max(0, start - 30) : start].lower())
    return bool(know.score_not_before.intersection(words[-3:]))


_OF_AFTER = re.compile(r"\)?\s+of\s+")  # "a majority (57 percent) of Americans" too
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\s+")  # the word right after a share ("among")
_QUOTES = frozenset("\"“”‘’'")
_BASE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:\.[A-Za-z]+)*\.?|\S")


def share_base(c: AnyClaim, text: str, know: Knowledge) -> frozenset[str]:
    """The stems of the base of c's percentage: the words after an "of" written right behind it (or
    behind the bracket that closes it),
    at most 'share_bases' reach of them, past its skip words, up to punctuation, a digit or a stop
    ("65 percent of the gun homicide victims in 2010" -> gun, homicid, victim; "56% of Americans
    believe" -> american; measures.yaml 'share_bases'), or after a word of 'share_bases' `before`
    right behind it ("27 percent among early voters" -> earli, voter). With no "of" behind it, the
    words of a phrase opened by a word of `before` and closed by a comma right before it ("Among
    independents, 35 percent said ..." -> independ). Empty for a figure that is no percentage or
    has neither. Only the characters right after c (and, for `before`, the 80 right before it) are
    read."""
    if not know.base_stops or c.kind != "percent" or c.start < 0:
        return frozenset()
    m = _OF_AFTER.match(text, c.end)
    if m is not None:
        return _base_words(text, m.end(), m.end() + 80, know)
    if know.base_before:
        a = _WORD_AFTER.match(text, c.end)  # "52 percent among voters on the day" -> voter, day
        if a is not None and a.group(1).lower() in know.base_before:
            return _base_words(text, a.end(), a.end() + 80, know)
    if know.base_groups:
        group = _bracket_group(text, c.start, know)
        if group:
            return group
    if know.base_before:
        b = _BASE_BEFORE.search(text, max(0, c.start - 80), c.start)
        if b is not None and b.group(1).lower() in know.base_before:
            return _base_words(text, b.start(2), b.end(2), know)
    if know.base_opens or know.base_carried:
        start = _sentence_start(c, text)
        return _opened_base(text, start, c.start, know) or _carried_base(text, start, c.start, know)
    return frozenset()


# a sentence opened by a word of share_bases `opens` and a phrase up to a comma: "Among independent
# voters, a majority favor keeping it (45 percent)"
_OPENED = re.compile(r"\s*[\"“‘']?([A-Za-z]+)\s+([^,;:!?()\d\"“”.]{1,120}),")


def _opened_base(text: str, start: int, end: int, know: Knowledge) -> frozenset[str]:
    """The base a sentence's opening phrase gives every share in it with no base of its own
    ("Among rural renters, most back the rent cap (62 percent)" -> rural,
    renter; share_bases `opens`): the sentence text[start:end] must open with it, and no semicolon
    may stand between its comma and the share (a semicolon opens a clause of its own)."""
    m = _OPENED.match(text, start, end)
    if m is None or m.group(1).lower() not in know.base_opens or ";" in text[m.end() : end]:
        return frozenset()
    return _base_words(text, m.start(2), m.end(2), know)


# a share with its "of" right behind it ("19% of independents", "19 percent) of independents")
_SHARE_OF = re.compile(_SHARE + r"\)?\s+of\s+")
_TOKEN = re.compile(r"[A-Za-z]+|\S")


def _carried_base(text: str, start: int, end: int, know: Knowledge) -> frozenset[str]:
    """The base a share with none of its own takes from the share of its sentence it is set against
    by a word of share_bases `carried` right before it, past at most two lower-case words ("Just
    19% of independents approve, while 67% disapprove" -> independ; "..., but only 30%"): the last
    percentage before that word in the sentence text[start:end], read only when an "of" and its
    base follow it (no base is guessed from a bare share)."""
    tail = list(_TOKEN.finditer(text, max(start, end - 40), end))[-3:]
    at = None
    for k in range(len(tail) - 1, -1, -1):
        w = tail[k].group()
        if w in know.base_carried:
            at = tail[k].start()
            break
        if not w.isalpha() or not w.islower():
            return frozenset()
    if at is None:
        return frozenset()
    shares = list(re.finditer(_SHARE, text[start:at]))
    if not shares:
        return frozenset()
    m = _SHARE_OF.match(text, start + shares[-1].start(), at)
    return frozenset() if m is None else _base_words(text, m.end(), at, know)


_OPEN_BRACKET = re.compile(r"\(\s*$")


def _bracket_group(text: str, start: int, know: Knowledge) -> frozenset[str]:
    """The stems of the group of people named right before the bracket that opens at a share
    ("black Democrats (67%)" -> black, democrat; "whites (75%)" -> white): the word before the
    bracket must be one of share_bases `groups`; the words before it are read back as far as
    `reach` words, up to punctuation, a digit or a stop. Empty when no group stands there."""
    before = text[max(0, start - 80) : start]
    bracket = _OPEN_BRACKET.search(before)
    if bracket is None:
        return frozenset()
    out: list[str] = []
    for t in reversed(list(_BASE_WORD.finditer(before, 0, bracket.start()))):
        w = t.group()
        if not w[0].isalpha() or w.endswith("."):
            break
        w = _base_form(w)
        if not out and w not in know.base_groups:
            return frozenset()
        if w in know.base_skip:
            continue
        if w in know.base_stops:
            break
        out.append(stem(w))
        if len(out) >= know.base_reach:
            break
    return frozenset(out)


# "Among independents, 35 percent": a word (share_bases `before`) opening the sentence or a phrase
# after punctuation, the base's words up to a comma, then at most two lower-case words ("just",
# "about") before the figure ("44% of searchers use one engine, 48%": that "of" is 44%'s)
_BASE_BEFORE = re.compile(
    r"(?:^|[.;:!?,(\n]\s*)([A-Za-z]+)\s+([^,;:!?()\d\"“”.]{1,60}),\s*(?:[a-z]+\s+){0,2}$"
)


def _base_form(w: str) -> str:
    """A word of a share's base or holder as its stop and skip lists hold it: lower case, no full
    stop, no possessive 's ("Democrats'" stays, "Obama's" -> "obama")."""
    return w.lower().rstrip(".").replace("’", "'").removesuffix("'s")


def _base_words(text: str, start: int, end: int, know: Knowledge) -> frozenset[str]:
    """share_base's reading of the words of text[start:end]."""
    out: list[str] = []
    for t in _BASE_WORD.finditer(text, start, end):
        w = t.group()
        if w in _QUOTES:
            continue  # 'of "very conservative" voters': a quoted word of the base
        if not w[0].isalpha():
            break
        last = w.endswith(".")  # a full stop ends the base, but for a title's ("Mr.")
        w = _base_form(w)
        if w in know.base_skip:
            continue
        if w in know.base_stops:
            break
        out.append(stem(w))
        if last or len(out) >= know.base_reach:
            break
    return frozenset(out)


_AT_BEFORE = re.compile(r"\bat\s+$")


def share_holder(c: AnyClaim, text: str, know: Knowledge) -> frozenset[str]:
    """The stems of whom or what c's percentage is given for, read back from an "at" written right
    before it (measures.yaml 'share_holders': "puts the president at 54%" -> presid; "inflation at
    6.5 percent" -> inflat): at most `reach` words, passing over share_bases' skip words, up to
    punctuation, a digit or a stop. Empty for a figure that is no percentage, has no "at" before it
    or no holder read. Only the 80 characters before c are read."""
    if not know.holder_stops or c.kind != "percent" or c.start < 0:
        return frozenset()
    before = text[max(0, c.start - 80) : c.start]
    at = _AT_BEFORE.search(before)
    if at is None:
        return frozenset()
    out: list[str] = []
    for t in reversed(list(_BASE_WORD.finditer(before, 0, at.start()))):
        w = t.group()
        if not w[0].isalpha():
            break
        w = _base_form(w)
        if w in know.base_skip:
            continue
        if w in know.holder_stops:
            break
        out.append(stem(w))
        if len(out) >= know.holder_reach:
            break
    return frozenset(out)


_RANK_ENDS = frozenset(".;:!?")  # punctuation that ends the search for a place


def share_rank(c: AnyClaim, text: str, know: Knowledge) -> str | None:
    """The place in a ranking c's percentage is given for: the ordinal word of measures.yaml
    'share_ranks' nearest before it in its sentence, at most `reach` words back, with no figure and
    no word ending in a full stop between ("The Ledger was third with 5.6 percent" -> "third").
    None for a figure that is no percentage or has no place read. Only the 80 characters before c
    are read."""
    if not know.rank_ordinals or c.kind != "percent" or c.start < 0:
        return None
    before = text[max(0, c.start - 80) : c.start]
    words = 0
    for t in reversed(list(_BASE_WORD.finditer(before))):
        w = t.group()
        if w[0].isdigit() or w in _RANK_ENDS:
            return None
        if not w[0].isalpha():
            continue
        if w.endswith("."):
            return None
        if w.lower() in know.rank_ordinals:
            return w.lower()
        words += 1
        if words >= know.rank_reach:
            return None
    return None


def bases_differ(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two share_base answers that both name a base and share no stem of it: shares of two groups."""
    return bool(x) and bool(y) and x.isdisjoint(y)


_QUESTION_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:\.[A-Za-z]+)*\.?|\d[\d.,]*|\S")
_QUESTION_END = frozenset(".;:?!")


def share_question(c: AnyClaim, text: str, know: Knowledge) -> frozenset[str]:
    """The stems of what c's percentage says: the lower-case words after it, its base among them, up
    to its sentence's end or the next figure, at most 'share_questions' reach of them, past
    punctuation, the skip words (function words, pronouns, the verbs that only say an answer was
    given) and words written with a capital, the names a question is about ("61 percent of
    farmers expect Mayor Ruiz to raise prices" -> farmer, expect, rais, price; measures.yaml
    'share_questions'). A figure
    met before any word but those of c's base is read is a share coordinated with c ("70% of A and
    56% of B see ..."): passed over. Empty for a figure that is no percentage. Only the characters
    right after c are read (200)."""
    if not know.question_skip or c.kind != "percent" or c.start < 0:
        return frozenset()
    out: list[str] = []
    base: frozenset[str] | None = None
    for t in _QUESTION_WORD.finditer(text, c.end, c.end + 200):
        w = t.group()
        if w[0].isdigit():
            if base is None:
                base = share_base(c, text, know)
            if not base.issuperset(out):
                break  # the next figure, after c's question: its own share
            continue  # a share coordinated with c's, before c's question
        if not w[0].isalpha():
            if w in _QUESTION_END:
                break
            continue
        lw = w.lower().strip("'’").replace("’", "'").removesuffix("'s")
        last = lw.endswith(".") and lw.rstrip(".") not in know.base_skip  # "Mr.", "U.S." go on
        lw = lw.rstrip(".")
        if w[0].islower() and lw not in know.question_skip and stem(lw) not in know.question_verbs:
            out.append(stem(lw))
            if len(out) >= know.question_reach:
                break
        if last:
            break
    return frozenset(out)


def share_asked(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Is c a percentage with no "of" behind it whose next word, past commas and brackets, is a form
    of a verb of measures.yaml 'share_questions' `asked` ("52% said", "with 46% saying", "A
    majority, 56 percent, believe")? Then it is a share of the people asked."""
    if not know.asked_stems or c.kind != "percent" or c.start < 0:
        return False
    for t in _QUESTION_WORD.finditer(text, c.end, c.end + 40):
        w = t.group()
        if w[0].isalpha():
            return stem(w.lower().rstrip(".")) in know.asked_stems
        if w in _QUESTION_END or w[0].isdigit():
            return False
    return False


def row_partners(c: AnyClaim, text: str, know: Knowledge, shares: frozenset[float]) -> frozenset[float]:
    """The values of the other percentages of c's sentence (`shares`: all the sentence's) when the
    sentence holds a word of measures.yaml 'share_rows' `contrasts` or `lists` ("While 81% of
    teachers back the rule, 48% of parents do" -> 81 for the 48%): the rows c is set against. Empty
    for a figure that is no percentage, a sentence with no other share or no such word."""
    if not (know.row_contrasts or know.row_lists) or c.kind != "percent" or c.start < 0:
        return frozenset()
    own = point(c)
    others = frozenset(v for v in shares if v is not None and v != own)
    if not others:
        return frozenset()
    words = _sentence_words(c, text)
    if know.row_contrasts.isdisjoint(words) and know.row_lists.isdisjoint(words):
        return frozenset()
    return others


def row_listed(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Does c's sentence set its shares side by side only by a word of share_rows `lists` ("46
    percent Greens, 31 percent Blues and 19 percent undecided"), with no word of `contrasts`?"""
    words = _sentence_words(c, text)
    return not know.row_lists.isdisjoint(words) and know.row_contrasts.isdisjoint(words)


def rows_apart(x: frozenset[float], y: frozenset[float], vx: float | None, vy: float | None) -> bool:
    """Two row_partners answers that both name partners, share none, and hold neither figure: two
    rows of two tables."""
    return bool(x) and bool(y) and x.isdisjoint(y) and vx not in y and vy not in x


def questions_differ(x: frozenset[str], y: frozenset[str], base: frozenset[str]) -> bool:
    """Two share_question answers that, less the stems of the base the two shares have in common,
    both say something and share no stem: answers to two questions."""
    x, y = x - base, y - base
    return bool(x) and bool(y) and x.isdisjoint(y)


def earlier_statement(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Does c's sentence report its words in the past perfect (measures.yaml 'later_states'
    'earlier_cues': "she had said it was within 10km")? Its figure is what was said before, an
    earlier state of what another figure gives now, not a rival source's value."""
    if not know.earlier_cues or c.start < 0:
        return False
    return has_phrase(_sentence_words(c, text), know.earlier_cues)


def breakdown_sum(c: AnyClaim, claims: Iterable[AnyClaim], text: str) -> float | None:
    """The sum of the figures of c's unit in c's sentence, c among them, when there are two or more
    ("4 lakh acres under one project, 1.6 lakh under another and 50,000 under a third": 610,000);
    else None. Read with measures.yaml 'breakdowns' (within._linked_pairs)."""
    if c.start < 0 or c.value is None or c.unit is None:
        return None
    start = _sentence_start(c, text)
    end = start + len(sentence_around(c, text))
    doc, unit, kind = c.doc, c.unit, c.kind  # (read once: a pydantic model's attribute is slow to read)
    parts = [
        d.value
        for d in claims
        if d.doc == doc
        and start <= d.start < end
        and d.unit == unit
        and d.kind == kind
        and d.value is not None
    ]
    return math.fsum(parts) if len(parts) >= 2 else None


def age_holder(c: AnyClaim, text: str, know: Knowledge) -> str | None:
    """The person noun of measures.yaml 'age_holders' written right after c's hyphened age ('the
    24-year-old neighbour' -> 'neighbour'), else None."""
    if not know.age_holder_nouns or c.start < 0 or not c.surface.lower().endswith("old") or not is_age(c):
        return None
    word = word_after(c, text)
    return word if word in know.age_holder_nouns else None


def holder_named_apart(c: AnyClaim, noun: str, text: str) -> bool:
    """Does c's sentence name the person noun other than right after c ('A 21-year-old was killed
    by her neighbour')?"""
    sentence = sentence_around(c, text).lower()
    hits = len(re.findall(r"\b" + re.escape(noun) + r"\b", sentence))
    return hits > (1 if word_after(c, text) == noun else 0)


_HYPHENED_SIZE = re.compile(r"\d\s*[-‐–]\s*([A-Za-z]+)$")
_NAME_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")


def model_size(c: AnyClaim, text: str, know: Knowledge) -> bool:
    """Does c's size name a model: a size joined to its unit by a hyphen ('13-inch') of a unit of
    measures.yaml 'model_sizes', written right before a capitalised name that the text never writes
    in lower case ('the 13-inch MacBook Pro', not 'a 13-inch screen' nor a headline's 'Screen')?"""
    if not know.model_size_units or c.start < 0 or (c.unit or "").lower() not in know.model_size_units:
        return False
    m = _HYPHENED_SIZE.search(c.surface)
    if m is None:
        return False
    name = _NAME_AFTER.match(text, c.end)
    if name is None:
        return False
    word = name.group(1)
    return re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is None


_FIGURE_DIGITS = re.compile(r"\d[\d,.]*")


def written_digits(c: AnyClaim) -> str:
    """The significant digits of c's figure as written ('$3,518,274' -> '3518274')."""
    m = _FIGURE_DIGITS.search(c.surface)
    return re.sub(r"\D", "", m.group()).strip("0") if m else ""


def precise_slip(a: AnyClaim, b: AnyClaim, min_digits: int) -> bool:
    """Two figures written to `min_digits` significant digits or more, of one order of size, whose
    digits differ as a slip does (two swapped, or one changed): one figure mistyped, whatever their
    words call them; two precise amounts that agree so nearly by chance are rare."""
    da, db = written_digits(a), written_digits(b)
    if len(da) < min_digits or len(da) != len(db) or da == db:
        return False
    pa, pb = point(a), point(b)
    if not (pa and pb and pa > 0 and pb > 0) or max(pa, pb) / min(pa, pb) >= 10:
        return False
    return sorted(da) == sorted(db) or sum(x != y for x, y in zip(da, db, strict=True)) == 1


def cut_short(x: AnyClaim, y: AnyClaim, min_digits: int) -> bool:
    """x is y cut short, not rounded: x is a plain figure of `min_digits` significant digits or more
    and y lies from x up to the next step of x's last digit ('$2.79 million' for '$2,799,462';
    measures.yaml 'cut_digits'). '$2.97 million' for it is no cut."""
    px, py = point(x), point(y)
    if x.hedge is not None or px is None or py is None or len(written_digits(x)) < min_digits:
        return False
    lo, hi = interval(x)
    step = hi - lo
    return 0 < step < math.inf and px <= py < px + step and len(written_digits(y)) > len(written_digits(x))


def same_lasting(a: AnyClaim, b: AnyClaim, series: frozenset[str] = frozenset()) -> bool:
    """Could two durations be how long one thing lasts? Every event, term, reign and journey has a
    duration, and a duration's measurand is mostly empty ('for 12 years'), so the kind says
    nothing: something in the text must name what lasts in both — the same measurand, event or
    person, or a word both clauses share that is not one of the document's `series_terms`
    ('the strike lasted 12 days' / 'the 21-day strike': strike). 'Reigned for 42 years' / '24
    years since a minister came' share none. An age is never another duration, and two ages are
    left to the rules for ages; a clause with no content words says nothing either way."""
    if is_age(a) or is_age(b):
        return is_age(a) and is_age(b)
    if (a.sentence == 0 or b.sentence == 0) and HEADLINE_SERIES not in series:
        series = frozenset()  # a headline's one duration is the story's own, never one row of a series
    if not a.terms or not b.terms:
        return True
    if a.measurand and a.measurand.lower() == b.measurand.lower():
        if any(stem(w) not in series for w in a.measurand.split()):
            return True
    if a.event and a.event == b.event:
        return True
    return bool(shared_terms(a, b) - series)


def same_person(a: AnyClaim, b: AnyClaim) -> bool:
    """Two ages of one named person: one full name ('Maria Delgado, 39' and 'Delgado, 43' after
    it, extraction/features.py), never two names of one family ('John Smith' and 'Mary Smith')."""
    return a.role == b.role == "age" and a.refers_to is not None and a.refers_to == b.refers_to


def known_same(a: AnyClaim, b: AnyClaim) -> bool:
    """Knowledge, not likelihood, says the two figures are one measurand: a person's age given twice."""
    return same_person(a, b)


def same_measurand(a: AnyClaim, b: AnyClaim, min_terms: int = MIN_SHARED_TERMS) -> bool:
    """Strict linking, for two claims of one document."""
    if a.id == b.id or not comparable(a, b):
        return False
    if a.partitive or b.partitive or a.part_of or b.part_of:
        return False
    if a.role == "when" or b.role == "when":
        return False  # "in four weeks" says when, it measures nothing
    if a.conversion_of or b.conversion_of:
        return False  # a stated conversion is its original claim stated twice
    if a.event != b.event and a.kind in {"count", "number"}:
        return False
    if a.direction != b.direction:
        return False
    if set(a.modifiers) != set(b.modifiers):
        return False
    if a.role != b.role:
        return False
    if _disjoint(a.subjects, b.subjects):
        return False
    if _disjoint(a.heads, b.heads):
        return False
    if set(a.places) != set(b.places) and not (a.places and b.places and set(a.places) & set(b.places)):
        return False
    if set(a.times) - {"<may>"} != set(b.times) - {"<may>"}:
        return False
    if a.aspect and b.aspect and a.aspect != b.aspect:
        return False
    if a.change != b.change:
        return False
    if a.refers_to == b.id or b.refers_to == a.id or (a.refers_to and a.refers_to == b.refers_to):
        return True
    # a counted noun of one class is itself evidence: then one shared word is enough
    needed = min(min_terms, 1) if a.kind == b.kind == "count" and a.noun_class == b.noun_class else min_terms
    if (
        len(shared_terms(a, b)) < needed
        and not (a.event and a.event == b.event)
        and not (a.kind == "count" and a.modifiers and set(a.modifiers) == set(b.modifiers))
    ):
        return False  # nothing but the kind of figure in common
    return True


def compatible(a: AnyClaim, b: AnyClaim) -> bool:
    """Relaxed linking, for a draft claim and a source claim.

    A bare figure ("payrolls increased by 272,000") may stand for a count of anything; a forecast
    is not an outturn; the earlier figure of a change ("up from 110 million") is compared only with
    another earlier figure."""
    bare = {a.kind, b.kind} == {"count", "number"} and not (a.event and b.event and a.event != b.event)
    if not (comparable(a, b) or bare):
        return False
    if ("<modal>" in a.times) != ("<modal>" in b.times) and "<may>" not in a.times + b.times:
        return False
    if ("<from>" in a.times) != ("<from>" in b.times):
        return False
    if a.event and b.event and a.event != b.event and a.kind in {"count", "number"}:
        return False
    if a.partitive != b.partitive:
        return False
    if _disjoint(a.modifiers, b.modifiers):
        return False
    if _disjoint(a.heads, b.heads):
        return False
    if a.direction and b.direction and a.direction != b.direction:
        return False
    if _disjoint(a.places, b.places):
        return False
    if _times_conflict(a.times, b.times):
        return False
    if a.aspect and b.aspect and a.aspect != b.aspect:
        return False
    return True


def similarity(a: AnyClaim, b: AnyClaim) -> float:
    """How much the contexts of two comparable claims say they are about the same thing."""
    score = float(len(shared_terms(a, b)))
    if a.event and a.event == b.event:
        score += 2
    if a.kind == "count" and a.noun_class == b.noun_class:
        score += 1
    if a.places and set(a.places) & set(b.places):
        score += 1
    if set(a.subjects) & set(b.subjects):
        score += 1
    return score


# ---------------------------------------------------------------- values


def interval(c: AnyClaim) -> tuple[float, float]:
    """The claim's interval in a unit comparable across units (SI for physical quantities)."""
    if c.kind == "quantity" and c.si_unit is not None:
        lo, hi = c.si_low, c.si_high
    else:
        lo, hi = c.low, c.high
    return (-math.inf if lo is None else lo, math.inf if hi is None else hi)


def point(c: AnyClaim) -> float | None:
    if c.kind == "quantity" and c.si_unit is not None:
        return c.si_value
    return c.value


def agree(a: AnyClaim, b: AnyClaim, relative: float = 0.0, *, touching: bool = True) -> bool:
    """Do the intervals the two wordings allow overlap (each widened by `relative`)?

    Open bounds count: "more than 20 feet" and "as high as 20 feet" do not meet. With
    `touching=False`, rounding intervals that only touch do not meet either: '40' (39.5-40.5) and
    '41' (40.5-41.5), or '1.2' and '1.3', are figures one step apart at the same precision."""
    return agree_at(interval(a), interval(b), a, b, relative, touching=touching)


def agree_at(
    ia: tuple[float, float],
    ib: tuple[float, float],
    a: AnyClaim,
    b: AnyClaim,
    relative: float = 0.0,
    *,
    touching: bool = True,
) -> bool:
    """agree(a, b) with the claims' intervals already found (`interval`), for many pairs."""
    alo, ahi = _widen(*ia, relative)
    blo, bhi = _widen(*ib, relative)
    if alo > bhi or blo > ahi:
        return False
    if not touching and relative == 0 and (alo == bhi or blo == ahi) and alo < ahi and blo < bhi:
        return False
    if alo == bhi and (a.low_open or b.high_open) and relative == 0:
        return False
    if blo == ahi and (b.low_open or a.high_open) and relative == 0:
        return False
    return True


def _widen(lo: float, hi: float, rel: float) -> tuple[float, float]:
    if rel <= 0:
        return lo, hi
    return lo - abs(lo) * rel, hi + abs(hi) * rel


def ratio(a: AnyClaim, b: AnyClaim) -> float | None:
    pa, pb = representative(a), representative(b)
    if pa is None or pb is None or pa == 0 or pb == 0:
        return None
    return min(pa, pb) / max(pa, pb) if pa > 0 and pb > 0 else None


def representative(c: AnyClaim) -> float | None:
    p = point(c)
    if p is not None:
        return p
    lo, hi = interval(c)
    if math.isinf(lo) and math.isinf(hi):
        return None
    if math.isinf(hi):
        return lo
    if math.isinf(lo):
        return hi
    return (lo + hi) / 2


def describe(c: AnyClaim) -> str:
    """'about 11,000 soldiers (Volodymyr Zelenskyy)'."""
    src = f" ({c.source})" if c.source else ""
    hedge = f"{c.hedge} " if c.hedge and c.hedge != "vague" else ""
    return f"{hedge}{c.surface}{src}"
