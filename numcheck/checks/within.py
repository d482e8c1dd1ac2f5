"""Inside one document: NC201 source-discrepancy, NC301 internal-inconsistency.

Both look at pairs of claims that knowledge allows to be one measurand (link.could_be_same) and
the scorer (numcheck/scorer.py) links; a finding's confidence is the scorer's probability, and
below the rule's `min_confidence` (default: the scorer's fitted threshold) it is reported as info.
Differently attributed sources that give different figures are a discrepancy to show the
reader (a warning, even when the figures' intervals overlap: 'about 11,000' against 'some
10,000'); the same measurand with values that cannot both be true and no difference of source
is an internal inconsistency (an error).
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import TypeVar

from numcheck.checks.base import CheckContext, Rule
from numcheck.checks.slips import could_slip, likely_slip
from numcheck.extraction.knowledge import knowledge, stem
from numcheck.frames import Frame, frame, list_sentences, pair_features
from numcheck.link import (
    LeadWords,
    age_holder,
    agree,
    agree_at,
    amount_each,
    another_matter,
    average,
    bases_differ,
    bracket_bound,
    breakdown_sum,
    capacity,
    care_states,
    case_count,
    comparable,
    cut_short,
    describe,
    earlier_statement,
    event_day,
    holder_named_apart,
    interval,
    is_age,
    kind_key,
    kinds_differ,
    known_same,
    later_state,
    latest_year,
    maturity,
    model_size,
    money_kinds,
    named_holder,
    national_scope,
    opening_day,
    ordinal_next,
    others_count,
    pair_allowed,
    pairable,
    participle_main,
    point,
    precise_slip,
    principal_words,
    questions_differ,
    rate,
    ratio,
    ratio_side,
    rest_count,
    row_listed,
    row_partners,
    rows_apart,
    running_total,
    same_measurand,
    score_side,
    sentence_around,
    series_terms,
    share_asked,
    share_base,
    share_holder,
    share_question,
    share_rank,
    sum_of_kinds,
    supposition,
    time_frame,
    word_after,
    world_scope,
)
from numcheck.models import AnyClaim, Category, Finding, Severity
from numcheck.scorer import scorer

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def normalise_source(s: str | None) -> str | None:
    if s is None:
        return None
    s = s.lower().replace("’", "'").replace("‘", "'").strip()
    s = _EDGE.sub("", s)  # "?qawwaf": a sign lost in the text's encoding is not part of the name
    for prefix in ("the ",):
        if s.startswith(prefix):
            s = s[len(prefix) :]
    return s


# A figure is compared with the next WINDOW figures of its kind that start within SPAN characters
# of it: the work per figure is bounded, so a check is linear on huge documents. SPAN is a long
# read (~8,000 words; 9 of 5,571 published articles are longer than 30,000 characters); without it
# a long document whose kinds each have fewer than WINDOW figures paid for every pair of them.
WINDOW = 100
SPAN = 50_000


def candidate_pairs(claims: list[AnyClaim]) -> Iterator[tuple[AnyClaim, AnyClaim]]:
    """Pairs that knowledge allows to be one measurand (link.could_be_same).

    Only claims of one kind can link (link.comparable), so pairs are formed within buckets of
    kind_key — a count of troops never meets an area — which keeps long documents near-linear.
    Figures that no pair can hold (link.pairable: a part, a vague amount, ...) are left out
    first, so the window counts only figures that could be compared."""
    series = series_terms(claims)
    claims = [c for c in claims if pairable(c)]
    buckets: dict[tuple[str, str | None], list[AnyClaim]] = {}
    for c in claims:
        buckets.setdefault(kind_key(c), []).append(c)
    bare = [c for c in claims if c.kind == "number" and c.event]
    bare_ids = {c.id for c in bare}
    # one key is one kind: comparable without asking, but for bare numbers (comparable only with
    # one event) and a count's bucket joined with bare figures
    groups = [(group, False, key[0] == "number") for key, group in buckets.items()]
    # a bare figure with an event ("put the toll at 288") may stand for a count: those pairs too,
    # each once (pairs of two counts or of two bare figures come from their own buckets)
    groups += [(group + bare, True, True) for key, group in buckets.items() if key[0] == "count" and bare]
    for group, mixed, ask in groups:
        group = sorted(group, key=lambda c: (c.start, c.id))
        for i, a in enumerate(group):
            for b in group[i + 1 : i + 1 + WINDOW]:
                if b.start - a.start > SPAN:
                    break
                if mixed and (a.id in bare_ids) == (b.id in bare_ids):
                    continue
                if (not ask or comparable(a, b)) and pair_allowed(a, b, series):
                    yield a, b


def linked_pairs(ctx: CheckContext, doc_id: str) -> Iterator[tuple[AnyClaim, AnyClaim, float]]:
    """The candidate pairs of one document that could make a finding — values that cannot both
    hold, or two named voices — with the scorer's P(same measurand): computed once for both rules
    of this module. Pairs that agree in one voice are never scored.

    The pairs are kept as two arrays of claim positions and one of probabilities (20 bytes a pair,
    not a ~100-byte tuple and float): a megabyte of news makes some 70,000 of them."""
    key = ("linked_pairs", doc_id)
    memo = ctx.memo.get(key)
    if memo is None:
        memo = ctx.memo[key] = _linked_pairs(ctx, doc_id)
    claims, first, second, probs = memo  # type: ignore[misc]
    for i, j, p in zip(first, second, probs, strict=True):
        yield claims[i], claims[j], p


_T = TypeVar("_T")


def _memo(fn: Callable[[int], _T]) -> Callable[[int], _T]:
    """fn of a claim's position, computed at the first call and kept (what functools.cache does,
    without its wrapper's making: _linked_pairs makes some 30 of these per document)."""
    memo: dict[int, _T] = {}

    def get(k: int) -> _T:
        if k in memo:
            return memo[k]
        v = memo[k] = fn(k)
        return v

    return get


def _linked_pairs(ctx: CheckContext, doc_id: str) -> tuple[list[AnyClaim], array, array, array]:
    claims = ctx.by_doc(doc_id)
    pairs = candidate_pairs(claims)
    head = next(pairs, None)
    if head is None:  # no pair to judge (most short texts): nothing below is read
        return claims, array("i"), array("i"), array("d")
    judge = scorer(ctx.config.pack)
    tol = ctx.config.pack.tolerances.agreement.relative
    generic = _lowered(tuple(ctx.config.pack.attribution.generic))
    texts = {d.id: d.text for d in ctx.documents if d.id == doc_id}
    fr: dict[str, Frame] = {}  # the frames of the claims in scored pairs only (a frame is ~1 kB)
    know = knowledge(ctx.config.pack)
    stems = know.measure_stems
    text = texts.get(doc_id, "")

    def frame_of(c: AnyClaim) -> Frame:
        f = fr.get(c.id)
        if f is None:
            f = fr[c.id] = frame(c, texts.get(c.doc, ""))
        return f

    lists: frozenset[tuple[str, int]] | None = None  # at the first pair scored (most documents: none)
    position = {id(c): k for k, c in enumerate(claims)}
    # what every pair asks of a claim, found once a claim
    voice = [normalise_source(named_source(c)) for c in claims]
    span = [interval(c) for c in claims]
    kinds = [money_kinds(c, stems) for c in claims]
    sums = [sum_of_kinds(c, k, know.sum_stems) for c, k in zip(claims, kinds, strict=True)]
    principal: list[LeadWords] = []  # the opening's words, read at the first pair that asks

    # what some pairs ask of a claim, found at the first pair that asks and kept for the document
    @_memo
    def apart_of(k: int) -> tuple[bool, bool]:
        """A programme's running total, a rate: never the measurand of a figure that is not one."""
        return running_total(claims[k], text, know), rate(claims[k], text, know)

    @_memo
    def other_of(k: int) -> bool:
        return another_matter(claims[k], text, know)

    @_memo
    def holder_of(k: int) -> tuple[str, ...]:
        if not principal:
            principal.append(principal_words(text, know))
        return named_holder(claims[k], text, know, principal[0])

    @_memo
    def main_of(k: int) -> frozenset[float] | None:
        """The values of the figures of k's main clause, when k stands in a participle clause."""
        span_ = participle_main(claims[k], text, know)
        if span_ is None:
            return None
        return (
            frozenset(
                c.value
                for c in claims
                if c.value is not None and c.doc == claims[k].doc and span_[0] <= c.start < span_[1]
            )
            or None
        )

    @_memo
    def model_of(k: int) -> bool:
        return model_size(claims[k], text, know)

    @_memo
    def later_of(k: int) -> bool:
        return later_state(claims[k], text, know)

    latest_found: list[int | None] = []  # the latest year the document names, read when first asked

    def latest() -> int | None:
        if not latest_found:
            latest_found.append(latest_year(text))
        return latest_found[0]

    @_memo
    def frame_of_time(k: int) -> str | None:
        return time_frame(claims[k], text, know, latest())

    opening_found: list[str | None] = []  # the day the opening names, read when first asked

    @_memo
    def day_of(k: int) -> str | None:
        if not opening_found:
            opening_found.append(opening_day(text, know))
        return event_day(claims[k], text, know, opening_found[0])

    @_memo
    def term_of(k: int) -> bool:
        return maturity(claims[k], text, know)

    @_memo
    def supposed_of(k: int) -> bool:
        return supposition(claims[k], text, know)

    @_memo
    def bound_of(k: int) -> bool:
        return bracket_bound(claims[k], text, know)

    @_memo
    def care_of(k: int) -> frozenset[str] | None:
        return care_states(claims[k], text, know)

    @_memo
    def cases_of(k: int) -> bool:
        return case_count(claims[k], text, know)

    @_memo
    def world_of(k: int) -> bool:
        return world_scope(claims[k], text, know)

    @_memo
    def nation_of(k: int) -> bool:
        return national_scope(claims[k], text, know)

    @_memo
    def ratio_of(k: int) -> bool:
        return ratio_side(claims[k], text, know)

    @_memo
    def capacity_of(k: int) -> bool:
        return capacity(claims[k], text, know)

    @_memo
    def score_of(k: int) -> float | None:
        return score_side(claims[k], text, know)

    shares: list[dict[int, set[float | None]]] = []  # read at the first score met

    def shares_by_sentence() -> dict[int, set[float | None]]:
        """The percentages each sentence gives, read in one pass once a score is met."""
        if not shares:
            out: dict[int, set[float | None]] = {}
            for c in claims:
                if c.kind == "percent":
                    out.setdefault(c.sentence, set()).add(point(c))
            shares.append(out)
        return shares[0]

    def gives(k: int, value: float) -> bool:
        """Does claims[k]'s sentence give a percentage of `value` (a score's other side)?"""
        return value in shares_by_sentence().get(claims[k].sentence, ())

    def scores_apart(i: int, j: int) -> bool:
        """One side of a score and a share given without the score's other side, or sides of two
        scores whose other sides differ: two matchups, questions or groups (measures.yaml scores)."""
        si, sj = score_of(i), score_of(j)
        if si is not None and sj is not None:
            return si != sj
        if si is not None:
            return not gives(j, si)
        if sj is not None:
            return not gives(i, sj)
        return False

    @_memo
    def partners_of(k: int) -> frozenset[float]:
        sentence = shares_by_sentence().get(claims[k].sentence, set())
        return row_partners(claims[k], text, know, frozenset(v for v in sentence if v is not None))

    @_memo
    def listed_of(k: int) -> bool:
        return row_listed(claims[k], text, know)

    @_memo
    def base_of(k: int) -> frozenset[str]:
        return share_base(claims[k], text, know)

    @_memo
    def holder_share_of(k: int) -> frozenset[str]:
        return share_holder(claims[k], text, know)

    @_memo
    def rank_of(k: int) -> str | None:
        return share_rank(claims[k], text, know)

    @_memo
    def asked_of(k: int) -> bool:
        return share_asked(claims[k], text, know)

    @_memo
    def question_of(k: int) -> frozenset[str]:
        return share_question(claims[k], text, know)

    @_memo
    def others_of(k: int) -> bool:
        return others_count(claims[k], text, know)

    @_memo
    def rest_of(k: int) -> bool:
        return rest_count(claims[k], text, know)

    def fewer_rest(i: int, j: int) -> bool:
        """'three other lawmakers' against 'four lawmakers': the rest of a group, fewer than all."""
        for x, y in ((i, j), (j, i)):
            vx, vy = point(claims[x]), point(claims[y])
            if rest_of(x) and not rest_of(y) and vx is not None and vy is not None and vx < vy:
                return True
        return False

    @_memo
    def ordinal_of(k: int) -> bool:
        return ordinal_next(claims[k], text, know)

    def part_named(i: int, j: int) -> bool:
        """'Two climbers were flown out and the third walked down' against 'three climbers': a part of
        the group its ordinal counts, against the group's size."""
        for x, y in ((i, j), (j, i)):
            vx, vy = point(claims[x]), point(claims[y])
            if vx is not None and vy is not None and vy == vx + 1 and ordinal_of(x):
                return True
        return False

    @_memo
    def each_of(k: int) -> bool:
        return amount_each(claims[k], text, know)

    @_memo
    def average_of(k: int) -> bool:
        return average(claims[k], text, know)

    @_memo
    def breakdown_of(k: int) -> float | None:
        return breakdown_sum(claims[k], claims, text) if know.breakdown_relative else None

    def part_of_total(x: int, total: AnyClaim) -> bool:
        """'4 lakh acres ..., 1.6 lakh acres ... and 50,000 acres' against '6.1 lakh acres' in all."""
        s = breakdown_of(x)
        return (
            s is not None
            and total.value is not None
            and total.unit == claims[x].unit
            and (abs(s - total.value) <= know.breakdown_relative * abs(total.value))
        )

    @_memo
    def earlier_of(k: int) -> bool:
        return earlier_statement(claims[k], text, know)

    @_memo
    def age_of(k: int) -> str | None:
        return age_holder(claims[k], text, know)

    def two_people(i: int, j: int) -> bool:
        """'A 21-year-old was killed by her neighbour' and 'the 24-year-old neighbour'."""
        for x, y in ((i, j), (j, i)):
            noun = age_of(y)
            if noun is not None and age_of(x) != noun and holder_named_apart(claims[x], noun, text):
                return True
        return False

    first, second, probs = array("i"), array("i"), array("d")
    for a, b in chain((head,), pairs):
        i, j = position[id(a)], position[id(b)]
        if agree_at(span[i], span[j], a, b, tol) and not _two_voices(voice[i], voice[j], generic):
            continue
        if kinds_differ(kinds[i], kinds[j]) and not precise_slip(a, b, know.precise_digits):
            continue  # a fine and restitution, a fraud scheme's size and a fine: two measurands
        if (
            sums[i] != sums[j]
            and len(kinds[j if sums[i] else i][0]) == 1
            and not precise_slip(a, b, know.precise_digits)
        ):
            continue  # 'penalties and disgorgement totaling $338 million' and 'a $240 million penalty'
        if apart_of(i) != apart_of(j):
            continue  # '$8 billion since 2012' and one case's $8 million; 3,000 t a month and 90,000 t
        if other_of(i) != other_of(j) and not precise_slip(a, b, know.precise_digits):
            continue  # 'paid an additional $350 million' is not the headline's '$3.5 Billion'
        if holder_of(i) != holder_of(j) and not precise_slip(a, b, know.precise_digits):
            continue  # a co-defendant named late, 'Jones was sentenced to 27 months', and the headline's 72
        mi, mj = main_of(i), main_of(j)
        if mi and mj and not mi & mj and not precise_slip(a, b, know.precise_digits):
            continue  # '40 flights cancelled, affecting 3,000' and '120 delayed, affecting 9,000'
        if is_age(a) and is_age(b) and two_people(i, j) and not precise_slip(a, b, know.precise_digits):
            continue  # 'A 21-year-old was killed by her neighbour' and 'the 24-year-old neighbour'
        if term_of(i) or term_of(j):
            continue  # 'the 10-year Treasury note' and 'a one-year patch': a security's term
        if (supposed_of(i) or supposed_of(j)) and not precise_slip(a, b, know.precise_digits):
            # 'If I tell him not to call 56 witnesses, ...' and the two witnesses he reached; and two
            # suppositions ('if Cole proves a one-term governor', 'if ... a two-term governor'):
            # two cases a speaker weighs, not two values of one figure
            continue
        if bound_of(i) != bound_of(j) and not precise_slip(a, b, know.precise_digits):
            continue  # 'a tax on incomes over $1 million' and '$1 trillion in revenue': a bracket's edge
        if (
            (ci := care_of(i)) is not None
            and (cj := care_of(j)) is not None
            and ci != cj
            and not precise_slip(a, b, know.precise_digits)
        ):
            continue  # 'two remain in critical condition' and '183 were injured': people in two states
        if cases_of(i) != cases_of(j) and not precise_slip(a, b, know.precise_digits):
            continue  # 'the toll to 233 and confirmed cases to 5,005' and a toll of 11: cases, not deaths
        if world_of(i) != world_of(j) and not precise_slip(a, b, know.precise_digits):
            continue  # 'more than 4,700 have died worldwide' and one country's toll of 429
        if (
            a.sentence != b.sentence
            and nation_of(i) != nation_of(j)
            and not precise_slip(a, b, know.precise_digits)
        ):
            # 'winning 4 percent nationally' and a state's 0.5 percent threshold; in one sentence the
            # scope is shared ('1.1 million marched nationwide, while the union put it at 3.4 million')
            continue
        if ratio_of(i) != ratio_of(j) and not precise_slip(a, b, know.precise_digits):
            continue  # 'five veterans for every new hire' and a workforce of 5,000: a ratio's side
        if capacity_of(i) != capacity_of(j) and not precise_slip(a, b, know.precise_digits):
            continue  # 'a chapel that holds 290 people' and a cap of 10 people: a place's capacity
        if (
            a.kind == b.kind == "percent"
            and scores_apart(i, j)
            and not precise_slip(a, b, know.precise_digits)
        ):
            continue  # 'a 54%-42% lead among women' and 'with 45% backing him' among independents
        if (
            a.kind == b.kind == "percent"
            and bases_differ(base_of(i), base_of(j))
            and not precise_slip(a, b, know.precise_digits)
        ):
            continue  # '56% of Americans believe' and '65 percent of the victims': shares of two groups
        if (
            a.kind == b.kind == "percent"
            and bases_differ(holder_share_of(i), holder_share_of(j))
            and not precise_slip(a, b, know.precise_digits)
        ):
            continue  # 'puts the president at 54%' and 'Romney at 45%': shares of two holders
        if (
            a.kind == b.kind == "percent"
            and rank_of(i) is not None
            and rank_of(j) is not None
            and rank_of(i) != rank_of(j)
            and not precise_slip(a, b, know.precise_digits)
        ):
            continue  # 'was second with 6.5%' and 'was third with 5.6%': two places of a ranking
        if (
            a.kind == b.kind == "percent"
            and (base_of(i) or asked_of(i))
            and (base_of(j) or asked_of(j))
            and questions_differ(question_of(i), question_of(j), base_of(i) & base_of(j))
            and not precise_slip(a, b, know.precise_digits)
        ):
            continue  # '68% of Canadians trust doctors', '86% of Canadians expect waits'; '52% said'
        if (
            a.kind == b.kind == "percent"
            and a.sentence != b.sentence
            and rows_apart(partners_of(i), partners_of(j), point(a), point(b))
            and not ((listed_of(i) or listed_of(j)) and base_of(i) & base_of(j))
            and not precise_slip(a, b, know.precise_digits)
        ):
            # '81% of teachers, while 48% of parents' and '84% of nurses, but 41%': two tables; rows
            # of two lists ('and') only for shares of no common group: one group's share listed
            # again in other company ('36% of porters', '63% of porters') is still compared
            continue
        if model_of(i) and model_of(j) and not precise_slip(a, b, know.precise_digits):
            continue  # 'the 13-inch MacBook Pro' and 'the 15-inch MacBook Pro': two models of a line
        if (
            later_of(j)
            and not later_of(i)
            and not precise_slip(a, b, know.precise_digits)
            and likely_slip(a, b) is None
        ):
            continue  # 'seven bodies found' and, after it, 'Later, ... put the toll at 31': a later count
        if (
            others_of(i)
            and others_of(j)
            and a.sentence != b.sentence
            and not precise_slip(a, b, know.precise_digits)
            and likely_slip(a, b) is None
        ):
            continue  # 'six police killed and five others wounded'; 'two soldiers killed and three others'
        if fewer_rest(i, j) and not precise_slip(a, b, know.precise_digits) and likely_slip(a, b) is None:
            continue  # 'three other lawmakers' and 'threats against four lawmakers': the rest, fewer
        if part_named(i, j) and not precise_slip(a, b, know.precise_digits) and likely_slip(a, b) is None:
            continue  # 'two were flown out and the third walked down' and 'three climbers': a part of three
        if each_of(i) != each_of(j) and not precise_slip(a, b, know.precise_digits):
            continue  # 'the $1,200 checks' and a deal's '$1.2 billion': an amount each, no total
        if average_of(i) != average_of(j) and not precise_slip(a, b, know.precise_digits):
            continue  # 'on average a user will have 100 apps' and the 100,000 apps at the launch
        if part_of_total(i, b) or part_of_total(j, a):
            continue  # a part of a breakdown that adds up to the other: 1.6 of 4 + 1.6 + 0.5 = 6.1 lakh acres
        if (
            (ti := frame_of_time(i)) is not None
            and (tj := frame_of_time(j)) is not None
            and ti != tj
            and not precise_slip(a, b, know.precise_digits)
        ):
            continue  # 'in 1971 the share was 12%' and 'these days 21% do': a state then and one now
        if (
            a.event
            and b.event
            and (di := day_of(i)) is not None
            and (dj := day_of(j)) is not None
            and di != dj
            and not precise_slip(a, b, know.precise_digits)
            and likely_slip(a, b) is None
        ):
            continue  # 'the shelling on Tuesday killed 12' and '31 died in Friday's car bomb': two days
        if (
            earlier_of(i) != earlier_of(j)
            and not precise_slip(a, b, know.precise_digits)
            and likely_slip(a, b) is None
        ):
            continue  # 'the group says under 2km' and 'White had said within 10km': what was said before
        first.append(i)
        second.append(j)
        if known_same(a, b):  # 'Delgado, 39' and 'Delgado, 43': one person's age, not a likelihood
            probs.append(1.0)
            continue
        if lists is None:
            lists = list_sentences(claims)
        probs.append(judge.probability(pair_features(a, b, frame_of(a), frame_of(b), lists)))
    return claims, first, second, probs


def _different_sources(a: AnyClaim, b: AnyClaim, generic: set[str]) -> bool:
    """Two named, different sources ('officials said' names no one in particular)."""
    return _two_voices(normalise_source(named_source(a)), normalise_source(named_source(b)), generic)


@lru_cache(maxsize=64)
def _lowered(items: tuple[str, ...]) -> set[str]:
    """A word list of the pack in lower case, made once per list (not once per check); only read."""
    return {w.lower() for w in items}


def _own_results(a: AnyClaim, b: AnyClaim, text: str, cues: set[str], results: frozenset[str]) -> bool:
    """Do two voices each give their own results: a figure of money naming one of `results`
    (attribution.yaml own_results) by a cue of own_results_cues, neither sentence naming the other
    voice ("Zenco announced profits of $12.4bn", "rival Petrona reported a profit of $13.9bn"; not
    "the broker reported Zenco's profit of $13.9bn")?"""
    for c, other in ((a, b), (b, a)):
        if (c.source_cue or "").lower() not in cues or c.kind != "money" or not results & set(c.terms):
            return False
        name = (other.source or "").split()[-1:]
        if not name or re.search(r"\b" + re.escape(name[0]) + r"\b", sentence_around(c, text)):
            return False
    return True


# the words from a voice to its figure: the verb of saying (an auxiliary before it), a comma or
# "that", then the subject of the figure's clause ("said, she went ", "has said that he paid ")
_SPEAKER_THEN_SUBJECT = re.compile(r"[\s,]*(?:has |had |have )?[a-z]+[\s,]+(?:that\s+)?([a-z']+)\s")


def _of_oneself(c: AnyClaim, text: str, selves: set[str]) -> bool:
    """Does c's voice tell of its own case: its verb of saying, then a word of `selves`
    (attribution.yaml self_subjects) as the subject of c's clause ("Vale said, she waited 12 days";
    "He said he's waited eight days")? Read only where the voice stands before c in its sentence, and
    not for a count of an event ("she said she saw 80 people arrested": one arrest two voices count)."""
    if not selves or c.source_span is None or c.source_carried or c.event:
        return False
    end = c.source_span[1]
    if not 0 <= c.start - end <= 120:
        return False
    gap = text[end : c.start].lower().replace("\u2019", "'")
    if any(ch in gap for ch in '.?!\n"\u201c\u201d'):
        return False
    m = _SPEAKER_THEN_SUBJECT.match(gap)
    return m is not None and m.group(1) in selves


def _two_polls(
    a: AnyClaim,
    b: AnyClaim,
    polls: set[str],
    words: PollWords,
    text: str,
    sentences: dict[int, list[AnyClaim]],
) -> bool:
    """Are both figures polls' findings: does each named source hold a word of attribution.yaml
    `polls` ("a Quinnipiac University poll", "two live-operator polls"), or does a poll find the
    figure in its own clause (_poll_before)? Two polls' figures are each poll's own finding, not
    one figure."""
    return all(
        polls.intersection(re.findall(r"[a-z]+", (named_source(c) or "").lower()))
        or _poll_before(c, words, text, sentences)
        for c in (a, b)
    )


# a sentence ends at a full stop, question or exclamation mark, with any closing quotes or bracket
_SENTENCE_END = re.compile(r"[.?!][\"'’”)]*\s|\n")
# how far before a figure _poll_before looks for the poll that found it: a long sentence's clause
_POLL_REACH = 300


@dataclass(frozen=True)
class PollWords:
    """attribution.yaml's words for a poll's finding, read once per check: `poll_findings` (the
    poll), `poll_finding_verbs` (what it did: found, shows) and, from `poll_clause_openers`, where
    the figure's clause starts (after a semicolon, or a comma and an opener: "..., while the union
    says 61 percent")."""

    findings: frozenset[str]
    verbs: frozenset[str]
    clause_start: re.Pattern[str]


@lru_cache(maxsize=8)
def _poll_words(findings: tuple[str, ...], verbs: tuple[str, ...], openers: tuple[str, ...]) -> PollWords:
    alternatives = "|".join(re.escape(w) for w in sorted(openers, key=len, reverse=True))
    pattern = rf";|,\s+(?:{alternatives})\b" if openers else ";"
    return PollWords(
        frozenset(w.lower() for w in findings),
        frozenset(w.lower() for w in verbs),
        re.compile(pattern, re.IGNORECASE),
    )


def _poll_before(c: AnyClaim, words: PollWords, text: str, sentences: dict[int, list[AnyClaim]]) -> bool:
    """Does a word of `poll_findings` and after it a verb of `poll_finding_verbs` ("found",
    "shows") stand before c in its clause, after the last figure of the sentence whose voice is not
    c's ("An autumn survey by the Marlow Institute found that 48 percent"; not the campaign's 52% in
    "the poll gave her 45%, her campaign 52%", nor in "the poll is due in May, while her campaign says
    52%")? Read within _POLL_REACH characters before c."""
    if not words.findings or not text:
        return False
    lo = max(0, c.start - _POLL_REACH)
    for m in _SENTENCE_END.finditer(text, lo, c.start):
        lo = m.end()
    for m in words.clause_start.finditer(text, lo, c.start):
        lo = m.end()
    for o in sentences.get(c.sentence, ()):
        if lo <= o.end <= c.start and o is not c and named_source(o) != named_source(c):
            lo = o.end
    said = re.findall(r"[a-z]+", text[lo : c.start].lower())
    first = next((k for k, w in enumerate(said) if w in words.findings), None)
    return first is not None and not words.verbs.isdisjoint(said[first + 1 :])


def _asked_group(c: AnyClaim, words: tuple[set[str], tuple[str, ...], set[str]]) -> bool:
    """Is c's named voice a group of people a poll asked (attribution.yaml respondents): a word of
    `shares` or a mark of `share_marks` in it, or a noun of `groups` at its end ("Sixty percent",
    "one-in-five farmers", "Republican leaners")?"""
    voice = (named_source(c) or "").lower()
    if not voice:
        return False
    shares, marks, groups = words
    found = re.findall(r"[a-z]+", voice)
    return (
        bool(shares.intersection(found))
        or any(m in voice for m in marks)
        or (bool(found) and found[-1] in groups)
    )


def _answering(c: AnyClaim, text: str, answers: set[str]) -> bool:
    """Is c a share of those asked giving an answer: a word of `answers` (attribution.yaml
    respondents.answers) right after it ("35% said the fare kept them away")?"""
    return word_after(c, text) in answers


def _speaks_for(
    a: AnyClaim, b: AnyClaim, text: str, spokes: tuple[str, ...], seen: dict[tuple[str, str], bool]
) -> bool:
    """Does a's voice, a person, speak for b's, an organisation: the text names the person with one
    of `spokes` (attribution.yaml speaks_for) and words holding b's voice ("Ann Cole, FSA
    spokeswoman", "FSA spokeswoman Ann Cole")? `seen` keeps the answers for one document."""
    person, org = named_source(a), normalise_source(named_source(b))
    if not person or not org or not spokes:
        return False
    surname = person.split()[-1]
    if not surname[:1].isupper() or len(surname) < 2:
        return False
    if (surname, org) not in seen:
        seen[surname, org] = _named_as_speaking_for(text, surname, org, spokes)
    return seen[surname, org]


def _named_as_speaking_for(text: str, surname: str, org: str, spokes: tuple[str, ...]) -> bool:
    """_speaks_for's reading of the text for one person and organisation: the two patterns are
    tried only around each word of `spokes` the text holds (a window of 160 characters either
    side, cut at a space), not along the whole text."""
    role = "|".join(re.escape(w) for w in spokes)
    name = re.escape(surname)
    after = re.compile(rf"\b{name},\s+(?:an?\s+|the\s+)?((?:[\w&.'’-]+\s+){{1,5}}?)(?:{role})\b")
    before = re.compile(rf"\b((?:[\w&.'’-]+\s+){{1,5}}?)(?:{role})\s+(?:[A-Z][\w'’-]*\s+){{0,2}}{name}\b")
    want = set(org.split())
    for hit in re.finditer(role, text):
        lo, hi = max(0, hit.start() - 160), hit.end() + 160
        if lo > 0:
            space = text.find(" ", lo, hit.start())
            lo = space + 1 if space >= 0 else hit.start()
        window = text[lo:hi]
        if surname not in window:
            continue  # both patterns write the name as it is: neither can match here
        for pattern in (after, before):
            for m in pattern.finditer(window):
                if want <= set(m.group(1).lower().split()):
                    return True
    return False


@lru_cache(maxsize=8)
def _stems(items: tuple[str, ...]) -> frozenset[str]:
    """The stems of a word list of the pack, as a claim's terms hold them; made once per list."""
    return frozenset(stem(w.lower()) for w in items)


def _two_voices(sa: str | None, sb: str | None, generic: set[str]) -> bool:
    """_different_sources on the two sources already normalised."""
    if sa is None or sb is None or sa == sb or sa in sb or sb in sa:
        return False
    if _abbreviates(sa, sb) or _abbreviates(sb, sa):
        return False
    return not (_is_generic(sa, generic) or _is_generic(sb, generic))


def _abbreviates(short: str, long: str) -> bool:
    """Is `short` the initials of `long` ("nwsa", "national water and sewerage authority"):
    one organisation, named in full and by its abbreviation?"""
    words = [w for w in long.split() if w not in {"and", "of", "the", "for", "on", "de", "&"}]
    return " " not in short and len(short) >= 2 and len(words) >= 2 and "".join(w[0] for w in words) == short


def named_source(c: AnyClaim) -> str | None:
    """The figure's source when it is named in its own sentence or quotation; a source carried
    from earlier sentences does not make two figures two voices (counting them raised article
    false alarms: each of two defendants' amounts credited to the defendant a paragraph names).
    Nor is a source whose words hold the figure itself ('14 witnesses testified', 'the testimony
    of 10 victims'): the figure counts the speakers, it is not a figure they give."""
    if c.source_carried:
        return None
    if c.source_span is not None and c.source_span[0] <= c.start < c.source_span[1]:
        return None
    return c.source


def _is_generic(s: str, generic: set[str]) -> bool:
    words = s.split()
    return s in generic or (bool(words) and words[-1] in generic and not any(w[:1].isupper() for w in words))


def _bound(c: AnyClaim) -> bool:
    """'more than 50', 'up to 40,000', 'at least 20': a bound, not an estimate."""
    return c.low_open or c.high_open or c.low is None or c.high is None


def _message(kind: str, a: AnyClaim, b: AnyClaim) -> str:
    r = ratio(a, b)
    rtext = f"; ratio {r:.2f}" if r is not None else ""
    return f"{kind}: {describe(a)} vs {describe(b)}{rtext}"


MAX_PER_CLAIM = 3  # more findings about one figure tell an editor nothing new


def _room(seen: dict[str, int], a: AnyClaim, b: AnyClaim) -> bool:
    """Count a finding against both claims, unless one already has MAX_PER_CLAIM of this rule."""
    if seen.get(a.id, 0) >= MAX_PER_CLAIM or seen.get(b.id, 0) >= MAX_PER_CLAIM:
        return False
    seen[a.id] = seen.get(a.id, 0) + 1
    seen[b.id] = seen.get(b.id, 0) + 1
    return True


def _stated(c: AnyClaim, floors: set[str]) -> tuple[float, float]:
    """What a figure's words claim for certain: 'more than 30' (a floor, `above` in hedges.yaml)
    claims (30, inf); the ceiling its granularity implies (30-40) is a reading, not a claim."""
    lo, hi = interval(c)
    return (lo, math.inf) if c.hedge in floors else (lo, hi)


def _rounds(x: AnyClaim, y: AnyClaim) -> bool:
    """x is y rounded: x is a plain figure and y's value lies within what x's last digit claims
    ('$3.7 million' for '$3,718,770'). 'About 11,000' against 'some 10,000' is two estimates."""
    p = point(y)
    lo, hi = interval(x)
    return x.hedge is None and p is not None and lo <= p <= hi


def _approximates(x: AnyClaim, y: AnyClaim, approx: set[str]) -> bool:
    """x is a loose estimate of y: x is hedged as an approximation ('something like 17,000'), y is
    a plain figure at least ten times as precise ('17,761') and lies inside what x claims. Two
    round figures ('about 11,000' and '10,000') stay two estimates."""
    p = point(y)
    if x.hedge not in approx or y.hedge is not None or p is None:
        return False
    lo, hi = interval(x)
    ylo, yhi = interval(y)
    return lo <= p <= hi and 10 * (yhi - ylo) <= hi - lo


_OR = re.compile(r"\s+or\s+")


def _alternatives(claims: list[AnyClaim], text: str) -> dict[str, tuple[float, float]]:
    """The figures written as alternatives, 'N or M' in figures ('the 10 or 12 biggest issues';
    spelled out, 'four or five' is read as one range): each claim id with the span of both, the
    figure a voice gives."""
    out: dict[str, tuple[float, float]] = {}
    ordered = sorted(claims, key=lambda c: c.start)
    for x, y in zip(ordered, ordered[1:], strict=False):
        if y.start - x.end > 6 or point(x) is None or point(y) is None:
            continue
        if _OR.fullmatch(text, x.end, y.start):
            (xl, xh), (yl, yh) = interval(x), interval(y)
            both = (min(xl, yl), max(xh, yh))
            for c in (x, y):
                lo, hi = out.get(c.id, both)
                out[c.id] = (min(lo, both[0]), max(hi, both[1]))
    return out


def _overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


def _discrepancy(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    tol = ctx.config.pack.tolerances.agreement.relative
    floors = {h.name for h in ctx.config.pack.hedges.hedges if h.kind == "above"}
    approx = {h.name for h in ctx.config.pack.hedges.hedges if h.kind == "approx"}
    generic = _lowered(tuple(ctx.config.pack.attribution.generic))
    oneself = _lowered(tuple(ctx.config.pack.attribution.about_oneself))
    selves = _lowered(tuple(ctx.config.pack.attribution.self_subjects))
    results_cues = _lowered(tuple(ctx.config.pack.attribution.own_results_cues))
    results = _stems(tuple(ctx.config.pack.attribution.own_results))
    spokes = tuple(ctx.config.pack.attribution.speaks_for)
    polls = _lowered(tuple(ctx.config.pack.attribution.polls))
    poll_findings = _poll_words(
        tuple(ctx.config.pack.attribution.poll_findings),
        tuple(ctx.config.pack.attribution.poll_finding_verbs),
        tuple(ctx.config.pack.attribution.poll_clause_openers),
    )
    asked = ctx.config.pack.attribution.respondents
    asked_words = (_lowered(tuple(asked.shares)), tuple(asked.share_marks), _lowered(tuple(asked.groups)))
    answers = _lowered(tuple(asked.answers))
    cut = knowledge(ctx.config.pack).cut_digits
    bullets = tuple(ctx.config.pack.measures.list_items.bullets)
    far = float(ctx.config.rule("NC201").params.get("max_factor", 0.0))
    seen: dict[str, int] = {}
    for doc in ctx.drafts():
        items = list_items(doc.text, bullets)
        roles = tuple(r for r in spokes if r in doc.text)  # _speaks_for's words, if the text has any
        spoken: dict[tuple[str, str], bool] = {}
        alternatives: dict[str, tuple[float, float]] | None = None  # at the first pair that asks
        sentences: dict[int, list[AnyClaim]] | None = None  # at the first pair that asks
        for a, b, p in linked_pairs(ctx, doc.id):
            # two voices on one measurand: the words they share say so (link.same_measurand)
            if not _different_sources(a, b, generic) or not same_measurand(a, b):
                continue
            if sentences is None:
                sentences = ctx.by_sentence(doc.id)
            if _restated_beside(a, b, sentences, tol) or _restated_beside(b, a, sentences, tol):
                continue  # '91% support it' and 'by a margin of 91% to 8%': 8% is the other side
            if (a.source_cue or "").lower() in oneself and (b.source_cue or "").lower() in oneself:
                continue  # two defendants, each admitting to their own case
            if _of_oneself(a, doc.text, selves) and _of_oneself(b, doc.text, selves):
                continue  # "Vale said she waited 12 days", "he said he waited eight": two cases
            if _own_results(a, b, doc.text, results_cues, results):
                continue  # two companies, each reporting its own profits
            if _two_polls(a, b, polls, poll_findings, doc.text, sentences):
                continue  # two polls, each with its own finding
            if a.kind == b.kind == "percent" and (
                _asked_group(a, asked_words)
                or _asked_group(b, asked_words)
                or _answering(a, doc.text, answers)
                or _answering(b, doc.text, answers)
            ):
                continue  # 'Seventy percent said they would wait': a group answering for itself
            if _list_siblings(a, b, items, doc.text):
                continue  # two entries of one bulleted list
            if _far_apart(a, b, far):
                continue  # 'at least 130 killed' and 'four soldiers': two things, not two estimates
            if _speaks_for(a, b, doc.text, roles, spoken) or _speaks_for(b, a, doc.text, roles, spoken):
                continue  # "Ann Cole, FSA spokeswoman" and "the FSA": one voice
            pa, pb = point(a), point(b)
            # two estimates differ when their points do ('about 11,000' / 'some 10,000'); bounds
            # differ only when they cannot both hold ('more than $38m' / 'more than $38.5m' can,
            # and so can 'more than 30' / '42': a floor's implied ceiling is no claim of a voice)
            estimates = not (_bound(a) or _bound(b))
            if estimates:
                differ = not agree(a, b, tol) or (
                    pa is not None
                    and pb is not None
                    and pa != pb
                    and not _rounds(a, b)
                    and not _rounds(b, a)
                    and not cut_short(a, b, cut)
                    and not cut_short(b, a, cut)
                    and not _approximates(a, b, approx)  # 'something like 17,000' for '17,761'
                    and not _approximates(b, a, approx)
                )
            else:
                differ = not _overlap(_stated(a, floors), _stated(b, floors))
            if differ:
                if alternatives is None:
                    alternatives = _alternatives(ctx.by_doc(doc.id), doc.text)
                if (a.id in alternatives or b.id in alternatives) and _overlap(
                    alternatives.get(a.id, _stated(a, floors)), alternatives.get(b.id, _stated(b, floors))
                ):
                    differ = False  # 'the 10 or 12 biggest issues' and '12': one voice's two alternatives
            if differ and _room(seen, a, b):
                yield rule.finding(_message("sources differ", a, b), [a, b], ratio=ratio(a, b), confidence=p)


def _far_apart(a: AnyClaim, b: AnyClaim, far: float) -> bool:
    """Are two voices' values more than `far` times apart (NC201 max_factor; 0: never) with no slip
    that turns one into the other? Two estimates of one thing disagree within an order of
    magnitude; figures further apart measure two things (one incident and all of them, a day and a
    year), unless a scale word or zeros were slipped ('$1.2 million' for '$1.2 billion')."""
    if far <= 0:
        return False
    r = ratio(a, b)
    return r is not None and r * far < 1 and likely_slip(a, b) is None


ListItems = tuple[list[int], list[tuple[int, int] | None]]


def list_items(text: str, bullets: tuple[str, ...]) -> ListItems:
    """The lines of a text that hold words, by where they start, each with (list, item) when it is
    an item of a bulleted list (measures.yaml 'list_items': a line opened by a bullet and a space)
    or None: a list runs on while only blank lines and other items come between its items."""
    starts: list[int] = []
    items: list[tuple[int, int] | None] = []
    if not bullets or not any(b in text for b in bullets):
        return starts, items
    run, in_list, pos = 0, False, 0
    for line in text.split("\n"):
        body = line.lstrip()
        if body:
            bullet = any(body.startswith(b) and body[len(b) : len(b) + 1] in (" ", "\t") for b in bullets)
            if bullet and not in_list:
                run += 1
            in_list = bullet
            starts.append(pos)
            items.append((run, pos) if bullet else None)
        pos += len(line) + 1
    return starts, items


def _list_siblings(a: AnyClaim, b: AnyClaim, items: ListItems, text: str) -> bool:
    """Do a and b stand in two items of one bulleted list (list_items)? Two entries of a list
    ("* Just 42% are confident in the plan", "* And 24% are confident in Congress"). So are two
    figures each opening its own item, wherever the items stand ("• 0.5 percent gets a ballot line
    in Ohio", prose, then "• 5 percent gets one in Texas"): rows of one series keyed by the figure."""
    starts, where = items
    if not starts:
        return False
    ia = where[max(0, bisect_right(starts, a.start) - 1)]
    ib = where[max(0, bisect_right(starts, b.start) - 1)]
    if ia is None or ib is None or ia[1] == ib[1]:
        return False
    return ia[0] == ib[0] or (_opens_item(a, ia[1], text) and _opens_item(b, ib[1], text))


def _opens_item(c: AnyClaim, line: int, text: str) -> bool:
    """Is c the first thing its item says: only the bullet and spaces between the line's start and c?"""
    return len(text[line : c.start].strip()) <= 1


def _one_sentence(a: AnyClaim, b: AnyClaim) -> bool:
    """One voice never restates a figure with another value inside one sentence: two figures of a
    kind there are two things side by side (a poll's two sides, '45% for, 55% against'; a level and
    its target, 'in 23 cities now, in 32 next year'; a list of moves; counts of different things).
    Two voices in one sentence can still differ (NC201)."""
    return a.sentence == b.sentence


def _restated_beside(a: AnyClaim, b: AnyClaim, sentences: dict[int, list[AnyClaim]], tol: float) -> bool:
    """a's value stands beside b in b's own sentence ('$18 million in controls' in the headline;
    '... projects of more than $180,000, and $18 million on new controls' in the body): b is the
    other thing of that sentence, not a slip for a (two figures of one sentence are two things)."""
    key = kind_key(a)
    return any(
        c is not b and c.start != a.start and kind_key(c) == key and agree(a, c, tol)
        for c in sentences.get(b.sentence, ())
    )


def _differ_by_a_figure(
    a: AnyClaim, b: AnyClaim, sentences: dict[int, list[AnyClaim]], same: dict[tuple[object, ...], set[int]]
) -> bool:
    """a and b differ by a figure of their kind in or beside the sentence of either one or of a
    restatement of either: a total and its part ('$1.375 million' in the headline; 'a $50,000
    penalty', then '$1.325 million for tenants', and 'the $1.325 million' again later)."""
    pa, pb = point(a), point(b)
    if pa is None or pb is None:
        return False
    key = kind_key(a)
    gap = abs(pa - pb)
    given = {a.sentence, b.sentence} | same.get((key, pa), set()) | same.get((key, pb), set())
    where = {s + d for s in given for d in (-1, 0, 1)}  # and the sentences either side
    for c in (x for s in where for x in sentences.get(s, ())):
        if c is a or c is b or kind_key(c) != key or agree(c, a) or agree(c, b):
            continue  # not a restatement of either (a part tiny beside its total is its total)
        lo, hi = interval(c)
        if lo <= gap <= hi:
            return True
    return False


def _inconsistency(ctx: CheckContext, rule: Rule) -> Iterable[Finding]:
    tol = ctx.config.pack.tolerances.agreement.relative
    info_floor = ctx.config.pack.judgement.info_floor
    generic = _lowered(tuple(ctx.config.pack.attribution.generic))
    params = ctx.config.rule("NC301").params
    near = float(params.get("near_ratio", 1.25))
    powers = [int(k) for k in params.get("powers_of_ten", [1, 2, 3, 6])]
    cut = knowledge(ctx.config.pack).cut_digits
    seen: dict[str, int] = {}
    bullets = tuple(ctx.config.pack.measures.list_items.bullets)
    for doc in ctx.drafts():
        items = list_items(doc.text, bullets)
        sentences: dict[int, list[AnyClaim]] = {}
        same: dict[tuple[object, ...], set[int]] = {}  # (kind, value) -> the sentences giving it
        for c in ctx.by_doc(doc.id):
            sentences.setdefault(c.sentence, []).append(c)
            if (pc := point(c)) is not None:
                same.setdefault((kind_key(c), pc), set()).add(c.sentence)
        for a, b, p in linked_pairs(ctx, doc.id):
            if (
                p < info_floor
                or _one_sentence(a, b)
                or _different_sources(a, b, generic)
                or agree(a, b, tol)
                or cut_short(a, b, cut)  # a headline's '$2.79 Million' for '$2,799,462'
                or cut_short(b, a, cut)
                or not could_slip(a, b, near, powers)
                or _restated_beside(a, b, sentences, tol)
                or _restated_beside(b, a, sentences, tol)
                or _differ_by_a_figure(a, b, sentences, same)
                or _list_siblings(a, b, items, doc.text)  # two entries of one bulleted list
                or not _room(seen, a, b)
            ):
                continue
            slip = likely_slip(a, b)
            msg = _message("the same figure is given two values", a, b) + (
                f" — likely {slip}" if slip else ""
            )
            yield rule.finding(msg, [b, a], slip=slip, ratio=ratio(a, b), confidence=p)


SOURCE_DISCREPANCY = Rule(
    code="NC201",
    name="source-discrepancy",
    category=Category.source_discrepancy,
    severity=Severity.warning,
    summary="Differently attributed sources in one document give different values for the same measurand.",
    why="Readers see two figures for one thing; the copy should say that sources disagree, or pick one.",
    example="'about 11,000 North Korean soldiers' (Zelenskyy) vs 'some 10,000 North Korean troops' "
    "(the Pentagon).",
    run=_discrepancy,
)

INTERNAL_INCONSISTENCY = Rule(
    code="NC301",
    name="internal-inconsistency",
    category=Category.internal_inconsistency,
    severity=Severity.error,
    summary="One document gives the same measurand two values with no difference of source.",
    why="A headline that says 179 and a body that says 197 cannot both be right.",
    example="'killing 179 of the 181 people on board' ... 'Relatives of the 197 victims'.",
    run=_inconsistency,
)

RULES = [SOURCE_DISCREPANCY, INTERNAL_INCONSISTENCY]
