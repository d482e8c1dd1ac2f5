"""A whole and its parts named together: 'nine people, including five children', 'of them', 'of the N ...'."""

from __future__ import annotations

import itertools
import re
from functools import cached_property

from numcheck.extraction.plurals import singular_noun
from numcheck.link import bases_differ, precise_slip, share_base, supposition
from numcheck.models import AnyClaim
from numcheck.relations.cues import _stems
from numcheck.relations.figures import _count_figure, _counts_noun, _usable, compatible
from numcheck.relations.model import Parts
from numcheck.relations.phrases import (
    _HYPHEN_WORD,
    AUXILIARIES,
    BRACKETS,
    DASH_WORD,
    HARD_STOPS,
    OF_THE_FAR,
    OF_THE_SAME,
    PRONOUN_FOLLOWERS,
    QUOTES,
    SENTENCE_OPENERS,
    _clause,
    _ends_with,
    _find,
    _phrase_at,
)

# words that may stand between "and" and the second of a pair of figures ("and their 20 million")
_DETERMINERS = frozenset({"the", "their", "its", "his", "her", "our", "these", "those"})
# the auxiliaries a verb of parts.including_people_verbs may follow ("were killed", "have been held")
_PEOPLE_AUX = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "being"})


_GROUP_ENDS = frozenset(HARD_STOPS | BRACKETS | {","})  # where the group after "of the" ends
_NEXT_WORD = re.compile(r" ([A-Za-z]+)")  # the word after a compound: "three-judge panels"


class PartsReader:
    def add_parts(
        self, whole: AnyClaim | None, parts: list[AnyClaim], listed: bool, complete: bool, cue: str
    ) -> None:
        if whole is not None and self._sized(whole):
            return  # "a several-day strike ... 23 of them": the size of each, no count of them
        if whole is not None and whole.kind in {"count", "number"} and whole.value == 1:
            return  # "one suspect dead, two at large": a count of one is no group with counted parts
        if whole is not None and any(self.supposed(x) != self.supposed(whole) for x in parts):
            return  # "the 20 members ... what could they do if there were 50 of them": a supposed count
        parts = self._restatements_dropped(parts)
        if parts and not self._two_bases(whole, parts):
            self.out.parts.append(Parts(whole, tuple(parts), listed, complete, cue))

    def _restatements_dropped(self, parts: list[AnyClaim]) -> list[AnyClaim]:
        """The parts without a share restated in brackets right after it ("one-third (33%)", "the
        majority (61%)"): the two are one share written twice, counted once (the figure in brackets
        kept). Only where the two agree within their rounding: "one-third (43%)" is no restatement,
        both stay and the sum they make is still checked."""
        out = []
        for p, q in itertools.zip_longest(parts, parts[1:]):
            if (
                q is not None
                and p.kind == q.kind == "percent"
                and self.text[p.end : q.start].strip() == "("
                and self.text[q.end : q.end + 3].strip()[:1] == ")"
                and None not in (p.low, p.high, q.low, q.high)
                and p.low <= q.high  # type: ignore[operator]
                and q.low <= p.high  # type: ignore[operator]
            ):
                continue
            out.append(p)
        return out

    def supposed(self, c: AnyClaim) -> bool:
        """Does c stand in a clause a supposition opens ("if there were 50 of them"; link.supposition,
        measures.yaml 'suppositions')? A supposed count is no part of a count that is given, nor
        the whole of one: a reader takes it as what might be, not as what is."""
        return supposition(c, self.text, self.know)

    def _sized(self, c: AnyClaim) -> bool:
        """Is c the number of a compound modifier that gives the size of each thing ('a several-day
        strike', 'five-figure crowds'; rules/relations.yaml parts.size_compound), not a count?"""
        if self.text[c.end : c.end + 1] != "-":
            return False
        m = _HYPHEN_WORD.match(self.text, c.end)
        if m is None:
            return False
        if singular_noun(m.group(1).lower()) in self.size_compound:
            return True
        # "three-judge panels": a compound before a plural noun gives the size of each of them,
        # while "the 12-member jury" is one group that its parts are of (round JG34)
        nxt = _NEXT_WORD.match(self.text, m.end())
        if nxt is None:
            return False
        w = nxt.group(1)  # lower case: "the 11-member Dallas council" names a place, no plural
        plural = len(w) > 3 and w.endswith("s") and not w.endswith("ss")
        return w.islower() and plural and singular_noun(w) != w

    def _two_bases(self, whole: AnyClaim | None, parts: list[AnyClaim]) -> bool:
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

    def listed_after(self, first: AnyClaim, whole: AnyClaim | None, k: int) -> list[AnyClaim]:
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
            named = hit is None and self._named_and_others(w, p, ws)
            if named:
                # "35 members, including Ortiz and 14 others": the others a part, besides the one named
                ws = ws[: ws.index(self.named_and_others_cue) + 1]
                hit = (self.named_and_others_cue,)
            if hit is None:
                continue
            head = ws[: len(ws) - len(hit)]
            if head[-1:] in (["which"], ["that"]) and hit[0].startswith("includ"):
                head = head[:-1]
            # ", of which $109 million ...": the clause is about the figure before it, however far
            # (up to 16 words of it: "20,000 villagers have been moved from the valley since the
            # start of the dam works in April, of which 6,000 ...", round RL31)
            clause = hit in self.which and head[-1:] == [","]
            # "three projects under this settlement, including two ... projects": a part counting
            # the whole's own noun may follow a longer noun phrase
            # (or a bare number, which counts the whole's noun: "four projects ..., including 3 in
            # Ohio"; the noun a part inherits is lost when a slip makes it larger than its whole)
            if self._article_before(p):
                continue  # "including a 150,000 route-mile network": a number after "a" sizes one thing
            if self.after(w, 1)[:1] and self.after(w, 1)[0] in self.limit_nouns and self._bounded(w):
                continue  # "gifts above the $50 threshold, including a $900 flight": a limit, no whole
            bare = w.kind == "count" and p.kind == "number" and not p.counts
            same = bool(w.counts) and ((w.kind == p.kind == "count" and w.counts == p.counts) or bare)
            # "1,500 people would leave for the hills on Sunday, including 400 fighters": people
            # counted, then after a clause and a comma people among them
            people = head[-1:] == [","] and self._counts_people(w) and self._counts_people(p)
            longest = 16 if clause else 12 if same or people else 5
            if HARD_STOPS & set(head) or len([x for x in head if x.isalnum()]) > longest or "(" in head:
                continue
            if same and not clause and any(_count_figure(x) for x in head):
                continue  # "champion twice, a finalist 12 times, including three times": 12 is the whole
            # "25 civilians were killed in the raid, including nine children": people counted,
            # their clause's verb, a comma, then people among them (parts.including_people_verbs)
            told = people and self._people_clause(head)
            if (self.noun_stops & set(head) and not (clause or same or told)) or not (
                named or compatible(w, p, self.people) or self._things(w, p, head, hit)
            ):
                continue
            if self._changing(w) or self._places_of(w, p) or self._second_of_pair(k):
                continue
            if p.kind == "percent" and hit[0] in {"of", "among"}:
                continue  # "40% voted, of which 60% ...": a share of those 40%, out of 100%
            if p.kind == "percent" and self.after(p, 1) == ["of"] and self._of_people(p):
                continue  # "55% of women, including 69% of women under 45": a share of its own group
            parts = self.listed_after(p, w, k + 1)
            self.add_parts(w, parts, len(parts) > 1 and not self._nested(parts), False, " ".join(hit))

    def _named_and_others(self, w: AnyClaim, p: AnyClaim, ws: list[str]) -> bool:
        """'Thirty members, including Ortiz and 12 others who ...': between w and p, the cue
        (rules/relations.yaml parts.named_and_others: "including"), one to three names written
        with a capital, then "and"; p counts "others" (the noun read as "other"), w counts people."""
        cue = self.named_and_others_cue
        if p.counts != "other" or ws[-1:] != ["and"] or cue not in ws or not self._counts_people(w):
            return False
        names = ws[ws.index(cue) + 1 : -1]
        if not 1 <= len(names) <= 3 or not all(x.isalpha() for x in names):
            return False
        raw = self.text[w.end : p.start]
        at = raw.lower().rfind(cue)
        written = raw[at + len(cue) :].split()[:-1]
        return len(written) == len(names) and all(x[:1].isupper() for x in written)

    def _of_people(self, c: AnyClaim) -> bool:
        """Does the base of the percentage c ("69 percent of women under 45") name people? A share
        of people written with its own group after "including" is a share of that group (polls
        give each group's share of itself), while a share of things may be a part written in two
        wordings of one base ("25 percent of total spending")."""
        return bool(share_base(c, self.text, self.know) & self._people_stems)

    def _nested(self, parts: list[AnyClaim]) -> bool:
        """Do two of the parts count two samples of one chain of rules/relations.yaml
        parts.nested_samples ("929 registered voters and 813 likely voters")? The later sample is
        among the earlier, so the parts overlap and their sum means nothing."""
        for chain in self.nested_samples:
            named = set()
            for x in parts:
                nxt = tuple(self.after(x, 3))
                named |= {n for n, ph in enumerate(chain) if nxt[: len(ph)] == ph}
            if len(named) > 1:
                return True
        for x in parts[:-1]:
            nxt = tuple(self.after(x, 6))
            if parts[-1].counts != x.counts:
                continue  # "600 Democrats nationwide and 500 Republicans": two groups, no sample in another
            at = _find(list(nxt[1:]), list(self.nested_country))
            if at is not None and at[0] < 4:
                return True  # "1,300 registered voters across the country, and 500 in 12 states"
        return False

    def _bounded(self, c: AnyClaim) -> bool:
        """Is c after a word of rules/relations.yaml parts.limit_bounds ("above the $50 threshold"):
        a limit things are sorted by, not an amount ("a $500 million ceiling, including ...")?"""
        ws = self.before(c, 2)
        if ws[-1:] == ["the"]:
            ws = ws[:-1]
        return (ws[-1:] != [] and ws[-1] in self.limit_bounds) or (c.hedge or "") in self.limit_bounds

    def _people_clause(self, head: list[str]) -> bool:
        """The words between a count of people and "including" (its comma last): the count's
        noun, then a verb of what became of them with its auxiliaries (rules/relations.yaml
        parts.including_people_verbs: "civilians were killed in the raid ,", "people have been
        arrested since Monday ,"), and no other word that ends a noun phrase: "including" then
        lists people among those counted, not among those named after the verb ("by", "from",
        "than" and the like stop it; "to" does not: "sentenced to prison, including ...")."""
        verb = next((i for i, x in enumerate(head) if x in self.including_people_verbs), None)
        if verb is None:
            return False
        before, after = head[:verb], head[verb + 1 :]
        return all(x.isalpha() and (x not in self.noun_stops or x in _PEOPLE_AUX) for x in before) and not (
            self.noun_stops - {"to"}
        ) & set(after)

    def _places_of(self, w: AnyClaim, p: AnyClaim) -> bool:
        """'90,000 firms in 12 states, including 15,000 in Texas': w, right after a word of
        rules/relations.yaml parts.by_place, counts the places another figure is spread over, and p,
        itself placed ("in Texas"), is a part of that figure, not one of the places."""
        return self.before(w, 1) in ([x] for x in self.by_place) and self.after(p, 1)[:1] in (
            [x] for x in self.by_place
        )

    def _second_of_pair(self, k: int) -> bool:
        """'40 million adults and their 20 million children, including 35 million ...': the whole
        before "including" (claims[k]) is the second of two figures joined as a list, so the part
        may be of either or of both together: no whole is read."""
        if k == 0:
            return False
        a, w = self.claims[k - 1], self.claims[k]
        if a.sentence != w.sentence or not compatible(a, w, self.people):
            return False
        g = self.gap(a, w)
        while g and g[-1] in _DETERMINERS:
            g = g[:-1]  # "... adults and their 20 million"
        if g[-1:] != ["and"] or "," in g or DASH_WORD.search(self.text, a.end, w.start):
            return False  # "the six - two ... and four ... - killed, 12 other people, including": no pair
        return self.list_join(g)

    def _article_before(self, c: AnyClaim) -> bool:
        """Does "a" or "an" stand just before a figure written in digits ("a 150,000 route-mile
        network", "an 80,000 capacity bowl")? Then the figure sizes one thing and counts nothing
        ("a dozen", "a hundred" are figures of their own)."""
        return c.surface[:1].isdigit() and self.before(c, 1) in (["a"], ["an"])

    def _things(self, w: AnyClaim, p: AnyClaim, head: list[str], hit: tuple[str, ...]) -> bool:
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
            hit = _phrase_at(nxt, self.of_them_after)
            if hit is None or p.kind == "percent":
                continue
            if k + 1 < len(cs) and self.gap(p, cs[k + 1]) == list(hit):
                continue  # "8 of those 10 counts": the whole is named next
            if (
                hit == ("of", "us")
                and not (p.kind == "count" or p.kind == "number")
                or (hit == ("of", "us") and not set(self.sentence_head(p)) <= SENTENCE_OPENERS)
            ):
                continue  # "Five of us came back": only opening a sentence, the count before it
            if self.needed_after(p):
                continue
            if self.before(p, 1) == ["all"]:
                continue  # "next to two other girls, all three of them": the whole group, no part of the two
            # "three of those who took the top dose": the clause names the group, which is no
            # figure before it unless that counts people ("30 volunteers. Forty of those who ...")
            relative = (
                hit[-1] in {"those", "these"}
                and nxt[len(hit) : len(hit) + 1]
                and nxt[len(hit)] in self.of_them_relatives
            )
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
            if k > 0 and [w for w in self.gap(cs[k - 1], p) if w not in {"-", "–"}] in (["in"], ["of"]):
                continue  # "six in 10 of this group", "six-in-ten of those": a ratio
            if same and self._other_plural_between(same[-1], p):
                continue  # "nine complaints about bent phones ... tested 15,000 of them": which 'them'?
            joined = self.gap(same[-1], p) if same else []
            if len(joined) == 1 and (joined[0] in self.of_them_alternatives or joined[0] in {"-", "–"}):
                continue  # "50 or 60 of them", "1.2 million to 3.6 million of them": one guess, two ends
            if joined == [","] and len(same) > 1 and self.gap(same[-2], same[-1]) == [","]:
                continue  # "some carry 8, 15, 25, 30 of them": a series of figures, each its own guess
            span = self.gap(same[-2], same[-1]) if len(same) > 1 else []
            if same:
                whole: AnyClaim | None = same[-1]
                if len(span) == 1 and span[0] in self.of_them_span_joins:
                    # "issued 66 in two terms — seven of which": the vetoes or the terms? the part
                    # is checked against the larger of the two only
                    whole = max(same[-2:], key=lambda c: c.high if c.high is not None else c.value or 0)
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
            if relative and not self._counts_people(whole):
                continue
            self.add_parts(whole, [p], False, False, " ".join(hit))

    def _other_plural_between(self, w: AnyClaim, p: AnyClaim) -> bool:
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

    def _clause_parts(self, p: AnyClaim) -> list[AnyClaim]:
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

    def _words_after(self, c: AnyClaim) -> list[str]:
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

    def _another_count(self, w: AnyClaim, p: AnyClaim, nxt: list[str]) -> bool:
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
            hit = _phrase_at(nxt, self.of_the_noun)
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
                    and not (hit == ("of", "the") and self._added(c))
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

    def _added(self, c: AnyClaim) -> bool:
        """'Two more governors', 'three other nurses': a count of those added to a group (a word of
        rules/relations.yaml parts.of_the_noun_added right after it), no whole of a part "of the
        governors", which names the whole group ("of these", "of those" point at the added:
        "six other devices ... One of these devices")."""
        return bool(self.of_the_added & set(self.after(c, 2)[:1]))

    def _named_anew(self, w: AnyClaim, p: AnyClaim, noun: str) -> bool:
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
            hit = _phrase_at(nxt, self.of_the_noun)
            if hit is None or (k + 1 < len(cs) and self.gap(p, cs[k + 1]) == list(hit)):
                continue  # "Seven of the 11 people": the whole is named next
            # the group's words stop at a comma: "Nine of the wounded, medics said, were children"
            # names the wounded, not the medics of the speaker's tag
            group = nxt[len(hit) : len(hit) + 4]
            own = _clause(group, _GROUP_ENDS)
            # the sentence before, or the one before that when the sentence between has no figure
            gap = not any(c.sentence == p.sentence - 1 for c in cs[:k])
            groups = [
                c
                for c in reversed(cs[:k])
                if self._sentence_before(c, p, gap, own)
                and not self._in_split(c)  # "Four are citizens and the remaining three ...": subgroups
                and c.kind == "count"
                and (c.value or 0) >= 2
                and _usable(c)
                and self.whole_ok(c)
                and not c.partitive
                and self.after(c, 1) != ["of"]  # "Two of the men died": a part itself
                and not (hit == ("of", "the") and self._added(c))
                and not self._changing(c)
                and self._group_of(c, p, own)
            ]
            # "shot 12 officers and two civilians. Five of those officers died": the count of the
            # noun the group names, before the nearest count of people: the noun is one of the first
            # two words after "of the" in its clause (one word may stand before it), not a word of a
            # speaker's tag after a comma ("Six of the wounded, police officers said, ...")
            named = _clause(self._words_after(p))[len(hit) : len(hit) + 2]
            w = next((c for c in groups if self._names(c, named)), self._nearest_group(groups, own, p))
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
            if (p.value or 0) > 1 and nxt[1] in self.plural_verbs:
                continue  # "Fourteen people were taken": a plural noun, a count of its own
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

    def _one_of(self, w: AnyClaim, p: AnyClaim, one: str) -> bool:
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

    def _a_part(self, c: AnyClaim) -> bool:
        """Is c already a part of a total read before (each claim is a part of one total at most)?"""
        return any(c in r.parts for r in self.out.parts)

    def _ratio_whole(self, c: AnyClaim) -> bool:
        """Is c the whole of a part written just before it ("Six of nine defendants have now been
        sentenced": nine is the group, six the ones the sentence is about)?"""
        b = self.before(c, 2)
        return len(b) == 2 and b[1] == "of" and (b[0].replace(",", "").isdigit() or b[0] in self.number_words)

    def _in_split(self, c: AnyClaim) -> bool:
        """Is c one of the subgroups its sentence splits a group into ("Four have become citizens and
        the remaining three hold visas"): another count in the sentence, one of the two after "the
        remaining"? A part opening the next sentence ("Six of the defendants") is of the group,
        not of a subgroup."""
        others = [d for d in self.claims if d.sentence == c.sentence and d is not c and d.kind == "count"]
        return c.kind == "count" and any(self._remaining_before(x) for x in (c, *others)) and bool(others)

    def _nearest_group(self, groups: list[AnyClaim], group: list[str], p: AnyClaim) -> AnyClaim | None:
        """The group a part opening its sentence belongs to when its words name no count's noun
        (groups nearest first): the nearest count of people, unless its sentence counts another group
        the part's words do not name either and the part is no more than those counts together
        ("detained 15 protesters and two reporters. Eleven of the detainees ...": the detainees are
        both groups, a whole no count gives; "Twenty of the detainees" is more than all of them and
        is still set against the nearest)."""
        if not groups or any(self._names(c, group) for c in groups):
            return groups[0] if groups else None
        near = [c for c in groups if c.sentence == groups[0].sentence]
        if len(near) > 1 and (p.value or 0) <= sum(c.value or 0 for c in near):
            return None
        return groups[0]

    def _group_of(self, w: AnyClaim, p: AnyClaim, group: list[str]) -> bool:
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

    def _names(self, w: AnyClaim, group: list[str]) -> bool:
        """Do the group's words name w's noun, or the end of it of four letters or more ("suits" for
        "lawsuits")?"""
        noun = singular_noun(w.counts.split()[-1]) if w.counts else ""
        ends = [singular_noun(g) for g in group]
        return bool(noun) and any(noun == g or (len(g) >= 4 and noun.endswith(g)) for g in ends)

    def _sentence_before(self, c: AnyClaim, p: AnyClaim, gap: bool, group: list[str]) -> bool:
        """Is c in the sentence before p's, or (gap: that sentence has no figure) in the one before
        that and counting a noun the group names ("two lawsuits ... [no figure] ... One of the
        suits")?"""
        if c.sentence == p.sentence - 1:
            return True
        return gap and c.sentence == p.sentence - 2 and self._names(c, group)

    def _headline(self, c: AnyClaim) -> bool:
        """Is c's sentence a headline: a line with no full stop at its end?"""
        return self._headline_line(c.sentence)

    def _counts_people(self, c: AnyClaim) -> bool:
        return c.noun_class in self.people or singular_noun(c.noun_class or "") in self.people
