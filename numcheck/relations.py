"""Relations: what a sentence (or a short stretch of sentences) states about its figures.

A relation is read from the words between and around the figures it joins, with the cue words of
`rules/relations.yaml`; nothing here decides whether a relation holds (numcheck/checks/arithmetic.py
recomputes it). Three kinds:

- `Parts`: a whole and its parts — "nine people, including five children"; "14 of the 120
  members"; "Of the 6,128 cases, 3,676 ..."; "All 67 ...: 60 passengers and four crew members";
  "... and the remaining 4.4%"; per-place figures of an event under its toll. After "Of those," a
  list of shares is of the set just named: their whole is 100%.
- `Change`: an old and a new figure ("from A to B", "B, up from A", "to B from A") with what is
  said of the change: its direction (rose, fell, up, down), a stated change (an increase of 25%,
  up 3 percentage points, a rise of 9,379) or a factor (doubled, halved, 12-fold).
- `Share`: "A of the B ..., or P%": P must be A/B.

A relation is read only where its wording is unambiguous: two figures the words do not join are
not related, so a missed relation costs a finding and never raises a false one.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from numcheck.extraction.claims import singular_noun
from numcheck.extraction.knowledge import knowledge, stem
from numcheck.extraction.tokens import sentence_offsets
from numcheck.extraction.units import PERIODS, rate_parts
from numcheck.link import bases_differ, interval, precise_slip, share_base
from numcheck.models import Claim
from numcheck.rulepack import RulePack

# "one" or "One" as a word of its own (no letter, digit or hyphen on either side). The letters come
# first and the look-behind last, so the search skips ahead to an "one": opening with the look-behind,
# the pattern was tried at every character (some 4% of reading the relations of a long article)
ONE_RE = re.compile(r"[Oo]ne(?![\w-])(?<![\w-][Oo]ne)")
# after a figure: its noun (if any), then "for" and a name ("19 seats for the Greens")
FOR_NAME_RE = re.compile(r"(?:\s+([A-Za-z]+))?\s+for\s+(?:the\s+)?[A-Z]")
WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)*|[^\w\s]")
_HYPHEN_WORD = re.compile(r"-([A-Za-z]+)")  # the word after a compound's hyphen: "several-day"
HARD_STOPS = {".", ";", ":", "?", "!"}
BRACKETS = {"(", ")", "[", "]"}
CLAUSE_BREAKS = {",", "and", "(", "while"}  # "Two are hurt, and one ...": the first count's words end
CONDITION_ENDS = frozenset(HARD_STOPS | CLAUSE_BREAKS)  # where the words after a count stop for its condition
# words that may follow "of this" / "of that" standing for an amount ("$9 million of this goes to ...")
PRONOUN_FOLLOWERS = {
    "was",
    "were",
    "is",
    "are",
    "went",
    "goes",
    "go",
    "will",
    "would",
    "came",
    "comes",
    "had",
    "has",
    "from",  # "$270 billion of that from investors"
    "coming",
}
LIST_JOINS = ("and", ",", "plus", "with")
# words that may open a sentence before its first figure ("But seven of them ...")
SENTENCE_OPENERS = {"but", "and", "yet", "only", "just", "so"}
# quotation marks that may open a sentence before its first word
QUOTES = {'"', "'", "\u201c", "\u2018"}
# the verbs that only carry another ("have left", "were held")
AUXILIARIES = {"are", "were", "is", "was", "have", "has", "had", "been", "being", "be", "ve"}
# "Of this amount ...": an amount named before
AMOUNT_WORDS = {"amount", "sum", "total", "money", "figure"}
# at most this many words naming the other side of a comparison ("ahead of the Greens on")
COMPARE_WORDS = 8
# ... and at most this many where a clause after them restates the other side ("lower than what the
# old owners charged for a berth, which was 9%")
COMPARE_CLAUSE = 20
# the number a ratio is out of, after parts.scale ("out of 150", "out of 1,239", "out of ten"): digits
# or one word, then no more of the number ("out of 150.5" is read whole, "out of 10%" is no scale)
SCALE_NUMBER = r"\s+((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[A-Za-z]+)(?![\w%]|[.,]\d)"
# how many sentences back a part named "N of the NOUN" may find its whole, where no count of the
# noun stands in its sentence or the two before and one only stands in these (read_of_the_noun)
OF_THE_FAR = 8
# at most this many words after the comma that ends a clause opened by a contrast ("While 54
# nations have signed,"), "only" itself counted: ", women earn only $40,000"
ONLY_OPENED_WORDS = 4
# at most this many words naming the source before the comma that ends it ("According to the
# coastguard's figures, of the 40 ...")
REBASE_SOURCE_WORDS = 4
# ... where the noun, named again between the two, only follows one of these (the same things)
OF_THE_SAME = frozenset({"the", "these", "those", "both", "all"})
# a dash that sets off a comparison as a comma does
DASHES = {"-", "\u2013", "\u2014", "--"}


@dataclass(frozen=True)
class Figure:
    """One figure of a relation: a claim, or one end of a range claim ("from 300 to 750")."""

    claim: Claim
    value: float
    lo: float
    hi: float
    surface: str


@dataclass(frozen=True)
class Parts:
    whole: Claim | None  # None: the shares of a re-based set ("Of those, ..."), 100% in all
    parts: tuple[Claim, ...]
    listed: bool  # the parts are listed together, so their sum is meaningful
    complete: bool  # the parts are all of the whole ("all 67 ...", "the remaining 4.4%")
    cue: str


@dataclass(frozen=True)
class Change:
    old: Figure
    new: Figure
    direction: str | None = None  # "increase" / "decrease" as worded (the nearest word)
    also: str | None = None  # a second direction word of the same change ("cut it to 8, up from 9")
    stated: tuple[Claim, ...] = ()  # a stated change: percent, percentage points or an amount
    factor: float | None = None
    factor_word: str = ""
    factor_bound: str | None = None  # "above" (more than doubled), "below" (nearly doubled)


@dataclass(frozen=True)
class Share:
    part: Claim
    whole: Claim
    share: Claim
    # "fell 61 points, or 0.3 percent, to 19,800": the part is a move ("rise" or "fall") and the
    # whole the level it ended at; the share is of the level before (20,545)
    moved: str | None = None


@dataclass(frozen=True)
class Comparison:
    """'16.2% ahead of the Greens on 13.4%'; '$27 billion, just behind her rival with $30
    billion'; '40 times sales, more than double the 18 times': the first figure against the
    second, by their order or by a stated multiple."""

    first: Claim
    second: Claim
    words: str  # the comparison as worded: "ahead of", "behind", "more than double"
    larger: bool | None = None  # an order: is the first figure the larger
    factor: float | None = None  # a multiple: the first is factor times the second
    factor_bound: str | None = None  # "above" (more than double), "below" (nearly double)
    difference: Claim | None = None  # "2,400, 300 more than the 2,100": the first less the second


@dataclass(frozen=True)
class Quantified:
    """'a majority (45%)': a share stated in words and as a figure."""

    share: Claim
    words: str
    low: float
    high: float


@dataclass(frozen=True)
class SameTotal:
    """'Afghans filed 127,012 (17.6%), Iraqis 96,116 (13.3%)': each figure with its share of one
    unstated total, which they must agree on."""

    members: tuple[tuple[Claim, Claim], ...]  # (figure, its share)


@dataclass(frozen=True)
class PerHead:
    """'$600 million for its 400,000 residents, or $1,500 per resident': the total over the count
    is the amount each."""

    total: Claim
    count: Claim
    each: Claim


@dataclass
class Relations:
    parts: list[Parts] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    quantified: list[Quantified] = field(default_factory=list)
    totals: list[SameTotal] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    per_head: list[PerHead] = field(default_factory=list)

    def __len__(self) -> int:
        return (
            len(self.parts)
            + len(self.changes)
            + len(self.shares)
            + len(self.quantified)
            + len(self.totals)
            + len(self.comparisons)
            + len(self.per_head)
        )


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower().replace("’", "'"))


class _PhraseList(list[tuple[str, ...]]):
    """Cue phrases as word tuples, longest first, and the same phrases by their last word (so that
    `_ends_with` tries only those that can match)."""

    by_last: dict[str, list[tuple[str, ...]]]


def _phrases(items: Sequence[str]) -> _PhraseList:
    return _compiled_phrases(tuple(items))


@lru_cache(maxsize=64)
def _word_set(items: tuple[str, ...]) -> frozenset[str]:
    """The words of cue phrases, made once per list of phrases (not once per document)."""
    return frozenset(w for p in items for w in words(p))


@lru_cache(maxsize=512)
def _compiled_phrases(items: tuple[str, ...]) -> _PhraseList:
    """Shared between checks: a phrase list is read, never changed."""
    out = _PhraseList(sorted({tuple(words(p)) for p in items if words(p)}, key=len, reverse=True))
    out.by_last = {}
    for p in out:
        out.by_last.setdefault(p[-1], []).append(p)
    return out


def _ends_with(ws: list[str], phrases: _PhraseList) -> tuple[str, ...] | None:
    if not ws:
        return None
    for p in phrases.by_last.get(ws[-1], ()):
        if len(ws) >= len(p) and tuple(ws[len(ws) - len(p) :]) == p:
            return p
    return None


def _starts_with(ws: list[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    """Do the words open with one of the phrases?"""
    return any(tuple(ws[: len(p)]) == p for p in phrases)


def _find(ws: list[str], phrases: list[tuple[str, ...]]) -> tuple[int, tuple[str, ...]] | None:
    for i in range(len(ws)):
        for p in phrases:
            if tuple(ws[i : i + len(p)]) == p:
                return i, p
    return None


def is_year(c: Claim) -> bool:
    return (
        c.kind == "number"
        and c.value is not None
        and c.value == int(c.value)
        and 1800 <= c.value <= 2100
        and c.surface.strip().isdigit()
    )


def _usable(c: Claim) -> bool:
    """A figure that can take part in arithmetic: not a year or a date."""
    if is_year(c) or c.role == "when":
        return False
    if c.kind == "quantity" and c.dimension == "[time]":
        return False
    return True


def compatible(a: Claim, b: Claim, people: set[str]) -> bool:
    """Can a and b be added or compared: counts of one class (people are people), one currency,
    one dimension, two percentages."""
    if a.kind in {"count", "number"} and b.kind in {"count", "number"}:
        if a.noun_class and b.noun_class and a.noun_class != b.noun_class:
            if singular_noun(a.noun_class) == singular_noun(b.noun_class):
                return True  # "one park project" is a part of "three projects"
            return a.noun_class in people and b.noun_class in people
        return True
    if a.kind == b.kind == "money":
        return a.unit == b.unit
    if a.kind == b.kind == "quantity":
        return a.dimension is not None and a.dimension == b.dimension
    return a.kind == b.kind == "percent"


_PEOPLE: dict[int, tuple[RulePack, frozenset[str]]] = {}  # per rule pack (the pack kept: ids stay its own)


def _people_nouns(pack: RulePack) -> frozenset[str]:
    """Every noun that counts people, singular and plural: the classes of people (rules/nouns.yaml
    people_kinds) and their members ("one soldier" is a part of "two people"), the people nouns of
    no class, the nouns an age may follow, capitalised peoples and parties."""
    held = _PEOPLE.get(id(pack))
    if held is None or held[0] is not pack:
        if len(_PEOPLE) >= 8:
            _PEOPLE.clear()  # a desk's packs are few; a server loading many keeps no more than 8
        held = _PEOPLE[id(pack)] = (pack, frozenset(_read_people_nouns(pack)))
    return held[1]


def _read_people_nouns(pack: RulePack) -> set[str]:
    n = pack.nouns
    kinds = {*n.people_kinds, "people"}
    nouns = {w for k in kinds for w in (k, *n.classes.get(k, []))}
    nouns |= {*n.people_nouns, *n.age_holders, *n.capitalised_plurals}
    return nouns | {singular_noun(w) for w in nouns}


@lru_cache(maxsize=16)
def _stems(nouns: frozenset[str]) -> frozenset[str]:
    """The stems of a set of nouns (a pack's people nouns, with a text's demonyms): made once a set."""
    return frozenset(stem(w) for w in nouns)


DEMONYM_RE = re.compile(r"\s*[A-Z][a-z]+(?:ans|ese|is)\b")


def _demonyms(text: str, claims: list[Claim]) -> set[str]:
    """The counted nouns of this document written as a capitalised demonym right after their
    figure ("16 Germans", "200 Iraqis", "40 Chinese"): people."""
    out: set[str] = set()
    for c in claims:
        if c.noun_class and DEMONYM_RE.match(text, c.end):
            out.add(c.noun_class)
    return out


_CUES: dict[int, tuple[RulePack, dict[str, object]]] = {}  # per rule pack, as _PEOPLE


def _cues(pack: RulePack) -> dict[str, object]:
    """The pack's cue words as the reader matches them (phrase lists, word sets), made once per rule
    pack: a check reads document after document with one pack, and making them took a tenth of a
    check's time."""
    held = _CUES.get(id(pack))
    if held is None or held[0] is not pack:
        if len(_CUES) >= 8:
            _CUES.clear()
        held = _CUES[id(pack)] = (pack, _read_cues(pack))
    return held[1]


def _read_cues(pack: RulePack) -> dict[str, object]:
    r = pack.relations
    cmp = r.comparison
    return {
        "labels": {w for p in pack.relations.labels for w in words(p)},
        "thresholds_1": {h for h in _phrases(pack.relations.threshold_after) if len(h) == 1},
        "thresholds_2": {h for h in _phrases(pack.relations.threshold_after) if len(h) == 2},
        "one_not_after": _word_set(tuple(r.one_word.not_after)),
        "one_not_before": _phrases(r.one_word.not_before),
        "noun_stops": {w for p in pack.relations.not_in_noun_phrase for w in words(p)},
        "including": _phrases(r.parts.including),
        "of_whole": {tuple(words(p)) for p in r.parts.of_whole},
        "of_whole_same": {tuple(words(p)) for p in r.parts.of_whole_same_noun},
        "rebase": _phrases(r.parts.rebase),
        "rebase_breaks": {w for p in r.parts.rebase_breaks for w in words(p)},
        "rebase_sources": _phrases(r.parts.rebase_sources),
        "rebase_whole": _phrases(r.parts.rebase_whole),
        "complete": _phrases(r.parts.complete),
        "remaining": _phrases(r.parts.remaining),
        # "a third", "a fifth" (numbers.yaml's fraction words, singular): one more member named
        # without a figure ("a third defendant"), or a fraction of the whole ("a fifth of them")
        "ordinals": {w for w in pack.numbers.fractions if not w.endswith("s")},
        "total_named": {w for p in r.parts.total_named for w in words(p)},
        "announced_total": _phrases(r.parts.announced_total),
        "announced_total_not_with": {w for p in r.parts.announced_total_not_with for w in words(p)},
        "announced_total_not_after": {w for p in r.parts.announced_total_not_after for w in words(p)},
        "announced_total_any": {singular_noun(w) for p in r.parts.announced_total_any for w in words(p)},
        "announced_total_ends": {w for p in r.parts.announced_total_ends for w in words(p)},
        "condition": [tuple(words(p)) for p in r.parts.condition],
        # the words a condition can open with; None when a condition has no words (it then opens anywhere)
        "condition_firsts": (
            None if any(not words(p) for p in r.parts.condition) else {words(p)[0] for p in r.parts.condition}
        ),
        "condition_events": set(r.parts.condition_events),
        "outcome_nouns": {singular_noun(w) for w in r.parts.outcome_nouns},
        "outcomes": set(r.parts.outcomes),
        "outcome_not_with": set(r.parts.outcome_not_with),
        "outcome_again": set(r.parts.outcome_again),
        "outcome_bare": set(r.parts.outcome_bare),
        "outcome_bare_between": set(r.parts.outcome_bare_between),
        "charged": set(r.parts.charged),
        "total_after": _phrases(r.parts.total_after),
        "toll": {w for p in r.parts.toll for w in words(p)},
        "among": _phrases(r.parts.among),
        "of_them": {tuple(words(p)) for p in r.parts.of_them},
        "among_after": _phrases(r.parts.among_after),
        "of_them_after": _phrases(r.parts.of_them_after),
        "of_them_other_after": {w.lower() for w in r.parts.of_them_other_after},
        "elided": {w for p in r.parts.elided for w in words(p)},
        "elided_not_with": {w for p in r.parts.elided_not_with for w in words(p)},
        "of_the_noun": _phrases(r.parts.of_the_noun),
        "of_the_not_modifiers": {w for p in r.parts.of_the_noun_not_modifiers for w in words(p)},
        "paid_on": _phrases(r.parts.paid_on),
        "billed": {w for p in r.parts.billed for w in words(p)},
        "billed_nouns": {w for p in r.parts.billed_nouns for w in words(p)},
        "billed_alone": {w for p in r.parts.billed_alone for w in words(p)},
        "paid_on_adjectives": {w for p in r.parts.paid_on_adjectives for w in words(p)},
        "announced": {w for p in r.parts.announced for w in words(p)},
        "announced_not_with": _phrases(r.parts.announced_not_with),
        "announced_not_in_headline": {w for p in r.parts.announced_not_in_headline for w in words(p)},
        "fines_total": _phrases(r.parts.fines_total),
        "fines_total_before": _phrases(r.parts.fines_total_before),
        "fines_total_with": _phrases(r.parts.fines_total_with),
        "fines_words": frozenset(
            {p[-1] for p in _phrases(r.parts.fines_total)}
            | {p[0] for p in _phrases(r.parts.fines_total_before)}
        ),
        "fine_after": _phrases(r.parts.fine_after),
        "fine_before": _phrases(r.parts.fine_before),
        "fine_not_with": _phrases(r.parts.fine_not_with),
        "fines_imposed": _word_set(tuple(r.parts.fines_imposed)),
        "fine_agreed": _phrases(r.parts.fine_agreed),
        "fines_of_companies": _word_set(tuple(r.parts.fines_of_companies)),
        "fines_of_people": _word_set(tuple(r.parts.fines_of_people)),
        "fine_of_a_person": _word_set(tuple(r.parts.fine_of_a_person)),
        "fines_criminal": _word_set(tuple(r.parts.fines_criminal)),
        "one_of_people": {singular_noun(w) for w in r.parts.one_of_people},
        "opening_group": {w for p in r.parts.opening_group for w in words(p)},
        "size_compound": frozenset(r.parts.size_compound),
        "charge_documents": _phrases(r.charges.documents),
        "charges_not_with": _phrases(r.charges.not_with),
        "charges_listed_near": _phrases(r.charges.listed_near),
        "charges_near_not_with": set(r.charges.listed_near_not_with),
        "charges_near_charging": set(r.charges.listed_near_charging),
        "charges_list_opens": set(r.charges.list_opens),
        "charge_document_words": set(r.charges.document_words),
        "which": _phrases(r.parts.which),
        "by_place": {w for p in r.parts.by_place for w in words(p)},
        "lone_part": {w for p in r.parts.lone_part for w in words(p)},
        "with_part": _phrases(r.parts.with_part),
        "with_apart": frozenset(r.parts.with_apart),
        "with_rate": {w for p in r.parts.with_rate for w in words(p)},
        "lone_pair": _phrases(r.parts.lone_pair),
        "compared_part": _phrases(r.parts.compared_part),
        "event_words": {tuple(words(w)): ev for ev, ws in pack.events.events.items() for w in ws},
        "poll": _phrases(r.poll),
        "poll_progress": {w for p in r.poll_progress for w in words(p)},
        "quantifiers": {tuple(words(q)): (lo, hi) for q, (lo, hi) in r.quantifiers.items()},
        "inc_nouns": _phrases(r.change.nouns.increase),
        "dec_nouns": _phrases(r.change.nouns.decrease),
        "froms": _phrases(r.change.from_),
        "total_follows": _phrases(r.parts.total_follows),
        "named_whole": [tuple(words(p)) for p in r.parts.named_whole],
        "per_each": {tuple(words(p)) for p in r.per_head.each},
        "per_person": {w for p in r.per_head.person for w in words(p)},
        "stated_from": _phrases(r.change.stated_from),
        "old_words": {w for p in r.change.old_words for w in words(p)},
        "level_words": {w for p in (*r.change.old_words, *r.change.level_words) for w in words(p)},
        "move_to": {w for p in r.change.move_to for w in words(p)},
        "move_up": {w for p in (*r.change.up, *r.change.move_up) for w in words(p)},
        "move_down": {w for p in (*r.change.down, *r.change.move_down) for w in words(p)},
        "up": {w for p in r.change.up for w in words(p)},
        "down": {w for p in r.change.down for w in words(p)},
        "not_direction_after": frozenset(r.change.not_direction_after),
        "factors": r.change.factors,
        "restate": _phrases(r.change.restate),
        "range_before": {w for p in r.change.range_before for w in words(p)},
        "ranks": {w for p in r.change.ranks for w in words(p)},
        "fold": {w for p in r.change.fold for w in words(p)},
        "hedges": _phrases([w for h in pack.hedges.hedges for w in h.words] + ["an", "a", "the"]),
        "needed": {w for p in r.parts.needed for w in words(p)},
        "scale": _phrases(r.parts.scale),
        "headline_outcomes": {k: _phrases(v) for k, v in r.parts.headline_outcomes.items()},
        "headline_not_with": {w for p in r.parts.headline_not_with for w in words(p)},
        "headline_increments": {w for p in r.parts.headline_increments for w in words(p)},
        "number_words": {**pack.numbers.units_words, **pack.numbers.tens_words},
        "to_after_joins": {w for p in r.change.to_after_joins for w in words(p)},
        "to_after_words": {w for p in r.change.to_after_words for w in words(p)},
        "to_named_before": {w for p in r.change.to_named_before for w in words(p)},
        "to_named_generic": {w for p in r.change.to_named_generic for w in words(p)},
        "to_named_breaks": {w for p in r.change.to_named_breaks for w in words(p)},
        "to_named_not_after": {w for p in r.change.to_named_not_after for w in words(p)},
        "revision": {w for p in r.change.revision for w in words(p)},
        "revision_up": {w for p in r.change.revision_up for w in words(p)},
        "revision_down": {w for p in r.change.revision_down for w in words(p)},
        "scales": dict(pack.numbers.scales),
        "ranked_places": {w for p in cmp.ranked_places for w in words(p)},
        "ahead": _phrases(cmp.ahead),
        "behind": _phrases(cmp.behind),
        "times": {tuple(words(w)): f for w, f in cmp.times.items()},
        "times_after": _phrases(cmp.times_after),
        "compare_before": {w for p in cmp.before for w in words(p)},
        "above": _phrases(cmp.above),
        "below": _phrases(cmp.below),
        "after_comma": set(_phrases(cmp.after_comma)),
        "copula": {w for p in cmp.copula for w in words(p)},
        "diff_more": _phrases(cmp.more),
        "diff_less": _phrases(cmp.less),
        "difference_words": {w for p in cmp.difference for w in words(p)},
        "ranked_below": _phrases(cmp.ranked_below),
        "ranked_then": _phrases(cmp.ranked_then),
        "ranked_then_not_before": {w for p in cmp.ranked_then_not_before for w in words(p)},
        "ranked_with": {w for p in cmp.ranked_with for w in words(p)},
        # a place named by an ordinal ("came in seventh", "fell to fifth place": numbers.yaml's
        # ordinal fraction words, not "half" or "quarter"); "at number six" by number_words
        "place_words": {
            w: v
            for w, v in pack.numbers.fractions.items()
            if w in {"first", "second", "third"} or w.endswith("th")
        },
        "only": _phrases(cmp.only),
        "only_joins": {w for p in cmp.only_joins for w in words(p)},
        "only_opens": {w for p in cmp.only_opens for w in words(p)},
        "only_gap_after": {w for p in cmp.only_gap_after for w in words(p)},
        "other_side": _phrases(cmp.other_side),
    }


class _Reader:
    def __init__(self, text: str, claims: list[Claim], pack: RulePack) -> None:
        self.text = text
        self._words: dict[tuple[int, int], list[str]] = {}  # the words of a stretch, read once
        self.__dict__.update(_cues(pack))  # labels, thresholds, noun_stops, including, ...
        self.by_id = {c.id: c for c in claims}
        # the sentences' bounds, not the token list (~200 bytes a token, the peak of a check)
        self.sent_start, self.sent_end = sentence_offsets(text)
        # the figures as extracted (changes, shares and totals are read among these) and, for the
        # parts of a whole, "one" written as a word too
        self.real = sorted(
            (c for c in claims if _usable(c) and not self.labelled(c) and not self.threshold(c)),
            key=lambda c: c.start,
        )
        self.ones = self.word_ones(claims, pack)
        self.one_ids = {c.id for c in self.ones}
        self.claims = sorted([*self.real, *self.ones], key=lambda c: c.start)
        demonyms = _demonyms(text, claims)  # most texts: none, and the pack's set is read as it is
        self.people = _people_nouns(pack) | demonyms if demonyms else _people_nouns(pack)
        self.know = knowledge(pack)
        self.out = Relations()

    # ------------------------------------------------------------ text around figures

    def threshold(self, c: Claim) -> bool:
        """'65 or older', '18 and over': a bound that sorts what is counted, not an amount."""
        end = self.sent_end[c.sentence] if c.sentence < len(self.sent_end) else len(self.text)
        nxt = tuple(words(self.text[c.end : min(end, c.end + 20)])[:2])
        # a phrase of threshold_after matches the (at most two) next words: one of one word or two
        return nxt[:1] in self.thresholds_1 or nxt in self.thresholds_2

    def labelled(self, c: Claim) -> bool:
        """'magnitude 6.4', 'Resolution 2118', '(3)': a label, not an amount."""
        before = words(self.text[max(0, c.start - 30) : c.start])
        if before and before[-1] in self.labels:
            return True
        bracketed = self.text[c.start - 1 : c.start] == "(" and self.text[c.end : c.end + 1] == ")"
        return bracketed and c.kind == "number"  # "(3)": an item of a list

    def word_ones(self, claims: list[Claim], pack: RulePack) -> list[Claim]:
        """'one' written as a word where extraction gives no figure ('including two water projects
        and one habitat project', 'one of the two levers'): a figure of 1, for the parts of a whole
        only (never a whole, never a change)."""
        not_after, not_before = self.one_not_after, self.one_not_before  # the pack's one_word cues
        covered = [(c.start, c.end) for c in claims]
        doc = claims[0].doc
        out: list[Claim] = []
        for m in ONE_RE.finditer(self.text):
            s, e = m.span()
            if any(a < e and s < b for a, b in covered):
                continue
            i = max(0, bisect_right(self.sent_start, s) - 1)
            if m.group()[0] == "O" and s != self.sent_start[i]:
                continue  # "Capital One", "Channel One": a name
            before = words(self.text[max(self.sent_start[i], s - 30) : s])
            after = tuple(words(self.text[e : e + 40]))
            if (before and before[-1] in not_after) or any(after[: len(p)] == p for p in not_before):
                continue
            near = [c for c in claims if c.start < s] or claims
            para = max(near, key=lambda c: c.start).paragraph if near is not claims else claims[0].paragraph
            one = Claim(
                id=f"{doc}:one@{s}",
                doc=doc,
                start=s,
                end=e,
                surface=m.group(),
                value=1.0,
                low=1.0,
                high=1.0,
                kind="number",
                sentence=i,
                paragraph=para,
            )
            if not self.labelled(one):
                out.append(one)
        return out

    def of_them_next(self, c: Claim) -> bool:
        """'10 of whom', '2,500 of them': a part of the figure before it, never the whole of a
        figure after it nor another part beside it."""
        nxt = tuple(self.after(c, 4))
        return any(nxt[: len(h)] == h for h in self.of_them_after)

    def event_after(self, c: Claim) -> str | None:
        """The event a word right after c, or after its noun, names ('40 wounded', '12 visitors
        killed'), if any (rules/events.yaml)."""
        ws = self.after(c, 4)
        for i in range(min(2, len(ws))):
            if ws[i] in {",", "(", "and", "or"}:
                break
            event = self.event_words.get(tuple(ws[i : i + 1])) or self.event_words.get(tuple(ws[i : i + 2]))
            if event is not None:
                return event
        return None

    def whole_ok(self, c: Claim) -> bool:
        """Can c be a whole: a figure as extracted, not a 'one' read as a part."""
        return c.id not in self.one_ids

    def _held(self, lo: int, hi: int) -> list[str]:
        """The words of text[lo:hi], read once per document: the list held, which callers must
        not change (words_in gives a copy; before/after give a slice)."""
        ws = self._words.get((lo, hi))
        if ws is None:
            ws = self._words[(lo, hi)] = words(self.text[lo:hi])
        return ws

    @cached_property
    def _lower_text(self) -> str:
        """The text in lower case, with the apostrophes `words` reads: made at the first cue test."""
        return self.text.lower().replace("’", "'")

    def _in_text(self, cues: Iterable[str]) -> bool:
        """Is any of these cue words in the text at all (as a substring of the lower-cased text, so
        never missing a word `words` reads): a cheap test before a reader's per-claim work."""
        return any(x in self._lower_text for x in cues)

    def words_in(self, lo: int, hi: int) -> list[str]:
        """The words of text[lo:hi] (a new list; each stretch is read once per document)."""
        return list(self._held(lo, hi))

    def gap(self, a: Claim, b: Claim) -> list[str]:
        return self.words_in(a.end, b.start)

    def before(self, c: Claim, n: int = 8) -> list[str]:
        """The words before c in its sentence (at most n)."""
        start = self.sent_start[c.sentence] if c.sentence < len(self.sent_start) else 0
        return self._held(max(start, c.start - 200), c.start)[-n:]

    def after(self, c: Claim, n: int = 6) -> list[str]:
        end = self.sent_end[c.sentence] if c.sentence < len(self.sent_end) else len(self.text)
        return self._held(c.end, min(end, c.end + 120))[:n]

    def _changes_compared(self, hit: tuple[str, ...], before_first: list[str], second: Claim) -> bool:
        """"fell by 7.1%, compared to a 6.7% drop for the group": two changes set side by side (the
        first a change "by" it, or the second named a change by the noun after it), not a level
        and the level it moved from."""
        if hit[0] != "compared":
            return False
        nxt = self.after(second, 1)
        named = _ends_with(nxt, self.inc_nouns) or _ends_with(nxt, self.dec_nouns)
        return before_first[-1:] == ["by"] or named is not None

    def sentence_head(self, c: Claim) -> list[str]:
        start = self.sent_start[c.sentence] if c.sentence < len(self.sent_start) else 0
        return self.words_in(start, c.start)

    def strip_hedge(self, ws: list[str]) -> list[str]:
        """The words without a hedge at their end ("including about" -> "including")."""
        for _ in range(2):
            p = _ends_with(ws, self.hedges)
            if p is None:
                break
            ws = ws[: len(ws) - len(p)]
        return ws

    def list_join(self, ws: list[str]) -> bool:
        """Do the words between two parts join them as a list ("children, 40 women and")?"""
        ws = self.strip_hedge(ws)
        if not ws or HARD_STOPS & set(ws) or "(" in ws or ")" in ws:
            return False
        if ws[-1] not in LIST_JOINS and tuple(ws[-3:]) != ("as", "well", "as"):
            return False
        body = list(ws)
        while body and (body[-1] in LIST_JOINS or body[-1] in {"as", "well"}):
            body.pop()
        if len(body) > 5 or "," in body or _find(ws, self.including) or _find(ws, self.froms):
            return False
        return not any(w in self.up or w in self.down or w in self.noun_stops for w in body)

    # ------------------------------------------------------------ parts

    def add_parts(
        self, whole: Claim | None, parts: list[Claim], listed: bool, complete: bool, cue: str
    ) -> None:
        if whole is not None and self._sized(whole):
            return  # "a several-day strike ... 23 of them": the size of each, no count of them
        if parts and not self._two_bases(whole, parts):
            self.out.parts.append(Parts(whole, tuple(parts), listed, complete, cue))

    def _sized(self, c: Claim) -> bool:
        """Is c the number of a compound modifier that gives the size of each thing ('a several-day
        strike', 'five-figure crowds'; rules/relations.yaml parts.size_compound), not a count?"""
        if self.text[c.end : c.end + 1] != "-":
            return False
        m = _HYPHEN_WORD.match(self.text, c.end)
        return m is not None and singular_noun(m.group(1).lower()) in self.size_compound

    def _two_bases(self, whole: Claim | None, parts: list[Claim]) -> bool:
        """Are two of the percentages of a whole and its parts shares of two groups ("0.75 percent of
        the population but 26 percent of the people shot"; link.share_base, measures.yaml
        'share_bases'), and not one figure mistyped? Then they are no part and whole, nor one
        group's breakdown. Only when a base names people (a noun of self.people): shares of one
        thing are often written of two wordings of it ("of generation", "of the country's power"),
        while two groups of people in one sentence are mostly two groups."""
        shares = [c for c in (whole, *parts) if c is not None and c.kind == "percent"]
        if len(shares) < 2:
            return False
        bases = [share_base(c, self.text, self.know) for c in shares]
        if not any(b & self._people_stems for b in bases):
            return False  # '46% of generation', '31% of the country's power': one base in two wordings
        digits = self.know.precise_digits
        return any(
            bases_differ(bases[x], bases[y]) and not precise_slip(shares[x], shares[y], digits)
            for x, y in itertools.combinations(range(len(shares)), 2)
        )

    @cached_property
    def _people_stems(self) -> frozenset[str]:
        """The stems of the nouns that count people (self.people), made at the first share read."""
        return _stems(self.people)

    def listed_after(self, first: Claim, whole: Claim | None, k: int) -> list[Claim]:
        """first and the figures listed after it (claims[k] is first)."""
        parts = [first]
        for c in self.claims[k + 1 :]:
            if c.sentence != first.sentence or not _usable(c):
                break
            if whole is not None and not compatible(whole, c, self.people):
                break
            if whole is None and c.kind != first.kind:
                break
            ref = whole or first
            event = c.event or self.event_after(c)
            ref_event = ref.event or self.event_after(ref) or self.event_words.get(tuple(self.before(ref, 1)))
            if ref_event and event and event != ref_event:
                break  # "22 killed, including one American and 50 wounded": another event
            if not self.list_join(self.gap(parts[-1], c)):
                break
            parts.append(c)
        return parts

    def read_including(self) -> None:
        cs = self.claims
        for k in range(len(cs) - 1):
            w, p = cs[k], cs[k + 1]
            if w.sentence != p.sentence or not (_usable(w) and _usable(p)) or w.kind == "percent" != p.kind:
                continue
            if not self.whole_ok(w) or self.needed_after(p):
                continue
            ws = self.strip_hedge(self.gap(w, p))
            hit = _ends_with(ws, self.including)
            if hit is None:
                continue
            head = ws[: len(ws) - len(hit)]
            if head[-1:] in (["which"], ["that"]) and hit[0].startswith("includ"):
                head = head[:-1]
            # ", of which $109 million ...": the clause is about the figure before it, however far
            clause = hit in self.which and head[-1:] == [","]
            # "three projects under this settlement, including two ... projects": a part counting
            # the whole's own noun may follow a longer noun phrase
            # (or a bare number, which counts the whole's noun: "four projects ..., including 3 in
            # Ohio"; the noun a part inherits is lost when a slip makes it larger than its whole)
            if self._article_before(p):
                continue  # "including a 150,000 route-mile network": a number after "a" sizes one thing
            bare = w.kind == "count" and p.kind == "number" and not p.counts
            same = bool(w.counts) and ((w.kind == p.kind == "count" and w.counts == p.counts) or bare)
            # "1,500 people would leave for the hills on Sunday, including 400 fighters": people
            # counted, then after a clause and a comma people among them
            people = head[-1:] == [","] and self._counts_people(w) and self._counts_people(p)
            longest = 12 if clause or same or people else 5
            if HARD_STOPS & set(head) or len([x for x in head if x.isalnum()]) > longest or "(" in head:
                continue
            if same and not clause and any(_count_figure(x) for x in head):
                continue  # "champion twice, a finalist 12 times, including three times": 12 is the whole
            if (self.noun_stops & set(head) and not (clause or same)) or not (
                compatible(w, p, self.people) or self._things(w, p, head, hit)
            ):
                continue
            if self._changing(w):
                continue
            if p.kind == "percent" and hit[0] in {"of", "among"}:
                continue  # "40% voted, of which 60% ...": a share of those 40%, out of 100%
            parts = self.listed_after(p, w, k + 1)
            self.add_parts(w, parts, len(parts) > 1, False, " ".join(hit))

    def _article_before(self, c: Claim) -> bool:
        """Does "a" or "an" stand just before a figure written in digits ("a 150,000 route-mile
        network", "an 80,000 capacity bowl")? Then the figure sizes one thing and counts nothing
        ("a dozen", "a hundred" are figures of their own)."""
        return c.surface[:1].isdigit() and self.before(c, 1) in (["a"], ["an"])

    def _things(self, w: Claim, p: Claim, head: list[str], hit: tuple[str, ...]) -> bool:
        """'2,400 missions, including 1,100 supply runs': two counts of things (not people) under
        other nouns, the part's noun written after it, only the whole's noun (and a comma) before
        "including": the second is a kind of the first ("five chains, which include 900 restaurants"
        and "11 plants in four states, including 9 in Iowa" are not)."""
        nouns = (w.noun_class, p.noun_class)
        if not (w.kind == p.kind == "count" and all(nouns) and w.value is not None and p.value is not None):
            return False
        if w.value < 2:
            return False  # "one school, including 40 classrooms": what one thing holds, not kinds of it
        if any(n in self.people for n in nouns) or hit != ("including",):
            return False
        if not all(x.isalpha() or x == "," for x in head) or "," in head[:-1] or len(head) > 5:
            return False
        return p.counts is not None and p.counts in {singular_noun(x) for x in self.after(p, 3)}

    def read_of_them(self) -> None:
        """'40 of them', '$8.4 billion of that amount': a part of the figure before it, in its
        sentence, or the one figure of its kind in the sentence before."""
        cs = self.claims
        for k, p in enumerate(cs):
            nxt = tuple(self.after(p, 4))
            hit = next((h for h in self.of_them_after if nxt[: len(h)] == h), None)
            if hit is None or p.kind == "percent":
                continue
            if k + 1 < len(cs) and self.gap(p, cs[k + 1]) == list(hit):
                continue  # "8 of those 10 counts": the whole is named next
            if hit == ("of", "us") and not (p.kind == "count" or p.kind == "number") or (
                hit == ("of", "us") and not set(self.sentence_head(p)) <= SENTENCE_OPENERS
            ):
                continue  # "Five of us came back": only opening a sentence, the count before it
            if self.needed_after(p):
                continue
            same = [
                c
                for c in cs[:k]
                if c.sentence == p.sentence
                and hit != ("of", "us")
                and c.kind != "percent"
                and self.whole_ok(c)
                and not self.of_them_next(c)  # "30 members, 10 of whom ... and 20 of whom": 30
            ]
            last = same[-1] if same else None
            if last and last.kind in {"count", "number"} and (last.value, last.hedge) == (1, None):
                continue  # "if one console makes music, what would six of them do?": 'them' is never one
            if len(hit) == 2 and hit[1] in {"this", "that"}:
                following = nxt[2:3]
                if following and following[0][:1].isalpha() and following[0] not in PRONOUN_FOLLOWERS:
                    continue  # "163 of this year's nominees": a determiner, not the amount named before
            if self.before(p, 1) in (["in"], ["of"]) and k > 0 and self.gap(cs[k - 1], p) in (["in"], ["of"]):
                continue  # "six in 10 of this group": a ratio
            if same and self._other_plural_between(same[-1], p):
                continue  # "nine complaints about bent phones ... tested 15,000 of them": which 'them'?
            if same:
                whole: Claim | None = same[-1]
            elif hit[1] in {"that", "this"} or hit[-1] in {"total", "sum"}:
                # "... $23.8 billion. Of that amount, ...": an amount named the sentence before
                prev = [
                    c
                    for c in cs[:k]
                    if c.sentence == p.sentence - 1 and compatible(c, p, self.people) and self.whole_ok(c)
                ]
                whole = prev[0] if len(prev) == 1 and prev[0].kind in {"money", "quantity"} else None
            elif p.kind in {"count", "number"} and set(self.sentence_head(p)) <= SENTENCE_OPENERS:
                # "... approved 17 banks. Seven of them have opened": the one count the sentence
                # before gives
                prev = [
                    c
                    for c in cs[:k]
                    if c.sentence == p.sentence - 1
                    and c.kind in {"count", "number"}
                    and _usable(c)
                    and self.whole_ok(c)
                ]
                whole = prev[0] if len(prev) == 1 and prev[0].kind == "count" else None
            else:
                whole = None
            if whole is None or not compatible(whole, p, self.people):
                continue
            self.add_parts(whole, [p], False, False, " ".join(hit))

    def _other_plural_between(self, w: Claim, p: Claim) -> bool:
        """Does w's noun have a word of `of_them_other_after` right after it, then, within three
        words, a plural noun of another thing ("nine complaints about bent phones")? Then the
        'them' of p ('tested 15,000 of them') may be that thing."""
        if not self.of_them_other_after or not w.counts:
            return False
        noun = singular_noun(w.counts)
        gap = self.gap(w, p)
        at = next((n for n, x in enumerate(gap[:3]) if singular_noun(x) == noun), None)
        if at is None or at + 1 >= len(gap) or gap[at + 1] not in self.of_them_other_after:
            return False
        return any(
            len(x) > 3 and x.isalpha() and singular_noun(x) not in {x, noun} for x in gap[at + 2 : at + 5]
        )

    def read_elided(self) -> None:
        """'Detectives want to question nine men. Five have fled abroad.': a count written as a word that
        opens its sentence with no noun of its own, a verb of `elided` right after it, is a part of
        the one count of the sentence before (the noun it leaves out is that count's). Figures in
        digits are left alone: a sentence opening with digits is a name or a title as often ("5
        live", "4321")."""
        cs = self.claims
        for k, p in enumerate(cs):
            if k == 0 or p.kind not in {"count", "number"} or p.value is None or p.id in self.one_ids:
                continue
            nxt = self.after(p, 3)
            if not nxt or nxt[0] not in self.elided or not p.surface.replace("-", "").isalpha():
                continue
            if not _usable(p) or not set(self.sentence_head(p)) <= SENTENCE_OPENERS:
                continue
            prev = [c for c in cs[:k] if c.sentence == p.sentence - 1 and c.id not in self.one_ids]
            w = prev[0] if len(prev) == 1 else None
            if w is None or w.kind != "count" or not _usable(w) or not self.whole_ok(w):
                continue
            if not compatible(w, p, self.people) or self._another_count(w, p, nxt):
                continue
            parts = self._clause_parts(p)
            self.add_parts(w, parts, len(parts) > 1, False, nxt[0])

    def _clause_parts(self, p: Claim) -> list[Claim]:
        """p, a part of a whole named before its sentence, and the counts that open the clauses after
        it in its sentence, each right before a verb of `elided` or `outcomes` (with at most
        "other(s)" and p's noun or an outcome noun between): 'Eleven pleaded guilty; two are held
        without bail, one is still at large, and one awaits a retrial' lists four parts of one
        whole, 'the four defendants convicted today, 26 other co-defendants have since pleaded guilty'
        two. Not a clause that names another time (parts.elided_not_with), unless its count is of
        "other(s)", one more group of the same people ('six ... on Monday, and five others were
        held last month')."""
        verbs = self.elided | self.outcomes
        nouns = {singular_noun(x) for x in [*self.outcome_nouns, *(p.counts or "").split()[-1:]]}
        out = [p]
        clauses = [_clause(self._words_after(p))]
        stops = (HARD_STOPS - {";"}) | BRACKETS
        for c in self.claims[self.claims.index(p) + 1 :]:
            if c.sentence != p.sentence or c.kind not in {"count", "number"} or c.value is None:
                break
            gap = self.gap(out[-1], c)
            if not gap or gap[-1] not in {";", ",", "and"} or stops & set(gap):
                break
            ws = self._words_after(c)
            other = ws[:1] in (["other"], ["others"])
            ws = ws[1:] if other else ws
            ws = ws[1:] if ws[:1] and singular_noun(ws[0]) in nouns else ws
            clause = _clause(ws)
            if not ws or ws[0] not in verbs or not _usable(c):
                break
            if self.elided_not_with & set(clause) and not other:
                break  # "five others ... last week": one more group of them, at another time
            if self._counted_again(clauses, clause):
                break
            clauses.append(clause)
            out.append(c)
        return out

    def _words_after(self, c: Claim) -> list[str]:
        """The words (hyphenated ones whole: 'co-defendants'), commas and semicolons right after c
        in its sentence."""
        end = self.sent_end[c.sentence] if c.sentence < len(self.sent_end) else len(self.text)
        return re.findall(r"[a-z][a-z'-]*|[;,]", self.text[c.end : min(end, c.end + 80)].lower())

    def _counted_again(self, before: list[list[str]], clause: list[str]) -> bool:
        """Does a clause of an outcome list count again defendants a clause before it counts: it
        says they were sentenced (parts.outcome_again), one before it what came before ('49 have
        pleaded guilty and 46 have been sentenced')?"""
        earlier = self.outcomes - self.outcome_again
        return bool(self.outcome_again & set(clause)) and any(earlier & set(x) for x in before)

    def _another_count(self, w: Claim, p: Claim, nxt: list[str]) -> bool:
        """Is the count p opens its sentence with one of its own, not a part of w before it?"""
        own = self.words_in(self.sent_start[p.sentence], self.sent_end[p.sentence])
        if self.elided_not_with & set(own) or any(x.isdigit() and len(x) == 4 for x in own):
            return True  # "Three were held on Tuesday", "Seven died in 2020": a count of another time
        before = self.words_in(self.sent_start[w.sentence], self.sent_end[w.sentence])
        verb = next((x for x in nxt if x.isalpha() and x not in AUXILIARIES), None)
        if verb is not None and verb in before:
            return True  # "Two died in the fire. Three died in the flood.": another event alike
        # "three flats in the block, and residents were moved. Two were ...": the residents
        after_w = self.words_in(w.end, self.sent_end[w.sentence])
        plural_people = any(x in self.people and singular_noun(x) != x for x in after_w)
        return w.noun_class not in self.people and plural_people

    def read_of_the_noun(self) -> None:
        """'They cornered three girls. ... he attacked two of the girls': a part naming, after "of
        the", the noun a count just before it counts (in its sentence or the two before); the
        nearest such count is its whole."""
        cs = self.claims
        for k, p in enumerate(cs):
            if p.kind not in {"count", "number"} or not _usable(p):
                continue
            nxt = tuple(self.after(p, 4))
            hit = next((h for h in self.of_the_noun if nxt[: len(h)] == h), None)
            if hit is None:
                continue
            noun = nxt[len(hit) : len(hit) + 1]
            if not noun or not noun[0].isalpha():
                continue
            # the noun right after "of the" ("one of the first" names none), or after one word
            # before the noun the part counts ("one of the gang members" after "two club members"),
            # unless that word names another group ("two of the other men")
            counted = singular_noun(noun[0])
            modified = False
            if p.counts and not _counts_noun(p, counted):
                second = nxt[len(hit) + 1 : len(hit) + 2]
                if (
                    not second
                    or noun[0] in self.of_the_not_modifiers
                    or not _counts_noun(p, singular_noun(second[0]))
                ):
                    continue
                counted = singular_noun(second[0])
                modified = True
            if k + 1 < len(cs) and cs[k + 1].sentence == p.sentence and self.gap(p, cs[k + 1]) == list(hit):
                continue  # "two of the three girls": read with its whole named next
            if self.needed_after(p):
                continue
            # the nearest count of the noun in the sentence or the two before, in the paragraph; or,
            # where none is, in the OF_THE_FAR sentences before ("fired four missiles ... One of
            # the missiles fell"), the nearest count of it being the only one so far back
            whole = next(
                (
                    c
                    for c in reversed(cs[:k])
                    if p.sentence - OF_THE_FAR <= c.sentence <= p.sentence
                    and c.kind == "count"
                    and _counts_noun(c, counted)
                    and (c.value or 0) >= 2  # "One nurse said ... Two of the nurses": no group of one
                    and not c.partitive
                    and _usable(c)
                    and self.whole_ok(c)
                    and not self._changing(c)
                ),
                None,
            )
            if whole is None:
                continue
            if (p.value or 0) > (whole.value or 0) and any(
                c.kind == "count" and _counts_noun(c, counted) and (c.value or 0) >= (p.value or 0)
                for c in cs[: cs.index(whole)]
            ):
                # "Fifteen defendants were sent ... Three defendants charged in Chicago arrive today.
                # Nine of the defendants left on Saturday": the group of the larger count before,
                # not the nearer smaller one
                continue
            near = whole.sentence >= p.sentence - 2 and whole.paragraph == p.paragraph
            rest = self.after(p, 12)[len(hit) + 1 + modified :]  # the words after the noun counted
            if not near and (
                whole.sentence >= p.sentence - 2
                or self._headline(whole)
                or any(
                    c is not whole and c.kind == "count" and _counts_noun(c, counted)
                    for c in cs[:k]
                    if c.sentence >= p.sentence - OF_THE_FAR
                )
                or self._another_count(whole, p, rest)
                or self._named_anew(whole, p, counted)
            ):
                continue
            # "Police held two men on Monday. Three of the young men were held on Tuesday.": a count
            # of another time or event, as an opening part's (read_opening_part)
            if near and modified and whole.sentence != p.sentence and self._another_count(whole, p, rest):
                continue
            self.add_parts(whole, [p], False, False, " ".join(hit))

    def _named_anew(self, w: Claim, p: Claim, noun: str) -> bool:
        """Is the noun w counts named again between w and p other than as the same things ("the
        missiles", "these missiles"): 'kept 76 accounts ... opened accounts for seven clients ...
        Two of these accounts' names other accounts, so w is no whole of p?"""
        ws = self.words_in(w.end, p.start)
        own = next((i for i, x in enumerate(ws[:4]) if singular_noun(x) == noun), -1)  # w's own noun
        return any(
            singular_noun(x) == noun and ws[i - 1] not in OF_THE_SAME
            for i, x in enumerate(ws)
            if i > own and x.isalpha()
        )

    def read_opening_part(self) -> None:
        """'The rebels overran four hill forts. "One of the army's forts fell"': a count written
        as a word that opens its sentence, then "of the" (rules/relations.yaml parts.of_the_noun)
        and a group, is a part of the count of the sentence before that counts a noun the group
        names (or of the one before that, where the sentence between has no figure), or of a
        count of people when the group is people (or when that count counts "others":
        parts.opening_group). Not a figure in digits, a count of another time or event,
        a whole named right after "of the" (read_of_the_noun's), nor a headline's figure."""
        cs = self.claims
        for k, p in enumerate(cs):
            if p.kind != "count" or p.value is None or not p.surface.replace("-", "").isalpha():
                continue
            if not _usable(p) or not set(self.sentence_head(p)) <= SENTENCE_OPENERS | QUOTES:
                continue
            nxt = self.after(p, 10)
            hit = next((h for h in self.of_the_noun if tuple(nxt[: len(h)]) == h), None)
            if hit is None or (k + 1 < len(cs) and self.gap(p, cs[k + 1]) == list(hit)):
                continue  # "Seven of the 11 people": the whole is named next
            group = nxt[len(hit) : len(hit) + 4]
            # the sentence before, or the one before that when the sentence between has no figure
            gap = not any(c.sentence == p.sentence - 1 for c in cs[:k])
            w = next(
                (
                    c
                    for c in reversed(cs[:k])
                    if self._sentence_before(c, p, gap, group)
                    and not self._in_split(c)  # "Four are citizens and the remaining three ...": subgroups
                    and c.kind == "count"
                    and (c.value or 0) >= 2
                    and _usable(c)
                    and self.whole_ok(c)
                    and not c.partitive
                    and self.after(c, 1) != ["of"]  # "Two of the men died": a part itself
                    and not self._changing(c)
                    and self._group_of(c, p, group)
                ),
                None,
            )
            if w is None or self._headline(w):
                continue
            # the verb after the group ("One of the injured officers was flown out": "was flown out")
            nouns = {singular_noun(x) for x in (p.counts or "", w.counts or "") if x}
            named = [i for i, x in enumerate(group) if singular_noun(x) in nouns]
            verb_words = (group[named[-1] + 1 :] + nxt[len(hit) + 4 :]) if named else []
            if self._another_count(w, p, verb_words):
                continue
            ev, wev = p.event or self.event_after(p), w.event or self.event_after(w)
            if ev and wev and ev != wev:
                continue  # "Two of the men died. Three were hurt": another event
            if self._a_part(p):
                continue
            self.add_parts(w, [p], False, False, " ".join(hit))

    def read_opening_one(self) -> None:
        """'Guards beat three prisoners. One prisoner was flown out.': "One" and a noun in the singular
        opening a sentence is a part of the count of the sentence before that counts the same noun, or counts
        "others" (parts.opening_group) or people where the noun is "individual" or "person"
        (parts.one_of_people). Only where a verb follows the noun ("One school principal said" is
        not one of the schools); not after "N other" ("Two other men ... One man remains at large":
        one more), nor a count of another time (as read_elided), nor of another event unless it
        names the same noun, nor a whole in a headline."""
        for k, p in enumerate(self.claims):
            nxt = self.after(p, 2)
            if not p.surface.isalpha() or p.kind not in {"count", "number"}:
                continue  # "One prisoner", and the slip "Ten prisoner"
            if len(nxt) < 2 or not nxt[0].isalpha() or singular_noun(nxt[0]) != nxt[0]:
                continue
            if nxt[1] not in AUXILIARIES | self.elided | self.outcomes:
                continue  # "One prisoner was ...", not "One school principal said"
            if not _usable(p) or not set(self.sentence_head(p)) <= SENTENCE_OPENERS | QUOTES:
                continue
            w = next((c for c in reversed(self.claims[:k]) if self._one_of(c, p, nxt[0])), None)
            if w is None or self._headline(w) or self._a_part(p) or self.after(w, 1) == ["other"]:
                continue  # "Two other men ... One man remains at large": one more, not one of them
            if self._another_count(w, p, self.after(p, 6)[1:]):
                continue
            ev, wev = p.event or self.event_after(p), w.event or self.event_after(w)
            if _counts_noun(w, nxt[0]) or not (ev and wev and ev != wev):
                self.add_parts(w, [p], False, False, "one")  # the same noun: the same group

    def _one_of(self, w: Claim, p: Claim, one: str) -> bool:
        """Can w, in the sentence before p ("One prisoner ...", one the noun), be the group p is one
        of?"""
        if w.sentence != p.sentence - 1 or w.kind != "count" or (w.value or 0) < 2 or not w.counts:
            return False
        noun = singular_noun(w.counts.split()[-1])
        if not (_usable(w) and self.whole_ok(w)) or self.after(w, 1) == ["of"]:
            return False
        if w.partitive and noun not in self.opening_group:
            return False
        people = one in self.one_of_people and (noun in self.opening_group or self._counts_people(w))
        return (noun == one or people) and not self._changing(w)

    def _a_part(self, c: Claim) -> bool:
        """Is c already a part of a total read before (each claim is a part of one total at most)?"""
        return any(c in r.parts for r in self.out.parts)

    def _ratio_whole(self, c: Claim) -> bool:
        """Is c the whole of a part written just before it ("Six of nine defendants have now been
        sentenced": nine is the group, six the ones the sentence is about)?"""
        b = self.before(c, 2)
        return len(b) == 2 and b[1] == "of" and (b[0].replace(",", "").isdigit() or b[0] in self.number_words)

    def _in_split(self, c: Claim) -> bool:
        """Is c one of the subgroups its sentence splits a group into ("Four have become citizens and
        the remaining three hold visas"): another count in the sentence, one of the two after "the
        remaining"? A part opening the next sentence ("Six of the defendants") is of the group,
        not of a subgroup."""
        others = [d for d in self.claims if d.sentence == c.sentence and d is not c and d.kind == "count"]
        return c.kind == "count" and any(self._remaining_before(x) for x in (c, *others)) and bool(others)

    def _group_of(self, w: Claim, p: Claim, group: list[str]) -> bool:
        """Is w the group a part opening the next sentence names: its noun among the group's
        words ("four hill forts. One of the army's forts"), or the end of a compound noun of four
        letters or more ("two lawsuits ... One of the suits"), or people of people or of others
        ("five guards ... One of the injured officers")?"""
        if not w.counts:
            return False
        if self._names(w, group):
            return True
        noun = singular_noun(w.counts.split()[-1])
        return self._counts_people(p) and (self._counts_people(w) or noun in self.opening_group)

    def _names(self, w: Claim, group: list[str]) -> bool:
        """Do the group's words name w's noun, or the end of it of four letters or more ("suits" for
        "lawsuits")?"""
        noun = singular_noun(w.counts.split()[-1]) if w.counts else ""
        ends = [singular_noun(g) for g in group]
        return bool(noun) and any(noun == g or (len(g) >= 4 and noun.endswith(g)) for g in ends)

    def _sentence_before(self, c: Claim, p: Claim, gap: bool, group: list[str]) -> bool:
        """Is c in the sentence before p's, or (gap: that sentence has no figure) in the one before
        that and counting a noun the group names ("two lawsuits ... [no figure] ... One of the
        suits")?"""
        if c.sentence == p.sentence - 1:
            return True
        return gap and c.sentence == p.sentence - 2 and self._names(c, group)

    def _headline(self, c: Claim) -> bool:
        """Is c's sentence a headline: a line with no full stop at its end?"""
        return self._headline_line(c.sentence)

    def _counts_people(self, c: Claim) -> bool:
        return c.noun_class in self.people or singular_noun(c.noun_class or "") in self.people

    def read_charges(self) -> None:
        """'The five-count indictment charges him with one count of X, two counts of Y and two
        counts of Z': a charging document named by its number of counts, then the counts it
        charges one defendant with, listed after "with" in the same sentence, add up to no more
        than it (it may charge another defendant, named sentences later, with the rest). Not where
        the counts are shared out ("each", "others": rules/relations.yaml charges.not_with)."""
        for k, w in enumerate(self.claims):
            after = self._document(w)
            if after is None:
                continue
            end = self.sent_end[w.sentence] if w.sentence < len(self.sent_end) else len(self.text)
            if _find(words(self.text[w.end : end]), self.charges_not_with) is not None:
                continue
            parts = []
            for c in self.claims[k + 1 :]:
                if c.sentence != w.sentence:
                    break
                if not self._counts_charges(c):
                    break
                parts.append(c)
            if len(parts) >= 2 and "with" in self.gap(w, parts[0]):
                # complete only when no other count of charges, nor another document, is in the
                # article: the document may charge others too, named in another sentence
                complete = self._only_counts_listed(w, parts)
                self.add_parts(w, parts, True, complete, "-count " + " ".join(after[2:3]))

    def _only_counts_listed(self, w: Claim, parts: list[Claim]) -> bool:
        """Are parts the article's only counts of charges and w its only charging document named
        by its count? Then the counts listed are all the document's: "The six-count indictment
        charges him with three counts of X and three counts of Y" (and nothing charges anyone else
        with a count elsewhere). A second list ("The indictment charges Jones with one count of
        X") may share a joint count with the first, so neither is complete. The first count must
        follow "with" (or "on") right away: an offence named before it with no count of its own
        ("accusing her with a plot to steal, 7 counts of X and one of Y") is a count the list does
        not number."""
        if not set(self.before(parts[0], 1)) & self.charges_list_opens:
            return False  # "with a plot to steal, 7 counts of ...": one charge unnumbered
        listed = {c.id for c in parts} | {w.id}
        return not any(
            c.id not in listed and (self._counts_charges(c) or self._document(c) is not None)
            for c in self.claims
        )

    def _document(self, w: Claim) -> tuple[str, ...] | None:
        """The words after w when w names a charging document by its number of counts ('a five-count
        indictment', 'the 26-count felony indictment'), else None."""
        if w.kind != "count" or not _counts_noun(w, "count"):
            return None
        after = tuple(words(self.text[w.end : w.end + 60]))
        at = 2 + next((i for i, x in enumerate(after[2:4]) if x not in self.charge_document_words), 2)
        documents = self.charge_documents
        if after[:2] != ("-", "count") or not any(after[at : at + len(h)] == h for h in documents):
            return None
        return after

    def read_charges_near(self) -> None:
        """'Smith was indicted on nine counts of X, nine counts of Y and eight counts of Z. ... The
        26-count indictment says ...': the counts listed in a sentence at most two
        sentences from the one naming the charging document by its count, right after "on" or
        "with" (rules/relations.yaml charges.listed_near), add up to no more than it. Only where
        the article names one such document (a superseding one, or another case's, may count
        otherwise), where the document's own sentence lists no counts (read_charges reads those),
        and the list's sentence says the charging (parts.charged) and names no other case
        (charges.listed_near_not_with, charges.not_with: counts shared out among others)."""
        documents = [w for w in self.claims if self._document(w) is not None]
        if len(documents) != 1:
            return
        w = documents[0]
        if any(self._counts_charges(c) for c in self.claims if c.sentence == w.sentence and c is not w):
            return
        lists = [x for x in self._charge_lists() if abs(x[0].sentence - w.sentence) <= 2]
        if len(lists) != 1 or abs(lists[0][0].paragraph - w.paragraph) > 1:
            return
        parts = lists[0]
        own = self.words_in(self.sent_start[parts[0].sentence], self.sent_end[parts[0].sentence])
        charging = self.charged | self.charges_near_charging  # "The indictment charges him with"
        if not charging & set(own) or self.charges_near_not_with & self._uncapitalised(parts[0].sentence):
            return
        if _find(own, self.charges_not_with) is not None or any(self._a_part(c) for c in parts):
            return
        complete = self._only_counts_listed(w, parts)
        self.add_parts(w, parts, True, complete, "-count " + " ".join(self._document(w)[2:3]))

    def _uncapitalised(self, sentence: int) -> set[str]:
        """The words of a sentence, lower-cased, but for those capitalised after its first word: a
        capitalised word inside a sentence is a name's ("a group called the Islamic State", "Ohio
        State University"), not the word a cue list means ("state charges")."""
        text = self.text[self.sent_start[sentence] : self.sent_end[sentence]]
        raw = re.findall(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*", text)
        return {w.lower() for i, w in enumerate(raw) if i == 0 or not w[:1].isupper()}

    def _charge_lists(self) -> list[list[Claim]]:
        """The runs of two or more counts of charges in one sentence, the first right after
        charges.listed_near, no other figure between them ('on nine counts of X, nine counts of Y
        and eight counts of Z'), as read_charges lists them after "with"."""
        out: list[list[Claim]] = []
        run: list[Claim] = []
        for c in self.claims:
            if run and c.sentence == run[-1].sentence and self._counts_charges(c):
                run.append(c)
                continue
            if len(run) >= 2:
                out.append(run)
            cue = self._counts_charges(c) and _ends_with(self.before(c, 3), self.charges_listed_near)
            run = [c] if cue else []
        if len(run) >= 2:
            out.append(run)
        return out

    def _counts_charges(self, c: Claim) -> bool:
        """Is c a number of counts charged: 'two counts of fraud', 'three false statements counts',
        also a bare number right before "count" ('two count of fraud': 'one count' slipped, the noun
        left singular)?"""
        if c.kind not in {"count", "number"} or c.value is None:
            return False
        head = _clause(self._words_after(c), CLAUSE_ENDS | {"of"})
        if c.kind == "number":
            return head[:1] in (["counts"], ["count"])
        return _counts_noun(c, "count") or head[-1:] in (["counts"], ["count"]) and len(head) <= 4

    def read_of_whole(self) -> None:
        cs = self.claims
        for k in range(len(cs) - 1):
            p, w = cs[k], cs[k + 1]
            if p.sentence != w.sentence or not (_usable(p) and _usable(w)) or not self.whole_ok(w):
                continue
            money = p.kind == w.kind == "money" and p.unit == w.unit  # "$12 million of the $40 million"
            if not money and (p.kind not in {"count", "number"} or w.kind not in {"count", "number"}):
                continue
            ws = self.strip_hedge(self.gap(p, w))
            if money and tuple(ws) not in self.of_whole and not self._of_owner(ws):
                continue
            same = next((h for h in self.of_whole_same if tuple(ws[len(ws) - len(h) :]) == h), None)
            head = ws[: len(ws) - len(same)] if same is not None else []
            noun = " ".join(head)
            plain = len(head) <= 2 and all(x.isalpha() for x in head)
            if same is not None and plain and (not noun or (p.counts and noun.startswith(p.counts))):
                if not (p.kind == w.kind == "count" and p.unit == w.unit and not self._changing(p)):
                    continue
                if (self.up | self.down | {"to", "from", "by"}) & set(self.before(p, 6)):
                    continue  # "cut jobs to 200 from 300", "rose by 20 from 10"
            elif tuple(ws) not in self.of_whole and not self._of_owner(ws) and not self._of_named_whole(ws):
                continue
            if self.before(p, 1) in (["one"], ["the"]) or not compatible(p, w, self.people):
                continue  # "one in 5"; "the 3 of the 10 largest": a rank
            if self.before(p, 2) == ["one", "in"]:
                continue  # "one in four of the 2,500 firms": a rate, not four of them
            other = self._compared_part(w, cs[k + 2]) if k + 2 < len(cs) else None
            rest = cs[k + 2] if k + 2 < len(cs) else None
            if rest is not None and not (
                rest.sentence == w.sentence
                and self._remaining_before(rest)
                and compatible(rest, w, self.people)
            ):
                rest = None
            if other is not None:  # "31 of the 150 seats, compared to 19 seats for the Greens"
                self.add_parts(w, [p, other], True, False, "of")
            elif rest is not None:  # "$9 million of the $25 million ..., the remaining $16 million ..."
                self.add_parts(w, [p, rest], True, True, "of")
            else:
                self.add_parts(w, [p], False, False, "of")
            # "411 of the 650 seats, or 73%"
            for s in cs[k + 2 : k + 4]:
                if s.sentence != w.sentence:
                    break
                if s.kind != "percent":
                    if s.kind in {"count", "number", "money"} and _usable(s):
                        break  # "30 of the 900 files and 27, or 90%, of those": 90% is of 30
                    continue
                g = self.strip_hedge(self.gap(w, s))
                if len(g) >= 2 and g[-2:] == [",", "or"] and not HARD_STOPS & set(g) and len(g) <= 12:
                    self.out.shares.append(Share(p, w, s))
                break

    def _after_attribution(self, head: list[str]) -> list[str]:
        """The words opening a sentence past a source named first ("According to reports, of the 40
        passengers, ..."): one of parts.rebase_sources, at most REBASE_SOURCE_WORDS words more, and a
        comma; the words as they are when no source opens them."""
        hit = next((h for h in self.rebase_sources if tuple(head[: len(h)]) == h), None)
        if hit is None or "," not in head:
            return head
        comma = head.index(",")
        if comma - len(hit) > REBASE_SOURCE_WORDS or HARD_STOPS & set(head[:comma]):
            return head
        return head[comma + 1 :]

    def _compared_part(self, w: Claim, c: Claim) -> Claim | None:
        """After "A of the N seats": ', compared to B seats for <a name>' gives another member's
        part of the same whole (not ', compared with 15 schools last year': another time)."""
        if c.sentence != w.sentence or c.kind != "count" or w.kind != "count" or c.counts != w.counts:
            return None
        g = self.gap(w, c)
        hit = _ends_with(g, self.compared_part)
        head = g[: len(g) - len(hit)] if hit is not None else []
        if hit is None or head[-1:] != [","] or len(head) > 8 or not all(x.isalpha() for x in head[:-1]):
            return None  # "seats in the lower house," then the cue
        m = FOR_NAME_RE.match(self.text, c.end)
        if m is None or (m.group(1) and singular_noun(m.group(1).lower()) != c.counts):
            return None
        return c

    def read_rebase(self) -> None:
        """'Of the 6,128 cases, 3,676 ...'; 'Of those, 30% backed A, 20% B and the remaining 20% C'."""
        by_sentence: dict[int, list[int]] = {}
        for k, c in enumerate(self.claims):
            by_sentence.setdefault(c.sentence, []).append(k)
        for _s, ks in by_sentence.items():
            first = self.claims[ks[0]]
            head = self._after_attribution(self.sentence_head(first))
            if head[:2] == ["out", "of"]:
                head = head[1:]  # "Out of the 12 candidates, ..." opens as "Of the 12 candidates"
            if not head or head[0] != "of":
                continue
            if "," in head:  # no figure in the opener: "Of those, ..."
                if _find(head[:3], self.rebase) is None or head.index(",") > 4:
                    continue
                shares = [self.claims[k] for k in ks if self.claims[k].kind == "percent"]
                shares = [c for c in shares if not self._changing(c)]
                gaps = [set(self.gap(a, b)) for a, b in zip(shares, shares[1:], strict=False)]
                cut = next((i + 1 for i, g in enumerate(gaps) if self.rebase_breaks & g), len(shares))
                # "81% were pleased, though almost a quarter found it slow": the shares past the concession
                # may overlap those before it
                if len(shares[:cut]) >= 2 and len(shares) == len(
                    [k for k in ks if self.claims[k].kind == "percent"]
                ):
                    shares = shares[:cut]
                    self.add_parts(None, shares, True, self._remaining_before(shares[-1]), "of those")
                continue
            if _find(head[:2], self.rebase_whole) is None or not _usable(first) or len(head) > 4:
                continue
            if not self.whole_ok(first):
                continue
            rest = [self.claims[k] for k in ks[1:]]
            if first.kind not in {"count", "number"}:
                rest = [c for c in rest if self.whole_ok(c)]
            if not rest or "," not in self.gap(first, rest[0]):
                continue
            if first.kind not in {"count", "number", "money"}:
                continue
            parts = [
                c for c in rest if _usable(c) and compatible(first, c, self.people) and c.kind != "percent"
            ]
            # "3,000 are in poor repair - 2,500 of them old": a part of a part
            parts = [c for c in parts if not self._changing(c) and not self.of_them_next(c)]
            if not parts:
                continue
            listed = all(self.list_join(self.gap(a, b)) for a, b in zip(parts, parts[1:], strict=False))
            listed = listed and len(parts) == len(rest) and len(parts) > 1
            # "25 passed and the other 18 failed": the last part is the rest of the whole
            rest_of = len(parts) == len(rest) and len(parts) > 1 and self._remaining_before(parts[-1])
            self.add_parts(first, parts, listed or rest_of, rest_of, "of the")

    def read_colon(self) -> None:
        """'All 67 people aboard were killed: 60 passengers and four crew members.'; 'The two women
        -- one from A and one from B -- ...': parts listed after a colon or a dash."""
        cs = self.claims
        for k in range(len(cs) - 1):
            w, p = cs[k], cs[k + 1]
            if w.sentence != p.sentence or not (_usable(w) and _usable(p)) or not self.whole_ok(w):
                continue
            g = _dashes(self.gap(w, p))
            mark = ":" if ":" in g else "—"
            if g.count(mark) != 1 or (HARD_STOPS - {":"}) & set(g) or (mark == "—" and "," in g):
                continue
            i = g.index(mark)
            if i > 7 or len(self.strip_hedge(g[i + 1 :])) > 1 or not compatible(w, p, self.people):
                continue
            parts = self.listed_after(p, w, k + 1)
            if len(parts) < 2:
                continue
            complete = _ends_with(self.before(w, 3), self.complete) is not None
            if mark == "—":
                # each part names what it is ("one Peruvian"): not "two kids - seven and three"
                # (ages), not "Six ... - 22, A Million" (titles)
                if not all(self.named(x) for x in parts):
                    continue
                if w.surface[:1].isupper() and w.start != self.sent_start[w.sentence]:
                    continue  # "The Hope Six ...": a name
                # "The two women -- one ... and one ... --": a definite whole, its parts set off
                # between dashes, is broken down completely
                closed = "—" in _dashes(self.after(parts[-1], 4))[:3]
                complete = complete or (closed and self.before(w, 1) == ["the"])
            self.add_parts(w, parts, True, complete, mark)

    def read_with_part(self) -> None:
        """'Forty people were hurt, with 12 kept in hospital overnight'; 'save 3 billion euros over five
        years, with 900 million of it this year': a figure after a comma and one
        of rules/relations.yaml parts.with_part is a part of the amount or count just before it in
        its sentence, when it counts nothing of its own (a bare number) or the same thing. Never a
        percentage (a share of another base), a change, a difference ("with 2,000 more") or a
        figure of another time ("with $7m expected next year": parts.elided_not_with)."""
        cs = self.real
        for k, p in enumerate(cs):
            if k == 0 or p.kind not in {"number", "count", "money"} or p.value is None:
                continue
            ws = self.strip_hedge(self.before(p, 6))
            cue = _ends_with(ws, self.with_part)
            if cue is None or ws[-len(cue) - 1 : -len(cue)] != [","] or self._changing(p):
                continue
            nxt = self.after(p, 12)
            if (nxt[:1] and nxt[0] in self.difference_words) or self.elided_not_with & set(nxt):
                continue
            if any(a in self.with_rate and b in PERIODS for a, b in zip(nxt[:4], nxt[1:5], strict=False)):
                continue  # "with 40 homes a week being sold": a rate
            if self.with_apart & set(nxt[:2]):
                continue  # "26 back the deal, with 45 uncommitted": those outside it, no part
            w = next((c for c in reversed(cs[:k]) if _usable(c) and c.sentence == p.sentence), None)
            if w is None or w.kind not in {"count", "money"} or not self.whole_ok(w) or (w.value or 0) < 2:
                continue
            between = self.gap(w, p)
            if _find(between, self.ranked_then) or _find(between, self.ranked_below):
                continue  # "12 medals, followed by Norway, with 9": a standing
            if self._a_part(p):
                continue  # "the four-count complaint accuses her, with one count of ...": read
            if self._changing(w) or self._a_change(w) or self.of_them_next(w):
                continue
            if p.kind == "number":
                if nxt[:1] and nxt[0].isalpha() and singular_noun(nxt[0]) != nxt[0]:
                    continue  # "with 5 civilians": a noun of its own the extraction left unread
            elif p.kind == "money" and p.unit != w.unit:
                continue
            elif p.kind == "count" and not _counts_noun(p, singular_noun((w.counts or "-").split()[-1])):
                continue  # "12 soldiers, with 15 civilians": another group
            self.add_parts(w, [p], False, False, " ".join(cue))

    def read_bracketed(self) -> None:
        """'a total of 40 medals (12 gold, 15 silver and 13 bronze)': parts listed in brackets right
        after their whole, all of it where the whole is stated as a total ("a total of", "all")."""
        cs = self.claims
        for k in range(len(cs) - 1):
            w, p = cs[k], cs[k + 1]
            if w.sentence != p.sentence or not (_usable(w) and _usable(p)) or not self.whole_ok(w):
                continue
            g = self.strip_hedge(self.gap(w, p))
            if g.count("(") != 1 or g[-1] != "(" or len(g) > 4 or HARD_STOPS & set(g) or ")" in g:
                continue
            if self.noun_stops & set(g) or not compatible(w, p, self.people):
                continue
            parts = self.listed_after(p, w, k + 1)
            if len(parts) < 2 or ")" not in self.after(parts[-1], 4):
                continue
            if any(x.kind not in {"count", "number"} or x.value is None for x in (w, *parts)):
                continue  # "500 and 5,500 km (310 and 3,410 miles)", "30 inches (2 feet, 6 inches)": restated
            complete = _ends_with(self.strip_hedge(self.before(w, 4)), self.complete) is not None
            self.add_parts(w, parts, True, complete, "(")

    def read_scale(self) -> None:
        """'33 out of 150 seats', 'seven out of 10 voters': the number a count is out of (rules/
        relations.yaml parts.scale), the ratio's scale and no figure of its own, is the whole the count
        is a part of; so a slip that puts the count above it ("330 out of 150 seats") is found. The
        scale in digits keeps its rounding ("out of 100,000" may be 95,000 to 105,000); in words
        (units_words, tens_words) it is exact. Not where the scale is a figure of its own (then
        `of_whole` reads it), nor a percentage or a unit after it ("out of 10 feet")."""
        for c in self.claims:
            if c.kind not in {"count", "number"} or c.value is None or not _usable(c) or is_year(c):
                continue
            ws = self.after(c, 4)
            hit = next((h for h in self.scale if tuple(ws[: len(h)]) == h), None)
            if hit is None:
                continue
            m = re.match(
                r"\s+" + r"\s+".join(hit) + SCALE_NUMBER,
                self.text[c.end : c.end + 60],
                re.IGNORECASE,
            )
            if m is None:
                continue
            written = m.group(1)
            s, e = c.end + m.start(1), c.end + m.end(1)
            if written[0].isdigit():
                value, hw = float(written.replace(",", "")), _half_width(written)
            elif written.lower() in self.number_words:
                value, hw = float(self.number_words[written.lower()]), 0.0
            else:
                continue
            if value <= 0 or any(x.start < e and s < x.end for x in self.claims):
                continue  # "out of the 11 Republicans": a figure of its own, read as of_whole
            nxt = words(self.text[e : e + 20])[:1]
            if nxt and nxt[0] in {"percent", "per", "%"}:
                continue
            if nxt and nxt[0] in self.scales and written[0].isdigit():
                # "117 million out of 833 million handsets": the scale word is the whole's own
                value, hw = value * self.scales[nxt[0]], hw * self.scales[nxt[0]]
                e += re.match(r"\s*[A-Za-z]+", self.text[e:]).end()  # type: ignore[union-attr]
                written = self.text[s:e]
            whole = Claim(
                id=f"{c.doc}:scale@{s}",
                doc=c.doc,
                start=s,
                end=e,
                surface=written,
                value=value,
                low=value - hw,
                high=value + hw,
                kind=c.kind,
                unit=c.unit,
                counts=c.counts,
                noun_class=c.noun_class,
                sentence=c.sentence,
                paragraph=c.paragraph,
            )
            self.add_parts(whole, [c], False, False, " ".join(hit))

    def read_total_after(self) -> None:
        """'five soldiers and three civilians, a total of eight': parts listed, then their total."""
        cs = self.claims
        for k in range(2, len(cs)):
            w = cs[k]
            if cs[k - 1].sentence != w.sentence:
                continue  # parts and their total are one sentence's (the words between not read)
            g = self.strip_hedge(self.gap(cs[k - 1], w))
            before = _ends_with(g, self.total_after)
            head = g[: len(g) - len(before)] if before else g
            if not head or head[-1] not in {",", "—", "–", "("} or len(head) > 4:
                continue
            # the words after w are read only where a total may stand: "..., 156 people in all"
            hit = before or self._total_follows(w)
            if hit is None or not self.whole_ok(w):
                continue
            parts = [cs[k - 1]]
            for c in reversed(cs[: k - 1]):
                if c.sentence != w.sentence or not self.list_join(self.gap(c, parts[0])):
                    break
                parts.insert(0, c)
            if len(parts) >= 2 and all(compatible(w, p, self.people) for p in parts):
                self.add_parts(w, parts, True, True, " ".join(hit))

    def _total_follows(self, w: Claim) -> tuple[str, ...] | None:
        """'156 people in all': the words after w (past its noun) that make it a total."""
        after = self.after(w, 6)
        for skip in range(3):
            rest = after[skip:]
            hit = next((h for h in self.total_follows if tuple(rest[: len(h)]) == h), None)
            if hit is not None:
                return hit
            if not rest or not rest[0].isalpha() or rest[0] in self.noun_stops:
                return None
        return None

    def read_remaining(self) -> None:
        """'Wind 31.1%, solar 12.1%, biomass 8.4% and the remaining 4.4%' against the total share
        stated before them (46% of the power)."""
        for k, last in enumerate(self.real):
            if last.kind != "percent" or not self._remaining_before(last):
                continue
            shares = [c for c in self.real[:k] if c.sentence == last.sentence and c.kind == "percent"]
            if not shares or any(self._changing(c) for c in [*shares, last]):
                continue
            head = self.sentence_head(shares[0])
            if head and head[0] == "of":
                continue  # read as a re-based or whole-first breakdown
            top = max(c.value or 0 for c in [*shares, last])
            para = last.paragraph
            before = [
                c
                for c in self.real[:k]
                if c.kind == "percent"
                and last.sentence - 2 <= c.sentence < last.sentence
                and c.paragraph >= para - 1
                and (c.value or 0) > top
                and not self._changing(c)
            ]
            if before:
                self.add_parts(before[-1], [*shares, last], True, True, "the remaining")

    def read_toll(self) -> None:
        """Per-place figures of one event in the next sentences, under its toll ("the death toll rose
        to 2,497 ... 1,764 were killed in Taroudant ... Another 202 died in Chichaoua")."""
        cs = self.real
        for k, whole in enumerate(cs):
            if (
                whole.kind not in {"count", "number"}
                or whole.event is None
                or whole.places
                or whole.partitive
            ):
                continue
            if not (self.toll & set(self.before(whole, 16))) or not _usable(whole):
                continue
            parts = [
                c
                for c in cs[k + 1 :]
                if whole.sentence < c.sentence <= whole.sentence + 2
                and c.paragraph <= whole.paragraph + 1
                and c.event == whole.event
                and c.kind in {"count", "number"}
                and _usable(c)
                and ((c.places and not c.partitive) or c.part_of == whole.id)
            ]
            places = [tuple(c.places) for c in parts if c.places]
            if len(parts) >= 2 and len(set(places)) == len(places):
                self.add_parts(whole, parts, True, False, "toll")

    def converted(self, c: Claim) -> Claim:
        """The figure a conversion restates ("6.05 hectares (14.95 acres)"), else the figure."""
        for _ in range(3):
            o = self.by_id.get(c.conversion_of or "")
            if o is None:
                break
            c = o
        return c

    def by_sentence(self, real: bool = False) -> dict[int, list[Claim]]:
        out: dict[int, list[Claim]] = {}
        for c in self.real if real else self.claims:
            out.setdefault(c.sentence, []).append(c)
        return out

    def read_among(self) -> None:
        """'Among the dead were 15 children' / 'Of them, 40 ...': parts of a figure sentences before."""
        sentences = self.by_sentence()
        for s, cs in sentences.items():
            first = cs[0]
            head = self.strip_hedge(self.sentence_head(first))
            whole: Claim | None = None
            # "Of them, 40 ..."; "Of this amount the firm has paid $640 mln"
            named = len(head) > 2 and tuple(head[:2]) in self.of_them and head[2] in AMOUNT_WORDS
            if (head[-1:] == [","] and tuple(w for w in head if w != ",") in self.of_them) or named:
                prev = [
                    c
                    for c in sentences.get(s - 1, [])
                    if compatible(c, first, self.people) and self.whole_ok(c)
                ]
                whole = prev[0] if len(prev) == 1 and prev[0].kind != "percent" else None
            else:
                hit = next((p for p in self.among if tuple(head[: len(p)]) == p), None)
                if hit is None:
                    continue
                rest = tuple(w for w in head[len(hit) :] if w != ",")
                event = self.event_words.get(rest[:1]) or self.event_words.get(rest[:2])
                if event is None or len(rest) > 3:
                    continue
                earlier = [
                    c
                    for c in self.claims
                    if s - 2 <= c.sentence < s
                    and c.event == event
                    and c.kind in {"count", "number"}
                    and not c.places
                    and not c.partitive
                    and self.whole_ok(c)
                ]
                whole = earlier[-1] if earlier else None
            if whole is None or first.kind == "percent" or not compatible(whole, first, self.people):
                continue
            parts = self.listed_after(first, whole, self.claims.index(first))
            self.add_parts(whole, parts, len(parts) > 1, False, "among")

    def read_remaining_amount(self) -> None:
        """'The deal is worth $500 million. Of this amount the buyer has paid $410 million. It will
        pay the remaining $90 million next year.': a part of a whole read in the sentence before, then "the
        remaining" amount or count: all of the whole."""
        if not self.out.parts:
            return  # no part read yet: nothing a remaining amount could complete
        for last in self.real:
            if last.kind not in {"money", "count", "number"} or not self._remaining_before(last):
                continue
            for p in reversed(self.out.parts):
                w = p.whole
                near = last.sentence - 1 <= p.parts[-1].sentence < last.sentence
                if w is None or p.complete or not near:
                    continue
                if w.sentence < last.sentence - 2:
                    continue
                if not all(compatible(w, x, self.people) for x in (*p.parts, last)):
                    continue
                if self._member_named(p.parts[-1], last):
                    break  # "13 of the 16 ... A third defendant ... the remaining two": 13 + 1 + 2
                if self._member_counted(w, p.parts[-1], last):
                    break  # "six of the nine ... One man was fined ... the remaining two": 6 + 1 + 2
                self.add_parts(w, [*p.parts, last], True, True, "the remaining")
                break

    def _member_named(self, part: Claim, last: Claim) -> bool:
        """Between a part and 'the remaining' figure, one more of the whole named with an ordinal
        and no figure ('a third defendant is in custody'), or a fraction of it ('a fifth of them'):
        the remaining figure is what is left after that too, so the parts read do not sum to the
        whole."""
        return self._ordinal_member(self.words_in(part.end, last.start))

    def _member_counted(self, w: Claim, part: Claim, last: Claim) -> bool:
        """Between a part and 'the remaining' figure, a count of the whole's kind read as no part
        of it ('six of the nine men were jailed. One man was fined and the remaining two ...'): the
        remaining figure is what is left after that one too."""
        return any(
            part.end <= c.start < last.start
            and c is not w  # "13 of the 38 districts ... the other 25": the whole itself
            and c.kind in {"count", "number"}
            and _usable(c)
            and compatible(w, c, self.people)
            for c in self.real
        )

    def _ordinal_member(self, ws: list[str]) -> bool:
        """Do the words name one more member with 'a'/'an' and an ordinal ('a third defendant')?"""
        return any(a in {"a", "an"} and b in self.ordinals for a, b in zip(ws, ws[1:], strict=False))

    def read_among_after(self) -> None:
        """'15 children were among the dead': a part of that event's figure just before."""
        for k, p in enumerate(self.claims):
            if p.kind not in {"count", "number"}:
                continue
            ws = self.after(p, 7)
            for i in range(min(3, len(ws))):
                hit = next((h for h in self.among_after if tuple(ws[i : i + len(h)]) == h), None)
                if hit is None:
                    continue
                rest = tuple(ws[i + len(hit) :])
                event = self.event_words.get(rest[:1]) or self.event_words.get(rest[:2])
                if event is None or HARD_STOPS & set(ws[:i]) or "," in ws[:i]:
                    break
                earlier = [
                    c
                    for c in self.claims[:k]
                    if p.sentence - 1 <= c.sentence <= p.sentence
                    and c.event == event
                    and c.kind in {"count", "number"}
                    and not c.partitive
                    and compatible(c, p, self.people)
                    and self.whole_ok(c)
                ]
                if earlier:
                    self.add_parts(earlier[-1], [p], False, False, "among the")
                break

    def read_by_place(self) -> None:
        """'three refineries, two in Wyoming and one in Kansas': the whole broken down by place."""
        cs = self.claims
        for k in range(len(cs) - 1):
            w, p = cs[k], cs[k + 1]
            if (
                w.sentence != p.sentence
                or not self.whole_ok(w)
                or w.kind not in {"count", "number"}
                or p.kind not in {"count", "number"}
            ):
                continue
            g = self.strip_hedge(self.gap(w, p))
            if g[-1:] != [","] or len(g) > 4 or self.noun_stops & set(g) or not compatible(w, p, self.people):
                continue
            parts = self.listed_after(p, w, k + 1)
            placed = all(self.after(x, 1)[:1] and self.after(x, 1)[0] in self.by_place for x in parts)
            if len(parts) >= 2 and placed and all(x.counts in (None, w.counts) for x in parts):
                self.add_parts(w, parts, True, False, "by place")
            elif len(parts) == 1 and w.kind == "count" and p.counts in (None, w.counts) and len(g) <= 3:
                # "four films, one with her brother": a lone part right after its counted whole
                nxt = self.after(p, 12)
                # "two models, one aimed at A and the second at B": "one", then the other
                paired = bool(nxt) and nxt[0].isalpha() and nxt[0] not in {"and", "or", "to"}
                paired = paired and _find(nxt[1:], self.lone_pair) is not None
                if nxt and (nxt[0] in self.lone_part or paired):
                    self.add_parts(w, parts, False, False, "lone part")

    def read_same_total(self) -> None:
        """Figures each followed by their share in brackets, in one or two sentences of a paragraph."""
        pairs: list[tuple[Claim, Claim]] = []
        cs = self.real
        for k in range(len(cs) - 1):
            a, p = cs[k], cs[k + 1]
            if a.kind not in {"count", "number", "money"} or p.kind != "percent" or a.sentence != p.sentence:
                continue
            g = self.gap(a, p)
            plain = not (HARD_STOPS | self.up | self.down | {"(", ")"}) & set(g[:-1])
            if (
                g[-1:] == ["("]
                and len(g) <= 4
                and plain
                and self.after(p, 1) == [")"]
                and a.value
                and not a.hedge
                and not self._own_base(a)
            ):
                pairs.append((a, p))
        group: list[tuple[Claim, Claim]] = []
        for pair in [*pairs, None]:
            if group and (
                pair is None
                or pair[0].paragraph != group[0][0].paragraph
                or pair[0].sentence > group[-1][0].sentence + 1
                or not compatible(pair[0], group[0][0], self.people)
                or (pair[0].counts or "") != (group[0][0].counts or "")
            ):
                if len(group) >= 2:
                    self.out.totals.append(SameTotal(tuple(group)))
                group = []
            if pair is not None:
                group.append(pair)

    def _own_base(self, a: Claim) -> bool:
        """Is the share after a of a base of a's own: a is the amount of a change ('would decline
        by an average of $126 billion (4.1 percent)': of the level before) or the base of a ratio
        ('nine-in-ten (88%)'), not one of several figures of one total?"""
        ws = [w for w in self.before(a, 6) if w != "-"]
        if ws[-1:] == ["in"]:
            return True
        clause = ws[max((i for i, w in enumerate(ws) if w in HARD_STOPS | {","}), default=-1) + 1 :]
        return bool((self.up | self.down) & set(clause))

    def read_total_named(self) -> None:
        """'The plant took an investment of 9 billion yuan so far. Total investment is put at 12
        billion yuan': an amount in the sentence before one that names its "total" and a noun
        (rules/relations.yaml parts.total_named) is a part of that total when the words just before
        the amount name the same thing ("an investment of", "recovered more than"). Not across
        paragraphs, nor between sentences that name other years or other changes."""
        cs = self.real
        for k, t in enumerate(cs):
            if t.kind not in {"money", "quantity", "count"} or not _usable(t) or not self.whole_ok(t):
                continue
            head = self.sentence_head(t)
            at = next((i for i, x in enumerate(head) if x in self.total_named), None)
            if at is None or at + 1 >= len(head) or len(head[at + 1]) < 5 or not head[at + 1].isalpha():
                continue
            stem = head[at + 1][:6]
            if self._changing(t):
                continue
            for a in reversed(cs[:k]):
                if a.sentence < t.sentence - 1:
                    break
                if (
                    a.sentence != t.sentence - 1
                    or a.paragraph != t.paragraph
                    or a.kind != t.kind
                    or not _usable(a)
                    or not compatible(t, a, self.people)
                    or self._changing(a)
                ):
                    continue
                near = self.before(a, 4)
                if not any(x[:6] == stem for x in near) or self.total_named & set(near):
                    continue
                if self._years(a.sentence) != {x for x in head if _a_year(x)}:
                    continue  # "revenue of $5m in 2019. Total revenue in 2020 was": another year
                if not self._a_part(a):
                    self.add_parts(t, [a], False, False, head[at])
                break

    def read_announced_total(self) -> None:
        """'A total of 40 people were hurt. Thirty passengers and eight crew members were taken to
        hospital': a count announced as a total (rules/relations.yaml parts.announced_total right
        before it) has as parts the counts of its noun (people of any kind when it counts people) in
        the two sentences after it in its paragraph; those joined as a list are listed together. Not
        all of it: only a part above the whole, or a list summing to a slip of it, is a finding. Not
        a total that is needed ("a total of 50 votes are needed"), nor a count with a word
        of parts.announced_total_not_with in the four words before it or the word after it
        ("another 30", "30 more", "while its neighbour has 900"; a hedge right before it is passed
        over), one right after a word of parts.announced_total_not_after (a
        holder's own figure: "followed by the visitors with 25 medals"), one taken of
        another whole ("400 of the old coins"), a change, a count of another event, a
        count that is already a part, nor one in a sentence that names a year the total's does
        not; a count announced as a total itself, or one after a total word in its sentence
        (parts.total_named, parts.announced_total_ends: "Overall, the city housed 300 children",
        "the ports collectively handled 900 ships"), ends the parts."""
        if not any(all(x in self._lower_text for x in phrase) for phrase in self.announced_total):
            return  # no phrase announcing a total ("a total of") anywhere: nothing to read
        cs = self.real
        for k, w in enumerate(cs):
            if w.kind != "count" or not w.noun_class or not self.whole_ok(w) or self._changing(w):
                continue
            if _ends_with(self.strip_hedge(self.before(w, 5)), self.announced_total) is None:
                continue
            if self.needed_after(w):
                continue
            years = self._years(w.sentence)
            found: list[Claim] = []
            held: Claim | None = None
            for p in cs[k + 1 :]:
                if p.sentence == w.sentence:
                    continue
                if p.sentence > w.sentence + 2 or p.paragraph != w.paragraph:
                    break
                if p.kind != "count" or not p.noun_class or not compatible(w, p, self.people):
                    continue
                if not self._kind_of_total(w, p):
                    continue
                head = self.sentence_head(p)
                if _ends_with(self.strip_hedge(self.before(p, 5)), self.announced_total) is not None:
                    break  # another total
                if (self.total_named | self.announced_total_ends) & set(head):
                    break  # "Overall, ... there were 1,055 families": another total's sentence
                if self.before(p, 1) and self.before(p, 1)[0] in self.announced_total_not_after:
                    held = p  # "with 11 gold, five silver and five bronze medals": all the holder's
                    continue
                if held is not None and held.sentence == p.sentence and self.list_join(self.gap(held, p)):
                    held = p
                    continue
                nxt = tuple(self.after(p, 4))
                if any(nxt[: len(h)] == h for h in self.of_whole):
                    continue
                if w.event and p.event and p.event != w.event:
                    continue
                near = {*self.strip_hedge(self.before(p, 6))[-4:], *self.after(p, 1)}
                if near & self.announced_total_not_with or self._changing(p) or self._a_part(p):
                    continue
                if self._years(p.sentence) - years:
                    continue
                found.append(p)
            run: list[Claim] = []
            for p in [*found, None]:
                if not run:
                    run = [p] if p is not None else []
                    continue
                if p is None or p.sentence != run[-1].sentence or not self.list_join(self.gap(run[-1], p)):
                    self.add_parts(w, run, len(run) > 1, False, "-total " + " ".join(self.before(w, 3)))
                    run = []
                if p is not None:
                    run.append(p)

    def _kind_of_total(self, w: Claim, p: Claim) -> bool:
        """Can p count a kind of what the total w counts: the same noun, or any people when w counts
        people in general (rules/relations.yaml parts.announced_total_any), and the total's
        modifiers, if any, its own ("400 indirect jobs" has no part in "900 construction jobs", "3
        million garden chairs" none in "9 million chairs" of another kind)?"""
        if not w.counts or not p.counts:
            return False
        wn, pn = singular_noun(w.counts), singular_noun(p.counts)
        if wn != pn and wn not in self.announced_total_any:
            return False
        wm, pm = self._modifiers(w), self._modifiers(p)
        return not wm or wm == pm

    @staticmethod
    def _modifiers(c: Claim) -> list[str]:
        """The words of c's measurand before its counted noun ("indirect" of "indirect jobs")."""
        ws = words(c.measurand)
        at = next((i for i, x in enumerate(ws) if singular_noun(x) == singular_noun(c.counts or "")), 0)
        return ws[:at]

    def read_paid_on(self) -> None:
        """'a clinic submitted $9 million in bogus claims, and the insurer paid $1.3 million on those
        claims': an amount paid on claims that the words right after it point back to
        (rules/relations.yaml parts.paid_on) is a part of the amount those claims were for, the
        nearest amount before it in its sentence or the one before that is billed (parts.billed
        in the words of its clause before it) and names claims or bills (parts.billed_nouns in that
        clause or its next six words, or a word of parts.billed_alone: "billed a state plan $5 million").
        Not across paragraphs, nor past another amount: the nearest one is the whole or none is.
        One word of parts.paid_on_adjectives may stand before the pointer's noun ("on these false
        claims"), and an "and" joining two words right before the billed noun does not end the
        billed amount's clause ("$8 million in bogus and fraudulent claims")."""
        cs = self.real
        for k, p in enumerate(cs):
            if p.kind != "money" or not _usable(p):
                continue
            hit = self._paid_on_hit(tuple(self.after(p, 5)))
            if hit is None or self._a_part(p):
                continue
            for w in reversed(cs[:k]):
                if w.sentence < p.sentence - 1 or w.paragraph != p.paragraph:
                    break
                if w.kind != "money":
                    continue
                clause = _clause(self.before(w, 16)[::-1])  # its clause before it, back to front
                billed = self.billed & set(clause)
                named_after = _and_joins_before(self.after(w, 7), self.billed_nouns)[:6]
                nouns = self.billed_nouns & set(clause + _clause(named_after))
                named = nouns or billed & self.billed_alone
                if named and billed and _usable(w) and self.whole_ok(w) and compatible(w, p, self.people):
                    self.add_parts(w, [p], False, False, " ".join(hit))
                break  # the nearest amount before the one paid, billed or not

    def _paid_on_hit(self, nxt: tuple[str, ...]) -> tuple[str, ...] | None:
        """The phrase of parts.paid_on the words nxt open with, or open with but for one word of
        parts.paid_on_adjectives before its noun ("for these fraudulent claims")."""
        for h in self.paid_on:
            if nxt[: len(h)] == h:
                return h
        for h in self.paid_on:
            n = len(h)
            adjective = nxt[n - 1] if len(nxt) > n else ""
            if nxt[: n - 1] == h[:-1] and adjective in self.paid_on_adjectives and nxt[n] == h[-1]:
                return h
        return None

    def read_announced(self) -> None:
        """'Agency Awards Over $8 Million for Rural Clinics' over a release whose amounts
        share it out ('About $3 million went to nine clinics in the hills'): a headline
        whose one figure is an amount right after a verb of announcing or giving it
        (rules/relations.yaml parts.announced, a hedge between at most) is a total, and each amount
        of the body after it is a part of it (each on its own: they may count some money twice,
        "Of the $40 million, $12 million ..."). The whole is the lead's restatement of the
        headline's amount where the lead has one. Not a headline that names a settlement or a
        deal (parts.announced_not_in_headline), nor an amount whose sentence names money of
        another time or scope (parts.announced_not_with: "since 2010", "part of a proposal"), nor
        a line with no full stop (a subhead, or a table's row, whose columns may hold other money:
        what partners add to each award); a rate read so is passed over by NC501."""
        heads = [c for c in self.real if c.sentence == 0]
        if len(heads) != 1 or heads[0].kind != "money" or not self._headline(heads[0]):
            return
        w = heads[0]
        if not _usable(w) or not w.value:
            return
        if self.announced_not_in_headline & set(self.words_in(0, self.sent_end[0])):
            return
        before = self.strip_hedge(self.sentence_head(w))
        if before[-1:] == [] or before[-1] not in self.announced:
            return
        body = [c for c in self.real if c.sentence > 0 and not self._headline_line(c.sentence)]
        lead = body[0].sentence if body else None
        again = next(
            (c for c in body if c.sentence == lead and c.kind == "money" and self._restates(c, w)), None
        )
        whole = again or w
        for p in body:
            if p.start <= whole.start or p.kind != "money" or not _usable(p) or p is whole:
                continue
            if not compatible(whole, p, self.people) or self._a_part(p):
                continue
            own = self.words_in(self.sent_start[p.sentence], self.sent_end[p.sentence])
            if _find(own, self.announced_not_with) is not None or _a_year_in(own):
                continue
            self.add_parts(whole, [p], False, False, "announced")

    def read_fines_to_date(self) -> None:
        """'To date, more than $585 million in criminal fines have been imposed in the investigation'
        and, elsewhere in the release, 'was sentenced to pay a $20,000 criminal fine': an amount
        followed by fines (rules/relations.yaml parts.fines_total) in a sentence that sums them over
        cases, companies or time (parts.fines_total_with: "to date", "a total of", "investigation"),
        or after fines that total it (parts.fines_total_before: "criminal fines totaling"), is the whole
        of each amount in the article that is one fine (followed by parts.fine_after, or after
        parts.fine_before, a hedge between at most), each on its own, before it or after. Only
        where the article has one such whole; not a fine whose sentence names one a law allows
        (parts.fine_not_with: "maximum", "up to", "faces"), nor, against fines imposed
        (parts.fines_imposed), one only agreed to (parts.fine_agreed), nor, against companies'
        fines (parts.fines_of_companies, none of parts.fines_of_people), a person's
        (parts.fine_of_a_person: "nine months in prison"), nor, against criminal fines
        (parts.fines_criminal), a fine not named so, nor, against fines of a year the whole's
        sentence names, a fine whose sentence does not name it."""
        if not self._in_text(self.fines_words):
            return  # the word every phrase of a whole ends or starts with ("fines") is nowhere
        money = [c for c in self.real if c.kind == "money" and c.value]
        wholes = [c for c in money if self._fines_total(c)]
        if len({c.value for c in wholes}) != 1 or not self.whole_ok(wholes[0]):
            return
        w = wholes[0]
        head = set(self.words_in(self.sent_start[w.sentence], self.sent_end[w.sentence]))
        imposed = bool(self.fines_imposed & head)
        of_companies = bool(self.fines_of_companies & head) and not self.fines_of_people & head
        kind = self.fines_criminal & set(self.before(w, 3) + self.after(w, 3))
        years = self._years(w.sentence)
        for p in money:
            if p.value == w.value or p in wholes or self._a_part(p) or not compatible(w, p, self.people):
                continue
            nxt = self.after(p, 4)
            if not _starts_with(nxt, self.fine_after) and (
                _ends_with(self.strip_hedge(self.before(p, 6)), self.fine_before) is None
            ):
                continue
            own = self.words_in(self.sent_start[p.sentence], self.sent_end[p.sentence])
            if _find(own, self.fine_not_with) is not None:
                continue
            if imposed and _find(own, self.fine_agreed) is not None:
                continue  # "has agreed to pay a $31 million fine": not yet among the fines imposed
            if of_companies and self.fine_of_a_person & set(own):
                continue  # "sentenced to serve nine months in prison and pay a $50,000 fine"
            if kind - set(self.before(p, 3) + self.after(p, 3)):
                continue  # "$450 million in criminal fines", and "a fine of $800 million" abroad
            if years and not years & self._years(p.sentence):
                continue  # "fines totalling $1.7m in 1995", and this year's fine
            self.add_parts(w, [p], False, False, "fines to date")

    def _fines_total(self, c: Claim) -> bool:
        """Is c the fines of an investigation summed so far ("more than $585 million in fines have
        been imposed to date", "fines totaling $45 million")?"""
        if _ends_with(self.strip_hedge(self.before(c, 6)), self.fines_total_before) is not None:
            return True
        nxt = self.after(c, 5)
        if not _starts_with(nxt, self.fines_total):
            return False
        own = self.words_in(self.sent_start[c.sentence], self.sent_end[c.sentence])
        return _find(own, self.fines_total_with) is not None

    def _restates(self, c: Claim, w: Claim) -> bool:
        """Is c the amount w again, as written or more exactly: within a unit of w's last written
        digit ("$58.8 million" under "Nearly $59 Million", "$34.5 million" under "More Than $34
        Million")?"""
        m = NUM_RE.search(w.surface)
        if c.value is None or not w.value or m is None or not float(m.group().replace(",", "")):
            return False
        digits = m.group().replace(",", "")
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        unit = w.value / float(digits) * 10.0**-decimals
        return abs(c.value - w.value) <= unit

    def _years(self, sentence: int) -> set[str]:
        """The four-digit years a sentence names."""
        ws = self.words_in(self.sent_start[sentence], self.sent_end[sentence])
        return {x for x in ws if _a_year(x)}

    def read_condition(self) -> None:
        """'Nine people were hurt in the crash. Two are in critical condition': counts followed by
        the condition the hurt are in (rules/relations.yaml parts.condition) are parts of the
        nearest count of the hurt (events of parts.condition_events) before them, in their sentence
        or the one before in their paragraph; together they are at most that count."""
        cs = self.claims
        parts: dict[int, list[Claim]] = {}
        wholes: dict[int, Claim] = {}
        in_condition = {
            c.id
            for k, c in enumerate(cs)
            if c.kind in {"count", "number"} and self._in_condition(c, cs[k + 1] if k + 1 < len(cs) else None)
        }
        for k, p in enumerate(cs):
            if p.id not in in_condition or p.value is None or not _usable(p):
                continue
            w = next(
                (
                    c
                    for c in reversed(cs[:k])
                    if p.sentence - 1 <= c.sentence <= p.sentence
                    and c.id not in in_condition  # "two are in critical condition, and three in ..."
                    and c.paragraph == p.paragraph
                    and c.kind in {"count", "number"}
                    and (c.value or 0) >= 2
                    and _usable(c)
                    and self.whole_ok(c)
                    and (c.event or self.event_after(c)) in self.condition_events
                ),
                None,
            )
            if w is None or self._headline(w) or not self._same_people(w, p):
                continue
            if self._a_part(p):
                continue
            wholes[w.id] = w
            parts.setdefault(w.id, []).append(p)
        for wid, ps in parts.items():
            self.add_parts(wholes[wid], ps, False, False, "condition")

    def _in_condition(self, c: Claim, then: Claim | None) -> bool:
        """Is c followed, in its clause and before the next figure (then), by the condition the
        hurt are in ("two are in critical condition")?"""
        nxt = self.after(c, 7)
        if then is not None and then.sentence == c.sentence:
            nxt = nxt[: len(self.gap(c, then))]
        cut = next((i for i, x in enumerate(nxt) if x in CONDITION_ENDS), len(nxt))
        firsts = self.condition_firsts
        return any(
            _starts(nxt[i:cut], h)
            for i in range(cut)
            if firsts is None or nxt[i] in firsts
            for h in self.condition
        )

    def _same_people(self, w: Claim, p: Claim) -> bool:
        """Do w and p count the same people: one of them names no noun of its own, or both name
        one noun ("people" for either)?"""
        a, b = singular_noun(w.counts or ""), singular_noun(p.counts or "")
        return not a or not b or a == b or "person" in {a, b} or "people" in {a, b}

    def read_charged_outcome(self) -> None:
        """'Nine men have been charged in the scheme. Four defendants pleaded guilty': a count of
        defendants (rules/relations.yaml parts.outcome_nouns) followed by what became of them
        (parts.outcomes) is a part of the count of people charged (parts.charged, just after it or
        before it) in one of the two sentences before, in its paragraph (or the sentence right
        before, across a paragraph break). Not where the part's sentence names another case
        (parts.outcome_not_with) or a year the whole's sentence does not name. A count with no
        noun before what became of them in court (parts.outcome_bare: "To date, 13 have pleaded
        guilty") is such a part too; its whole is the nearest count of people charged that is no
        part of another ("Of those charged, five are executives")."""
        if not self._in_text(self.outcomes | self.outcome_bare):
            return  # no word of what became of defendants anywhere: nothing to read
        cs = self.real
        for k, p in enumerate(cs):
            bare = self._bare_outcome(p)  # "To date, 13 have pleaded guilty": no noun
            if not bare and not self._defendants_outcome(p):
                continue
            own = self.words_in(self.sent_start[p.sentence], self.sent_end[p.sentence])
            if self.outcome_not_with & set(own) and not self._other_of_list(p, own):
                continue
            w = next(
                (
                    c
                    for c in reversed(cs[:k])
                    if p.sentence - 2 <= c.sentence < p.sentence
                    and self._near_paragraph(c, p)
                    and c.kind == "count"
                    and self._counts_people(c)
                    and self._charged(c)
                    and not (bare and c.partitive)  # past "Of those charged, five are ..."
                ),
                None,
            )
            if w is None or (w.value or 0) < 2 or not self.whole_ok(w) or w.partitive or self._headline(w):
                continue
            if any(
                c.sentence == p.sentence and c.kind == "count" and self._counts_people(c) and self._charged(c)
                for c in cs[:k]
            ):
                continue  # "a total of 53 have been charged, and 23 have pleaded guilty": its own whole
            if self.after(w, 1) in (["other"], ["others"]) and self.before(w, 2) != ["of", "the"]:
                continue  # "Two other men charged ... are due in court": a group with its own fate
            years = self._years(p.sentence)
            if years and years != self._years(w.sentence):
                continue  # "12 charged in 2019. ... Four defendants were sentenced in 2021"
            if not self._a_part(p):
                parts = self._clause_parts(p)
                self.add_parts(w, parts, len(parts) > 1, False, "charged")

    def read_headline_count(self) -> None:
        """'Six Clerks Charged in Fraud' over 'Five people have been indicted ...': a headline's
        opening count of people and what became of them (rules/relations.yaml
        parts.headline_outcomes), and the lead's first count of people of whom its sentence says
        the same, a part of it: the lead may name some of them, never more."""
        cs = self.real
        heads = [c for c in cs if c.sentence == 0]
        if not heads or not self._headline(heads[0]) or heads[0].kind != "count":
            return
        w = heads[0]
        if (w.value or 0) < 2 or not self.whole_ok(w) or self.sentence_head(w)[1:]:
            return  # the count opens the headline (a word before it at most: "Nine More Men ...")
        said = self._outcome_kinds(self.words_in(w.end, self.sent_end[0])[:10])
        if not said:
            return
        at = min(said.values())
        kinds = {k for k, i in said.items() if i == at}  # "Plead Guilty": what the headline says first
        if len(heads) > 1 and heads[1].sentence == 0 and len(self.gap(w, heads[1])) < at:
            return  # another figure before the headline's word: it may say what became of those
        rest = self.words_in(w.end, self.sent_end[0])
        if set(rest) & self.headline_not_with or self._ordinal_member(rest):
            return  # the headline counts more people than its count ('Four ... and a Fifth ...')
        lead = next((s for s in range(1, min(4, len(self.sent_start))) if not self._headline_line(s)), None)
        if lead is None:
            return
        # "Three More Men Sentenced" over "Six of nine defendants have now been sentenced": the lead
        # counts all so far, of a group it names
        more = bool(set(self.after(w, 1)) & self.headline_increments)
        own = set(self.words_in(self.sent_start[lead], self.sent_end[lead]))
        if own & self.headline_not_with:
            return
        p = next(
            (
                c
                for c in cs
                if c.sentence == lead
                and c.kind == "count"
                and self._of_headline(c, w)
                and not (more and self._ratio_whole(c))
            ),
            None,
        )
        if p is None or p.value is None or not _usable(p):
            return
        if not kinds & ({*self._outcome_kinds(self.after(p, 10)), *self._outcome_kinds(self.before(p, 3))}):
            return  # the lead says something else of them ("Five people were arrested" under "Sentenced")
        self.add_parts(w, [p], False, False, "headline")

    def _of_headline(self, c: Claim, w: Claim) -> bool:
        """Does c count people, or what the headline's count w counts ('Four Bakers' ... 'three
        bakers'), or defendants (parts.outcome_nouns)?"""
        if self._counts_people(c) or not c.counts:
            return self._counts_people(c)
        noun = singular_noun(c.counts.split()[-1])
        head = (w.counts or "").split()
        return noun in self.outcome_nouns or bool(head) and noun == singular_noun(head[-1])

    def _outcome_kinds(self, ws: list[str]) -> dict[str, int]:
        """The kinds of parts.headline_outcomes with a word in ws, each with where its first word
        starts."""
        out: dict[str, int] = {}
        for kind, phrases in self.headline_outcomes.items():
            hit = _find(ws, phrases)
            if hit is not None:
                out[kind] = hit[0]
        return out

    def _headline_line(self, s: int) -> bool:
        """Is sentence s a line with no full stop at its end (a headline or a subhead)?"""
        line = self.text[self.sent_start[s] : self.sent_end[s]].rstrip()
        return not line.endswith((".", "!", "?", '"', "'", ")", "\u201d", "\u2019"))

    def _defendants_outcome(self, p: Claim) -> bool:
        """Is p a count of defendants (parts.outcome_nouns) whose sentence says what became of them?"""
        if p.kind != "count" or not p.counts or p.value is None or not _usable(p):
            return False
        return singular_noun(p.counts.split()[-1]) in self.outcome_nouns and self._an_outcome(p)

    def _bare_outcome(self, p: Claim) -> bool:
        """Is p a count with no noun right before what became of those it counts in court
        (rules/relations.yaml parts.outcome_bare), with at most words of parts.outcome_bare_between
        first ("To date, 13 have pleaded guilty", "Four have already been sentenced"): some of the
        people charged before it. A whole number of at least one, no year, not after "of" ("Half of
        the 25 have pleaded guilty": the whole named again); a noun the reading carried over from
        a sentence before ("Twelve men ... Five have") is no word after it and does not matter."""
        if p.kind not in {"number", "count"} or p.value is None or p.value != int(p.value) or p.value < 1:
            return False
        if not _usable(p) or p.partitive or "of" in self.before(p, 2):
            return False
        after = self.after(p, 5)
        for x in after:
            if x in self.outcome_bare:
                return True
            if x not in self.outcome_bare_between:
                return False
        return False

    def _charged(self, c: Claim) -> bool:
        """Does c count people charged (parts.charged just after c or before it): 'nine men have
        been charged', 'prosecutors charged nine men', also past an aside set off by commas right
        after its noun ('Twelve defendants, most of them from the city, have been charged')?"""
        after = self.after(c, 8)
        hit = next((i for i, w in enumerate(after) if w in self.charged), None)
        if hit is not None and "among" in after[:hit]:
            return False  # "The three sentenced today are among dozens charged": some of those charged
        if hit is not None or self.charged & set(self.before(c, 3)):
            return True
        ws = self.after(c, 24)
        if "," not in ws[1:3]:
            return False
        rest = ws[ws.index(",", 1) + 1 :]
        return "," in rest and bool(self.charged & set(rest[rest.index(",") + 1 :][:4]))

    def _near_paragraph(self, c: Claim, p: Claim) -> bool:
        """Is c in p's paragraph, or in the sentence right before p that closes the paragraph
        before (a release's one-sentence paragraphs) and counting p's noun ('Twenty defendants
        ... have been charged.' then 'Police held six of the defendants')?"""
        if c.paragraph == p.paragraph:
            return True
        if c.sentence != p.sentence - 1 or c.paragraph != p.paragraph - 1 or not (c.counts and p.counts):
            return False
        return singular_noun(c.counts.split()[-1]) == singular_noun(p.counts.split()[-1])

    def _an_outcome(self, p: Claim) -> bool:
        """Does p's sentence say what became of the defendants p counts (parts.outcomes): among the
        six words after it ('Four defendants pleaded guilty'), later in its clause when p's noun has
        a relative clause of its own ('15 members of the crew who were charged ... have pleaded
        guilty'), or right before p when p counts them after "of" ('arrested six of the
        defendants')?"""
        if self.outcomes & set(self.after(p, 6)):
            return True
        listed = self._listed_next(p)
        if listed is not None and self.outcomes & set(self.after(listed, 6)):
            return True  # "Ten men and three trading firms have since pleaded guilty": of both
        if p.partitive and self.outcomes & set(self.before(p, 2)):
            return True
        end = self.sent_end[p.sentence] if p.sentence < len(self.sent_end) else len(self.text)
        clause = _clause(self.words_in(p.end, end))[:24]
        return "who" in clause and bool(self.outcomes & set(clause[clause.index("who") :]))

    def _listed_next(self, p: Claim) -> Claim | None:
        """The count joined to p by "and" right after p's noun ("Ten men and three
        trading firms"), in its sentence: the two are one subject, and what the sentence says after
        the second is said of p too. None where anything but p's noun (at most three words, no
        comma) stands between them."""
        k = self.claims.index(p)
        if k + 1 >= len(self.claims):
            return None
        c = self.claims[k + 1]
        if c.sentence != p.sentence or c.kind != "count" or not _usable(c):
            return None
        gap = self.gap(p, c)
        if gap[-1:] != ["and"] or not 2 <= len(gap) <= 4 or not all(x.isalpha() for x in gap):
            return None
        return c

    def _other_of_list(self, p: Claim, own: list[str]) -> bool:
        """Is every word of parts.outcome_not_with in p's sentence an "other" right after a later
        count of it, one more group of the same defendants ('the four defendants convicted today,
        26 other co-defendants have pleaded guilty'), not another case?"""
        if self.outcome_not_with & set(own) != {"other"}:
            return False
        later = [c for c in self.claims if c.sentence == p.sentence and c.start > p.start]
        return own.count("other") == sum(self.after(c, 1) == ["other"] for c in later)

    def read_move(self) -> None:
        """'The index fell 38.20 points, or 0.9 percent, to 4,212.55': a move as an amount and as a
        percentage, then the level it ended at; the percentage is the amount over the level before."""
        cs = self.real
        for k in range(len(cs) - 2):
            d, p, lv = cs[k], cs[k + 1], cs[k + 2]
            if not (d.sentence == p.sentence == lv.sentence) or p.kind != "percent" or "point" in p.surface:
                continue
            g = self.gap(d, p)
            if g[-2:] != [",", "or"] or len(g) > 3 or not compatible(d, lv, self.people) or not _usable(lv):
                continue
            if len(g) == 3 and (not g[0].isalpha() or g[0] in self.noun_stops):
                continue  # "38.20 points, or": the move's noun only
            g = self.gap(p, lv)
            if g[:1] == [","]:
                g = g[1:]
            if len(g) != 1 or g[0] not in self.move_to:
                continue
            ws = self.before(d, 3)
            moved = None
            for w in reversed(ws):
                if w in self.move_up or w in self.move_down:
                    moved = "rise" if w in self.move_up else "fall"
                    break
            if moved is not None:
                self.out.shares.append(Share(d, lv, p, moved))

    def read_fraction_of(self) -> None:
        """'The party won 120 seats, a third of the 450 in parliament': A is the fraction of W;
        'cut 1,500 jobs, or 12% of its workforce of 12,500'; and with the share first, 'two-thirds
        of the 90 members, or 60' and '60% of the 1,500 asked, or about 900'."""
        cs = self.real
        for k in range(len(cs) - 2):
            x, y, z = cs[k], cs[k + 1], cs[k + 2]
            if not (x.sentence == y.sentence == z.sentence):
                continue
            if y.kind == "percent":  # part, share, whole
                a, f, w = x, y, z
                g1 = self.strip_hedge(self.gap(a, f))
                g2 = self.strip_hedge(self.gap(f, w))
                if f.surface[:1].isdigit():
                    # "or 12% of its workforce of 12,500": only after "or", with the whole's noun
                    if g1[-2:] != [",", "or"] or not self._of_whole_named(g2):
                        continue
                elif not (g1[-1:] in ([","], ["—"], ["("]) and tuple(g2) in self.of_whole):
                    continue
                if len(g1) > 5:
                    continue
            elif x.kind == "percent":  # share, whole, part
                f, w, a = x, y, z
                g2 = self.strip_hedge(self.gap(w, a))
                if tuple(self.strip_hedge(self.gap(f, w))) not in self.of_whole:
                    continue
                if g2[-2:] == [",", "or"]:
                    g2 = g2[:-1]
                if g2[-1:] != [","] or not self._a_noun(g2[:-1]):
                    continue
            else:
                continue
            if a.kind not in {"count", "number", "money"} or not compatible(a, w, self.people):
                continue
            self.out.shares.append(Share(a, w, f))

    def _of_named_whole(self, ws: list[str]) -> bool:
        """'four boats from its fleet of 12', '12 of its staff of 40': a phrase of
        rules/relations.yaml parts.named_whole, the whole's noun, then "of"."""
        for skip in range(3):  # the part's own noun first: "four boats from its fleet of"
            if skip and not self._a_noun(ws[:skip]):
                break
            for h in self.named_whole:
                rest = ws[skip + len(h) :]
                if tuple(ws[skip : skip + len(h)]) == h and rest[-1:] == ["of"] and 1 <= len(rest) - 1 <= 2:
                    return self._a_noun(rest[:-1])
        return False

    def _of_owner(self, ws: list[str]) -> bool:
        """'41 of the party's 44 seats', '12 of Ohio's 88 counties': "of", at most "the" and
        one word in the possessive."""
        body = ws[2:] if ws[:2] == ["of", "the"] else ws[1:] if ws[:1] == ["of"] else None
        if body is None or len(body) != 1:
            return False
        return body[0].endswith(("'s", "’s")) and body[0][:-2].isalpha()

    def _of_whole_named(self, ws: list[str]) -> bool:
        """'of its workforce of', 'of the country's 1,200' : an of-phrase naming the whole."""
        for h in self.of_whole:
            if tuple(ws[: len(h)]) == h:
                rest = ws[len(h) :]
                if not rest:
                    return True
                if rest[-1:] == ["of"] and len(rest) <= 3:
                    return self._a_noun(rest[:-1])
        return False

    def read_quantified(self) -> None:
        """'A majority of members (45%) ...', 'most voters, 45%,': a share in words and a figure."""
        cs = self.real
        for k, p in enumerate(cs):
            if p.kind != "percent" or not p.surface[:1].isdigit():
                continue
            start = (
                cs[k - 1].end if k > 0 and cs[k - 1].sentence == p.sentence else self.sent_start[p.sentence]
            )
            ws = self.strip_hedge(words(self.text[start : p.start]))
            if not ws or ws[-1] not in {"(", "—", "–", ","}:
                continue
            ws = ws[:-1]
            for i in range(max(0, len(ws) - 7), len(ws)):
                q = next((q for q in self.quantifiers if tuple(ws[i : i + len(q)]) == q), None)
                if q is None or (i > 0 and ws[i - 1] not in {",", "and", "but", "(", "—"}):
                    continue
                after = ws[i + len(q) :]
                if after[:1] in ([], ["of"]) and not HARD_STOPS & set(after) and "," not in after:
                    lo, hi = self.quantifiers[q]
                    self.out.quantified.append(Quantified(p, " ".join(q), lo, hi))
                    break

    def read_poll(self) -> None:
        """'In the poll, 48% backed the plan, 37% opposed it and 15% were undecided': the shares of
        one group of people, 100% in all."""
        for s, cs in self.by_sentence(real=True).items():
            cs = [c for c in cs if not self._counted_so_far(c)]
            shares = [c for c in cs if c.kind == "percent"]
            if len(shares) < 3 or len(shares) != len(cs) or any(self._changing(c) for c in shares):
                continue
            start = self.sent_start[s - 1] if s > 0 else 0
            ws = words(self.text[start : self.sent_end[s]])
            if _find(ws, self.poll) is None or _find(ws, self.froms) is not None:
                continue
            gaps = [self.gap(a, b) for a, b in zip(shares, shares[1:], strict=False)]
            if any(HARD_STOPS & set(g) or len(g) > 8 for g in gaps):
                continue
            head = self.sentence_head(shares[0])
            if head[:1] == ["of"]:
                continue  # read by read_rebase
            bases = {b for b in (share_base(c, self.text, self.know) for c in shares) if b}
            if len(bases) > 1:
                continue  # "35 percent of rural voters, 37 percent of suburban voters": two groups
            self.add_parts(None, _one_question(shares), True, False, "poll")

    def _counted_so_far(self, c: Claim) -> bool:
        """'with 99% of precincts reporting', 'with 95 percent of the ballots counted': a share of the
        count done so far (rules/relations.yaml poll_progress), no share of the vote beside it."""
        if c.kind != "percent":
            return False
        ws = self.after(c, 7)
        if ws[:1] != ["of"]:
            return False
        for i in range(2, min(len(ws), 5)):
            if ws[i] in self.poll_progress:
                return i + 1 == len(ws) or ws[i + 1] in HARD_STOPS | {",", ")", "—", "–"}
        return False

    def named(self, c: Claim) -> bool:
        """Does c say what it counts ('five nurses', 'one Peruvian'), not stand bare ('seven and')?"""
        nxt = self.after(c, 1)
        return c.kind == "count" or (bool(nxt) and nxt[0].isalpha() and nxt[0] not in LIST_JOINS)

    def needed_after(self, c: Claim) -> bool:
        """'three permits, of which five are required': what is needed, not a part."""
        return bool(self.needed & set(self.after(c, 3)))

    def _remaining_before(self, c: Claim) -> bool:
        return _ends_with(self.strip_hedge(self.before(c, 4)), self.remaining) is not None

    def _changing(self, c: Claim) -> bool:
        """Is c a change ('rose 5%', 'up 3 points', 'from 12%') rather than a level or share? The
        claim's own hedge is not a change ('up to 41,000 people': a bound; 'rose by up to 4%' is)."""
        hedge = words(c.hedge or "")
        b = self.before(c, 2 + len(hedge))
        if hedge and b[-len(hedge) :] == hedge:
            b = b[: -len(hedge)]
        return bool(b) and (b[-1] in self.up or b[-1] in self.down or b[-1] in {"from", "by", "to"})

    # ------------------------------------------------------------ comparisons

    def read_part_shares(self) -> None:
        """'Of the 2,400 applications, 600 (25%) were from women': a part of a whole read before, with
        a per cent in brackets right after it and nothing else in them, is its share of that whole."""
        cs = self.claims
        at = {id(c): k for k, c in enumerate(cs)}
        have = {(id(s.part), id(s.share)) for s in self.out.shares}
        for rel in list(self.out.parts):
            w = rel.whole
            if w is None or w.kind == "percent" or not _usable(w):
                continue
            for p in rel.parts:
                k = at.get(id(p), -1)
                if k < 0 or k + 1 >= len(cs) or p.kind == "percent":
                    continue
                s = cs[k + 1]
                if s.kind != "percent" or s.sentence != p.sentence or (id(p), id(s)) in have:
                    continue
                g = self.strip_hedge(self.gap(p, s))
                if g[-1:] != ["("] or self.after(s, 1) != [")"]:
                    continue  # "600 (about 25%)" is read too; "600 (up 25%)" is not a share
                if g[:-1] and not (len(g) <= 3 and p.counts and _counts_noun(p, singular_noun(g[-2]))):
                    continue  # "300 engineers (25%)": only the part's own noun between
                have.add((id(p), id(s)))
                self.out.shares.append(Share(p, w, s))

    def read_comparisons(self) -> None:
        """Two figures of one kind next to each other in a sentence, joined by a comparison: the
        first, at most a comma and a few qualifying words (rules/relations.yaml comparison.before),
        the cue, at most COMPARE_WORDS words naming the other side, then the second figure."""
        cs = [c for c in self.real if not self._multiple(c)]
        for k in range(len(cs) - 1):
            a, b = cs[k], cs[k + 1]
            if a.sentence != b.sentence or not (_usable(a) and _usable(b)):
                continue
            if not compatible(a, b, self.people):
                continue
            if a.counts and b.counts and a.counts != b.counts:
                continue  # "3,000 tickets ahead of the 5,000 seats": two different things
            if "total" in self.before(a, 2):
                continue  # "41 seats out of a total 200, ahead of ...": the whole, not a side
            if self._a_change(a) or self._a_change(b):
                continue  # "rose 3% ahead of the 5% forecast": a change, not a level
            ws, limit = self._other_side(self.gap(a, b), b)
            if HARD_STOPS & set(ws) or BRACKETS & set(ws) or len(ws) > 3 + limit:
                continue
            found = self._comparison_cue(ws, "/" in (a.unit or ""), limit)
            if found is None:
                continue
            lead, words_, larger, factor = found
            bound = None
            if factor is not None:
                if _ends_with(lead, self.above):
                    bound = "above"
                elif _ends_with(lead, self.below):
                    bound = "below"
            cue = words_[:-1] if words_[-1:] == ("the",) else words_  # "more than the 15": "more than"
            self.out.comparisons.append(Comparison(a, b, " ".join(cue), larger, factor, bound))

    def _other_side(self, ws: list[str], b: Claim) -> tuple[list[str], int]:
        """The words between two figures compared, without what sets the second apart as the other
        side, and how many words may name that side after the cue: a bracket round the second
        figure ("lower than at noon in 2019 (48 percent)"), or a clause that restates the other
        side (rules/relations.yaml comparison.other_side: "lower than what the old owners charged,
        which was only 9 percent"), which may run to COMPARE_CLAUSE words."""
        if ws[-1:] == ["("] and self.text[b.end : b.end + 1] == ")":
            return ws[:-1], COMPARE_WORDS
        for i in range(len(ws) - 1, max(0, len(ws) - 6), -1):
            h = next((h for h in self.other_side if tuple(ws[i : i + len(h)]) == h), None)
            if h is not None and ws[i - 1] == "," and set(ws[i + len(h) :]) <= self.compare_before:
                return ws[: i - 1], COMPARE_CLAUSE  # ", which was only 9%"
        return ws, COMPARE_WORDS

    def read_differences(self) -> None:
        """'2,400 students, 300 more than last year's 2,100'; '$7 million, $2 million less than
        the $9 million': a figure, the difference and the figure it is compared with (the
        words are rules/relations.yaml comparison.more and .less)."""
        cs = self.real
        for k in range(len(cs) - 2):
            a, d, b = cs[k], cs[k + 1], cs[k + 2]
            if not (a.sentence == d.sentence == b.sentence) or not all(_usable(x) for x in (a, d, b)):
                continue
            g1 = self.gap(a, d)
            if g1[-1:] != [","] or not self._a_noun(g1[:-1]):
                continue
            g2 = self.gap(d, b)
            more = next((h for h in self.diff_more if tuple(g2[: len(h)]) == h), None)
            less = None if more else next((h for h in self.diff_less if tuple(g2[: len(h)]) == h), None)
            cue = more or less
            if cue is None or not set(g2[len(cue) :]) <= self.old_words:
                continue
            if not compatible(a, b, self.people) or not (self._amount_of(d, a) and self._amount_of(d, b)):
                continue
            if a.kind == "percent" or (a.kind == b.kind == "quantity" and a.unit != b.unit):
                continue
            self.out.comparisons.append(Comparison(a, b, " ".join(cue), more is not None, difference=d))

    def read_ranked(self) -> None:
        """'won 41 seats. The Liberals were placed second on 26 seats'; '12 seats, with the
        Liberals close behind with 11': a figure ranked below another (rules/relations.yaml
        comparison.ranked_below, ranked_then) is no larger than the nearest figure of the same thing
        before it, in its sentence or the one before."""
        known = {(c.first.id, c.second.id) for c in self.out.comparisons}
        for k, b in enumerate(self.real):
            if not _usable(b) or b.value is None or self._a_change(b):
                continue  # "then hand on millions of euros": no figure to rank
            cue = self._ranked_cue(b)
            if cue is None:
                continue
            a = self._ranked_above(b, k)
            if a is None or (a.id, b.id) in known:
                continue
            # "It came in ninth with $4m. ... dropped to second place with $15m": a cue that names
            # b's place ranks b below the figure before only when that figure's own place, if its
            # clause names one, is ahead of b's; a place behind b's is ranked below b
            pa, pb = self._place_before(a), self._cue_place(cue)
            if pa is not None and pb is not None and pa >= pb:
                if pa > pb and (b.id, a.id) not in known:
                    self.out.comparisons.append(Comparison(b, a, "ahead of", True))
                continue
            a, b = self._ranked_measure(a, b)
            # b's cue ranks a ahead: a larger figure, but a smaller number of a place ("slipped one
            # place to four, followed by the Greens at five")
            self.out.comparisons.append(Comparison(a, b, "ahead of", not self._places(a, b)))

    def _ranked_measure(self, a: Claim, b: Claim) -> tuple[Claim, Claim]:
        """'led at $217 million or $360 per head, followed by B at $459 million or $346 per head':
        each figure given also in another measure ('or' and a figure of one unit for both); the
        standing may be by either, so by the one in which a is ahead, if any."""
        alt_a, alt_b = self._or_figure(a), self._or_figure(b)
        if alt_a is None or alt_b is None or alt_a.unit != alt_b.unit or alt_a.kind != alt_b.kind:
            return a, b
        if (a.value or 0) < (b.value or 0) and (alt_a.value or 0) >= (alt_b.value or 0):
            return alt_a, alt_b
        return a, b

    def _or_figure(self, c: Claim) -> Claim | None:
        """The figure right after c and 'or' ('$217 million or $360.57 per capita'), if any."""
        k = self.real.index(c)
        nxt = self.real[k + 1] if k + 1 < len(self.real) else None
        if nxt is None or nxt.sentence != c.sentence or nxt.value is None:
            return None
        return nxt if self.gap(c, nxt) in (["or"], [",", "or"]) else None

    def read_only_against(self) -> None:
        """'men earn $50,000, while women earn only $40,000': a figure after a contrast and 'only'
        (rules/relations.yaml comparison.only, only_joins) is smaller than the figure of the same
        thing before the contrast in its sentence."""
        known = {(c.first.id, c.second.id) for c in self.out.comparisons}
        for k, b in enumerate(self.real):
            if k == 0 or not _usable(b) or b.value is None or self._a_change(b):
                continue
            ws = self.before(b, 16)
            # "only about 40": a hedge may follow the cue (some hedges are cues themselves)
            end = next((len(ws) - i for i in range(3) if _ends_with(ws[: len(ws) - i], self.only)), None)
            if end is None or self.strip_hedge(ws[end:]):
                continue
            cue = _ends_with(ws[:end], self.only) or ()
            head = ws[: end - len(cue)]
            joins = [i for i in range(max(0, len(head) - 10), len(head)) if head[i] in self.only_joins]
            between = self.words_in(self.real[k - 1].end, b.start)
            stops = (HARD_STOPS - {";"}) & set(head[joins[-1] :]) if joins else set()
            if not joins or len(ws) - joins[-1] > len(between) or stops:
                if not self._opened_contrast(b, k, between, len(ws) - end):
                    continue  # no contrast, or another figure comes after it
            a = self._ranked_above(b, k)
            if a is None or a.sentence != b.sentence or (a.id, b.id) in known:
                continue
            wa = self.before(a, 3)
            if any(_ends_with(wa[: len(wa) - i], self.only) for i in range(3)):
                continue  # "only 42% trust him, but only 46% trust her": both small, no order
            if self.only_gap_after & (set(self.after(a, 2)) | set(self.after(b, 2))):
                continue  # "three points off third but only six points above the last": gaps, not levels
            self.out.comparisons.append(Comparison(a, b, "more than", True))

    def _opened_contrast(self, b: Claim, k: int, between: list[str], cue_at: int) -> bool:
        """'While 54 nations have signed the pact, only 27 have ratified it': is the contrast before
        b's "only" a word of comparison.only_opens that opens the sentence of the figure before b,
        that figure the first of its sentence, its clause ended by a comma, and at most
        `ONLY_OPENED_WORDS` words between that comma and the cue (with no stop)?"""
        a = self.real[k - 1]
        if a.sentence != b.sentence or any(c.sentence == a.sentence for c in self.real[: k - 1]):
            return False
        head = [w for w in self.sentence_head(a) if w not in QUOTES]
        if not head or head[0] not in self.only_opens or HARD_STOPS & set(head) or "," in head:
            return False
        cue = len(between) - cue_at  # the words between the figure before and the cue
        if "," not in between[:cue] or HARD_STOPS & set(between[:cue]):  # (";" is one of them)
            return False
        comma = max(i for i, w in enumerate(between[:cue]) if w == ",")
        return cue - comma - 1 <= ONLY_OPENED_WORDS

    def _places(self, a: Claim, b: Claim) -> bool:
        """Are a and b places in a ranking: bare numbers after a word of comparison.ranked_places,
        in sentences that name a rank or a place (change.ranks): "slipped one place to four,
        followed by the Greens at five"?"""
        if a.kind != "number" or b.kind != "number" or a.counts or b.counts:
            return False
        if not all(self.before(x, 1) and self.before(x, 1)[0] in self.ranked_places for x in (a, b)):
            return False
        return bool(self.ranks & (set(self.sentence_head(a)) | set(self.sentence_head(b))))

    def _place(self, w: str, nxt: str | None) -> int | None:
        """The place a word names: an ordinal ("seventh", "7th") before nothing, a word of a place
        ("seventh place") or of ranked_with ("seventh with"), not another noun ("its third
        week"); or "number"/"no" and the number after it ("number six", "no 3")."""
        ordinal = self.place_words.get(w)
        if ordinal is None and re.fullmatch(r"[0-9]+(?:st|nd|rd|th)", w):
            ordinal = int(w[:-2])
        if ordinal is not None:
            return ordinal if nxt is None or nxt in self.ranks or nxt in self.ranked_with else None
        if w in {"number", "no"} and nxt is not None:
            if nxt.isdigit():
                return int(nxt)
            return self.number_words.get(nxt)
        return None

    def _place_before(self, c: Claim) -> int | None:
        """The place c's own clause names before it ("came in seventh with $6m", "was at number six
        for the weekend with $7.5m"), within eight words and no comma, stop or other figure."""
        ws = self.before(c, 8)
        lo = max((i + 1 for i, w in enumerate(ws) if w in HARD_STOPS or w in {",", ";"}), default=0)
        prev = [x for x in self.real if x.sentence == c.sentence and x.end <= c.start]
        if prev and len(self.words_in(prev[-1].end, c.start)) < len(ws) - lo:
            return None  # another figure nearer in the clause: its place, not c's
        ws = ws[lo:]
        for i in range(len(ws) - 1, -1, -1):
            place = self._place(ws[i], ws[i + 1] if i + 1 < len(ws) else None)
            if place is not None:
                return place
        return None

    def _cue_place(self, cue: tuple[str, ...]) -> int | None:
        """The place a ranking cue names ("second place": 2); None for "behind", "trailing"."""
        return next((self.place_words[w] for w in cue if w in self.place_words), None)

    def _ranked_cue(self, b: Claim) -> tuple[str, ...] | None:
        """The cue that ranks b below the figure before it: 'second place on', 'behind with',
        'followed by the Greens with'."""
        ws = self.strip_hedge(self.before(b, 16))
        if not ws or ws[-1] not in self.ranked_with:
            return None
        head = ws[:-1]
        hit = _ends_with(head, self.ranked_below)
        if hit is not None:
            return hit
        for i in range(len(head) - 1, max(-1, len(head) - 14), -1):
            if head[i] in HARD_STOPS or head[i] in {",", "(", ")"} or head[i] in self.up | self.down:
                return None  # "and then eased, now at 3.1%": a change, not a standing
            hit = _ends_with(head[: i + 1], self.ranked_then)
            nxt = head[i + 1] if i + 1 < len(head) else ""
            if hit is not None and (nxt.isdigit() or nxt in self.ranked_then_not_before):
                return None  # "in the next 10 years to borrowing now running at": a span of time
            if hit is not None:
                return hit
        return None

    def _ranked_above(self, b: Claim, k: int) -> Claim | None:
        """The nearest figure before b, in its sentence or the one before, of the same thing as b
        and neither a change, a difference nor a whole ('41 out of 90 seats': 41, not 90)."""
        for j in range(k - 1, -1, -1):
            a = self.real[j]
            if a.sentence < b.sentence - 1:
                return None
            if not _usable(a) or self._a_change(a) or not compatible(a, b, self.people):
                continue
            if a.hedge == "vague":
                continue  # "several recent surveys": no figure a standing puts ahead
            if a.kind == b.kind == "quantity" and a.unit != b.unit:
                continue
            if a.sentence < b.sentence and self._opens_rebased(a):
                return None  # "Of these, only two ...": one group's part, not a standing
            lead = self.strip_hedge(self.before(a, 4))
            if self._a_whole_or_amount(lead) or self.text[a.end : a.end + 1] == "-":
                continue  # "of the 90 seats", "a gain of three", "more than 20", "a 90-seat house"
            if self.after(a, 1) and self.after(a, 1)[0] in self.difference_words:
                continue  # "five more": a difference
            if a.kind in {"count", "number"} and not self._same_thing(a, b):
                continue
            return a
        return None

    def _a_whole_or_amount(self, lead: list[str]) -> bool:
        """Do the words before a figure make it a whole ('of the 90', '41 out of 90', 'a total
        of'), the amount of a change ('a gain of three'), a bound ('more than') or a rate's base
        ('per 100,000'), not a level ('a surplus of 3.5%' is one)?"""
        if lead[-1:] in (["than"], ["per"]) or lead[-2:-1] == ["of"]:
            return True
        if lead[-1:] != ["of"] or len(lead) < 2:
            return False
        w = lead[-2]
        return (
            w.isdigit()
            or w in {"out", "total"}
            or bool(_ends_with(lead[:-1], self.inc_nouns) or _ends_with(lead[:-1], self.dec_nouns))
        )

    def _opens_rebased(self, c: Claim) -> bool:
        """Does c's sentence open with a group it takes its figures from ('Of these 29 ...')?"""
        head = tuple(self.sentence_head(c))
        return any(head[: len(p)] == p for p in (*self.rebase, *self.rebase_whole))

    def _same_thing(self, a: Claim, b: Claim) -> bool:
        """Do two counts count the same thing: one noun, or a bare number before the other's noun
        ('41 out of 90 seats' and '26 seats'), or a bare number ranked after a count ('12 goals ...
        Son with seven')."""
        if a.counts and b.counts:
            return singular_noun(a.counts) == singular_noun(b.counts)
        if b.counts:
            return singular_noun(b.counts) in {singular_noun(w) for w in self.after(a, 5)}
        return b.kind == "number" and (a.counts is not None or a.kind == "number")

    def read_per_head(self) -> None:
        """'$600 million a year on its 400,000 residents, or $1,500 per resident'; '$3 billion for
        60 million people, or $50 a head'; '12 winners share $1.2 million, or $100,000 each': one
        sentence with one total, one count of what the amount is per, and the amount each."""
        for _s, cs in self.by_sentence(real=True).items():
            for each in cs:
                if each.kind != "money" or not _usable(each):
                    continue
                # the amount each restates the figure just before it: ", or $1,500 per resident"
                k = cs.index(each)
                before = self.gap(cs[k - 1], each) if k > 0 else []
                if before[-2:] != [",", "or"] and before[-1:] != ["("]:
                    continue
                currency, per = rate_parts(each.unit)
                if not per and tuple(self.after(each, 1)) in self.per_each:
                    per = "each"
                if not per or per in PERIODS:
                    continue
                totals = [c for c in cs if c.kind == "money" and c is not each and _usable(c)]
                totals = [c for c in totals if rate_parts(c.unit)[0] == currency]
                totals = [c for c in totals if rate_parts(c.unit)[1] in ("", *PERIODS)]
                counts = [c for c in cs if c.kind == "count" and _usable(c) and self._counted_by(c, per)]
                if len(totals) != 1 or len(counts) != 1 or cs[k - 1] not in (totals[0], counts[0]):
                    continue
                if counts[0].value is not None and self.whole_ok(counts[0]):
                    self.out.per_head.append(PerHead(totals[0], counts[0], each))

    def _counted_by(self, c: Claim, per: str) -> bool:
        """Is c a count of what an amount is 'per' ('resident', 'capita', 'each')?"""
        noun = singular_noun(c.counts.split()[-1]) if c.counts else None
        if per == "each":
            return noun is not None
        if noun == singular_noun(per):
            return True
        people = self.per_person | self.people
        return per in people and noun is not None and (noun in self.people or c.noun_class in self.people)

    def _multiple(self, c: Claim) -> bool:
        """'three' in '900 homes, three times the 300': the words of a comparison, not a figure."""
        after = self.after(c, 4)
        key = (*words(c.surface), *after[:1])
        return key in self.times and any(tuple(after[1 : 1 + len(h)]) == h for h in self.times_after)

    def _a_change(self, c: Claim) -> bool:
        """'rose 3%', 'by 3%', 'from 3%': the amount of a change ('rose to 3%' is a level)."""
        return self._changing(c) and self.before(c, 1) != ["to"]

    def _comparison_cue(
        self, ws: list[str], rate: bool = False, limit: int = COMPARE_WORDS
    ) -> tuple[list[str], tuple[str, ...], bool | None, float | None] | None:
        """(the words before the cue, the cue, an order, a factor) in the words between two figures
        (rate: the first figure is a rate, whose 'a day' may follow its noun)."""
        for i in range(min(7, len(ws))):
            rest = ws[i:]
            order = next((h for h in self.ahead if tuple(rest[: len(h)]) == h), None)
            larger: bool | None = True
            factor: float | None = None
            if order is None:
                order = next((h for h in self.behind if tuple(rest[: len(h)]) == h), None)
                larger = False
            if order is None:
                order = next((h for h in self.times if tuple(rest[: len(h)]) == h), None)
                if order is None:
                    continue
                larger, factor = None, self.times[order]
                after = rest[len(order) :]
                tail = next((h for h in self.times_after if tuple(after[: len(h)]) == h), None)
                if tail is None or len(after) - len(tail) > 2:
                    return None  # "double the 27": the second figure follows the multiple closely
            elif len(rest) - len(order) > limit:
                return None
            lead = ["," if w in DASHES else w for w in ws[:i]]  # "61% - that's higher than"
            # the first figure's noun, a comma, then qualifying words: "times revenue, more than"
            comma = lead.index(",") if "," in lead else -1
            if comma < 0:  # "45% is much higher than": the verb stands for the comma
                comma = next((j for j, w in enumerate(lead[:3]) if w in self.copula), -1)
            noun, qualifiers = lead[: max(comma, 0)], lead[comma + 1 :]
            if rate and noun[-2:-1] in (["a"], ["an"], ["per"], ["each"], ["every"]):
                noun = noun[:-2]  # "60,000 riders a day, twice the 20,000"
            if len(noun) > 2 or any(w not in self.compare_before for w in qualifiers):
                return None
            if comma < 0 and order in self.after_comma:
                return None  # "eight points lower than 88%": a difference, not a level
            return qualifiers, order, larger, factor
        return None

    # ------------------------------------------------------------ changes

    def read_changes(self) -> None:
        cs = self.real
        seen: set[tuple[str, str]] = set()
        for k, c in enumerate(cs):
            if not _usable(c):
                continue
            # "from 300 to 750" read as one range claim
            hb = self.strip_hedge(self.before(c, 4))  # "from around 25,000 to 1,350,000"
            # "from the current $1,000 to $2,000": words naming the level between (_from_level)
            ranged = c.low is not None and c.high is not None and c.value is None
            if ranged and (hb[-1:] == ["from"] or self._from_level(c)):
                ends = range_ends(c)
                span = hb[-2:-1] != [] and hb[-2] in self.range_before  # "is expected to be from A to B"
                if ends is not None and not span:
                    self._change(ends[0], ends[1], c, c, k, k)
                continue
            b = self.strip_hedge(self.before(c, 3))
            if (
                k > 0
                and b[-2:] in (["up", "from"], ["down", "from"])
                and cs[k - 1].sentence == c.sentence - 1
            ):
                head = self.sentence_head(c)
                prev = cs[k - 1]  # "... $1.6 trillion. That's up from $1.4 trillion in 2015."
                opens = _starts_with(head, self.restate) and len(head) <= 5
                if (
                    opens
                    and compatible(prev, c, self.people)
                    and (prev.kind != "quantity" or prev.unit == c.unit)
                ):
                    self._change(_figure(c), _figure(prev), prev, c, k - 1, k)
                    continue
            # "from 40,000 dong ($2) in 2015 to 90,000 dong": the next figure that is not c restated
            # in brackets
            j = k + 1
            while j < len(cs) and self.after(cs[j], 1) == [")"]:
                opened = self.gap(c, cs[j])
                if opened[-1:] != ["("] or len(opened) > 2 or not all(w.isalpha() for w in opened[:-1]):
                    break
                j += 1
            if j >= len(cs):
                continue
            d = cs[j]
            if d.sentence != c.sentence or not _usable(d):
                continue
            g = self.gap(cs[j - 1], d)
            if j > k + 1 and g[:1] == [")"]:
                g = [w for w in self.gap(c, cs[k + 1]) if w != "("] + g[1:]
            g = self.strip_hedge(g)
            b = self.strip_hedge(self.before(c, 3))
            pair: tuple[Claim, Claim] | None = None
            to_d = self._to_level(g, "to")
            from_d = self._to_level(g, "from")
            if (
                (b[-1:] == ["from"] or self._from_level(c))
                and to_d is not None
                and len(to_d) <= 5
                and not (HARD_STOPS | BRACKETS) & set(to_d)
                and not self._another_move(to_d)
            ):
                pair = (c, d)  # from A (in 2015) to B; from 30 to a clear majority of 40
            elif (
                (b[-1:] == ["to"] or self.before(c, 1) == ["to"])
                and from_d is not None
                and len(from_d) <= (5 if b[-1:] == ["to"] else 2)  # "up to four sites will be chosen from"
                and not HARD_STOPS & set(from_d)
                and not self._another_move(from_d)
            ):
                pair = (d, c)  # to B (last year) from A; to B by 2020 from the current level of A
            elif (
                (hit := _ends_with(g, self.froms))
                and hit != ("from",)
                and not (HARD_STOPS | BRACKETS) & set(_without_clock_times(g))
                and not self._changes_compared(hit, b, d)
            ):
                respective = self._respective(k, j)
                if respective is not None:
                    # "to 14% for one and 7% for the other, up from 11% and 6%, respectively"
                    for old, new in respective:
                        if (old.id, new.id) not in seen and compatible(old, new, self.people):
                            seen.add((old.id, new.id))
                            self._change(_figure(old), _figure(new), new, old, cs.index(new), cs.index(old))
                    continue
                own = [w for w in g[: -len(hit)] if w != ","]
                if own and _count_figure(own[-1]):
                    continue  # "316 seats ... and Labour 239, down from 256": 239 went down, unread
                if len(_without_asides(g)) <= (30 if hit[0] in {"up", "down"} else 8):
                    pair = (d, c)  # B, up from A; B compared with A (an aside between dashes uncounted)
                    gb = self.gap(cs[k - 1], c) if k > 0 and cs[k - 1].sentence == c.sentence else []
                    if gb[:1] == ["of"] and len(gb) <= 3:
                        pair = (d, cs[k - 1])  # "won 33 of the 150 seats, down from 41": the part
                    elif (
                        gb[:1] == [","]
                        and len(gb) <= 5
                        and "than" in gb[-2:]
                        and compatible(cs[k - 1], c, self.people)
                    ):
                        # "a margin of 45.6%, less than the 47.3% forecast and down from 47.1%": the
                        # figure after "than" is the other side of a comparison, not what went down
                        pair = (d, cs[k - 1])
                    elif self.before(c, 2) == ["than", "the"]:
                        pair = None
            if pair is None or (pair[0].id, pair[1].id) in seen:
                continue
            old, new = (self.converted(x) for x in pair)
            if old is new:
                continue
            # "from 40 to 240 tonnes"; "rose to 1.27 kilograms, from 0.97": the bare figure is
            # in the unit of the other
            bare = "number" in {old.kind, new.kind} and (pair == (c, d) or d.kind == "number")
            if not (bare or compatible(old, new, self.people)) or (
                old.kind == new.kind == "quantity" and old.unit != new.unit
            ):
                continue
            seen.add((old.id, new.id))
            self._change(
                _figure(old),
                _figure(new),
                min(old, new, key=lambda x: x.start),
                max(old, new, key=lambda x: x.start),
                k,
                j,
            )

    def _respective(self, k: int, j: int) -> list[tuple[Claim, Claim]] | None:
        """When the old figures after "up from" are a list closed by "respectively" ("up from 11%
        and 6%, respectively"), the (old, new) pairs in order with as many new figures ending at
        the k-th figure (none when the sentence holds too few); else None."""
        cs = self.real
        olds = [cs[j]]
        while j + len(olds) < len(cs):
            nxt = cs[j + len(olds)]
            if nxt.sentence != cs[j].sentence or self.strip_hedge(self.gap(olds[-1], nxt)) not in (
                [","],
                ["and"],
                [",", "and"],
            ):
                break
            olds.append(nxt)
        if len(olds) < 2 or "respectively" not in self.after(olds[-1], 2):
            return None
        news = cs[k - len(olds) + 1 : k + 1] if k + 1 >= len(olds) else []
        if len(news) != len(olds) or any(x.sentence != cs[k].sentence for x in news):
            return []
        return list(zip(olds, news, strict=True))

    def _another_move(self, g: list[str]) -> bool:
        """Do the words between 'to B' and 'from A' (or 'from A' and 'to B') open another change: a
        direction word or a break ("rose from 1m to 1.2m, while sales had fallen from 138m to
        118m": the second "from" is the sales' own)?"""
        return bool((self.up | self.down | self.to_named_breaks) & set(g))

    def _to_level(self, g: list[str], join: str) -> list[str] | None:
        """The words before the last `join` of g, when nothing or only words naming the level the
        figure is follow it ("to a clear majority of", "from its present level of"); else
        None."""
        for i in range(len(g) - 1, max(-1, len(g) - 7), -1):
            if g[i] == join:
                return g[:i] if self._a_level_phrase(g[i + 1 :]) else None
        return None

    def _from_level(self, c: Claim) -> bool:
        """Does "from" stand before c with only words naming its level between ("from the current
        120 tonnes", "from a high of 9%")?"""
        ws = self.before(c, 7)
        return any(ws[i] == "from" and self._a_level_phrase(ws[i + 1 :]) for i in range(len(ws) - 1))

    def _a_level_phrase(self, ws: list[str]) -> bool:
        """Do the words name the level a figure is: words of rules/relations.yaml change.old_words
        and level_words ("the current"), then at most two words of a noun and "of" ("a clear
        majority of")?"""
        if len(ws) > 5 or (HARD_STOPS | BRACKETS | {","}) & set(ws):
            return False
        core = [w for w in ws if w not in self.level_words]
        if ws[-1:] == ["of"]:
            core = core[:-1]
            moves = self.up | self.down
            return 0 < len(core) <= 2 and all(w.isalpha() and w not in moves for w in core)
        return not core

    def _amount_of(self, d: Claim, c: Claim) -> bool:
        """Can d be the amount of a change in c: one currency, one unit, or counts of one kind
        ("rose by 13 to 45 from 32"; "up $300 million from $2.1 billion")."""
        if d.kind == "money":
            return c.kind == "money" and d.unit == c.unit
        if d.kind == "quantity":
            return c.kind == "quantity" and d.unit == c.unit
        counts = {"count", "number"}
        return d.kind in counts and c.kind in counts and compatible(d, c, self.people)

    def _a_noun(self, ws: list[str]) -> bool:
        """Can ws be a figure's own noun, between it and a comma ("members" in "2,350 members,")?"""
        return len(ws) <= 3 and not any(not t.isalpha() or t in self.noun_stops for t in ws)

    def read_change_stated_from(self) -> None:
        """'$5 billion, down 10% from $5.6 billion'; '4,100, up 600 on 3,500 in 2020': a figure, then
        up or down, the change and the old figure (rules/relations.yaml change.stated_from)."""
        cs = self.real
        known = {(ch.old.claim.id, ch.new.claim.id) for ch in self.out.changes}
        for k in range(1, len(cs) - 1):
            new, said, old = cs[k - 1], cs[k], cs[k + 1]
            if not new.sentence == said.sentence == old.sentence:
                continue
            if not (_usable(new) and _usable(old) and _usable(said)) or (new.id, old.id) in known:
                continue
            g = self.strip_hedge(self.gap(new, said))
            if g[-1:] == ["by"]:
                g = g[:-1]
            direction = self._stated_direction(g)
            if direction is None:
                continue
            noun = g[: _separator(g)]  # "2,350 members, down 300": the new figure's own noun may come first
            if not self._a_noun(noun) or (self.up | self.down) & set(noun):
                continue
            after = self.strip_hedge(self.gap(said, old))
            if after[:1] == [","] and len(after) > 2:
                after = after[1:]  # "a decrease of 18 percent, compared with $51.6 billion"
            hit = next((h for h in self.stated_from if tuple(after[: len(h)]) == h), None)
            if hit is None or not set(after[len(hit) :]) <= self.old_words:
                continue
            if not compatible(new, old, self.people):
                continue
            if new.kind == old.kind == "quantity" and new.unit != old.unit:
                continue
            if not (said.kind in {"percent", "percentage_point"} or self._amount_of(said, new)):
                continue
            if self.ranks & set(self.sentence_head(new)):
                continue  # a rank's direction runs the other way
            a, b = self.converted(old), self.converted(new)
            self.out.changes.append(Change(_figure(a), _figure(b), direction, None, (said,)))

    def _stated_direction(self, g: list[str]) -> str | None:
        """The direction a change stated after a comma names: ", up" / ", down"; ", a decrease of"
        and the other change nouns (rules/relations.yaml change.nouns), with one article."""
        if g[-2:] in ([",", "up"], [",", "down"]):
            return "increase" if g[-1] == "up" else "decrease"
        sep = _separator(g)
        if g[-1:] != ["of"] or sep is None:
            return None
        tail = g[sep + 1 : -1]  # the words after the last comma (or "in": "in a decrease of")
        if tail[:1] in (["a"], ["an"]):
            tail = tail[1:]
        for nouns, direction in ((self.inc_nouns, "increase"), (self.dec_nouns, "decrease")):
            hit = _ends_with(tail, nouns) if tail else None
            if hit is None:
                continue
            # "a year-on-year decrease of": a compound modifier before the noun, hyphens and words
            mods = tail[: len(tail) - len(hit)]
            inner = {i for i in range(1, len(mods) - 1) if mods[i - 1] == mods[i + 1] == "-"}  # "-to-"
            plain = all(
                x == "-" or (x.isalpha() and (x not in self.noun_stops or i in inner))
                for i, x in enumerate(mods)
            )
            if len(mods) <= 5 and plain:
                if not (mods and (self.up | self.down) & set(mods)):
                    return direction
        return None

    def read_change_to_after(self) -> None:
        """'5.2 million are served a year, and that could rise to 7 million': the figure before
        a direction word and 'to' in one sentence, joined to it by a clause that only names it
        again (a pronoun, modal verbs), is the change's old figure."""
        cs = self.real
        known = {(ch.old.claim.id, ch.new.claim.id) for ch in self.out.changes}
        for k in range(1, len(cs)):
            c, d = cs[k - 1], cs[k]
            if c.sentence != d.sentence or (c.low is not None and c.value is None):
                continue
            g = self.gap(c, d)
            if len(g) < 3 or g[-1] != "to" or (HARD_STOPS | BRACKETS) & set(g) or len(g) > 16:
                continue
            verb = g[-2]
            direction = "increase" if verb in self.up else "decrease" if verb in self.down else None
            if direction is None or verb in {"up", "down"}:
                continue
            joins = [i for i, w in enumerate(g[:-2]) if w in self.to_after_joins]
            if not joins:
                continue
            head, clause = g[: joins[-1]], g[joins[-1] + 1 : -2]
            if not set(clause) <= self.to_after_words or len(head) > 10:
                continue
            if {"from", "to", "by"} & set(head) or (self.up | self.down) & set(head):
                continue  # "rose by 5 to 20": c is a change, or another change comes between
            if self._changing(c) or (k + 1 < len(cs) and self.gap(d, cs[k + 1])[-1:] == ["from"]):
                continue  # "rose 2% ... to 7%"; "could rise to B from A" is read as a pair
            if not compatible(c, d, self.people) or (c.kind == d.kind == "quantity" and c.unit != d.unit):
                continue
            if (c.id, d.id) in known:
                continue
            self._change(_figure(c), _figure(d), c, d, k - 1, k, direction)

    def read_change_to_named_before(self) -> None:
        """'The pension fund holds $450 million. ... This fund is to be enlarged to $900 million': a
        sentence whose subject (rules/relations.yaml change.to_named_before and a noun) goes up or
        down 'to' its first figure; the old figure is the one figure of the same thing in the
        sentence or two before that names the same noun. After a break in a sentence
        (change.to_named_breaks), 'that number' takes the one such figure before the break."""
        cs = self.real
        known = {(ch.old.claim.id, ch.new.claim.id) for ch in self.out.changes}
        for k, b in enumerate(cs):
            if not _usable(b) or b.value is None:
                continue
            inner = k > 0 and cs[k - 1].sentence == b.sentence  # "...; by 2020 that number had grown to"
            head = self.gap(cs[k - 1], b) if inner else self.sentence_head(b)
            breaks = [i for i, w in enumerate(head) if w in self.to_named_breaks]
            if inner and not breaks:
                continue  # a figure before b in its clause: the readers above apply
            head = self.strip_hedge(head[breaks[-1] + 1 :] if inner else head)
            if len(head) < 3 or head[-1] != "to" or len(head) > 24 or BRACKETS & set(head):
                continue
            verb = head[-2]
            direction = "increase" if verb in self.up else "decrease" if verb in self.down else None
            if direction is None or verb in {"up", "down"} or "from" in head:
                continue
            if k + 1 < len(cs) and cs[k + 1].sentence == b.sentence and "from" in self.gap(b, cs[k + 1]):
                continue  # "rose to B from A": read as a pair
            named = [
                head[i + 1]
                for i in range(len(head) - 2)
                if head[i] in self.to_named_before and (i == 0 or head[i - 1] not in self.to_named_not_after)
            ]  # "Within that figure, taxes would rise to": the object of "within", not the subject
            subject = named[-1] if named else None  # "By the close of 2010, that number": the last
            if subject is None or not subject.isalpha() or (inner and subject not in self.to_named_generic):
                continue
            if inner:
                same = [a for a in cs[:k] if a.sentence == b.sentence and self._same_as(a, b)]
                a = same[0] if len(same) == 1 and self._a_level(same[0]) else None
            else:
                a = self._named_before(b, k, singular_noun(subject))
            if a is not None and (a.id, b.id) not in known:
                self._change(_figure(a), _figure(b), a, b, cs.index(a), k, direction)

    def _same_as(self, a: Claim, b: Claim) -> bool:
        """Are a and b figures of one thing: one currency, one unit, counts of one noun?"""
        if not _usable(a) or not compatible(a, b, self.people):
            return False
        if a.kind == b.kind == "quantity" and a.unit != b.unit:
            return False
        return a.kind not in {"count", "number"} or self._same_thing(a, b) or self._same_thing(b, a)

    def _named_before(self, b: Claim, k: int, noun: str) -> Claim | None:
        """The one figure of the same thing as b in the sentence or two before whose sentence names
        noun, unless it is reached 'to' (then the change is its own) or is a change itself."""
        generic = noun in self.to_named_generic
        for s in (b.sentence - 1,) if generic else (b.sentence - 1, b.sentence - 2):
            if s < 0:
                break  # no sentence before the first
            lo, hi = self.sent_start[s], self.sent_end[s]
            same = [a for a in self.real[:k] if a.sentence == s and self._same_as(a, b)]
            if not generic and noun not in {singular_noun(w) for w in self.words_in(lo, hi)}:
                if same:
                    return None  # a figure of the same thing in between, under another name
                continue
            if len(same) != 1:
                return None
            return same[0] if self._a_level(same[0]) else None
        return None

    def _a_level(self, a: Claim) -> bool:
        """A figure that can be a change's old level: one value, not a change, not reached 'to'."""
        return a.value is not None and not self._changing(a) and self.before(a, 1) != ["to"]

    def _change(
        self,
        old: Figure,
        new: Figure,
        first: Claim,
        last: Claim,
        kf: int,
        kl: int,
        worded: str | None = None,
    ) -> None:
        # the direction word may govern a long object: "cut the number of yards that can build
        # rigs from five to two" (a factor word only within FACTOR_REACH words)
        before = self.before(first, DIRECTION_REACH) if worded is None else []
        direction: str | None = worded
        factor: float | None = None
        factor_word = ""
        bound: str | None = None
        stated: list[Claim] = []
        # "rose 25% to $2.4bn from $2.1bn": a stated change just before the pair
        prev = self.real[kf - 1] if kf > 0 else None
        if (
            prev is not None
            and prev.sentence == first.sentence
            and (prev.kind in {"percent", "percentage_point"} or self._amount_of(prev, first))
        ):
            g = self.strip_hedge(self.gap(prev, first))
            pb = self.strip_hedge(self.before(prev, 2))
            if (
                g in (["to"], ["from"], [",", "from"], [",", "to"])
                and pb
                and (pb[-1] in self.up or pb[-1] in self.down or pb[-1] == "by")
            ):
                stated.append(prev)
                before = self.before(prev, 10)
        revised: str | None = None  # "revised down the jobs gains from A to B": the revision's way
        for i in range(len(before) - 1, -1, -1):
            w = before[i]
            if w in self.revision and i + 1 < len(before) and worded is None:
                nxt = before[i + 1]
                up, down = nxt in self.revision_up, nxt in self.revision_down
                revised = "increase" if up else "decrease" if down else None
            if w in self.factors and factor is None and len(before) - i <= FACTOR_REACH:
                factor, factor_word = self.factors[w], w
                if i > 0 and before[i - 1] in {"than", "over"}:
                    bound = "above"
                elif i > 0 and before[i - 1] in {"nearly", "almost"}:
                    bound = "below"
            # the word states the change of the pair when "to", "from" or "by" comes between it and
            # the figures ("fell to 2.3% from 3.2%"), or it governs the stated change ("rose 25% to");
            # "rose 2.9% ..., down from 4%": "rose" is the figure's own word, not the pair's
            governs = bool({"to", "from", "by"} & set(before[i + 1 :])) or (stated and i == len(before) - 1)
            if before[i + 1 : i + 2] and before[i + 1] in self.not_direction_after:
                governs = False  # "students can drop out of school": no direction
            if _up_to_a_figure(before, i):
                governs = False  # "the levy to 15% from up to 28% and the top levy to": a bound
            if direction is None and governs and w in self.up:
                direction = "increase"
            elif direction is None and governs and w in self.down:
                direction = "decrease"
            if w in {".", ";", ":", ","} and not (w == "," and before[i + 1 :] in (["to"], ["from"])):
                break  # a word before a comma belongs to another clause ("tripled, to 9,000" is one)
        if revised is not None and {"to", "from", "by"} & set(before):
            direction = revised  # what was revised may be named by a direction word ('gains', 'losses')
        # "12-fold": a number claim right before "-fold"
        for c in self.real[max(0, kf - 3) : kf]:
            if (
                c.sentence == first.sentence
                and c.kind == "number"
                and c.value
                and self.after(c, 2)[:2]
                in (
                    ["-", "fold"],
                    ["fold"],
                )
            ):
                factor, factor_word = c.value, f"{c.surface}-fold"
        g = self.gap(first, last) if first is not last else []
        ups = any(w == "up" and not _up_to_a_figure(g, i) for i, w in enumerate(g))
        said = "increase" if ups else "decrease" if "down" in g else None
        also = direction if said is not None and direction not in (None, said) else None
        direction = said or direction
        # the stated change after the pair: ", an increase of 25%", ", up 14%", "... or 25%"
        k = kl + 1
        ref = last
        while k < len(self.real):
            d = self.real[k]
            if d.sentence != last.sentence:
                break
            if not _usable(d):
                k += 1  # "..., compared with $42.3bn a year earlier, a decrease of 29%": a time
                continue
            g = self.strip_hedge(self.gap(ref, d))
            if HARD_STOPS & set(g) or len(g) > 9:
                break
            inc = _ends_with(g[:-1], self.inc_nouns) if g[-1:] == ["of"] else None
            dec = _ends_with(g[:-1], self.dec_nouns) if g[-1:] == ["of"] else None
            if inc or dec:
                stated.append(d)
                direction = direction or ("increase" if inc else "decrease")
            elif g and (g[-1] in {"up", "down"} or g[-2:] in (["up", "by"], ["down", "by"])) and "," in g:
                if self._own_change_next(k):
                    break  # "(from 27% to 31%), he's up 13 points ..., rising from 20% to 33%"
                stated.append(d)
                direction = direction or ("increase" if "up" in g else "decrease")
            elif stated and g[-2:] == [",", "or"] and ref in stated:
                stated.append(d)
            else:
                break
            ref = d
            k += 1
        nxt = self.real[kl + 1] if kl + 1 < len(self.real) else None
        if not stated and nxt is not None and nxt.sentence == last.sentence + 1:
            head = self.strip_hedge(self.sentence_head(nxt))
            opener = next((p for p in self.restate if tuple(head[: len(p)]) == p), None)
            if opener is not None and head[-1:] == ["of"] and len(head) <= len(opener) + 4:
                inc, dec = _ends_with(head[:-1], self.inc_nouns), _ends_with(head[:-1], self.dec_nouns)
                if inc or dec:
                    stated.append(nxt)
                    direction = direction or ("increase" if inc else "decrease")
        if direction is None and not stated and factor is None:
            return
        ranked = self._names_a_standing(first, last) or self._places_moved(first, last)
        if ranked and not stated and factor is None:
            flip = {"increase": "decrease", "decrease": "increase"}
            direction, also = flip.get(direction or ""), flip.get(also or "")  # a rank rises as it falls
        self.out.changes.append(Change(old, new, direction, also, tuple(stated), factor, factor_word, bound))

    def _own_change_next(self, k: int) -> bool:
        """Is the k-th figure, a change stated after a pair, followed in its clause by a pair of its
        own ('..., up 13 points among women, rising from 20% to 33%'): the change of that pair?"""
        d = self.real[k]
        nxt = self.real[k + 1] if k + 1 < len(self.real) else None
        if nxt is None or nxt.sentence != d.sentence:
            return False
        g = self.gap(d, nxt)
        return len(g) <= 8 and g[-1:] == ["from"] and not HARD_STOPS & set(g)

    def _names_a_standing(self, first: Claim, last: Claim) -> bool:
        """Does the sentence, before the first figure, name a standing (change.ranks: "its ranking
        fell to 12 from 5"), so that a place rises as its number falls? Not a rank word followed by
        "of", which names a title or a grade ("staff with the rank of colonel has shrunk to 19 from
        33"), nor figures that count a noun other than a rank word ("in second place, its tally fell
        to 31 seats from 35"): those are counts, not places."""
        if any(c.counts and singular_noun(c.counts) not in self.ranks for c in (first, last)):
            return False
        return _a_standing_named(self.sentence_head(first), self.ranks)

    def _places_moved(self, first: Claim, last: Claim) -> bool:
        """Are two whole numbers places in a ranking: the first bare, right after a word of
        comparison.ranked_places ("a duo at four, up from 12"), in a sentence that names a rank or a
        place after them too (change.ranks, singular or plural: "..., and a comic rising nine places
        to 12")?"""
        if first.kind != "number" or first.counts or last.kind not in {"number", "count"}:
            return False  # the other may be read as a count of the people the sentence names
        if any(c.value is None or c.value != int(c.value) for c in (first, last)):
            return False
        if not self.before(first, 1) or self.before(first, 1)[0] not in self.ranked_places:
            return False
        ws = self.words_in(self.sent_start[first.sentence], self.sent_end[first.sentence])
        return _a_standing_named(ws, self.ranks, plurals=True)


def _a_standing_named(ws: list[str], ranks: set[str], plurals: bool = False) -> bool:
    """Do the words name a standing: a word of change.ranks (or its plural, with plurals), not
    followed by "of" ("the rank of colonel", "the position of chair" name a title or a grade, not
    a place)?"""
    return any(
        (singular_noun(w) if plurals else w) in ranks and ws[i + 1 : i + 2] != ["of"]
        for i, w in enumerate(ws)
    )


# the words after which "up to" and a figure are a bound ("from up to 28%", "of up to $5m"), not a
# verb's direction ("edged up to 53.1")
BOUND_AFTER = frozenset({"from", "of", "at", "by", "with", "for", "than"})


def _up_to_a_figure(ws: list[str], i: int) -> bool:
    """Is ws[i] the "up" of "up to" right before a figure, after a word of BOUND_AFTER ("from up to
    28%", "to 15% from up to" at the end of the words before the figure): a bound, not a
    direction?"""
    if ws[i] != "up" or ws[i + 1 : i + 2] != ["to"] or i == 0 or ws[i - 1] not in BOUND_AFTER:
        return False  # "edged up to 53.1": a verb's direction
    nxt = ws[i + 2] if i + 2 < len(ws) else None
    return nxt is None or nxt[:1].isdigit() or nxt in {"$", "£", "€", "¥"}


def _count_figure(word: str) -> bool:
    """Is a word of a gap a figure in digits that is no year ('18' in 'won twice, 18 times,
    including four'; not '2018' in '25 seats in 2018, including 10')?"""
    return word.isdigit() and not _a_year(word)


def _without_clock_times(ws: list[str]) -> list[str]:
    """The words without the colon of a time of day ('by 2:30 pm' is no stop between figures)."""
    return [
        w
        for i, w in enumerate(ws)
        if not (w == ":" and 0 < i < len(ws) - 1 and ws[i - 1].isdigit() and ws[i + 1].isdigit())
    ]


CLAUSE_ENDS = frozenset({",", ";", "and"})
# how many words before a change's first figure its direction word may stand (no comma between),
# and its factor word ("doubled")
DIRECTION_REACH = 16
FACTOR_REACH = 10


def _clause(ws: list[str], ends: frozenset[str] = CLAUSE_ENDS) -> list[str]:
    """The words up to the end of their clause (a comma, a semicolon or "and"; or one of `ends`)."""
    return list(itertools.takewhile(lambda x: x not in ends, ws))


def _starts(ws: list[str], phrase: tuple[str, ...]) -> bool:
    return tuple(ws[: len(phrase)]) == phrase


def _and_joins_before(ws: list[str], nouns: set[str] | frozenset[str]) -> list[str]:
    """ws without an "and" that joins two words standing right before one of nouns ("in false and
    fraudulent claims", "in wheelchair and supply claims"): such an "and" ends no clause."""
    return [x for i, x in enumerate(ws) if not (x == "and" and i + 2 < len(ws) and ws[i + 2] in nouns)]


def _a_year_in(ws: list[str]) -> bool:
    """Does a four-digit year stand among ws ("awarded $2 billion since 2010")?"""
    return any(_a_year(x) for x in ws)


def _a_year(word: str) -> bool:
    return word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100


def _separator(g: list[str]) -> int | None:
    """Where a change stated after a figure begins: its last comma ("$18.2 billion, a decline
    of"), else "in" and an article ("$18.2 billion in a decline of")."""
    if "," in g:
        return len(g) - 1 - g[::-1].index(",")
    for i in range(len(g) - 2, -1, -1):
        if g[i] == "in" and g[i + 1] in {"a", "an"}:
            return i
    return None


def _counts_noun(c: Claim, noun: str) -> bool:
    """Does c count `noun` (the last word of its counted noun, singular: "felony counts" count)?"""
    return c.counts is not None and singular_noun(c.counts.split()[-1]) == noun


def _dashes(ws: list[str]) -> list[str]:
    """The words with each dash ("--", "–", "—") as one "—"."""
    out: list[str] = []
    for w in ws:
        if w in {"-", "–", "—"}:
            if out[-1:] == ["—"] and w == "-":
                continue
            w = "—"
        out.append(w)
    return out


def _without_asides(ws: list[str]) -> list[str]:
    """The words without each aside set off by a pair of dashes ('42% of nurses - each with
    three years on the wards - said ...'); a lone dash is kept."""
    ws = _dashes(ws)
    out: list[str] = []
    while "—" in ws:
        i = ws.index("—")
        if "—" not in ws[i + 1 :]:
            break
        out += ws[:i]
        ws = ws[ws.index("—", i + 1) + 1 :]
    return out + ws


def _both_counts(a: Claim, b: Claim) -> bool:
    return a.kind in {"count", "number"} and b.kind in {"count", "number"}


def _figure(c: Claim) -> Figure:
    lo, hi = c.low, c.high
    v = c.value
    if c.hedge == "up to" and v is not None:  # "edged up to 53.1 from 53.4": a direction, not a bound
        m = NUM_RE.search(c.surface)
        hw = (
            _half_width(m.group()) * (v / float(m.group().replace(",", "")))
            if m and float(m.group().replace(",", ""))
            else 0.0
        )
        return Figure(c, v, v - hw, v + hw, c.surface)
    if v is None:
        v = lo if lo is not None else hi
    return Figure(
        c, v or 0.0, lo if lo is not None else -math.inf, hi if hi is not None else math.inf, c.surface
    )


NUM_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def range_ends(c: Claim) -> tuple[Figure, Figure] | None:
    """The two ends of a range claim ('300 to 750', '$2.1bn to $2.4bn'), each with its own rounding
    and its own surface as written."""
    nums = list(NUM_RE.finditer(c.surface))
    if len(nums) != 2 or c.low is None or c.high is None:
        return None
    join = JOIN_RE.search(c.surface, nums[0].end())
    if join is None or join.start() > nums[1].start():
        return None
    surfaces = (c.surface[: join.start()].strip(), c.surface[join.end() :].strip())
    ends = []
    for m, value, surface in zip(nums, (c.low, c.high), surfaces, strict=True):
        written = float(m.group().replace(",", ""))
        hw = _half_width(m.group()) * (value / written if written else 1.0)
        ends.append(Figure(c, value, value - hw, value + hw, surface))
    return ends[0], ends[1]


JOIN_RE = re.compile(r"\s+(?:to|and)\s+|\s*[-–—]\s*")


def _half_width(text: str) -> float:
    """Half the place value of a written figure's last significant digit, capped one order below it."""
    digits = text.replace(",", "")
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    value = float(digits)
    stripped = digits.rstrip("0")
    place = 10 ** (len(digits) - len(stripped)) if stripped else 1
    cap = 10 ** max(0, math.floor(math.log10(value)) - 1) if value > 0 else 1
    return 0.5 * min(place, max(cap, 1))


# The readers in the order they run (a later one may look at what an earlier one found), each with
# whether it only relates a figure to another figure it finds in the text (a whole before a part, a
# figure ranked above, three shares of a poll): such a reader finds nothing in a text with fewer
# than two figures (a "one" written as a word counted), and is not run there.
READERS: tuple[tuple[Callable[[_Reader], None], bool], ...] = (
    (_Reader.read_including, True),
    (_Reader.read_of_them, True),
    (_Reader.read_of_the_noun, True),
    (_Reader.read_elided, False),
    (_Reader.read_opening_part, False),
    (_Reader.read_opening_one, False),
    (_Reader.read_charges, True),
    (_Reader.read_charges_near, True),
    (_Reader.read_of_whole, False),
    (_Reader.read_rebase, True),
    (_Reader.read_colon, False),
    (_Reader.read_bracketed, False),
    (_Reader.read_scale, False),
    (_Reader.read_with_part, False),
    (_Reader.read_remaining, False),
    (_Reader.read_total_after, False),
    (_Reader.read_toll, False),
    (_Reader.read_among, True),
    (_Reader.read_among_after, True),
    (_Reader.read_remaining_amount, False),
    (_Reader.read_by_place, False),
    (_Reader.read_fraction_of, False),
    (_Reader.read_total_named, True),
    (_Reader.read_paid_on, True),
    (_Reader.read_announced, True),
    (_Reader.read_fines_to_date, True),
    (_Reader.read_condition, True),
    (_Reader.read_charged_outcome, True),
    (_Reader.read_headline_count, True),
    (_Reader.read_announced_total, True),
    (_Reader.read_move, False),
    (_Reader.read_quantified, False),
    (_Reader.read_same_total, False),
    (_Reader.read_poll, True),
    (_Reader.read_changes, False),
    (_Reader.read_change_stated_from, False),
    (_Reader.read_change_to_after, False),
    (_Reader.read_change_to_named_before, True),
    (_Reader.read_part_shares, False),
    (_Reader.read_comparisons, True),
    (_Reader.read_differences, True),
    (_Reader.read_ranked, True),
    (_Reader.read_only_against, True),
    (_Reader.read_per_head, False),
)


def _one_question(shares: list[Claim]) -> list[Claim]:
    """The shares of a poll's sentence up to those that already make 100% ('93% approve while 7%
    disapprove, and 86% think ...': the answers to one question; what follows answers another)."""
    total = 0.0
    for k, c in enumerate(shares):
        total += c.value if c.value is not None else span(c)[0]
        if k and abs(total - 100) <= 1 and k + 1 < len(shares):
            return shares[: k + 1]
    return shares


def read_relations(text: str, claims: list[Claim], pack: RulePack) -> Relations:
    """The relations one document states between its figures."""
    claims = [c for c in claims if c.start < c.end]
    if not claims:
        return Relations()
    r = _Reader(text, claims, pack)
    pairs = len(r.claims) >= 2
    for read, pair_only in READERS:
        if pairs or not pair_only:
            read(r)
    return r.out


def span(c: Claim) -> tuple[float, float]:
    """A claim's interval (SI for quantities) with an open lower end read as 0. A count is a whole
    number: "five" people are 5, not 4.5 to 5.5."""
    lo, hi = interval(c)
    lo = 0.0 if math.isinf(lo) else lo
    counted = c.kind == "count" or (c.kind == "number" and c.value is not None and c.value == int(c.value))
    if counted and not math.isinf(hi) and math.ceil(lo) <= math.floor(hi):
        lo, hi = float(math.ceil(lo)), float(math.floor(hi))
    return lo, hi
