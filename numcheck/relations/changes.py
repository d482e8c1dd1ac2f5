"""Changes: 'from A to B', 'B, up from A', a stated rise or fall, a factor ('doubled')."""

from __future__ import annotations

import re

from numcheck.extraction.knowledge import stem
from numcheck.extraction.plurals import singular_noun
from numcheck.link import years
from numcheck.models import AnyClaim
from numcheck.relations.figures import _count_figure, _figure, _usable, compatible, is_year, range_ends
from numcheck.relations.model import Change, Figure
from numcheck.relations.phrases import (
    BRACKETS,
    DIRECTION_REACH,
    FACTOR_REACH,
    FOR_NAME_RE,
    HARD_STOPS,
    _a_standing_named,
    _a_year,
    _ends_with,
    _find,
    _phrase_at,
    _separator,
    _starts_with,
    _up_to_a_figure,
    _without_asides,
    _without_clock_times,
)

# a word, "the" and a capitalised name right after a figure: "26 in the U.S.", "19 in Italy"
# the name must end the word and no number may follow it: "in Q3", "in FY2020", "in Week 3" and
# "in Fiscal 2021" name a time, never a place
_PLACED = re.compile(r"[ \t]+([A-Za-z]+)[ \t]+(?:the[ \t]+)?([A-Z][A-Za-z.]*)(?![A-Za-z0-9])(?![ \t]+\d)")
# after an auxiliary, words that are no verb of its own: "has been", "was to", "is from"
NOT_A_VERB = frozenset({"to", "from", "by", "be", "been"})


def _dated_after(a: AnyClaim, b: AnyClaim) -> bool:
    """Is every year a's times name later than every year b's name: a level a cannot have moved
    from to reach b?"""
    ya, yb = ({int(t) for t in years(c.times)} for c in (a, b))
    return bool(ya and yb) and min(ya) > max(yb)


def _word_ends(c: AnyClaim) -> tuple[Figure, Figure] | None:
    """The two ends of a range written in words ("three to nine years"): each exact."""
    if c.low is None or c.high is None or " to " not in c.surface:
        return None
    a, b = c.surface.split(" to ", 1)
    return Figure(c, c.low, c.low - 0.5, c.low + 0.5, a.strip()), Figure(
        c, c.high, c.high - 0.5, c.high + 0.5, b.strip()
    )


class ChangesReader:
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
                span = span or self._earlier_range(c)  # "2.2 to 2.8, down from its forecast of 2.7 to 3.1"
                if ends is not None and not span:
                    self._change(ends[0], ends[1], c, c, k, k)
                continue
            b = raw = self.strip_hedge(self.before(c, 3))
            if b[-1:] == ["the"]:  # "That was down from the 3.1% of June"
                b = self.strip_hedge(b[:-1])
            if (
                k > 0
                and b[-1:]
                and b[-1] in self.restate_from
                and b[-2:-1] in (["up"], ["down"])
                and cs[k - 1].sentence == c.sentence - 1
            ):
                head = self.sentence_head(c)
                prev = cs[k - 1]  # "... $1.6 trillion. That's up from $1.4 trillion in 2015."
                opens = self._opens_restating(head)
                if opens and not self._same_as(prev, c):
                    # "... $16 trillion by 2035, with 415 million jobs created. That's up from $1.4
                    # trillion": the one figure of the same thing in the sentence before
                    same = [a for a in cs[:k] if a.sentence == prev.sentence and self._same_as(a, c)]
                    prev = same[0] if len(same) == 1 and self._a_level(same[0]) else prev
                elif opens and prev.kind == c.kind == "percent":
                    # "41% approve ..., and 59% disapprove. That's down from a 45% approval": the one
                    # share of the sentence before that says what the noun after c names
                    prev = self._share_named(cs[:k], prev, c) or prev
                if (
                    opens
                    and compatible(prev, c, self.people)
                    and (prev.kind != "quantity" or prev.unit == c.unit)
                ):
                    ends = range_ends(prev) if prev.value is None else None
                    # "between 19 and 22 seats. That would be up on the 12": the whole range moved
                    new = _figure(prev) if ends is None else ends[0] if b[-2] == "up" else ends[1]
                    # read before round RL41 ("That's up from"): the direction as _change finds it;
                    # the wordings read since, and ranges, by "up" or "down" itself (not a verb of
                    # the sentence before: "slipping to 19 to 22 seats. That would be up on the 12")
                    plain = ends is None and raw[-2:] in (["up", "from"], ["down", "from"])
                    plain = plain and _starts_with(head, self.restate) and len(head) <= 5
                    worded = None if plain else "increase" if b[-2] == "up" else "decrease"
                    # the wordings read since round RL41 only where the sentence before holds one
                    # figure c may restate ("a profit of $3 million on sales of $40 million. That
                    # was down on the $5 million": which of the two is not said)
                    alike = [
                        a
                        for a in cs[:k]
                        if a.sentence == prev.sentence
                        and compatible(a, c, self.people)
                        and (a.kind != "quantity" or a.unit == c.unit)
                    ]
                    if worded is None or len(alike) == 1:
                        self._change(_figure(c), new, prev, c, k - 1, k, worded)
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
            pair: tuple[AnyClaim, AnyClaim] | None = None
            to_d = self._per_dropped(c, self._to_level(g, "to"))
            from_d = self._to_level(g, "from")
            if (
                (b[-1:] == ["from"] or self._from_level(c))
                and to_d is not None
                and len(to_d) <= 5
                and not (HARD_STOPS | BRACKETS) & set(to_d)
                and not self._another_move(to_d)
                and not self._earlier_range(c)
                and not (b[-2:-1] and b[-2] in self.range_before)  # "cut by anywhere from A to B"
                and not self._score_start(cs, k)
            ):
                pair = (c, d)  # from A (in 2015) to B; from 30 to a clear majority of 40
            elif (
                (b[-1:] == ["to"] or self.before(c, 1) == ["to"])
                and from_d is not None
                and len(from_d) <= (5 if b[-1:] == ["to"] else 2)  # "up to four sites will be chosen from"
                and not HARD_STOPS & set(from_d)
                and not self._another_move(from_d)
                and not (from_d[-1:] and from_d[-1] in self.distance_before_from)  # "a far cry from"
            ):
                pair = (d, c)  # to B (last year) from A; to B by 2020 from the current level of A
            elif (
                (hit := _ends_with(g, self.froms))
                and hit != ("from",)
                and not (HARD_STOPS | BRACKETS) & set(_without_clock_times(g))
                and not self._changes_compared(hit, b, d)
                and not self._score_start(cs, j)
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
                if hit[0] == "compared" and FOR_NAME_RE.match(self.text, d.end):
                    continue  # "52 percent compared with 39 percent for Ms. Okafor": a rival's share
                if b[-1:] == ["from"] or self._from_level(c):
                    # "rents in the north slipped from the summer's $1,450, while those in the
                    # south rose from $1,210": c is itself a level moved from, never the level B
                    # that "rose from" d reached
                    continue
                if hit[0] == "compared" and g[:1] and g[0] in self.compared_then and len(g) <= len(hit) + 2:
                    pair = (c, d)  # "71% then compared with 62% now": the first is the old level
                elif len(_without_asides(g)) <= (30 if hit[0] in {"up", "down"} else 8):
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

    def read_change_of_span(self) -> None:
        """'extended the lease from three to nine years'; 'cut the wait from 18 weeks to 6 weeks': a
        span of time moved "from" one length "to" another (the first may be a bare number in the
        second's unit), a direction word (rules/relations.yaml change.up, change.down,
        change.span_up, change.span_down) governing the pair in its clause. A span takes no part in
        arithmetic (figures._usable), but its move has a direction to check (round RL38). No pair
        is read without the word, nor after words of change.range_before ("ran from 2 to 5
        years")."""
        cs = sorted((c for c in self.by_id.values() if c.start < c.end), key=lambda c: c.start)

        def a_span(c: AnyClaim) -> bool:
            return c.kind == "quantity" and c.dimension == "[time]" and not is_year(c) and c.role != "when"

        for k, c in enumerate(cs):
            ranged = c.low is not None and c.high is not None and c.value is None
            if ranged and a_span(c):
                first, ends = c, range_ends(c) or _word_ends(c)
                if ends is None:
                    continue
                old, new = ends
            elif k + 1 < len(cs) and a_span(cs[k + 1]) and not ranged:
                d = cs[k + 1]
                bare = c.kind == "number" and c.value is not None
                if d.sentence != c.sentence or not (bare or a_span(c) and c.unit == d.unit):
                    continue
                if self.strip_hedge(self.gap(c, d)) != ["to"]:
                    continue
                first, old, new = c, _figure(c), _figure(d)
            else:
                continue
            hb = self.strip_hedge(self.before(first, 10))
            head = hb[:-1]
            if hb[-1:] != ["from"] or (head[-1:] and head[-1] in self.range_before):
                continue  # "is expected to be from 2 to 5 years": a span's range, no move
            direction = None
            for w in reversed(head):
                if w in HARD_STOPS or w == ",":
                    break
                if w in self.up or w in self.span_up:
                    direction = "increase"
                elif w in self.down or w in self.span_down:
                    direction = "decrease"
                if direction is not None:
                    break
            if direction is None or (head and head[-1] in {"up", "down"}):
                continue
            self.out.changes.append(Change(old, new, direction))

    def read_change_earlier_levels(self) -> None:
        """'53%, up from 43% in 2012 and 33% in 2011': a level 'up from' (or 'down from') an earlier
        level dated by its year, then 'and' another level of the same thing dated by its year, went
        the same way from that one too."""
        cs = self.real
        at = {id(c): k for k, c in enumerate(cs)}
        known = {(ch.old.claim.id, ch.new.claim.id) for ch in self.out.changes}
        for ch in list(self.out.changes):
            new, old = ch.new.claim, ch.old.claim
            if ch.direction is None or new.sentence != old.sentence or new.start > old.start:
                continue
            if ch.old.value != old.value or self.strip_hedge(self.gap(new, old))[-2:] not in (
                ["up", "from"],
                ["down", "from"],
            ):
                continue  # "53%, up from 43%": the old level whole, named right after the cue
            k = at.get(id(old), -1)
            if k < 0 or k + 1 >= len(cs):
                continue
            e = cs[k + 1]
            g = [w for w in self.gap(old, e) if w != ","]
            after = [w for w in self.after(e, 4) if w != ","]
            if e.sentence != old.sentence or len(g) != 3 or g[0] != "in" or g[2] != "and":
                continue
            if not (_a_year(g[1]) and after[:1] == ["in"] and len(after) > 1 and _a_year(after[1])):
                continue  # each earlier level dated by its year: "43% in 2012 and 33% in 2011"
            if "respectively" in after or not self._same_as(e, old) or not self._a_level(e):
                continue
            if (e.id, new.id) not in known:
                known.add((e.id, new.id))
                self._change(_figure(e), ch.new, new, e, at[id(new)], k + 1, ch.direction)

    def read_change_series(self) -> None:
        """'fell to 38% in May, and to 21% in June'; 'is set to double to $4 billion by 2020,
        and reach $9 billion by 2029': a level B reached "to" after a direction word, then a join
        and the next level C of the same thing, its verb left out (or a verb of reaching). C moved
        from B the way B moved: a series of changes (rules/relations.yaml change.series_*). Both
        levels are dated, C after B where both name a year; "respectively" after C makes the two
        a list of levels of different things, not a series."""
        cs = self.real
        known = {(ch.old.claim.id, ch.new.claim.id) for ch in self.out.changes}
        for k in range(len(cs) - 1):
            b, c = cs[k], cs[k + 1]
            if b.sentence != c.sentence or not (_usable(b) and _usable(c)):
                continue
            if self.strip_hedge(self.before(b, 3))[-1:] != ["to"]:
                continue  # b is a level reached: "... to 38%"
            direction = self._series_direction(b, k)
            if direction is None:
                continue
            g = [w for w in self.gap(b, c) if w != ","]
            # a month's abbreviation keeps its full stop ("in the week of Oct. 9")
            months = self.not_places
            g = self.strip_hedge([w for i, w in enumerate(g) if not (w == "." and i and g[i - 1] in months)])
            j = next((i for i, w in enumerate(g) if w in self.series_joins), -1)
            if j < 0 or not self._series_dated(g[:j]) or (HARD_STOPS | BRACKETS) & set(g):
                continue
            rest = g[j + 1 :]
            while rest and rest[0] in self.series_next:
                rest = rest[1:]
            if not rest or rest[0] not in self.series_reach or len(rest) > 2:
                continue  # "and to 21%", "and reach $9 billion", "then hit to"
            if len(rest) == 2 and rest[1] != "to":
                continue
            after = self.after(c, 5)
            if self.series_not_after & set(after) or not self._series_dated(after, after=True):
                continue
            years_b = [int(w) for w in (*self.before(b, 6), *g[:j]) if _a_year(w)]
            years_c = [int(w) for w in after if _a_year(w)]
            if years_b and years_c and years_c[0] <= years_b[-1]:
                continue  # "to 10% in 2019 and to 8% in 2018": not a series forward in time
            if not compatible(b, c, self.people) or (b.kind == c.kind == "quantity" and b.unit != c.unit):
                continue
            if (b.id, c.id) in known or self._placed_apart(b, c):
                continue
            known.add((b.id, c.id))
            self._change(_figure(b), _figure(c), b, c, k, k + 1, direction)

    def read_change_before_moving(self) -> None:
        """'expected at $4 billion this year before falling to $3 billion in 2030': a level a, then
        in its sentence a word of rules/relations.yaml change.before_moving, straight after it a
        direction word (a few of change.before_moving_between may follow it) and "to" the next
        level b of the same thing: b moved from a that way. At most change.before_moving_words
        words between a and the cue, none a direction word nor a stop; a is a level (not the
        amount of a change, not a bound "up to") and the first figure of its kind (money, a
        share...) in the sentence (an earlier one may be the level, a the other side of a
        comparison); a range a moves by the end the move leaves."""
        if not self._in_text(self.before_moving):
            return
        cs = self.real
        known = {(ch.old.claim.id, ch.new.claim.id) for ch in self.out.changes}
        for k in range(len(cs) - 1):
            a, b = cs[k], cs[k + 1]
            if a.sentence != b.sentence or not (_usable(a) and _usable(b)) or b.value is None:
                continue
            g = self.strip_hedge(self.gap(a, b))
            if g[-1:] != ["to"]:
                continue
            j = next((i for i, w in enumerate(g) if w in self.before_moving), -1)
            if j < 0 or j + 2 >= len(g) or (HARD_STOPS | BRACKETS) & set(g):
                continue
            head = [w for w in g[:j] if w != ","]
            if len(head) > self.before_moving_words or (self.up | self.down) & set(head):
                continue  # "before" far from a, or another move between
            direction = self._word_direction(g[j + 1])
            between = g[j + 2 : -1]
            if direction is None or len(between) > 2 or not set(between) <= self.before_moving_between:
                continue  # "before falling sharply to", not "before its rival fell to"
            if self._a_change(a):
                continue  # "rose 3% before falling to": a is the amount of a change
            if self.strip_hedge(self.before(a, 2))[-2:] == ["up", "to"] or a.hedge in {"up to", "vague"}:
                continue  # "up to 40 before falling to": a bound, not a level
            if not self._same_as(a, b) or (a.id, b.id) in known or self._placed_apart(a, b):
                continue
            if self._kind_before(k):
                continue  # "polled 38% to the rivals' 31% before falling to": the level is the first
            if a.value is not None:
                old = _figure(a)
            else:
                ends = range_ends(a)
                if ends is None:
                    continue
                old = ends[0] if direction == "decrease" else ends[1]  # the whole range moved past b
            known.add((a.id, b.id))
            self._change(old, _figure(b), a, b, k, k + 1, direction)

    def _kind_before(self, k: int) -> bool:
        """Is a figure of the kind of the k-th real claim (money, a share...) earlier in its sentence?"""
        a = self.real[k]
        for i in range(k - 1, -1, -1):
            if self.real[i].sentence != a.sentence:
                return False
            if self.real[i].kind == a.kind:
                return True
        return False

    def _series_direction(self, b: AnyClaim, k: int) -> str | None:
        """The direction of the move that reached b: the change read with b its new level, else
        the direction word (or a factor verb) right before "to b" ("dropped to", "could almost
        double to"), else before a stated move ("rose 5% to")."""
        for ch in self.out.changes:
            if ch.new.claim.id == b.id and ch.direction is not None:
                return ch.direction
        ws = self.strip_hedge(self.before(b, 3))[:-1]
        if ws and ws[-1] in {"almost", "nearly", "more", "than"}:
            ws = ws[:-1] if ws[-1] != "than" else ws[:-2]
        if not ws and k > 0 and self.real[k - 1].sentence == b.sentence and self._changing(self.real[k - 1]):
            ws = self.strip_hedge(self.before(self.real[k - 1], 2))  # "rose 5% to b"
        if not ws or ws[-1] in {"up", "down"}:
            return None  # "up to 38%": a bound
        w = ws[-1]
        said = self._word_direction(w)
        factor = self.factors.get(w)  # "to b" after a factor word that is no verb
        if said is not None or factor is None:
            return said
        return "increase" if factor > 1 else "decrease"

    def _word_direction(self, w: str) -> str | None:
        """The direction a word before a figure states: a word of change.up or change.down, else a
        factor verb by its factor ("double" a rise, "halve" a fall); None for any other word."""
        if w in self.up:
            return "increase"
        if w in self.down:
            return "decrease"
        factor = self.factor_verbs.get(w)
        return None if factor is None else "increase" if factor > 1 else "decrease"

    def _series_dated(self, ws: list[str], after: bool = False) -> bool:
        """Do the words date a level of a series: a year, a month, or a word of
        change.series_times ("the week after", "by 2029")? After the last level only its first
        few words count, up to a clause of its own."""
        if after:
            stop = next((i for i, w in enumerate(ws) if w in {",", "and", "but", "while", "which"}), len(ws))
            ws = ws[:stop]
        months = self.not_places
        return any(_a_year(w) or w in months or w in self.series_times for w in ws)

    def _respective(self, k: int, j: int) -> list[tuple[AnyClaim, AnyClaim]] | None:
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

    def _per_dropped(self, c: AnyClaim, ws: list[str] | None) -> list[str] | None:
        """The words after a rate's figure before "to", its denominator left out: "from 12 cases per
        1,000 births to 15" reads as "from 12 cases to 15", when c's unit is a rate ("case / 1,000
        birth") and the words from "per" on are its denominator (a number and at most two words)."""
        if ws is None or "/" not in (c.unit or "") or "per" not in ws:
            return ws
        i = ws.index("per")
        rest = [w for w in ws[i + 1 :] if w != ","]
        if not rest or not rest[0].isdigit() or len([w for w in rest if not w.isdigit()]) > 2:
            return ws
        if not all(w.isdigit() or w.isalpha() for w in rest):
            return ws
        return ws[:i]

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

    def _score_start(self, cs: list[AnyClaim], j: int) -> bool:
        """Is cs[j] the first side of a score, "A to B" and a noun of relations.yaml
        change.score_nouns right after B ("up from a 49% to 46% lead")? The two sides make one score;
        neither is a level that moved."""
        if j + 1 >= len(cs) or cs[j + 1].sentence != cs[j].sentence:
            return False
        nxt = self.after(cs[j + 1], 1)
        return self.gap(cs[j], cs[j + 1]) == ["to"] and nxt[:1] != [] and nxt[0] in self.score_nouns

    def _from_level(self, c: AnyClaim) -> bool:
        """Does "from" stand before c with only words naming its level between ("from the current
        120 tonnes", "from a high of 9%")?"""
        ws = self.before(c, 7)
        return any(ws[i] == "from" and self._a_level_phrase(ws[i + 1 :]) for i in range(len(ws) - 1))

    def _earlier_range(self, c: AnyClaim) -> bool:
        """Is the range c ("2.7 to 3.1 percent") the earlier level of "up from" or "down from", named
        by a noun and "of" ("grow 2.2 to 2.8 percent, down from its April forecast of 2.7 to 3.1
        percent")? The new level stands before "down from"; the two ends of c are one level, a
        range, not the old and new levels of a change."""
        ws = self.before(c, 8)
        if ws[-1:] != ["of"]:
            return False
        return any(
            ws[i] == "from" and ws[i - 1] in {"up", "down"} and self._a_level_phrase(ws[i + 1 :])
            for i in range(1, len(ws) - 1)
        )

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

    def _amount_of(self, d: AnyClaim, c: AnyClaim) -> bool:
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
            hit = _phrase_at(after, self.stated_from)
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
            direction = self._word_direction(verb)  # "rose to", "which could double to"
            if direction is None or verb in {"up", "down"}:
                continue
            joins = [i for i, w in enumerate(g[:-2]) if w in self.to_after_joins]
            if not joins:
                continue
            head, clause = g[: joins[-1]], g[joins[-1] + 1 : -2]
            if verb in self.factor_verbs:  # "which is expected to almost double to": the bound's words
                bound = _ends_with(clause, self.above) or _ends_with(clause, self.below) or ()
                clause = clause[: len(clause) - len(bound)]
            if not set(clause) <= self.to_after_words or len(head) > 10:
                continue
            if {"from", "to", "by"} & set(head) or (self.up | self.down) & set(head):
                continue  # "rose by 5 to 20": c is a change, or another change comes between
            if self._changing(c) or (k + 1 < len(cs) and self.gap(d, cs[k + 1])[-1:] == ["from"]):
                continue  # "rose 2% ... to 7%"; "could rise to B from A" is read as a pair
            if not compatible(c, d, self.people) or (c.kind == d.kind == "quantity" and c.unit != d.unit):
                continue
            if (c.id, d.id) in known or self._placed_apart(c, d):
                continue
            self._change(_figure(c), _figure(d), c, d, k - 1, k, direction)

    def _place_after(self, c: AnyClaim) -> str | None:
        """The capitalised name of a place right after c and a word of rules/relations.yaml
        change.placed_after ("26 in the U.S.", "19 in Italy"), "the" skipped; names of time
        (change.not_places: "in March") are none."""
        m = _PLACED.match(self.text, c.end)
        if m is None or m.group(1).lower() not in self.placed_after:
            return None
        name = m.group(2)
        return None if name.rstrip(".").lower() in self.not_places else name

    def _placed_apart(self, c: AnyClaim, d: AnyClaim) -> bool:
        """'The worldwide toll neared 4,000 and rose to 26 in the U.S.': the new figure d is of a
        named place that the old figure c is not of, so d counts a narrower place, not the next
        level of c."""
        place = self._place_after(d)
        return place is not None and self._place_after(c) != place

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
            if not inner and self._pronoun_subject(head):
                subject = "it"  # "This was then cut to two years": the one such figure before
            elif subject is None or not subject.isalpha() or (inner and subject not in self.to_named_generic):
                continue
            if inner:
                same = [a for a in cs[:k] if a.sentence == b.sentence and self._same_as(a, b)]
                a = same[0] if len(same) == 1 and self._a_level(same[0]) else None
            elif subject == "it":
                a = self._named_before(b, k, "", generic=True)
            else:
                a = self._named_before(b, k, singular_noun(subject))
            if a is not None and a.kind == "count" and a.counts and self._names_a_measure(head, subject):
                continue  # "If the pension age were raised to 68": an age, never from "3 million people"
            if a is not None and _dated_after(a, b):
                continue  # "to reach $40 billion in 2027. ... will rise to $31 billion for 2025"
            if a is not None and (a.id, b.id) not in known:
                self._change(_figure(a), _figure(b), a, b, cs.index(a), k, direction)

    def _names_a_measure(self, head: list[str], subject: str) -> bool:
        """Do the words from the subject's first noun to the direction word name a measure of one
        thing (rules/relations.yaml change.to_named_measures: "the pension age", "its rate")?"""
        if subject not in head:
            return False
        i = len(head) - 1 - head[::-1].index(subject)
        return bool(self.to_named_measures & {singular_noun(w) for w in head[i:-2]})

    def _share_named(self, before: list[AnyClaim], prev: AnyClaim, c: AnyClaim) -> AnyClaim | None:
        """The one percentage of prev's sentence followed, within four words, by a word of the stem
        of the noun right after c ("a 45 percent approval" -> the share that "approve"s), when prev
        is not that share; else None."""
        nxt = self.after(c, 1)
        if not nxt or not nxt[0].isalpha() or len(nxt[0]) < 4:
            return None
        key = stem(nxt[0])

        def says(a: AnyClaim) -> bool:
            return any(stem(w) == key for w in self.after(a, 4) if w.isalpha())

        if says(prev):
            return None
        named = [a for a in before if a.sentence == prev.sentence and a.kind == "percent" and says(a)]
        return named[0] if len(named) == 1 else None

    def _same_as(self, a: AnyClaim, b: AnyClaim) -> bool:
        """Are a and b figures of one thing: one currency, one unit, counts of one noun?"""
        if not _usable(a) or not compatible(a, b, self.people):
            return False
        if a.kind == b.kind == "quantity" and a.unit != b.unit:
            return False
        return a.kind not in {"count", "number"} or self._same_thing(a, b) or self._same_thing(b, a)

    def _pronoun_subject(self, head: list[str]) -> bool:
        """Does a sentence open with a pronoun as its subject (rules/relations.yaml
        change.to_named_pronouns), then only verbs of being or having and words of time
        (change.to_after_words), its direction word and 'to': "This was then cut to", "It has since
        risen to"?"""
        if len(head) < 3 or head[0] not in self.to_named_pronouns:
            return False
        return set(head[1:-2]) <= self.to_after_words and head[1] not in self.to_named_before

    def _named_before(self, b: AnyClaim, k: int, noun: str, generic: bool = False) -> AnyClaim | None:
        """The one figure of the same thing as b in the sentence or two before whose sentence names
        noun (generic: the sentence before, whatever it names), unless it is reached 'to' (then the
        change is its own) or is a change itself."""
        generic = generic or noun in self.to_named_generic
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

    def _a_level(self, a: AnyClaim) -> bool:
        """A figure that can be a change's old level: one value, not a change, not reached 'to'."""
        return a.value is not None and not self._changing(a) and self.before(a, 1) != ["to"]

    def _change(
        self,
        old: Figure,
        new: Figure,
        first: AnyClaim,
        last: AnyClaim,
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
        stated: list[AnyClaim] = []
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
        by_amount = False  # the direction's word moves something else by the figure (see below)
        revised: str | None = None  # "revised down the jobs gains from A to B": the revision's way
        up_to = False
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
            if i > 0 and before[i - 1] in self.not_direction_before and w in self.up | self.down:
                governs = False  # "the share made up of these voters, from 86% to 48%": no rise
            if _up_to_a_figure(before, i):
                governs = False  # "the levy to 15% from up to 28% and the top levy to": a bound
            if governs and (w in self.up or w in self.down) and self._subject_of_a_verb(before, i):
                governs = False  # "the boost in grants has gone from $9 million to $6 million"
            if governs and direction is None and (w in self.up or w in self.down):
                w = self._verb_of_object(before, i)  # "lowered the annual increase in pay to"
            if direction is None and governs and (w in self.up or w in self.down):
                # "cut output by 4.1 million tons, ... up from 900,000": the figure is the amount
                # the verb moves something else by, and the pair's own words say how that amount moved
                # (not "climbed by 16% to 2.6 billion, down from 3.1": a change stated of the pair)
                rest = set(before[i + 1 :])
                by_amount = not stated and "by" in rest and not {"to", "from"} & rest
            if direction is None and governs and w in self.up:
                direction = "increase"
                # "up to" right before the figure: a verb's direction ("edged up to 53.1") or a bound
                # ("debt up to $750,000, down from $1 million"); the words of the pair decide below
                up_to = w == "up" and before[i + 1 :] == ["to"]
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
        # the last "up" or "down" between the two figures says how the pair moved: "780,000 who had
        # given up looking. That was down from 835,000" is a fall ("up" of a phrasal verb comes first)
        moves = [w for i, w in enumerate(g) if w == "down" or (w == "up" and not _up_to_a_figure(g, i))]
        said = {"up": "increase", "down": "decrease"}.get(moves[-1]) if moves else None
        if up_to and said == "decrease":
            direction = None  # "up to $750,000, down from $1 million": the "up" is a bound's
        also = direction if said is not None and direction not in (None, said) and not by_amount else None
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
            if (inc or dec) and self._per_period(g, d):
                direction = direction or ("increase" if inc else "decrease")
                break  # "growing by 3 percent a year on average": a rate a year, not A to B
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
            opener = _phrase_at(head, self.restate)
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

    def _opens_restating(self, head: list[str]) -> bool:
        """Do the words before a figure open with a restatement of the sentence before
        (rules/relations.yaml change.restate), then only words of change.restate_between, "up" or
        "down", a word of change.restate_from and at most "the" and a hedge: "That's up from",
        "It would even so be well down on the"?"""
        if len(head) > 12:
            return False
        ws = [w for w in head if w not in self.restate_between]  # "That would still be well up"
        opener = _phrase_at(ws, self.restate)
        if opener is None:
            return False
        rest = self.strip_hedge(ws[len(opener) :])
        if rest[-1:] == ["the"]:
            rest = self.strip_hedge(rest[:-1])
        return len(rest) == 2

    def _per_period(self, g: list[str], d: AnyClaim) -> bool:
        """Is the stated change d a rate per period (rules/relations.yaml change.per_period): a word
        of it in g, the words before d's noun in its clause ("at a yearly gain of"),
        or right after d ("an increase of 5% a year")? Never a time it names ("a year ago")."""
        head = g[len(g) - g[::-1].index(",") :] if "," in g else g  # "a year ago, a fall of": "a fall of"
        after = tuple(self.after(d, 4))
        ago = (("ago",), ("earlier",), ("before",))
        for p in self.per_period:
            if after[: len(p)] == p and after[len(p) : len(p) + 1] not in ago:
                return True
        hit = _find(head, self.per_period)
        return hit is not None and head[hit[0] + len(hit[1]) : hit[0] + len(hit[1]) + 1] != ["ago"]

    def _verb_of_object(self, before: list[str], i: int) -> str:
        """The direction word that governs before[i]: a verb of up or down right before it, with only
        words of relations.yaml change.object_openers between ("cut the yearly rise in rents to
        2.4% from 2.6%": the rise is what was cut, a measure; the verb gives the direction);
        else before[i] itself."""
        k = i - 1
        if before[i].endswith("s") and k > 0 and self._noun_modifier(before[k]):
            k -= 1  # "spending cuts", "tax increases": a plural noun of change after a noun
        while k >= 0 and (before[k] in self.object_openers or before[k] in self.object_measures):
            k -= 1
        verb = before[k] if 0 <= k < i - 1 else ""
        if verb not in {"up", "down"} and (verb in self.up or verb in self.down):
            return verb  # not a particle: "sped up the decline to" is still a fall
        return before[i]

    def _noun_modifier(self, w: str) -> bool:
        """May w be a noun before a plural noun of change ("spending cuts"): a lower-case word that
        is no direction, no determiner or measure word, and ends no noun phrase?"""
        if not w.isalpha() or w in self.up or w in self.down or w in self.noun_stops:
            return False
        return w not in self.object_openers and w not in self.object_measures

    def _subject_of_a_verb(self, before: list[str], i: int) -> bool:
        """Is the direction word before[i] a noun after a determiner, the subject of an auxiliary and
        a verb of no direction before the figure ("the boost in grants has gone from $9 million to")?
        Then it names what moved; the pair's own words say which way."""
        if i == 0 or before[i - 1] not in self.object_openers:
            return False
        rest = before[i + 1 :]
        for j, w in enumerate(rest[:-1]):
            if w in {"to", "from", "by", ",", ";", ":"}:
                return False
            nxt = rest[j + 1]
            if w in self.subject_auxiliaries and nxt.isalpha() and nxt not in NOT_A_VERB:
                return nxt not in self.up and nxt not in self.down
        return False

    def _own_change_next(self, k: int) -> bool:
        """Is the k-th figure, a change stated after a pair, followed in its clause by a pair of its
        own ('..., up 13 points among women, rising from 20% to 33%'): the change of that pair?"""
        d = self.real[k]
        nxt = self.real[k + 1] if k + 1 < len(self.real) else None
        if nxt is None or nxt.sentence != d.sentence:
            return False
        g = self.gap(d, nxt)
        return len(g) <= 8 and g[-1:] == ["from"] and not HARD_STOPS & set(g)

    def _names_a_standing(self, first: AnyClaim, last: AnyClaim) -> bool:
        """Does the sentence, before the first figure, name a standing (change.ranks: "its ranking
        fell to 12 from 5"), so that a place rises as its number falls? Not a rank word followed by
        "of", which names a title or a grade ("staff with the rank of colonel has shrunk to 19 from
        33"), nor figures that count a noun other than a rank word ("in second place, its tally fell
        to 31 seats from 35"): those are counts, not places."""
        if any(c.counts and singular_noun(c.counts) not in self.ranks for c in (first, last)):
            return False
        if any(c.kind not in {"number", "count"} for c in (first, last)):
            return False  # a place is a whole number: "closing ranks, 93% of them, up from 88%" is a share
        if not (self._a_place(first) and self._a_place(last)):
            return False  # "one bright spot: it fell to 18.2 million from 19.6 million": no places
        return _a_standing_named(self.sentence_head(first), self.ranks)

    def _a_place(self, c: AnyClaim) -> bool:
        """Can c be a place in a ranking: a whole number below change.rank_places_below ("fell to
        18.2 million from 19.6 million" after "one bright spot" moves no places; round JG34)?"""
        return c.value is not None and c.value == int(c.value) and c.value < self.rank_places_below

    def _places_moved(self, first: AnyClaim, last: AnyClaim) -> bool:
        """Are two whole numbers places in a ranking: the first bare, right after a word of
        comparison.ranked_places ("a duo at four, up from 12"), in a sentence that names a rank or a
        place after them too (change.ranks, singular or plural: "..., and a comic rising nine places
        to 12")?"""
        if first.kind != "number" or first.counts or last.kind not in {"number", "count"}:
            return False  # the other may be read as a count of the people the sentence names
        if not (self._a_place(first) and self._a_place(last)):
            return False
        if not self.before(first, 1) or self.before(first, 1)[0] not in self.ranked_places:
            return False
        ws = self.words_in(self.sent_start[first.sentence], self.sent_end[first.sentence])
        return _a_standing_named(ws, self.ranks, plurals=True)
