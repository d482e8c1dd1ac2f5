"""Comparisons and rankings: 'twice as many', 'ahead of', 'more than', a place in a standing."""

from __future__ import annotations

import re

from numcheck.extraction.plurals import singular_noun
from numcheck.extraction.units import PERIODS, rate_parts
from numcheck.link import score_side
from numcheck.models import AnyClaim
from numcheck.relations.figures import _counts_noun, _usable, compatible
from numcheck.relations.model import Comparison, PerHead, Share
from numcheck.relations.phrases import (
    BRACKETS,
    COMPARE_CLAUSE,
    COMPARE_WORDS,
    DASHES,
    HARD_STOPS,
    ONLY_OPENED_WORDS,
    QUOTES,
    _ends_with,
    _find,
    _phrase_at,
    words,
)

# what may stand between a head-to-head's shares and the margin beside them (read_score_margin)
MARGIN_GAP = frozenset({",", "(", ")", "a", "—", "–", ":", "-", "point", "points"})

# at most this many words between a cue opening a sentence ('That is higher than') and the figure it
# compares, or between two figures it compares joined by 'or', stops and commas not counted
# (read_that_compared)
THAT_WORDS = 12


def _wordcount(ws: list[str]) -> int:
    """The words of ws, not its stops and commas ('in the U.S.,' is four words)."""
    return sum(1 for w in ws if w[:1].isalnum())


class ComparisonsReader:
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
            if len(ws) > 1 and ws[-1] in self.clause_joins:
                continue  # "18% are behind Ruiz and 14% are behind Lee": b opens a clause of its own
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

    def _other_side(self, ws: list[str], b: AnyClaim) -> tuple[list[str], int]:
        """The words between two figures compared, without what sets the second apart as the other
        side, and how many words may name that side after the cue: a bracket round the second
        figure ("lower than at noon in 2019 (48 percent)"), or a clause that restates the other
        side (rules/relations.yaml comparison.other_side: "lower than what the old owners charged,
        which was only 9 percent"), which may run to COMPARE_CLAUSE words."""
        if ws[-1:] == ["("] and self.text[b.end : b.end + 1] == ")":
            return ws[:-1], COMPARE_WORDS
        for i in range(len(ws) - 1, max(0, len(ws) - 6), -1):
            h = _phrase_at(ws, self.other_side, i)
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
            more = _phrase_at(g2, self.diff_more)
            less = None if more else _phrase_at(g2, self.diff_less)
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
            if a is None or (a.id, b.id) in known or self._moved_between(a, b):
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

    def read_behind_clause(self) -> None:
        """'won 38% of the seats, the second highest share, behind the 41% of 2015': a figure, a
        clause naming its place in a standing, then after a comma or dash "behind" (rules/relations.yaml
        comparison.behind_clause) and the figure of the one ahead: the first figure is the smaller.
        The place is named by an ordinal past the first between the first figure and the comma,
        no word of behind_clause_reversed in the sentence ("the second lowest"), no span of time."""
        if not self._in_text(self.behind_clause.by_last):
            return
        known = {(c.first.id, c.second.id) for c in self.out.comparisons}
        cs = self.real
        for k in range(len(cs) - 1):
            a, b = cs[k], cs[k + 1]
            if a.sentence != b.sentence or not (_usable(a) and _usable(b)) or None in (a.value, b.value):
                continue
            ws = self.gap(a, b)
            at = next(
                (
                    (i, h)
                    for i in range(len(ws) - 1, 0, -1)
                    if ws[i - 1] == "," or ws[i - 1] in DASHES
                    for h in self.behind_clause
                    if tuple(ws[i : i + len(h)]) == h
                ),
                None,
            )
            if at is None:
                continue
            i, cue = at
            head, tail = ws[: i - 1], self.strip_hedge(ws[i + len(cue) :])
            while tail and tail[0] in self.compare_before:
                tail = tail[1:]  # "behind only", "just behind"
            named = tail[:-1]
            if tail not in ([], ["the"]) and not (
                tail[-1:] and tail[-1] in self.ranked_with and 0 < len(named) <= COMPARE_WORDS
            ):
                continue  # "behind the 41%", "behind the capital with 76%"
            if {",", "and", "or"} & set(named) or (HARD_STOPS | BRACKETS) & set(ws) or _wordcount(head) > 16:
                continue
            if not any(self._ordinal(w) >= 2 for w in head):
                continue  # no place below the first named: "behind" may be backing or a delay
            sentence = {*self.before(a, 16), *ws, *self.after(b, 12)}
            if self.behind_clause_reversed & sentence:
                continue  # "the second lowest rate, behind ...": the smaller leads
            if self._a_change(a) or self._a_change(b) or not compatible(a, b, self.people):
                continue
            if a.counts and b.counts and a.counts != b.counts:
                continue
            if any(rate_parts(c.unit)[0] in PERIODS for c in (a, b)):
                continue  # "third in 48.1 seconds, behind the winner with 47.9": the faster ahead
            if a.kind == b.kind == "quantity" and a.unit != b.unit:
                continue
            if (a.id, b.id) in known or (b.id, a.id) in known:
                continue
            known.add((a.id, b.id))
            self.out.comparisons.append(Comparison(a, b, " ".join(cue), False))
            # "behind the capital with 76% and the coast with 74%": each one named ahead
            for c in cs[k + 2 :]:
                g = self.strip_hedge(self.gap(b, c))
                if c.sentence != a.sentence or g[:1] != ["and"] and g[:1] != [","]:
                    break
                g = g[2:] if g[:2] == [",", "and"] else g[1:]
                if not (g[-1:] and g[-1] in self.ranked_with and 0 < len(g) - 1 <= COMPARE_WORDS):
                    break
                if {",", "and", "or"} & set(g) or (HARD_STOPS | BRACKETS) & set(g):
                    break
                if not (_usable(c) and c.value is not None) or self._a_change(c):
                    break
                if not compatible(a, c, self.people):
                    break
                if c.kind != b.kind or c.unit != b.unit or (a.id, c.id) in known:
                    break
                known.add((a.id, c.id))
                self.out.comparisons.append(Comparison(a, c, " ".join(cue), False))
                b = c

    def _ranked_measure(self, a: AnyClaim, b: AnyClaim) -> tuple[AnyClaim, AnyClaim]:
        """'led at $217 million or $360 per head, followed by B at $459 million or $346 per head':
        each figure given also in another measure ('or' and a figure of one unit for both); the
        standing may be by either, so by the one in which a is ahead, if any."""
        alt_a, alt_b = self._or_figure(a), self._or_figure(b)
        if alt_a is None or alt_b is None or alt_a.unit != alt_b.unit or alt_a.kind != alt_b.kind:
            return a, b
        if (a.value or 0) < (b.value or 0) and (alt_a.value or 0) >= (alt_b.value or 0):
            return alt_a, alt_b
        return a, b

    def _or_figure(self, c: AnyClaim) -> AnyClaim | None:
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
        if not self._in_text(self.only.by_last):
            return  # no cue's last word anywhere ("only", "mere"): no figure comes after one
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
            than = wa.index("than") if a.hedge is None and "than" in wa else 0
            if than and any(tuple(wa[than - 1 : than + 1]) == h[:2] for h in self.ahead):
                # "taxed higher than the 5% levy, but it is only 8%": the order is stated of a (not
                # "lower than the $1,500 ..., but only $1,700", which says the same as "only")
                continue
            if any(_ends_with(wa[: len(wa) - i], self.only) for i in range(3)):
                continue  # "only 42% trust him, but only 46% trust her": both small, no order
            if self.only_gap_after & (set(self.after(a, 2)) | set(self.after(b, 2))):
                continue  # "three points off third but only six points above the last": gaps, not levels
            if _ends_with(self.strip_hedge(self.before(a, 3)), self.only_increments):
                continue  # "and another 24% want it doubled; only 41% oppose it": against both together
            self.out.comparisons.append(Comparison(a, b, "more than", True))

    def read_compared_only(self) -> None:
        """'61% of tenants backed it, compared with just 23% of owners'; 'only 900 seats compared to
        the 4,000 of the old hall': two figures of one kind in a sentence joined by a cue of
        rules/relations.yaml comparison.compared_only, one of comparison.contrast_only right before
        the second (or before the first, only "the" then coming between the cue and the second): the
        figure so marked is the smaller. Each figure a change or neither ("grew 6.1%, compared
        with just 2.4% growth"); no stop and at most 14 words between the first and the cue."""
        if not self._in_text(("compared",)):
            return
        known = {(c.first.id, c.second.id) for c in self.out.comparisons}
        cs = self.real
        for k in range(1, len(cs)):
            a, b = cs[k - 1], cs[k]
            if a.sentence != b.sentence or not (_usable(a) and _usable(b)):
                continue
            if a.value is None or b.value is None or not compatible(a, b, self.people):
                continue
            g = self.gap(a, b)
            at = _find(g, self.compared_only)
            if at is None or at[0] > 14 or HARD_STOPS & set(g) or BRACKETS & set(g):
                continue
            rest = self.strip_hedge(g[at[0] + len(at[1]) :])
            if rest[:1] == ["the"]:
                rest = rest[1:]
            marked_b = bool(rest) and _ends_with(rest, self.contrast_only) == tuple(rest)
            wa = self.strip_hedge(self.before(a, 3))
            small_a = _ends_with(wa, self.contrast_only) is not None
            marked_a = small_a and not rest
            if marked_a == marked_b or (marked_b and small_a):
                continue  # no order stated, or both marked small
            if self._a_change(a) != self._a_change(b):
                continue  # "fell 5%, compared with just 40% a year ago": a move against a level
            p = cs[k - 2] if k > 1 else None
            if p is not None and p.sentence == a.sentence and tuple(self.gap(p, a)) in self.of_whole:
                continue  # "40 of the 120 nurses, compared with just 14 of the 310 doctors": a is a whole
            larger, smaller = (a, b) if marked_b else (b, a)
            if (larger.id, smaller.id) in known:
                continue
            known.add((larger.id, smaller.id))
            self.out.comparisons.append(Comparison(larger, smaller, "more than", True))

    def read_contrast_only(self) -> None:
        """'Its sales rose 18 percent. By comparison, the market grew by just 2 percent': the first
        figure of a sentence opened by a contrast and a comma (rules/relations.yaml
        comparison.contrast_opens), a word of comparison.contrast_only right before it, is smaller
        than the one figure of the same thing in the sentence before (none when there are two)."""
        known = {(c.first.id, c.second.id) for c in self.out.comparisons}
        for k, b in enumerate(self.real):
            if k == 0 or not _usable(b) or b.value is None or self.real[k - 1].sentence == b.sentence:
                continue  # (b is the first figure of its sentence)
            head = [w for w in self.sentence_head(b) if w not in QUOTES]
            opened = any(
                tuple(head[: len(p)]) == p and head[len(p) : len(p) + 1] == [","] for p in self.contrast_opens
            )
            cue = _ends_with(head, self.contrast_only) if opened else None
            if cue is None:
                continue
            # "grew by just 1 percent": the amount of a change, the cue read past
            lead = head[: len(head) - len(cue)][-1:]
            changing = bool(lead) and (
                lead[0] in self.up or lead[0] in self.down or lead[0] in {"from", "by"}
            )
            if self.only_gap_after & set(self.after(b, 2)):
                continue  # "just six points above the bottom": a gap, not a level
            before = [a for a in self.real[:k] if a.sentence == b.sentence - 1 and self._alike(a, b)]
            if len(before) != 1 or (before[0].id, b.id) in known or not self._contrasted(before[0], changing):
                continue  # ("rose 5 points to 61%", "61%, up from 55%": two of the thing, no order read)
            self.out.comparisons.append(Comparison(before[0], b, "more than", True))

    def read_that_compared(self) -> None:
        """'The death rate rose to 16 per 100,000. That is higher than the rate for drownings, 9 per
        100,000, or for falls, 7 per 100,000': a sentence opened by 'That is' (rules/relations.yaml
        comparison.that_opens, copula) and a cue of comparison.ahead or .behind sets the last figure
        of the same thing in the sentence before against its first figure, at most THAT_WORDS words
        after the cue, and against each figure of the same thing joined to that one by a word of
        comparison.that_joins."""
        known = {(c.first.id, c.second.id) for c in self.out.comparisons}
        for k, b in enumerate(self.real):
            if k == 0 or not _usable(b) or b.value is None or self.real[k - 1].sentence == b.sentence:
                continue  # (b is the first figure of its sentence)
            found = self._that_cue([w for w in self.sentence_head(b) if w not in QUOTES])
            if found is None or self._a_change(b) or self._multiple(b):
                continue
            cue, larger = found
            before = [
                a
                for a in self.real[:k]
                if a.sentence == b.sentence - 1 and self._alike(a, b) and self.before(a, 1) != ["per"]
            ]
            if not before or self._a_change(before[-1]):
                continue
            a = before[-1]
            members, last = [b], b
            for c in self.real[k + 1 :]:
                if c.sentence != b.sentence:
                    break
                if not self._alike(c, b) or self._a_change(c) or self.before(c, 1) == ["per"]:
                    last = c  # (a figure of something else between: "deaths per 100,000")
                    continue
                gap, whole = self.words_in(last.end, c.start), self.words_in(members[-1].end, c.start)
                if _wordcount(gap) > THAT_WORDS or not self.that_joins & set(gap):
                    break
                if (self.up | self.down) & set(whole):
                    break  # "..., or the rate of falls, 7": a change word between, no list
                members.append(c)
                last = c
            for c in members:
                if (a.id, c.id) not in known:
                    self.out.comparisons.append(Comparison(a, c, " ".join(cue), larger))

    def _that_cue(self, head: list[str]) -> tuple[tuple[str, ...], bool] | None:
        """(the cue, whether the figure before is the larger) of a sentence's words before its first
        figure, when they open 'That is higher than ...' (see read_that_compared)."""
        opener = _phrase_at(head, self.that_opens)  # (the longest: the phrases are longest first)
        if opener is None:
            return None
        rest = head[len(opener) :]
        if not opener[-1].endswith("'s"):
            if not rest or rest[0] not in self.copula:
                return None
            rest = rest[1:]
        while rest and rest[0] in self.compare_before and rest[0] not in {"more", "than"}:
            rest = rest[1:]
        for cues, larger in ((self.ahead, True), (self.behind, False)):
            cue = next((h for h in cues if tuple(rest[: len(h)]) == h), None)
            if cue is not None:
                side = rest[len(cue) :]
                if (HARD_STOPS - {"."}) & set(side):
                    return None  # "That's lower than the survey found: its score was 48%"
                return (cue, larger) if _wordcount(side) <= THAT_WORDS else None
        return None

    def _alike(self, a: AnyClaim, b: AnyClaim) -> bool:
        """Is a a figure of the same thing as b (one kind, unit, noun), a level or a change?"""
        if not _usable(a) or a.value is None or a.hedge == "vague" or not compatible(a, b, self.people):
            return False
        if a.kind == b.kind == "quantity" and a.unit != b.unit:
            return False
        return not self._multiple(a) and (a.kind not in {"count", "number"} or self._same_thing(a, b))

    def _contrasted(self, a: AnyClaim, changing: bool) -> bool:
        """Is a a level (or a change, as the other figure is), stated without a bound of its own
        and with no smallness cue before it?"""
        if self._a_change(a) != changing:
            return False
        lead = self.strip_hedge(self.before(a, 4))
        if self._a_whole_or_amount(lead) or _ends_with(self.before(a, 3), self.contrast_only):
            return False
        if self.after(a, 1) and self.after(a, 1)[0] in self.difference_words:
            return False  # "five more": a difference
        return not self.only_gap_after & set(self.after(a, 2))

    def read_score_margin(self) -> None:
        """'leads by 12 points, 53-41 percent'; 'a 5-point edge (46-41%)'; '48% to 44%, a four-point
        lead': a head-to-head's two shares (link.score_side) and the margin in points written next to
        them, the first share less the second (rules/relations.yaml comparison.margin_words,
        margin_changes)."""
        if not self._in_text(self.margin_words):
            return  # no margin word anywhere: no pair of shares is worth a score test
        cs = self.real
        for k in range(len(cs) - 1):
            a, b = cs[k], cs[k + 1]
            if a.sentence != b.sentence or a.kind != "percent" or b.kind != "percent":
                continue
            if not (_usable(a) and _usable(b)) or a.value is None or b.value is None:
                continue
            if score_side(a, self.text, self.know) != b.value:
                continue
            for d, gap in (
                (cs[k - 1], self.gap(cs[k - 1], a)) if k > 0 else (None, []),
                (cs[k + 2], self.gap(b, cs[k + 2])) if k + 2 < len(cs) else (None, []),
            ):
                if d is None or d.sentence != a.sentence or not self._points(d) or len(gap) > 4:
                    continue
                if not set(gap) <= MARGIN_GAP | self.margin_words:
                    continue  # "by 12 points among men, 53-41": punctuation, "a" and a margin word only
                if self._a_margin(d):
                    larger = a.value >= b.value
                    self.out.comparisons.append(Comparison(a, b, "ahead of", larger, difference=d))
                    break

    def _points(self, d: AnyClaim) -> bool:
        """Is d a number of points ('12 points', 'a 5-point', '3 percentage points')?"""
        if d.value is None:
            return False
        return d.kind == "percentage_point" or (d.kind == "count" and d.counts == "point")

    def _a_margin(self, d: AnyClaim) -> bool:
        """Does a margin word stand among the four words before d or the three after it ('a 5-point
        edge'), and no word of a change among the four before it ('her lead grew by 3 points')?"""
        before = self.before(d, 4)
        if (self.margin_changes | self.up | self.down) & set(before):
            return False
        return bool(self.margin_words & (set(before) | set(self.after(d, 3))))

    def read_vote_result(self) -> None:
        """'won the runoff by 412 votes to her rival's 388': a vote's result, the side that carried
        it first (rules/relations.yaml comparison.vote_won, vote_by), is larger than the other."""
        known = {(c.first.id, c.second.id) for c in self.out.comparisons}
        cs = self.real
        for k in range(len(cs) - 1):
            a, b = cs[k], cs[k + 1]
            if a.sentence != b.sentence or not (_usable(a) and _usable(b)) or (a.id, b.id) in known:
                continue
            if a.value is None or b.value is None or a.kind not in {"count", "number"}:
                continue
            if b.kind not in {"count", "number"} or (b.counts and singular_noun(b.counts) != "vote"):
                continue
            g = self.gap(a, b)
            if g[:2] != ["votes", "to"] or len(g) > 4 or (len(g) > 2 and not g[-1].endswith("'s")):
                continue  # "votes to her rival's": at most a possessive naming the other side
            ws = self.before(a, 12)
            by = next((h for h in self.vote_by if tuple(ws[len(ws) - len(h) :]) == h), None)
            if by is None:
                continue
            head = ws[: len(ws) - len(by)]
            stop = max((i + 1 for i, w in enumerate(head) if w in HARD_STOPS or w in {",", ";"}), default=0)
            clause = head[max(stop, len(head) - 8) :]
            if not self.vote_won & set(clause) or (self.up | self.down) & set(clause):
                continue
            self.out.comparisons.append(Comparison(a, b, "ahead of", True))

    def _opened_contrast(self, b: AnyClaim, k: int, between: list[str], cue_at: int) -> bool:
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

    def _places(self, a: AnyClaim, b: AnyClaim) -> bool:
        """Are a and b places in a ranking: bare numbers after a word of comparison.ranked_places,
        in sentences that name a rank or a place (change.ranks): "slipped one place to four,
        followed by the Greens at five"?"""
        if a.kind != "number" or b.kind != "number" or a.counts or b.counts:
            return False
        if not all(self.before(x, 1) and self.before(x, 1)[0] in self.ranked_places for x in (a, b)):
            return False
        return bool(self.ranks & (set(self.sentence_head(a)) | set(self.sentence_head(b))))

    def _ordinal(self, w: str) -> int:
        """The place an ordinal word names ("third", "12th"); 0 for any other word."""
        if w in self.place_words:
            return self.place_words[w]
        return int(w[:-2]) if re.fullmatch(r"[0-9]+(?:st|nd|rd|th)", w) else 0

    def _place(self, w: str, nxt: str | None) -> int | None:
        """The place a word names: an ordinal ("seventh", "7th") before nothing, a word of a place
        ("seventh place") or of ranked_with ("seventh with"), not another noun ("its third
        week"); or "number"/"no" and the number after it ("number six", "no 3")."""
        ordinal = self._ordinal(w) or None
        if ordinal is not None:
            return ordinal if nxt is None or nxt in self.ranks or nxt in self.ranked_with else None
        if w in {"number", "no"} and nxt is not None:
            if nxt.isdigit():
                return int(nxt)
            return self.number_words.get(nxt)
        return None

    def _place_before(self, c: AnyClaim) -> int | None:
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

    def _moved_between(self, a: AnyClaim, b: AnyClaim) -> bool:
        """Does a word of a move (rules/relations.yaml up, down) stand between a and b in one
        sentence, with no figure between them, followed before b by a who or which and a past
        copula (comparison.moved_from) and no clause join (comparison.clause_joins) or ";"
        ("tied at 10%, a drop for Ruiz, who was second with 18%")? b is then the level the moved
        subject came from, a standing of another time, not one below a ("40% after a surge, Jones
        second with 45%" still ranks)."""
        if a.sentence != b.sentence or any(a.end <= c.start and c.end <= b.start for c in self.real):
            return False
        ws = self.gap(a, b)
        moved = [i for i, w in enumerate(ws) if w in self.up or w in self.down]
        if not moved or (self.clause_joins | {";"}) & set(ws[moved[-1] :]):
            return False
        after = range(moved[-1] + 1, len(ws))
        return any(tuple(ws[j : j + len(h)]) == h for j in after for h in self.moved_from)

    def _ranked_cue(self, b: AnyClaim) -> tuple[str, ...] | None:
        """The cue that ranks b below the figure before it: 'second place on', 'behind with',
        'followed by the Greens with'."""
        opened = self._opened_place(b)
        if opened is not None:
            return opened
        ws = self.strip_hedge(self.before(b, 16))
        if not ws or ws[-1] not in self.ranked_with:
            return None
        head = ws[:-1]
        if ws[-1] == "on" and head[-1:] and head[-1] in self.ranked_topic_nouns:
            return None  # "followed by a vote on a $20 billion bill": what the vote is on
        hit = _ends_with(head, self.ranked_below)
        if hit is not None:
            if set(head[-len(hit) - 1 : -len(hit)]) & self.ranked_not_after:
                return None  # "60 laps per hour at the track": a unit of time, no place
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

    def _opened_place(self, b: AnyClaim) -> tuple[str, ...] | None:
        """'In second place, the former vice-president had 54': the place a sentence opens with
        (rules/relations.yaml comparison.ranked_opens and a cue of ranked_below naming a place)
        when b is the first figure of that sentence."""
        head = [w for w in self.sentence_head(b) if w not in QUOTES]
        if len(head) < 3 or head[0] not in self.ranked_opens or HARD_STOPS & set(head) or len(head) > 14:
            return None
        cue = _phrase_at(head, self.ranked_below, 1)
        if cue is None or self._cue_place(cue) is None or not self.ranks & set(cue):
            return None  # "In second place", not "In second" nor "At trailing"
        if any(c.sentence == b.sentence and c.end <= b.start for c in self.real):
            return None
        return cue

    def _ranked_above(self, b: AnyClaim, k: int) -> AnyClaim | None:
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

    def _opens_rebased(self, c: AnyClaim) -> bool:
        """Does c's sentence open with a group it takes its figures from ('Of these 29 ...')?"""
        head = tuple(self.sentence_head(c))
        return any(head[: len(p)] == p for p in (*self.rebase, *self.rebase_whole))

    def _same_thing(self, a: AnyClaim, b: AnyClaim) -> bool:
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

    def _counted_by(self, c: AnyClaim, per: str) -> bool:
        """Is c a count of what an amount is 'per' ('resident', 'capita', 'each')?"""
        noun = singular_noun(c.counts.split()[-1]) if c.counts else None
        if per == "each":
            return noun is not None
        if noun == singular_noun(per):
            return True
        people = self.per_person | self.people
        return per in people and noun is not None and (noun in self.people or c.noun_class in self.people)

    def _multiple(self, c: AnyClaim) -> bool:
        """'three' in '900 homes, three times the 300': the words of a comparison, not a figure."""
        after = self.after(c, 4)
        key = (*words(c.surface), *after[:1])
        return key in self.times and any(tuple(after[1 : 1 + len(h)]) == h for h in self.times_after)

    def _a_change(self, c: AnyClaim) -> bool:
        """'rose 3%', 'by 3%', 'from 3%': the amount of a change ('rose to 3%' is a level)."""
        return self._changing(c) and self.before(c, 1) != ["to"]

    def _comparison_cue(
        self, ws: list[str], rate: bool = False, limit: int = COMPARE_WORDS
    ) -> tuple[list[str], tuple[str, ...], bool | None, float | None] | None:
        """(the words before the cue, the cue, an order, a factor) in the words between two figures
        (rate: the first figure is a rate, whose 'a day' may follow its noun)."""
        for i in range(min(7, len(ws))):
            rest = ws[i:]
            order = _phrase_at(rest, self.ahead)
            larger: bool | None = True
            factor: float | None = None
            if order is None:
                order = _phrase_at(rest, self.behind)
                larger = False
            if order is None:
                order = next((h for h in self.times if tuple(rest[: len(h)]) == h), None)
                if order is None:
                    continue
                larger, factor = None, self.times[order]
                after = rest[len(order) :]
                tail = _phrase_at(after, self.times_after)
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
