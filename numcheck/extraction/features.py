"""Sentence-level features of claims: what happened (event), where and when, the words around it
(terms), parts of a whole, and stated conversions. Who said it (attribution) is read first, by
attribution.py.

These are what link.py compares to decide that two claims measure the same thing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, TypeVar

from numcheck.extraction.attribution import attribute_claims
from numcheck.extraction.counted_nouns import OF_DETERMINERS
from numcheck.extraction.knowledge import Knowledge, stem
from numcheck.extraction.numbers import read_number
from numcheck.extraction.phrases import first_words, has_phrase, in_clause
from numcheck.extraction.raw import NEAR, Raw
from numcheck.extraction.sources import QUOTE_CHARS
from numcheck.extraction.tokens import Token, Tokenized, capitalised
from numcheck.extraction.units import per_period, rate_parts
from numcheck.extraction.words import (
    AUX,
    CONTRACTIONS,
    FUNCTION,
    GENERIC_VERBS,
    MONTHS,
    PLACE_PREPS,
    TITLES,
    WEEKDAYS,
    YEAR_RE,
)
from numcheck.models import ClaimDraft

PLACE_WORDS = {"nationwide", "capital", "country", "region", "province", "state", "city", "abroad"}
PARTITIVE_BEFORE = {"including", "among", "of whom", "of which", "of them"}
PARTITIVE_ENDINGS = tuple(PARTITIVE_BEFORE)  # for str.endswith


def add_features(tk: Tokenized, raws: list[Raw], claims: list[ClaimDraft], kb: Knowledge) -> None:
    capitals = capitalised(tk)
    attribute_claims(tk, raws, claims, kb, capitals)
    names_mid = _names_mid_sentence(tk, capitals)
    stretches = _Stretches(tk)
    counted: dict[int, list[str]] = {}  # the year a sentence counts on to, read once a sentence
    for idx, (raw, c) in enumerate(zip(raws, claims, strict=True)):
        prev_end = raws[idx - 1].last if idx > 0 else -1
        next_start = raws[idx + 1].first if idx + 1 < len(raws) else len(tk.tokens)
        named = None if c.source_carried else c.source  # what the linking features look at
        span = _near_span(tk, raw)
        clause = stretches.clause(span, tk.tokens[raw.first].clause)
        clause_lowers = stretches.clause_lowers(span, tk.tokens[raw.first].clause)
        implied = kb.implied_events.get((raw.counts or "").split()[-1].lower()) if raw.counts else None
        c.event = implied or _event(tk, raw, kb, span, stretches.lowers(span))
        if c.event in HUMAN_EVENTS and raw.noun_class is not None and raw.noun_class not in kb.people_kinds:
            c.event = None
        c.direction = _direction(tk, raw, clause, kb)
        c.places = _places(tk, raw, clause, prev_end, next_start)
        c.subjects = _subjects(tk, raw, prev_end, named, names_mid, capitals)
        if (
            not c.subjects
            and idx > 0
            and claims[idx - 1].sentence == c.sentence
            and not _segment_break(tk, raws[idx - 1].last, raw.first)
        ):
            c.subjects = list(claims[idx - 1].subjects)
        c.heads = _heads(tk, raw, kb)
        c.modifiers = _modifiers(tk, raw)
        c.times = _times(tk, raw, stretches.clause_times(span, tk.tokens[raw.first].clause, kb), kb)
        if not [t for t in c.times if not t.startswith("<")]:  # no date in the clause: the sentence's
            dated = [d for k, d in stretches.dates(span) if not raw.first <= k <= raw.last]
            if not dated:  # "Four years earlier, he won 78%": the year counted from the one before
                s = tk.tokens[raw.first].sentence
                if s not in counted:
                    counted[s] = _relative_year(tk, s, kb)
                dated = counted[s]
            c.times = sorted(set(c.times) | set(dated))
        c.terms = _terms(tk, raw, kb, named, span, stretches)
        c.context = _context(tk, raw, kb, named, span, stretches)
        c.aspect = _aspect(tk, raw, kb)
        c.partitive = (
            _is_partitive(tk, raw, raws, idx, kb)
            or (idx > 0 and claims[idx - 1].partitive and _listed_after(tk, raws[idx - 1], raw))
            or _one_group_of_several(tk, raw, c.event, kb)
        )
        c.change = _change_role(tk, raw, kb)
        c.role = _role(tk, raw, clause, clause_lowers, kb) or _total_in_sentence(
            raw, kb, span, stretches.lowers(span)
        )
        if (
            c.kind == "quantity"
            and c.dimension == "[time]"
            and raw.first > 0
            and (tk.tokens[raw.first - 1].lower in {"in", "within", "after"} or _time_window(tk, raw, kb))
        ):
            c.role = "when"  # "report again in four weeks": when something happens, not a measurement
        if (raw.vague and tk.tokens[raw.number_last].lower == "more") or raw.features.get("more"):
            c.role = "other"  # "thousands more were at risk": others, not the same ones
        if "age_of" in raw.features:  # "Jane Smith, 39,": an age, one measurand per person named
            c.role = "age"
            whose = raw.features["age_of"]
            c.refers_to = f"age of {whose}" if whose else None
            c.subjects = [str(whose).split()[-1]] if whose else c.subjects
        c.cues = _cues(tk, raw, clause, clause_lowers, kb)
        if "delta" in c.cues and c.change is None:
            c.change = "delta"
        whole_of = _is_whole_of_partitive(tk, raw, kb)
        if whole_of:
            if whole_of == "figure":
                c.event = implied
            c.role = c.role or "whole"
        if c.partitive and _of_the_next(tk, raw, raws, idx):
            c.part_of = f"#{idx + 1}"
        elif c.partitive:
            at = _opened_whole(tk, raws, claims, idx)
            at = _of_which_whole(tk, raws, claims, idx, kb) if at is None else at
            at = _whole_before(claims, idx, kb.people_kinds) if at is None else at
            if at is not None:
                whole = claims[at]
                c.part_of = f"#{at}"
                if c.counts is None and whole.counts:
                    c.counts, c.noun_class = whole.counts, whole.noun_class
                    if c.kind == "number":
                        c.kind = "count"
                        c.unit = whole.unit
                if c.event is None:
                    c.event = whole.event
                if not c.measurand:
                    c.measurand = whole.measurand.removesuffix(f" {whole.event}")
    _anaphora(tk, raws, claims, kb)
    _age_owners(claims)
    _lead_subjects(tk, claims, names_mid)
    for c in claims:
        if c.event and c.kind == "count" and c.measurand and c.event not in c.measurand:
            c.measurand = f"{c.measurand} {c.event}"
    _conversions(tk, raws, claims, kb)
    # part_of and conversion_of hold positions until ids are known
    for c in claims:
        if c.part_of and c.part_of.startswith("#"):
            c.part_of = f"{c.doc}c{c.part_of[1:]}"
        if c.conversion_of and c.conversion_of.startswith("#"):
            c.conversion_of = f"{c.doc}c{c.conversion_of[1:]}"
        if c.refers_to and c.refers_to.startswith("#"):
            c.refers_to = f"{c.doc}c{c.refers_to[1:]}"


WINDOW_PREPS = {"over", "for", "in", "during", "within", "across"}


def _time_window(tk: Tokenized, raw: Raw, kb: Knowledge) -> bool:
    """Is the time quantity the span a statement covers ("over the past five years", "for the
    last two years", "in the first six months"; nouns.yaml window_words, window_spans)? When
    something happened or held, not a measurement to compare."""
    k = raw.first
    if k < 3 or tk.tokens[k - 2].lower != "the" or tk.tokens[k - 3].lower not in WINDOW_PREPS:
        return False
    w = tk.tokens[k - 1].lower
    return w in kb.window_words or (w in kb.window_spans and tk.tokens[k - 3].lower != "for")


def _near_span(tk: Tokenized, raw: Raw) -> tuple[int, int]:
    """The claim's sentence, cut to NEAR tokens either side of the figure: a "sentence" of 100,000
    figures (a pasted table) must not make every claim read all of it (quadratic time)."""
    a, b = tk.sentence_spans[tk.tokens[raw.first].sentence]
    lo, hi = raw.first - NEAR, raw.last + 1 + NEAR
    return (a if a >= lo else lo), (b if b <= hi else hi)  # (max and min, without their calls)


_T = TypeVar("_T")


# a token's index: the key a token's place in a list of tokens in text order is found by
_INDEX = attrgetter("index")
_CLAUSE = attrgetter("clause")  # and its clause's number (clauses are numbered in text order)


class _Stretches:
    """What the features read of a sentence stretch (_near_span), read once for every claim in it:
    its words in lower case, its dates, a clause's tokens and their words in lower case, what _times
    reads of the clause and the stems _terms and _context read (`stems`). The lists are shared:
    callers only read them. Only the last stretch asked for is kept (claims come in text order), so
    a long run of figures with a stretch each holds no more than one; what is held of it is keyed
    by what was read (and the clause), never by the stretch again."""

    def __init__(self, tk: Tokenized) -> None:
        self.tk = tk
        self._span: tuple[int, int] | None = None
        self._held: dict[tuple[str | int, ...], Any] = {}

    def _read(self, span: tuple[int, int], key: tuple[str | int, ...], read: Callable[[], _T]) -> _T:
        """What `read` gives for `key` in the stretch `span`, read once; an earlier stretch's is
        forgotten when a new one is asked for."""
        if span != self._span:
            self._span = span
            self._held.clear()
        held = self._held.get(key)
        if held is None:
            held = self._held[key] = read()
        return held

    def lowers(self, span: tuple[int, int]) -> list[str]:
        return self._read(span, ("lowers",), lambda: [t.lower for t in self.tk.tokens[span[0] : span[1]]])

    def dates(self, span: tuple[int, int]) -> list[tuple[int, str]]:
        """(token index, date) of the stretch's dates (_dates)."""
        return self._read(
            span, ("dates",), lambda: _dates(self.tk.tokens[span[0] : span[1]], self.lowers(span))
        )

    def clause_times(self, span: tuple[int, int], cl: int, kb: Knowledge) -> _ClauseTimes:
        """_ClauseTimes of the stretch's clause `cl`."""
        return self._read(
            span,
            ("times", cl),
            lambda: _clause_times(
                self.tk, self.clause(span, cl), self.clause_lowers(span, cl), self.dates(span), kb
            ),
        )

    def stems(
        self, span: tuple[int, int], key: tuple[int, ...], read: Callable[[], list[tuple[int, str]]]
    ) -> list[tuple[int, str]]:
        """(token index, stem) pairs of the stretch that `read` gives, read once for each `key`."""
        return self._read(span, ("stems", *key), read)

    def clause(self, span: tuple[int, int], cl: int) -> list[Token]:
        """The stretch's tokens of clause `cl`: a slice of it, found by bisection (clauses are
        numbered in text order)."""
        toks, (a, b) = self.tk.tokens, span
        return self._read(
            span,
            ("clause", cl),
            lambda: toks[
                bisect_left(toks, cl, a, b, key=_CLAUSE) : bisect_right(toks, cl, a, b, key=_CLAUSE)
            ],
        )

    def clause_lowers(self, span: tuple[int, int], cl: int) -> list[str]:
        """The lower-case words of the stretch's clause `cl` (of `clause`, in its order)."""
        return self._read(span, ("clause_lowers", cl), lambda: [t.lower for t in self.clause(span, cl)])


def _event(tk: Tokenized, raw: Raw, kb: Knowledge, span: tuple[int, int], lowers: list[str]) -> str | None:
    """The nearest event word to the claim in its sentence (same clause preferred): `span` is its
    _near_span, `lowers` the words there in lower case."""
    toks = tk.tokens
    a, b = span
    best: tuple[float, str] | None = None
    clause = toks[raw.first].clause
    first = first_words(kb.events)
    if first.isdisjoint(lowers):
        return None  # no word an event starts with: no event in the sentence
    governing = _governing_event(toks, raw, a, kb)
    if governing is not None:
        return governing  # (the nearest event word too, so the scan below would not overrule it)
    for i in range(a, b):
        if lowers[i - a] not in first or toks[i].kind != "word" or raw.first <= i <= raw.last:
            continue
        if _heads_later_figure(toks, i, _after_noun(raw), b):
            continue  # "with more than 18,000 — and its death toll of over 900": the 900's event
        for size in range(min(kb.event_max, b - i), 0, -1):
            key = tuple(lowers[i - a : i - a + size])
            ev = kb.events.get(key)
            if ev is not None:
                dist = float(min(abs(i - raw.first), abs(i - raw.last)))
                if i > raw.last:
                    dist -= 0.5  # "4,589 injured and 221 were still missing": the predicate follows
                if toks[i].clause != clause:
                    dist += 15
                if best is None or dist < best[0]:
                    best = (dist, ev)
                break
    if best is None or best[0] > 30:
        return None
    # the predicate follows the figure: "4,589 injured and 221 were still missing"
    start = _after_noun(raw)
    start = _past_insertion(toks, start, b, kb)
    for t in toks[start : min(b, start + 6)]:
        if t.kind == "num" or t.text in {",", ";"}:
            break
        ev = kb.events.get((lowers[t.index - a],))
        if ev is not None and not _heads_later_figure(toks, t.index, start, b):
            return ev
    return best[1]


# how far after an event word a figure it heads may stand ("its death toll of over 900"); only a
# figure in digits counts (a number word there is rarely the phrase's own figure)
HEAD_REACH = 4
# words before a figure that make it a time or a date, not the count an event word heads
_TIME_PREPOSITIONS = frozenset({"on", "in", "since", "at"})


def _heads_later_figure(toks: list[Token], i: int, start: int, b: int) -> bool:
    """Does the event word at i, after a figure whose words end before `start`, open the noun
    phrase of a later figure of its sentence (which ends before b): a determiner or a possessive
    (`OF_DETERMINERS`, "a", "an") in the two words before it, no figure between the first figure
    and the word, and a figure in digits within HEAD_REACH tokens after the word, no comma or stop
    between, that is no year and no time or date ("died at 2 am", "hurt in the 2018 crash", "on 5
    May": the word is the first figure's own predicate)? "The
    country counts the most infections, with more than 18,000 — and its death toll of over 900 is
    the highest": the toll is the 900's event, not the 18,000's. "4,589 were injured and 221 were
    missing" and "12 killed and 30 injured" keep their own words (no noun phrase opens between)."""
    between = toks[start:i]
    if i < start or any(t.kind == "num" for t in between):
        return False
    if not any(t.lower in OF_DETERMINERS or t.lower in {"a", "an"} for t in toks[max(start, i - 2) : i]):
        return False
    for j in range(i + 1, min(b, i + 1 + HEAD_REACH)):
        if toks[j].kind == "num":
            return not (YEAR_RE.match(toks[j].text) or toks[j - 1].lower in _TIME_PREPOSITIONS)
        if toks[j].text in {".", ";", ","}:
            return False
    return False


def _after_noun(raw: Raw) -> int:
    """The first token after a figure and its counted noun ("41 people | and wounded")."""
    return raw.noun_span[1] + 1 if raw.noun_span else raw.last + 1


def _governing_event(toks: list[Token], raw: Raw, start: int, kb: Knowledge) -> str | None:
    """The event of a verb whose object the figure is: "killed at least 41 people and wounded 29
    others" counts the killed at 41, whatever event the next verb names. The verb is the word right
    before the figure or before its hedge ("at least"), in the figure's clause."""
    j = raw.first - 1
    phrase = raw.features.get("hedge_phrase")
    if isinstance(phrase, str) and phrase:
        words = phrase.split()
        if [t.lower for t in toks[max(0, raw.first - len(words)) : raw.first]] == words:
            j -= len(words)  # a hedge written right before the figure, not one shared over "and"
    if j < start or toks[j].kind != "word" or toks[j].clause != toks[raw.first].clause:
        return None
    return kb.events.get((toks[j].lower,))


# words between "and" and a second event word that name no group of their own ("and were killed",
# "and they were killed" say more of the same people)
NO_GROUP = AUX | {"be", "being", "they", "who", "all"}


def _one_group_of_several(tk: Tokenized, raw: Raw, event: str | None, kb: Knowledge) -> bool:
    """ "Three men were killed at a depot and a driver and his mate were killed on a bridge":
    the same event befell another group, named without a figure and the subject of a passive
    later in the sentence, so the figure counts one group of those the event befell, a part of any
    total given elsewhere ("19 had died and he promised an inquiry into every death" names none)."""
    if event is None:
        return False
    toks = tk.tokens
    _, b = tk.sentence_spans[toks[raw.first].sentence]
    start = _after_noun(raw)
    own = next((t.index for t in toks[start : min(b, start + 4)] if kb.events.get((t.lower,)) == event), None)
    if own is None:
        return False  # the event is not the figure's own predicate ("4 people were killed")
    for k in range(own + 1, b):
        if kb.events.get((toks[k].lower,)) != event:
            continue
        window = toks[max(own + 1, k - 8) : k]
        joins = [t.index for t in window if t.lower == "and"]
        passive = toks[k - 1].lower in {"was", "were", "been"}  # "and a guard was killed"
        if not joins or not passive or any(t.kind == "num" for t in window):
            return False
        group = [t for t in toks[joins[0] + 1 : k] if t.kind == "word" and t.lower not in NO_GROUP]
        return bool(group)
    return False


INSERTION_REACH = 12  # tokens an insertion set off by commas may run to


def _past_insertion(toks: list[Token], start: int, end: int, kb: Knowledge) -> int:
    """Where a counted subject's predicate may start: right after its noun, or past an insertion
    set off by commas and opened by a word of events.yaml predicate_past ("12 other people,
    including five civilians, were wounded": at "were"). The insertion must close with a comma
    within INSERTION_REACH tokens, before any ";" or full stop."""
    if not (start + 1 < end and toks[start].text == "," and toks[start + 1].lower in kb.predicate_past):
        return start
    for k in range(start + 2, min(end, start + 2 + INSERTION_REACH)):
        if toks[k].text == ",":
            return k + 1
        if toks[k].text in {";", ".", ":"}:
            break
    return start


def _places(tk: Tokenized, raw: Raw, clause: list[Token], prev_end: int, next_start: int) -> list[str]:
    """'in Taroudant', 'at Epitsentr', 'nationwide', 'In Paris, ...': places the text binds to the claim."""
    toks = tk.tokens
    places: list[str] = []
    s = toks[raw.first].sentence
    a, b = tk.sentence_spans[s]
    # "In Paris, ..." at the start of a sentence covers the sentence
    if b - a > 2 and toks[a].lower == "in" and toks[a + 1].text[:1].isupper():
        j = a + 1
        run = []
        while j < b and toks[j].kind == "word" and toks[j].text[:1].isupper():
            run.append(toks[j].text)
            j += 1
        if j < b and toks[j].text == ",":
            places.append(" ".join(run))
    first, last = raw.first, raw.last
    # (the clause's tokens are in text order: the tokens between two indexes are a slice of it)
    after = clause[bisect_right(clause, last, key=_INDEX) : bisect_left(clause, next_start, key=_INDEX)]
    before = clause[bisect_right(clause, prev_end, key=_INDEX) : bisect_left(clause, first, key=_INDEX)]
    found = _place_phrases(after) or _place_phrases(before)
    places.extend(found)
    return sorted(set(places))


def _place_phrases(near: list[Token]) -> list[str]:
    """The place in the first prepositional phrase ('killed in neighboring Taroudant'), not in
    phrases about the event ('killed in the blast at al-Ahli Arab Hospital in Gaza City')."""
    places: list[str] = []
    for i, t in enumerate(near):
        if (
            t.lower in PLACE_PREPS
            and i + 1 < len(near)
            and not places
            and any(x.lower in PLACE_PREPS for x in near[:i])
        ):
            break
        if t.lower in PLACE_PREPS and i + 1 < len(near):
            j = i + 1
            while j < len(near) and near[j].lower in {
                "the",
                "neighboring",
                "neighbouring",
                "nearby",
                "northern",
                "southern",
                "eastern",
                "western",
                "central",
            }:
                j += 1
            run = []
            while (
                j < len(near)
                and near[j].kind == "word"
                and near[j].text[:1].isupper()
                and _bare(near[j].lower) not in MONTHS
                and _bare(near[j].lower) not in WEEKDAYS
            ):
                run.append(near[j].text)
                j += 1
            if run:
                places.append(" ".join(run))
            else:
                break
        elif t.lower == "nationwide":
            places.append("nationwide")
    return places


def _subjects(
    tk: Tokenized, raw: Raw, prev_end: int, source: str | None, names_mid: set[str], capitals: list[Token]
) -> list[str]:
    """Names written between the previous claim and this one: 'The Olinda fire has burned 1,081 acres'.

    A sentence's first word counts only when the document also capitalises it mid-sentence.
    `capitals`: the text's capitalised() words (the only ones that can be a name here)."""
    toks = tk.tokens
    s = toks[raw.first].sentence
    a, _ = tk.sentence_spans[s]
    start = max(a, prev_end + 1)
    src = set((source or "").replace("’", "'").split())
    out = []
    for t in capitals[
        bisect_left(capitals, start, key=_INDEX) : bisect_left(capitals, raw.first, key=_INDEX)
    ]:
        if len(t.text) < 2:
            continue
        if t.index == a and _bare(t.text) not in names_mid:
            continue
        if (
            t.lower in MONTHS
            or t.lower in WEEKDAYS
            or t.text in src
            or t.lower in TITLES
            or t.lower in FUNCTION
        ):
            continue
        out.append(_bare(t.text).lower())
    return sorted(set(out))


def _modifiers(tk: Tokenized, raw: Raw) -> list[str]:
    """Names inside the counted noun phrase: 'North Korean' in '11,000 North Korean soldiers'."""
    if raw.noun_span is None:
        return []
    a, b = raw.noun_span
    return sorted({t.text for t in tk.tokens[a:b] if t.kind == "word" and t.text[:1].isupper()})


def _bare(word: str) -> str:
    return word.replace("’", "'").removesuffix("'s")


def _names_mid_sentence(tk: Tokenized, capitals: list[Token] | None = None) -> set[str]:
    """Capitalised words that appear somewhere other than at the start of a sentence.
    `capitals`: the text's capitalised() words, if they are known."""
    out = set()
    starts = {a for a, _ in tk.sentence_spans}
    toks = tk.tokens
    for t in capitalised(tk) if capitals is None else capitals:
        if t.index not in starts and toks[t.index - 1].text not in {"“", '"', "‘", "(", "—", ":"}:
            out.add(_bare(t.text))
    return out


def _heads(tk: Tokenized, raw: Raw, kb: Knowledge) -> list[str]:
    """What a percentage, sum or quantity is of: '33.7% of the national vote' -> nation, vote;
    'turnout at about 60%' -> turnout; 'the 0.8 per cent contraction' -> contraction."""
    toks = tk.tokens
    n = len(toks)
    out: list[str] = []
    j = raw.last + 1
    if raw.noun_span is None and j < n:
        if toks[j].lower in {"of", "in"} and raw.kind in {"percent", "percentage_point"}:
            k = j + 1
            while k < n and toks[k].lower in {"the", "a", "an", "its", "their", "all"}:
                k += 1
            band = k + 2 < n and toks[k].lower in kb.age_bounds and toks[k + 1].text == "-"
            if band and toks[k + 2].kind == "num":
                out.append(f"{toks[k].lower}-{toks[k + 2].text}")  # '69% of over-55s': the band is whom
                k = n
            while k < n and toks[k].kind == "word" and toks[k].lower not in FUNCTION and len(out) < 3:
                if toks[k].lower.endswith("'s") or toks[k].lower.endswith("’s"):
                    k += 1
                    continue
                out.append(stem(toks[k].text))
                k += 1
        elif (
            toks[j].kind == "word"
            and toks[j].lower not in FUNCTION
            and raw.kind == "percent"
            and stem(toks[j].text) not in kb.directions
            and not toks[j].lower.endswith("ed")
        ):
            out.append(stem(toks[j].text))
    k = raw.first - 1
    while k >= 0 and ((toks[k].lower,) in kb.hedges or toks[k].lower in {"at", "of", "to"}):
        if toks[k].lower in {"at", "of"}:
            if (
                k >= 1
                and toks[k - 1].kind == "word"
                and toks[k - 1].lower not in FUNCTION
                and stem(toks[k - 1].text) not in kb.directions
                and (toks[k - 1].lower,) not in kb.cue_verbs
            ):
                out.append(stem(toks[k - 1].text))
            break
        k -= 1
    return sorted(set(out))


def _segment_break(tk: Tokenized, a: int, b: int) -> bool:
    """Does a new subject start between two claims? ('; while the Kula fire', ', and the 0.8% ...')"""
    toks = tk.tokens[a + 1 : b]
    dets = {"the", "a", "an", "this", "its", "their"}
    for k, t in enumerate(toks):
        if t.lower in {";", "while", "whereas"}:
            return True
        if t.lower in {"and", ",", "but"} and k + 1 < len(toks) and toks[k + 1].lower in dets:
            return True
    return False


BY_REACH = 9  # words read back for a direction verb from "by" before a figure (_direction)


def _direction(tk: Tokenized, raw: Raw, clause: list[Token], kb: Knowledge) -> str | None:
    """A change's direction: 'shrank 0.3%', 'lifted ... by 16.5%', 'the 0.8 per cent contraction'.
    'rose to 12' is a level, not a change."""
    toks = tk.tokens
    k = raw.first - 1
    if k >= 1 and toks[k].lower in kb.direction_adverbs and toks[k - 1].lower in kb.direction_adverbs_after:
        return kb.direction_adverbs[toks[k].lower]  # ', down 30 percent', 'were up 12%': a change
    steps = 0
    # "increase the region's yearly coal output by almost 3 percent": after "by" (a hedge between at
    # most) the verb may stand past a long object
    reach = BY_REACH if any(t.lower == "by" for t in toks[max(0, raw.first - 2) : raw.first]) else 5
    while k >= 0 and steps < reach:
        t = toks[k]
        if t.lower in {"to", "from", ",", ";", "at"} or t.kind == "num":
            break
        d = kb.directions.get(t.lower) if t.kind == "word" else None
        if d is not None:
            after = toks[k + 1].lower if k + 1 < len(toks) else ""
            return None if after in {"between", "within", "in"} else d
        k -= 1
        steps += 1
    for t in toks[raw.last + 1 : raw.last + 2]:
        d = kb.directions.get(t.lower) if t.kind == "word" else None
        if d is not None:
            return d
    return None


def _role(tk: Tokenized, raw: Raw, clause: list[Token], lowers: list[str], kb: Knowledge) -> str | None:
    """'total' for 'together ... more than 37,000 acres'; 'share' for '411 of the 650 seats, or 73%'
    (`lowers`: the clause's words in lower case)."""
    toks = tk.tokens
    if has_phrase(lowers, kb.totals):
        return "total"
    first = raw.first
    if not {"another", "separate", "other", "additional", "further"}.isdisjoint(
        lowers[: bisect_left(clause, first, key=_INDEX)]  # the clause's words before the figure
    ):
        return "other"
    if (
        raw.kind == "number"
        and raw.first >= 2
        and toks[raw.first - 1].lower == "or"
        and toks[raw.first - 2].text == ","
    ):
        return "share"
    j = raw.last + 1
    if (
        j < len(toks)
        and toks[raw.first - 1].lower == "or"
        and toks[raw.first - 2].text == ","
        and raw.kind in {"percent"}
    ):
        return "share"
    return None


def _total_in_sentence(raw: Raw, kb: Knowledge, span: tuple[int, int], lowers: list[str]) -> str | None:
    """'In all, Reeves identified £5.5 billion of savings': a total, whichever clause says so
    (`lowers`: the words of the claim's _near_span `span`, in lower case)."""
    words = lowers[: raw.first - span[0]]  # the sentence's words before the figure
    return "total" if has_phrase(words, kb.totals) else None


def _cues(tk: Tokenized, raw: Raw, clause: list[Token], words: list[str], kb: Knowledge) -> list[str]:
    """Context cues in the claim's clause (`words`: its words in lower case); 'delta' only right
    before the figure."""
    found = set()
    by_first = kb.cues_by_first
    for i, w in enumerate(words):
        if w not in by_first:
            continue
        for phrase, cue in by_first[w]:
            k = len(phrase)
            if tuple(words[i : i + k]) == phrase:
                if cue == "delta":
                    end = clause[i + k - 1].index
                    if not (0 <= raw.first - end <= 3):
                        continue
                found.add(cue)
    return sorted(found)


def _is_whole_of_partitive(tk: Tokenized, raw: Raw, kb: Knowledge) -> str | None:
    """'181' in 'killing 179 of the 181 people on board' is the whole, not the people killed
    ("figure": the part's event is not the whole's); so is '10' in 'most of the 10 victims' (a word
    of nouns.yaml `whole_quantifiers` before "of": "quantifier", the clause's event kept). None
    otherwise."""
    toks = tk.tokens
    i = raw.first
    k = i - 1
    if k >= 0 and toks[k].lower == "the":
        k -= 1
    if k < 1 or toks[k].lower != "of":
        return None
    if toks[k - 1].kind == "num":
        return "figure"
    if toks[k - 1].kind == "word" and toks[k - 1].lower in kb.whole_quantifiers:
        return "quantifier"
    return None


# the only words _times reads a time from (besides a year in figures)
DATING_WORDS = MONTHS | {"last", "this", "next", "previous", "before"}


DEMAND_REACH = 25  # tokens from the verb of a demand to the figure, at most


def _demanded(tk: Tokenized, raw: Raw, kb: Knowledge) -> bool:
    """The figure is among what its sentence says is demanded: a verb of kb.demands before it in its
    sentence, within DEMAND_REACH tokens, with only a list between them (no ';', ':' or word of
    kb.demand_list_ends, rules/events.yaml `demand_list_ends`)."""
    if not kb.demands:
        return False
    toks = tk.tokens
    a = tk.sentence_spans[toks[raw.first].sentence][0]  # (never before the sentence)
    ends, demands = kb.demand_list_ends, kb.demands
    for k in range(raw.first - 1, max(a, raw.first - DEMAND_REACH) - 1, -1):
        t = toks[k]
        if t.text in {";", ":"} or t.lower in ends:
            return False
        if t.lower in demands:
            return True
    return False


def _dates(tokens: list[Token], words: list[str]) -> list[tuple[int, str]]:
    """(token index, date) of each date a run of tokens names (`words`: their lower-case texts), in
    text order: a year, a month, "last year", "month before"."""
    out: list[tuple[int, str]] = []
    for i, t in enumerate(tokens):
        if t.kind != "num" and t.lower not in DATING_WORDS:
            continue
        if t.kind == "num" and YEAR_RE.match(t.text):
            out.append((t.index, t.text))
        elif t.lower in MONTHS and t.lower not in {"may", "mar"}:
            if t.lower == "march" and not t.text[0].isupper():
                continue
            out.append((t.index, t.lower[:3]))
        elif (
            t.lower in {"last", "this", "next", "previous"}
            and i + 1 < len(words)
            and words[i + 1] in {"year", "month"}
        ):
            out.append((t.index, f"{t.lower} {words[i + 1]}"))
        elif t.lower == "before" and i >= 1 and words[i - 1] in {"year", "month"}:
            out.append((t.index, f"{words[i - 1]} before"))
    return out


def _dates_within(dated: list[tuple[int, str]], first: int, last: int) -> list[tuple[int, str]]:
    """The dates _dates reads in tokens first..last, from those it read in a stretch holding them
    (`dated`): the dates there, but a date of two words cut by either end ("last | year", "year |
    before"), which the tokens alone do not name."""
    return [
        (k, d)
        for k, d in dated
        if first <= k <= last and not (" " in d and k == (first if d.endswith(" before") else last))
    ]


@dataclass(frozen=True)
class _ClauseTimes:
    """What _times reads of a whole clause, the same for every claim in it: its dates, whether it
    holds a counterfactual or a law's limit, and whether a modal verb or a weak one is in it."""

    dates: list[tuple[int, str]]  # (token index, date), in text order (_dates)
    marks: list[str]  # "<if>" (kb.counterfactual), "<law>" (kb.statutory), in that order
    modal: bool  # a verb of kb.modality
    weak: bool  # a verb of kb.weak_modality


def _clause_times(
    tk: Tokenized, clause: list[Token], words: list[str], dated: list[tuple[int, str]], kb: Knowledge
) -> _ClauseTimes:
    """_ClauseTimes of a clause's tokens (a stretch's, _Stretches.clause; `words`: their lower-case
    texts, _Stretches.clause_lowers; `dated`: the stretch's dates, _Stretches.dates)."""
    words_in = {t.lower for t in clause if t.kind == "word"}
    marks = []
    if in_clause(words_in, words, kb.counterfactual):
        marks.append("<if>")  # "would have paid only $5m": what would have been, not what was
    if in_clause(words_in, words, kb.statutory):
        marks.append("<law>")  # "faces a fine of up to $750,000": a limit the law sets
    # inside a sentence a modal verb is written in lower case: a capitalised "May" there is a month
    # or a name ("in May", "Theresa May"); a sentence's first word keeps its capital ("Expected to")
    opening = tk.sentence_spans[clause[0].sentence][0] if clause else -1
    modal_words: set[str] = set()
    if not (words_in.isdisjoint(kb.modality) and words_in.isdisjoint(kb.weak_modality)):  # (most clauses)
        modal_words = {
            t.lower for t in clause if t.kind == "word" and (t.index == opening or not t.text[:1].isupper())
        }
    return _ClauseTimes(
        _dates_within(dated, clause[0].index, clause[-1].index) if clause else [],
        marks,
        not modal_words.isdisjoint(kb.modality),
        not modal_words.isdisjoint(kb.weak_modality),
    )


def _times(tk: Tokenized, raw: Raw, clause: _ClauseTimes, kb: Knowledge) -> list[str]:
    """The times of a claim's clause: its dates (outside the figure itself), then marks of an
    earlier figure, a condition, a law's limit or a modal verb ("<from>", ...)."""
    first, last = raw.first, raw.last
    times = [d for k, d in clause.dates if not first <= k <= last]
    # "up from X", "from X": the earlier figure of a change
    toks = tk.tokens
    k = raw.first - 1
    while k >= 0 and toks[k].lower in {"roughly", "about", "some", "around", "nearly", "almost", "just"}:
        k -= 1
    if k >= 0 and (
        toks[k].lower == "from"
        or (k >= 1 and toks[k - 1].lower == "compared" and toks[k].lower in {"with", "to"})
    ):
        times.append("<from>")
    times += clause.marks
    if clause.modal or _demanded(tk, raw, kb):
        times.append("<modal>")
    elif clause.weak:
        times.append("<may>")
    return sorted(set(times))


def _relative_year(tk: Tokenized, s: int, kb: Knowledge) -> list[str]:
    """'In 2012 he won 69% of the vote. Four years earlier, he won 78%': sentence s opening with a
    count of years on or back (after at most one word of rules/events.yaml relative_year_openers: a
    number or "a", then "year(s)", then a word of relative_years: "earlier", "later"; not "... than")
    is dated by the one year the sentence before names, moved by that many years; [] when it does
    not open so or the sentence before names no year or more than one."""
    if not kb.relative_years or s == 0:
        return []
    toks = tk.tokens
    i, b = tk.sentence_spans[s]
    if toks[i].lower in kb.relative_year_openers:
        i += 1
    n, k = _count_at(tk, i, b, kb)
    if n is None or k + 2 >= b or toks[k + 1].lower not in {"year", "years"}:
        return []
    step = kb.relative_years.get(toks[k + 2].lower)
    if step is None or (k + 3 < b and toks[k + 3].lower == "than"):
        return []  # "Two years earlier than planned": a comparison, no time counted on
    years = _years_named(tk, s - 1)
    if len(years) != 1:
        return []
    year = str(years.pop() + step * n)
    return [year] if YEAR_RE.match(year) else []


def _count_at(tk: Tokenized, i: int, b: int, kb: Knowledge) -> tuple[int | None, int]:
    """The whole number that starts at token i (before b) and the index of its last token: "a"/"an"
    (one), or a figure numbers.read_number reads ("4", "Four", "Twenty-seven"); (None, i) else."""
    if i >= b:
        return None, i
    if tk.tokens[i].lower in {"a", "an"}:
        return 1, i
    num = read_number(tk, i, kb.numbers)
    if num is None or num.fraction or num.value != int(num.value) or num.last >= b:
        return None, i
    return int(num.value), num.last


def _years_named(tk: Tokenized, s: int) -> set[int]:
    """The distinct years (words.YEAR_RE) sentence s names."""
    a, b = tk.sentence_spans[s]
    return {int(t.text) for t in tk.tokens[a:b] if t.kind == "num" and YEAR_RE.match(t.text)}


def _terms(
    tk: Tokenized,
    raw: Raw,
    kb: Knowledge,
    source: str | None,
    span: tuple[int, int],
    stretches: _Stretches,
) -> list[str]:
    """Content-word stems of the claim's clause (and the clause before it when that one is short),
    without function words and the source's name; `span` is the claim's _near_span. The stems of
    each clause are read once for the other claims of the stretch (what a claim's own figure and
    source leave out is not kept)."""
    toks = tk.tokens
    a = span[0]
    src = {stem(w) for w in (source or "").split()}
    clause = toks[raw.first].clause

    first, last = raw.first, raw.last
    cue_verbs, directions, events = kb.cue_verbs, kb.directions, kb.events
    not_content = kb.not_content  # the answer of left_out for each word met, kept per pack

    def left_out(w: str) -> bool:
        """Is the word (in lower case) no content word, whatever its place?"""
        if w in FUNCTION or len(w) < 3 or _bare(w) in MONTHS:
            return True
        if w.replace("’", "'") in CONTRACTIONS:
            return True  # "I'll pick the best": a pronoun and a verb, nothing measured
        if (w,) in cue_verbs or w in directions or (w,) in events:
            return True
        return w in GENERIC_VERBS  # "added", "reported": these verbs say nothing of what is measured

    def content(cl: int) -> list[tuple[int, str]]:
        """(token index, stem) of the clause's content words in the stretch."""
        out = []
        for t in stretches.clause(span, cl):
            if t.kind != "word":
                continue
            skip = not_content.get(t.lower)
            if skip is None:
                if len(not_content) >= _NOT_CONTENT_KEPT:
                    not_content.clear()
                skip = not_content[t.lower] = left_out(t.lower)
            if not skip:
                out.append((t.index, stem(t.text)))
        return out

    def collect(cl: int) -> list[str]:
        held = stretches.stems(span, (0, cl), lambda: content(cl))
        return [st for k, st in held if not first <= k <= last and st not in src]

    terms = collect(clause)
    cl = clause
    first_clause = toks[a].clause
    while not terms and cl > first_clause:
        cl -= 1
        terms += collect(cl)
    return sorted(set(terms))


# the most words whose left_out answer is kept (a pack's cache; emptied when full)
_NOT_CONTENT_KEPT = 100_000


def _context(
    tk: Tokenized,
    raw: Raw,
    kb: Knowledge,
    source: str | None,
    span: tuple[int, int],
    stretches: _Stretches,
) -> list[str]:
    """Content-word stems of the claim's whole sentence (what facts are matched on), `span` its
    _near_span; read once for the other claims of the stretch, as _terms."""
    toks = tk.tokens
    a, b = span
    src = {stem(w) for w in (source or "").split()}
    first, last = raw.number_first, raw.number_last
    held = stretches.stems(
        span,
        (1,),
        lambda: [
            (t.index, stem(t.text))
            for t in toks[a:b]
            if t.kind == "word" and t.lower not in FUNCTION and len(t.lower) > 2
        ],
    )
    return sorted({st for k, st in held if not (first <= k <= last) and st not in src})


def _aspect(tk: Tokenized, raw: Raw, kb: Knowledge) -> str | None:
    toks = tk.tokens
    for t in toks[raw.last + 1 : raw.last + 3]:
        a = kb.aspects.get(stem(t.text))
        if a:
            return a
    for t in toks[max(0, raw.first - 3) : raw.first]:
        a = kb.aspects.get(stem(t.text))
        if a:
            return a
    return None


def _listed_after(tk: Tokenized, prev: Raw, raw: Raw) -> bool:
    """Is the count raw listed right after prev in its sentence ('31 of the injured were men, six
    women and 14 children': the list goes on after a comma or 'and', a few words on)?"""
    toks = tk.tokens
    if toks[prev.first].sentence != toks[raw.first].sentence:
        return False
    if raw.kind != "count" or prev.kind not in {"count", "number"}:
        return False  # "14% of the vote and 22 seats", "90 of them in 2015 and 40 in 2019"
    gap = [t.text.lower() for t in toks[prev.last + 1 : raw.first]]
    if not gap or len(gap) > 8 or {".", ";", ":", "(", ")"} & set(gap):
        return False
    return gap[-1] in {",", "and"}


def _opening_including(tk: Tokenized, raw: Raw, raws: list[Raw]) -> int | None:
    """The token of an "Including" that opens raw's sentence and is closed by a comma before raw,
    with no figure between ("Including today's plea, nine people and two firms have been
    charged"): the opener names a member of the set the figures after the comma count, so they are
    totals, not parts of anything before. None where the sentence does not open so, or where the
    opener lists figures of its own ("Including five children, three women ..." lists parts)."""
    toks = tk.tokens
    a, _ = tk.sentence_spans[toks[raw.first].sentence]
    k = a
    while k < raw.first and toks[k].text in QUOTE_CHARS:
        k += 1
    if k >= raw.first or toks[k].lower != "including":
        return None
    comma = next((t.index for t in reversed(toks[k + 1 : raw.first]) if t.text == ","), None)
    if comma is None or any(k < r.first < comma for r in raws):
        return None
    return k


def _is_partitive(tk: Tokenized, raw: Raw, raws: list[Raw], idx: int, kb: Knowledge) -> bool:
    """'including five', 'of whom 793', '1,452 of the dead', '40 of them', 'one of his sisters',
    'two of Smith's aides' (nouns.yaml `partitive_possessives`, or a word in 's), and every figure
    listed after 'includes' in its sentence."""
    toks = tk.tokens
    before = " ".join([t.lower for t in toks[max(0, raw.first - 2) : raw.first]])
    if before.endswith(PARTITIVE_ENDINGS):
        return True
    if raw.first > 0 and toks[raw.first - 1].lower in {"including", "among"}:
        return True
    opener = _opening_including(tk, raw, raws)
    if not {"includes", "include", "included", "including"}.isdisjoint(
        [t.lower for t in toks[max(0, raw.first - 3) : raw.first] if t.index != opener]
    ):
        return True
    j = raw.last + 1
    if (
        raw.kind in {"number", "count", "percent"}
        and raw.noun_span is None
        and j + 1 < len(toks)
        and toks[j].lower == "of"
        and (
            toks[j + 1].lower in {"the", "them", "those", "whom", "which", "these", "its", "their"}
            or toks[j + 1].lower in kb.partitive_possessives
            or (toks[j + 1].kind == "word" and toks[j + 1].lower.endswith(("'s", "’s")))
        )
    ):
        return True
    if raw.features.get("part") is True:
        return True  # the claim reader's part of a whole: "one of eight men", "8 in 10 enrollees"
    a, _ = tk.sentence_spans[toks[raw.first].sentence]
    prev_claim_end = raws[idx - 1].last if idx > 0 and raws[idx - 1].last >= a else -1
    if prev_claim_end >= 0:
        for t in toks[prev_claim_end + 1 : raw.first]:
            if t.lower in {"includes", "include", "included", "including"} and t.index != opener:
                return True
        # a list after 'includes' continues: "includes about $61 billion ..., about $26 billion ..."
        for t in toks[max(a, raw.first - NEAR) : raw.first]:
            if t.lower in {"includes", "include", "included", "including"} and t.index < prev_claim_end:
                if t.index != opener:
                    return True
    # "Of the 6,128 cases, 3,676 were children"; "Of the total, £21bn will go to health"
    if toks[a].lower == "of" and a + 1 < len(toks) and toks[a + 1].lower in {"the", "those", "these", "them"}:
        comma = next((t.index for t in toks[a : min(raw.first, a + NEAR)] if t.text == ","), None)
        if comma is not None and comma < raw.first:
            return True
    return False


def _opened_whole(tk: Tokenized, raws: list[Raw], claims: list[ClaimDraft], idx: int) -> int | None:
    """'Of the four flood warnings, only one ..., while the other three ...': in a sentence opened by
    "Of the" (or "those", "these") and a count, a later bare part takes that count for its whole
    whatever its size, so a slip that makes the part the larger ("the other thirty") is still read
    against the four; None when the sentence opens otherwise or the part names its own noun."""
    me = claims[idx]
    if me.counts is not None or me.kind not in {"count", "number"}:
        return None  # (a share or a sum in such a sentence is of something else: "Of the seven, half")
    toks = tk.tokens
    a, _ = tk.sentence_spans[toks[raws[idx].first].sentence]
    if toks[a].lower != "of" or a + 1 >= len(toks) or toks[a + 1].lower not in {"the", "those", "these"}:
        return None
    k = next((k for k in range(idx) if raws[k].first >= a), None)
    if k is None or raws[k].first != a + 2 or claims[k].partitive or claims[k].kind != "count":
        return None
    comma = next((t.index for t in toks[raws[k].last + 1 : raws[idx].first] if t.text == ","), None)
    if comma is None:
        return None
    # the part opens its clause: only a comma and words of OPENED_PART_LEAD before it ("..., while
    # the other three", ", only 28"), not a noun of its own ("a record of complaints - six in total")
    j = raws[idx].first - 1
    while j > comma and toks[j].lower in OPENED_PART_LEAD:
        j -= 1
    return k if toks[j].text in {",", ";"} else None


def _of_which_whole(
    tk: Tokenized, raws: list[Raw], claims: list[ClaimDraft], idx: int, kb: Knowledge
) -> int | None:
    """'two languages (French, Greek), one of which ...': a bare part right before "of
    which" (or "of whom", "of them", "of these", "of those") whose sentence names a count, its noun,
    at most a bracket and a comma just before it takes that count for its whole whatever its size,
    so the slip "ten of which" is read against the two, not against a larger count further back.
    "Of whom" and "of them" point at people: the count must count people; and a count right after
    another with no comma between ("12 people in three raids, 10 of which") leaves the whole untold:
    None, the whole then found as before."""
    me = claims[idx]
    if idx == 0 or me.counts is not None or me.kind not in {"count", "number"}:
        return None
    toks = tk.tokens
    j = raws[idx].last + 1
    if j + 1 >= len(toks) or toks[j].lower != "of" or toks[j + 1].lower not in OF_WHICH:
        return None
    k = idx - 1
    whole, raw = claims[k], raws[k]
    if whole.sentence != me.sentence or whole.kind != "count" or whole.partitive or raw.noun_span is None:
        return None
    if toks[j + 1].lower in {"whom", "them"} and whole.noun_class not in kb.people_kinds:
        return None
    if k > 0 and claims[k - 1].sentence == me.sentence and claims[k - 1].kind in {"count", "number"}:
        if "," not in [t.text for t in toks[raws[k - 1].last + 1 : raw.first]]:
            return None  # "12 people in three raids, 10 of which": which count is meant is not told
    between = [t.text for t in toks[raw.noun_span[1] + 1 : raws[idx].first]]
    if between[:1] == ["("] and ")" in between:
        between = between[between.index(")") + 1 :]  # "(e.g., physical, speech)": an insertion
    return k if between == [","] else None


OF_WHICH = frozenset("which whom them these those".split())
OPENED_PART_LEAD = frozenset(
    "only just while whereas and but the other another all some about nearly".split()
)


def _whole_before(claims: list[ClaimDraft], idx: int, people: set[str]) -> int | None:
    """The whole a part belongs to: the nearest earlier count of the same kind (people are
    people: children are part of a people toll), not smaller than a bare part, of the same event."""
    me = claims[idx]
    mine = me.value if me.value is not None else (me.low or 0)
    first: int | None = None
    for k in range(idx - 1, -1, -1):
        c = claims[k]
        if c.sentence < me.sentence - 3:
            break
        if c.partitive or c.kind not in {"count", "number"}:
            continue
        if me.event and c.event and me.event != c.event:
            continue
        theirs = c.value if c.value is not None else c.high
        if (
            me.counts is not None
            and c.noun_class is not None
            and me.noun_class != c.noun_class
            and not (me.noun_class in people and c.noun_class in people)
        ):
            continue
        if theirs is not None and mine is not None and theirs < mine and me.counts is None:
            continue
        if me.counts is None or c.counts == me.counts:
            return k  # its position: claims.index() would compare claims down the list
        if first is None:
            first = k
    # "shot 12 officers and two civilians. Five of those officers died": a part that names its noun
    # is a part of the count of that noun before it; with none, of the nearest count of its kind
    return first


def _of_the_next(tk: Tokenized, raw: Raw, raws: list[Raw], idx: int) -> bool:
    """'411 of the 650 seats': the whole is the next claim."""
    if idx + 1 >= len(raws):
        return False
    between = [t.lower for t in tk.tokens[raw.last + 1 : raws[idx + 1].first]]
    return between in (["of", "the"], ["of"])


def _change_role(tk: Tokenized, raw: Raw, kb: Knowledge) -> str | None:
    toks = tk.tokens
    before = [t.lower for t in toks[max(0, raw.first - 4) : raw.first]]
    if "from" in before[-2:] or before[-2:] in (["compared", "with"], ["compared", "to"]):
        return "from"
    if "of" in before[-2:] and any(
        w in before for w in ("increase", "rise", "drop", "decline", "fall", "jump")
    ):
        return "delta"
    after = [t.lower for t in toks[raw.last + 1 : raw.last + 3]]
    # "40 percent more likely", "20% higher than in 2015": a difference, not a level
    comparative = len(after) == 2 and after[0] in kb.pack.relations.comparison.difference
    if comparative and after[1] in {"than", "likely"}:
        return "delta"
    return None


HUMAN_EVENTS = {
    "killed",
    "injured",
    "missing",
    "evacuated",
    "detained",
    "rescued",
    "identified",
    "discharged",
}


def _age_owners(claims: list[ClaimDraft]) -> None:
    """A surname alone ('Moore, 45') is the person of the one full name with that surname given
    before it ('David Moore, 45'); with two such names ('David Moore' and 'Najee Moore') it could
    be either, and the age is no one's in particular. A surname before any full name stays itself."""
    full: dict[str, set[str]] = {}
    for c in claims:
        if c.role != "age" or not c.refers_to:
            continue
        name = c.refers_to.removeprefix("age of ")
        words = name.split()
        if len(words) > 1:
            full.setdefault(words[-1], set()).add(name)
            continue
        earlier = full.get(name, set())
        if len(earlier) == 1:
            c.refers_to = f"age of {next(iter(earlier))}"
        elif earlier:
            c.refers_to = None


def _lead_subjects(tk: Tokenized, claims: list[ClaimDraft], names_mid: set[str]) -> None:
    """A claim that names no subject of its own is about what the story's first sentence is about."""
    if not tk.sentence_spans or all(c.subjects for c in claims):
        return  # (every claim names its own: the first sentence is not read)
    a, b = tk.sentence_spans[0]
    lead = sorted(
        {
            _bare(t.text).lower()
            for t in tk.tokens[a:b]
            if t.kind == "word"
            and t.text[:1].isupper()
            and len(t.text) > 1
            and t.lower not in FUNCTION
            and t.lower not in TITLES
            and t.lower not in MONTHS
            and t.lower not in WEEKDAYS
            and (t.index != a or _bare(t.text) in names_mid or t.text.isupper())
        }
    )
    for c in claims:
        if not c.subjects:
            c.subjects = list(lead)


ANAPHORS = {"figure", "number", "toll", "total", "tally", "count", "estimate", "turnout"}


def _number_of(tk: Tokenized, raw: Raw, kb: Knowledge) -> tuple[str, str, list[str]] | None:
    """'the number of North Korean soldiers was 25,000': the counted noun named before the figure."""
    toks = tk.tokens
    clause = toks[raw.first].clause
    k = raw.first - 1
    while k > 0 and toks[k].clause == clause and raw.first - k < 14:
        if toks[k].lower == "of" and toks[k - 1].lower in ANAPHORS:
            mods: list[str] = []
            for j in range(k + 1, min(raw.first, k + 6)):
                cls = kb.noun_words.get((toks[j].lower,))
                if cls is not None:
                    return toks[j].text, cls, sorted(mods)
                if toks[j].text[:1].isupper():
                    mods.append(toks[j].text)
            return None
        k -= 1
    return None


def _anaphora(tk: Tokenized, raws: list[Raw], claims: list[ClaimDraft], kb: Knowledge) -> None:
    """A bare figure that stands for an earlier count: 'the CGT union put the figure at 3.5 million';
    'the CGT said 800,000 had turned out'. It takes the count's noun, event and place."""
    toks = tk.tokens
    for i, (raw, c) in enumerate(zip(raws, claims, strict=True)):
        if c.kind != "number" or c.partitive or c.counts is not None:
            continue
        before = [t.lower for t in toks[max(0, raw.first - 4) : raw.first]]
        nxt = toks[raw.last + 1].lower if raw.last + 1 < len(toks) else ""
        named = _number_of(tk, raw, kb)
        if named is not None:
            c.kind, c.counts, c.noun_class, c.modifiers = "count", named[0], named[1], named[2]
            c.unit = c.counts.lower().removesuffix("s")
            continue
        if not (ANAPHORS & set(before) or nxt in {"had", "have", "were", "was", "are"}):
            continue
        for k in range(i - 1, -1, -1):
            p = claims[k]
            if p.sentence < c.sentence - 1:
                break
            if p.kind != "count" or p.partitive or p.role or p.noun_class == "time":
                continue  # a count of occasions ("counted twice", "met three times") is no toll
            c.kind, c.counts, c.noun_class, c.unit = "count", p.counts, p.noun_class, p.unit
            c.refers_to = p.id or f"#{k}"
            c.event = c.event or p.event
            c.places = c.places or list(p.places)
            c.modifiers = list(p.modifiers)
            break


APPROX = {"~", "about", "approximately", "around", "roughly", "some", "nearly", "almost", "c", "."}
# the words of a bound hedge (rules/hedges.yaml) that may open a restatement in brackets when the
# figure after them carries that hedge: "160 km/h (just under 100 mph)", "20 miles (more than 30
# km)", "(or about 200 miles)" (round RL29)
BOUND_WORDS = {
    *("just", "under", "over", "more", "less", "fewer", "than"),
    *("up", "to", "at", "least", "most", "above", "below"),
}


def _restating(words: list[Token], b: ClaimDraft, opened: bool) -> bool:
    """Do the words between a bracket (or ", or") and the figure b let b restate the figure
    before it? Approximations alone ("(about 295 km/h)"); in brackets also "or" first ("(or about
    200 miles)") and, when b carries a hedge, the words of a bound hedge ("(just under 100 mph)",
    "(more than 30 km)"): b's interval then holds the bound."""
    ws = [t.lower for t in words]
    if opened and ws[:1] == ["or"]:
        ws = ws[1:]
    if all(w in APPROX for w in ws):
        return True
    bound = all(w in BOUND_WORDS or w in APPROX for w in ws)
    return opened and b.hedge is not None and len(ws) <= 3 and bound


def _ends_clause(toks: list[Token], j: int) -> bool:
    """Does the clause end at token j (a stop, a comma, a bracket closed, the text's end)?"""
    return j >= len(toks) or toks[j].text in CLAUSE_ENDS


def _defines_a_unit(toks: list[Token], j: int) -> bool:
    """Does a verb of being follow the bracketed figure ending at token j (past a symbol set off by
    commas: "(one micrometre, um, is a thousandth of a millimetre)"): the bracket defines the unit, it
    restates no figure?"""
    if j + 2 < len(toks) and toks[j].text == "," and toks[j + 2].text == ",":
        j += 3
    return j < len(toks) and toks[j].lower in UNIT_DEFINED_BY


# words after a figure in brackets that make the bracket a unit's definition
UNIT_DEFINED_BY = frozenset({"is", "equals", "="})


def _scaled(surface: str) -> bool:
    """Is the figure written with a scale word and nothing else ("9.8 billion", "36bn")?"""
    return re.fullmatch(r"[\d.,]+\s*(billion|million|trillion|bn|m)", surface) is not None


def _closes_run(toks: list[Token], j: int) -> bool:
    """Does a run of conversions in brackets end or go on at token j (")", "]" or ";")?"""
    return j < len(toks) and toks[j].text in {")", "]", ";"}


# the brackets a restatement is written in: "80 kg (176 lb)", an editor's "1 bln rubles [$17 mln]"
OPENING_BRACKETS = frozenset({"(", "["})
# what may set off a restatement opened by a word of units.yaml restating_openers ("that's")
RESTATING_MARKS = frozenset({":", ",", "-", "\u2013", "\u2014", ";"})
# what may follow such a restatement: it ends its clause ("20 km, that's 5 miles longer" does not)
CLAUSE_ENDS = frozenset({".", ",", ";", ":", ")", "]", "-", "\u2013", "\u2014", "!", "?"})


def _opener_words(between: list[Token], openers: tuple[tuple[str, ...], ...]) -> int:
    """How many tokens of `between` a mark and a word that opens a restatement take (": that's",
    ", that is,"): 0 when they open none (rules/units.yaml restating_openers)."""
    if not between or between[0].text not in RESTATING_MARKS:
        return 0
    words = [t.lower.replace("\u2019", "'") for t in between[1:]]
    for opener in openers:
        if tuple(words[: len(opener)]) == opener:
            n = 1 + len(opener)
            return n + 1 if n < len(between) and between[n].text == "," else n
    return 0


_CURRENCY_PREFIX = re.compile(r"^[A-Z]{1,3}(?=[^\w\s])")


def _spelled(surface: str) -> bool:
    """Is a figure written with a word or a letter (a number word, a scale word or letter: "two
    million dollars", "$4.2 billion", "$2m"), not in digits and signs alone ("$3,100,000,000";
    a currency's letters before its sign, "US$", do not count)?"""
    return any(ch.isalpha() for ch in _CURRENCY_PREFIX.sub("", surface))


def _conversions(tk: Tokenized, raws: list[Raw], claims: list[ClaimDraft], kb: Knowledge) -> None:
    """'500 square miles (1,295 sq km)': the figure in brackets restates the one before it; so does a
    figure after a mark and a word of units.yaml restating_openers (": that's") that ends its clause."""
    toks = tk.tokens
    origin: dict[int, int] = {}  # a figure in brackets -> the figure it restates
    said_at: set[int] = set()  # restatements opened by a word ("that's"): they end their clause, no run
    for i in range(1, len(raws)):
        prev, cur = raws[i - 1], raws[i]
        a, b = claims[i - 1], claims[i]
        between = toks[prev.last + 1 : cur.first]
        ored = False
        said = 0
        if between and between[0].text in {";", ","} and i - 1 in origin and i - 1 not in said_at:
            # "800 yuan ($116; 108 euros)": each further amount in the brackets restates it too
            if any(t.lower not in APPROX for t in between[1:]):
                continue
            k = origin[i - 1]
            a = claims[k]
            # quantities too: "141 billion litres (37 billion US gallons, 31 billion imperial gallons)"
            if a.kind == "number" and b.kind == "money" and _closes_run(toks, cur.last + 1):
                # "9.8 billion ($11.9 billion; 11.3 billion euros)": each further amount restating
                # an amount whose currency sign the page lost is the writer's arithmetic too (no
                # source of its own); its first amount's unit unknown, it is no conversion. (Not, for now,
                # the reverse, a bare last amount in a run after a currency, "($3.41 billion; 3.29
                # billion euros; 2.8 billion)": on the labelled articles it is the writer's 11 times
                # and the speaker's once, and that once holds a batch's floor.)
                b.source, b.source_cue, b.source_span, b.source_carried = None, None, None, False
                continue
            if b.kind != a.kind or b.kind not in {"money", "quantity"}:
                continue
            if b.unit in {a.unit, claims[i - 1].unit}:
                continue
        else:
            k = i - 1
            pa = per_period(a.unit)
            if a.kind == "count" and pa is not None:
                # "1,000 cars a day (": the count's noun and period stand before the bracket
                ends = [n for n, t in enumerate(between[:6]) if t.lower == pa]
                if ends and all(t.text.isalpha() for t in between[: ends[0]]):
                    between = between[ends[0] + 1 :]
            # "(1,295 sq km)", "(~295 km/h)", "(about 295 km/h)"; ", or 16 kilometres"
            opened = bool(between) and between[0].text in OPENING_BRACKETS
            ored = [t.lower for t in between[:2]] == [",", "or"]
            said = 0 if opened or ored else _opener_words(between, kb.restating_openers)
            if said:
                # ": that's over 20 million a year": as in brackets, ending its clause
                if not _restating(between[said:], b, True) or not _ends_clause(toks, cur.last + 1):
                    continue
            elif not (opened or ored) or not _restating(between[1 + ored :], b, opened):
                continue
            if a.unit == b.unit and (ored or said or not (_spelled(a.surface) or _spelled(b.surface))):
                # "10 miles, or 12 miles": another figure, not the same one restated; so is an amount
                # in brackets in the same unit when both are in digits alone ("$3,100,000,000
                # ($18,450,000)", a table's deficit after an endowment). In brackets the same unit
                # restates a figure when one side is spelled another way ("two million dollars
                # ($2,000,000)", "$3.1 billion ($3,100,000,000)", "£2,500,000 (£2.5m)"; round JG36)
                continue
            ored = ored or bool(said)
        if opened and a.kind == "number" and b.kind == "money" and _scaled(a.surface):
            # "a turnover of 9.8 billion ($11.9 billion; 11.3 billion euros)": an amount whose
            # currency sign the page lost, restated in brackets: the writer's arithmetic, no source
            origin[i] = k
            b.source, b.source_cue, b.source_span, b.source_carried = None, None, None, False
            continue
        pa, pb = per_period(a.unit), per_period(b.unit)
        if a.kind == "count" and pa and pb and pa != pb:
            # "1,000 cars a day (365,000 a year)": a count per one period restated per another
            if b.kind == "count" and b.counts != a.counts or b.kind not in {"count", "quantity"}:
                continue
        elif b.kind not in {"quantity", "money"} or a.kind != b.kind:
            continue
        if ored and a.kind == "money" and rate_parts(a.unit)[1] != rate_parts(b.unit)[1]:
            continue  # "$20 billion, or $4,000 per person": a share per head, not a restatement
        if a.kind == "quantity" and (a.dimension is None or a.dimension != b.dimension):
            continue
        if opened and _defines_a_unit(toks, cur.last + 1):
            continue  # "over 0.5 micrometres (one micrometre, um, is a thousandth of a millimetre)"
        origin[i] = k
        if said:
            said_at.add(i)
        b.conversion_of = a.id or f"#{k}"
        # a conversion restates the claim: same measurand and features; but its figure is the
        # writer's arithmetic, not the source's words ("5 billion yuan ($720 million), the ministry
        # said": the ministry gave yuan), so it names no source of its own
        b.source, b.source_cue, b.source_span, b.source_carried = None, None, None, False
        b.event, b.places, b.times = a.event, a.places, a.times
        b.terms = sorted(set(a.terms) | set(b.terms))
        if not b.measurand:
            b.measurand = a.measurand
