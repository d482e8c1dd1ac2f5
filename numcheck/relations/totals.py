"""Totals and their parts across a sentence or a paragraph: 'of the whole', 'the rest', tolls, 'a total
of', 'among them'."""

from __future__ import annotations

import re

from numcheck.extraction.plurals import singular_noun
from numcheck.extraction.units import PERIODS
from numcheck.models import AnyClaim, Claim, with_fields
from numcheck.relations.figures import _counts_noun, _half_width, _usable, compatible, is_year
from numcheck.relations.model import Parts, SameTotal, Share
from numcheck.relations.phrases import (
    AMOUNT_WORDS,
    CONDITION_ENDS,
    DASH_WORD,
    FOR_NAME_RE,
    HARD_STOPS,
    REBASE_SOURCE_WORDS,
    SCALE_NUMBER,
    _a_year,
    _dashes,
    _ends_with,
    _find,
    _phrase_at,
    _starts,
    _starts_with,
    words,
)


class TotalsReader:
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

    def read_periods_of(self) -> None:
        """'carers for only three of the 18 hours', 'a loss in four of the last seven years': a
        bare whole number, a phrase of rules/relations.yaml parts.of_whole, then a span of time in
        whole periods (a second to a year). A span of time is no figure for arithmetic (a
        duration, not among `real`), but here it counts its periods and the number counts some of
        them: the number is read as a part of the span, taken as a count of its periods."""
        spans = [c for c in self.by_id.values() if c.kind == "quantity" and c.dimension == "[time]"]
        for w in spans:
            p = max((c for c in self.claims if c.end <= w.start), key=lambda c: c.end, default=None)
            if p is not None and self._periods_of(p, w):
                counted = {"kind": "count", "unit": None, "counts": w.unit, "si": None}
                self.add_parts(with_fields(w, **counted), [p], False, False, "of")

    def _periods_of(self, p: AnyClaim, w: AnyClaim) -> bool:
        """Is p a bare whole number counting some of the periods of w, a span of whole periods,
        named right after it by a phrase of parts.of_whole ("three of the 18 hours")?"""
        if p.kind != "number" or p.unit or p.sentence != w.sentence or (w.unit or "") not in PERIODS:
            return False
        if w.hedge or is_year(p) or p.value is None or w.value is None:
            return False
        if p.value != int(p.value) or w.value != int(w.value):
            return False
        if tuple(self.strip_hedge(self.gap(p, w))) not in self.of_whole:
            return False
        last = w.surface.split()[-1].lower()
        if "-" in w.surface or singular_noun(last) == last or self.after(w, 1) in (["old"], ["olds"]):
            return False  # "of the 10-year bonds", "of the 2 hour sessions": the size of each thing
        # "one in 5 of the 20 days": a rate; "the 3 of the 10 hottest days": a rank
        return self.before(p, 1) not in (["one"], ["the"]) and self.before(p, 2) != ["one", "in"]

    def _after_attribution(self, head: list[str]) -> list[str]:
        """The words opening a sentence past a source named first ("According to reports, of the 40
        passengers, ..."): one of parts.rebase_sources, at most REBASE_SOURCE_WORDS words more, and a
        comma; the words as they are when no source opens them."""
        hit = _phrase_at(head, self.rebase_sources)
        if hit is None or "," not in head:
            return head
        comma = head.index(",")
        if comma - len(hit) > REBASE_SOURCE_WORDS or HARD_STOPS & set(head[:comma]):
            return head
        return head[comma + 1 :]

    def _compared_part(self, w: AnyClaim, c: AnyClaim) -> AnyClaim | None:
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
            # "Of the 900 wounded, half are women, while some 8,000 were left homeless": a figure
            # past a word of contrast (parts.rebase_breaks) is of another clause, not of the whole
            parts = [
                c
                for c in parts
                if self._remaining_before(c) or not self.rebase_breaks & set(self.gap(first, c))
            ]  # "..., while the other three ...": the rest of the whole still
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
            if self.set_against & set(g[i + 1 :]):
                continue  # "a 25% chance -- versus 32% if ...": figures set against it, no parts
            if p.kind == "percent" and self.after(p, 1) == ["of"] and self._of_people(p):
                continue  # "74% of voters — including 74% of rural voters": a share of its own group
            if mark == ":" and self._enumerated(w, k + 1):
                continue  # "from seven brackets to three: 12, 25 and 35 percent": the three named
            parts = self.listed_after(p, w, k + 1)
            if mark == ":" and len(parts) == 1:
                parts = self._colon_list(p, w, k + 1)
            if mark == "—":
                # "the six - two guards and four visitors - hurt, 12 others ...": the parts end at
                # the dash that closes them
                pairs = enumerate(zip(parts, parts[1:], strict=False))
                end = next((n for n, (x, y) in pairs if DASH_WORD.search(self.text, x.end, y.start)), None)
                parts = parts if end is None else parts[: end + 1]
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
            nxt = self.after(parts[-1], 4)
            joined = nxt.index("and") if "and" in nxt[:3] else -1
            if joined >= 0 and nxt[joined + 1 : joined + 2] in (["a"], ["an"]):
                complete = False  # "five: two Greens, two Liberals and an independent": one more, unread
            self.add_parts(w, parts, True, complete, mark)

    def _colon_list(self, first: AnyClaim, whole: AnyClaim, k: int) -> list[AnyClaim]:
        """first (claims[k]) and the amounts listed after it, after a colon, each followed by whom
        or what it goes to: "ordered to pay $9 million: $6 million to the buyers and $3 million to
        the state" (a word of rules/relations.yaml parts.colon_list_links opening the words after
        each part, then a list join). Nothing past a figure of another kind, a word of change, a
        bracket or a stop."""
        parts = [first]
        for c in self.claims[k + 1 :]:
            if c.sentence != first.sentence or not _usable(c) or not compatible(whole, c, self.people):
                break
            g = self.strip_hedge(self.gap(parts[-1], c))
            if not g or g[0] not in self.colon_list_links or len(g) > 10:
                break
            if HARD_STOPS & set(g) or {"(", ")"} & set(g) or (self.up | self.down) & set(g):
                break
            if g[-1] not in {"and", ","}:
                break
            parts.append(c)
        return parts

    def _enumerated(self, w: AnyClaim, k: int) -> bool:
        """Does the list after a colon (claims[k] first) hold as many figures, of any kind, as the
        count w before the colon, each larger than w? Then each figure names one of the w things
        ("cut to three: 12, 25 and 35 percent"), none counts a part of them ("the 2 firms fined
        were: one and 2 more" is still a list of parts)."""
        if w.kind not in {"count", "number"} or w.value is None or w.value != int(w.value) or w.value < 2:
            return False
        listed = self._listed_run(self.claims, k)
        return len(listed) == w.value and all(x.value is not None and x.value > w.value for x in listed)

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
            if _starts_with(nxt, self.with_scale_mark):
                continue  # "with 100 standing for the most rural": a mark on a scale, no amount
            if self._a_ratio(p, nxt):
                continue  # "with six-in-ten adults": a share, no count of a part
            if self._listed_apart(p, k):
                continue  # "23 Democrats in favor, with 163 Democrats and 16 Republicans opposed"
            w = next((c for c in reversed(cs[:k]) if _usable(c) and c.sentence == p.sentence), None)
            if w is None or w.kind not in {"count", "money"} or not self.whole_ok(w) or (w.value or 0) < 2:
                continue
            if self.score_nouns & set(self.after(w, 3)) and "," not in self.after(w, 3):
                continue  # "a 9,600-vote lead, with 400,000 votes left": a margin, no whole
            if self._bracketed_sibling(w, p):
                continue  # "$118 million ($32 million for repairs, with $86 million for ...)"
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

    def _bracketed_sibling(self, w: AnyClaim, p: AnyClaim) -> bool:
        """Do w and p stand in one bracket opened right after a figure of w's kind, at most its
        noun between ("$118 million for the railway ($32 million for repairs, with $86 million for
        the rest)")? Then both are parts of that figure, siblings, and w is no whole of p."""
        k = self.real.index(w)
        if k == 0 or self.real[k - 1].sentence != w.sentence or self.real[k - 1].kind != w.kind:
            return False
        g = self.gap(self.real[k - 1], w)  # "$118 million for the railway ($32 million"
        if g[-1:] != ["("] or len(g) > 5 or {",", "(", ")", ";", "."} & set(g[:-1]):
            return False
        return ")" not in self.gap(w, p)

    def _a_ratio(self, p: AnyClaim, nxt: list[str]) -> bool:
        """Is p the first side of a ratio written after it ("six-in-ten", "six in 10": a word of
        rules/relations.yaml parts.with_ratio, then a number), a share of a group, no count?"""
        ws = [w for w in nxt[:4] if w not in {"-", "–", "—"}]
        if len(ws) < 2 or ws[0] not in self.with_ratio:
            return False
        return ws[1].replace(",", "").isdigit() or ws[1] in self.number_words

    def _listed_apart(self, p: AnyClaim, k: int) -> bool:
        """Is p (self.real[k]) the first of figures listed together ("with 163 Democrats and 16
        Republicans opposed") after which, right after the last one's noun, a word of
        parts.with_apart says all of them are outside the figure before?"""
        listed = self._listed_run(self.real, k)
        return len(listed) > 1 and bool(self.with_apart & set(self.after(listed[-1], 2)))

    def _listed_run(self, cs: list[AnyClaim], k: int) -> list[AnyClaim]:
        """cs[k] and the figures of its sentence listed right after it, each joined to the one
        before by the words of a list ("12, 25 and 35 percent"), whatever their kinds."""
        listed = [cs[k]]
        for c in cs[k + 1 :]:
            if c.sentence != listed[0].sentence or not self.list_join(self.gap(listed[-1], c)):
                break
            listed.append(c)
        return listed

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
            hit = _phrase_at(ws, self.scale)
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

    def _total_follows(self, w: AnyClaim) -> tuple[str, ...] | None:
        """'156 people in all': the words after w (past its noun) that make it a total."""
        after = self.after(w, 6)
        for skip in range(3):
            rest = after[skip:]
            hit = _phrase_at(rest, self.total_follows)
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

    def converted(self, c: AnyClaim) -> AnyClaim:
        """The figure a conversion restates ("6.05 hectares (14.95 acres)"), else the figure."""
        for _ in range(3):
            o = self.by_id.get(c.conversion_of or "")
            if o is None:
                break
            c = o
        return c

    def by_sentence(self, real: bool = False) -> dict[int, list[AnyClaim]]:
        out: dict[int, list[AnyClaim]] = {}
        for c in self.real if real else self.claims:
            out.setdefault(c.sentence, []).append(c)
        return out

    def read_among(self) -> None:
        """'Among the dead were 15 children' / 'Of them, 40 ...': parts of a figure sentences before."""
        sentences = self.by_sentence()
        for s, cs in sentences.items():
            first = cs[0]
            head = self.strip_hedge(self.sentence_head(first))
            whole: AnyClaim | None = None
            # "Of them, 40 ..."; "Of this amount the firm has paid $640 mln"
            named = len(head) > 2 and tuple(head[:2]) in self.of_them and head[2] in AMOUNT_WORDS
            total = self._of_the_total(head)
            if total is not None:
                # "Of the total penalty, $460,000 will be paid to ...": the penalty's figure
                whole = self._total_named(s, first, total, sentences)
            elif (
                (head[-1:] == [","] and tuple(w for w in head if w != ",") in self.of_them)
                or named
                or self._includes_opening(head, first)
                or (tuple(head) in self.all_but_opens and first.kind == "money" and self._a_bare_part(first))
            ):
                prev = [
                    c
                    for c in sentences.get(s - 1, [])
                    if compatible(c, first, self.people) and self.whole_ok(c)
                ]
                whole = prev[0] if len(prev) == 1 and prev[0].kind != "percent" else None
            else:
                hit = _phrase_at(head, self.among)
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

    def _includes_opening(self, head: list[str], first: AnyClaim) -> bool:
        """Does the sentence open "This included" (parts.includes_opens; not "It also includes"),
        at most a noun and "of" after it, right before its first figure, a count or a sum with no
        whole of its own after it ("156 of 359")?"""
        ws = head  # ("It also includes seven maps" after "includes two maps": more of the same, no part)
        opened = next((p for p in self.includes_opens if tuple(ws[: len(p)]) == p), None)
        rest = ws[len(opened) :] if opened else []
        # "This included rallies of 40,000 people": a noun and "of" may come between
        if opened is None or (
            rest and (len(rest) > 3 or rest[-1] != "of" or not all(w.isalpha() for w in rest))
        ):
            return False
        return self._a_bare_part(first)

    def _a_bare_part(self, c: AnyClaim) -> bool:
        """A count or a sum with no whole of its own named right after it ("156 of 359")."""
        return c.kind in {"count", "number", "money"} and self.after(c, 1) != ["of"]

    def _of_the_total(self, head: list[str]) -> tuple[str, ...] | None:
        """The words naming the whole after a sentence's opening "Of the total" and before its comma
        (parts.of_the_total): () for "Of the total,", ("civil", "settlement") for "Of the total civil
        settlement,"; None when the sentence does not open so (at most three words, none a figure)."""
        if head[-1:] != [","]:
            return None
        ws = head[:-1]
        hit = next((p for p in self.of_the_total if tuple(ws[: len(p)]) == p), None)
        if hit is None:
            return None
        rest = tuple(ws[len(hit) :])
        if len(rest) > 3 or not all(w.isalpha() for w in rest):
            return None
        return rest

    def _total_named(
        self, s: int, first: AnyClaim, named: tuple[str, ...], sentences: dict[int, list[AnyClaim]]
    ) -> AnyClaim | None:
        """The whole "Of the total <noun>," opens sentence s on: the figures of the sentences before
        (at most parts.of_the_total_back) with that noun within three words of them, all of one value
        (the nearest is taken); when none is so named, or no noun is given, the one figure of the
        sentence before of first's kind."""
        noun = singular_noun(named[-1]) if named else None
        if noun is not None:
            near = [
                c
                for k in range(max(0, s - self.of_the_total_back), s)
                for c in sentences.get(k, [])
                if noun in {singular_noun(w) for w in (*self.before(c, 3), *self.after(c, 3))}
                and c.kind != "percent"
                and compatible(c, first, self.people)
                and self.whole_ok(c)
            ]
            if near:
                return near[-1] if len({c.value for c in near}) == 1 else None
        prev = [c for c in sentences.get(s - 1, []) if compatible(c, first, self.people) and self.whole_ok(c)]
        return prev[0] if len(prev) == 1 and prev[0].kind != "percent" else None

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
                if any(self.excepted(x) for x in p.parts):
                    break  # "All but five of the 60 were oil firms. The remaining five ...": the five again
                if self._member_named(p.parts[-1], last):
                    break  # "13 of the 16 ... A third defendant ... the remaining two": 13 + 1 + 2
                if self._member_counted(w, p.parts[-1], last):
                    break  # "six of the nine ... One man was fined ... the remaining two": 6 + 1 + 2
                if self._split_unread(w, p, last):
                    break  # "Of the 435 races, 233 seats are held by A and 199 by B. The other three"
                self.add_parts(w, [*p.parts, last], True, True, "the remaining")
                break

    def _member_named(self, part: AnyClaim, last: AnyClaim) -> bool:
        """Between a part and 'the remaining' figure, one more of the whole named with an ordinal
        and no figure ('a third defendant is in custody'), or a fraction of it ('a fifth of them'):
        the remaining figure is what is left after that too, so the parts read do not sum to the
        whole."""
        return self._ordinal_member(self.words_in(part.end, last.start))

    def _member_counted(self, w: AnyClaim, part: AnyClaim, last: AnyClaim) -> bool:
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

    def _split_unread(self, w: AnyClaim, p: Parts, last: AnyClaim) -> bool:
        """In the sentence of the parts read, after the whole, a count not read as a part whatever
        its noun ("Of the 435 races, 233 seats are held by Republicans and 199 held by Democrats":
        the seats are races in another word): 'the remaining' figure after them is what is left
        after that count too, so the parts read do not sum to the whole."""
        where = {x.sentence for x in p.parts}
        return any(
            w.end <= c.start < last.start
            and c.sentence in where
            and c is not w
            and all(c is not x for x in p.parts)
            and c.kind in {"count", "number"}
            and _usable(c)
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
                hit = _phrase_at(ws, self.among_after, i)
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
            opened = bool(g) and g[-1] in self.lone_part_opens and len(g) > 1
            if g[-1:] != [","] and not opened:
                continue
            nxt = self.after(p, 12)
            # "two plans, one covering ...": a word in -ing right after the part (taken for the
            # noun it counts, or passed over for the noun after it) is what the part does, no noun
            # and says it of the part alone: not before the part's own noun ("nine praying halls"),
            # not at the end of the clause ("five pending."), not when the whole has one too ("four
            # people drowning, 300 being rescued": a list of what became of whom), not a word that
            # works as a preposition ("11 districts - 12 counting the recount": the whole restated)
            acting = bool(nxt) and nxt[0].endswith("ing") and len(nxt[0]) > 5 and w.kind == "count"
            acting = acting and p.counts in (None, nxt[0]) and nxt[1:2] != [p.noun_class or ""]
            acting = acting and nxt[1:2] != [] and nxt[1][:1].isalnum()
            acting = acting and not any(x.endswith("ing") for x in g)
            acting = acting and nxt[0] not in self.lone_part_not_acting
            if len(g) > 4 or self.noun_stops & set(g) or not (acting or compatible(w, p, self.people)):
                continue
            if self.by_place & set(g):
                # "535,000 in Texas, 175,000 in Georgia, 172,000 in ...", "eight in the South, five in
                # the West", "533 seats in England, 59 in Scotland": a figure placed itself is one of
                # the list by place, never its whole, wherever the list starts (RL27, JG19)
                continue
            parts = self.listed_after(p, w, k + 1)
            placed = all(self.after(x, 1)[:1] and self.after(x, 1)[0] in self.by_place for x in parts)
            lone = len(parts) == 1 and w.kind == "count" and len(g) <= 3
            if len(parts) >= 2 and placed and not opened and all(x.counts in (None, w.counts) for x in parts):
                self.add_parts(w, parts, True, False, "by place")
            elif lone and (acting or p.counts in (None, w.counts)):
                # "four films, one with her brother": a lone part right after its counted whole
                # "two models, one aimed at A and the second at B": "one", then the other
                paired = bool(nxt) and nxt[0].isalpha() and nxt[0] not in {"and", "or", "to"}
                paired = paired and _find(nxt[1:], self.lone_pair) is not None
                if nxt and (nxt[0] in self.lone_part or paired or acting):
                    rest = self._the_other(w, p, k + 1)
                    if rest is not None:
                        self.add_parts(w, [p, rest], True, True, "the other")
                    else:
                        self.add_parts(w, parts, False, False, "lone part")

    def _the_other(self, w: AnyClaim, p: AnyClaim, k: int) -> AnyClaim | None:
        """'four depots: one in the north, and the other three in the south': the count after one of
        `remaining` ("the other") later in the sentence of the lone part p, which with p makes up
        w; none when a figure that is no count nor share comes between ("one aged 30 and the
        other 45" gives ages; a bare number between, read as no claim, is one too)."""
        for c in self.claims[k + 1 :]:
            if c.sentence != p.sentence:
                return None
            if c.kind in {"count", "number"} and _ends_with(self.before(c, 3), self.remaining):
                if not _usable(c) or c.counts not in (None, w.counts) or not compatible(w, c, self.people):
                    return None
                gap = [*self.gap(p, c), ""]
                shares = {"%", "percent", "per"}
                if any(x[:1].isdigit() and gap[i + 1] not in shares for i, x in enumerate(gap)):
                    return None
                return c
            if c.kind not in {"percent", "money"}:
                return None
        return None

    def read_same_total(self) -> None:
        """Figures each followed by their share in brackets, in one or two sentences of a paragraph."""
        pairs: list[tuple[AnyClaim, AnyClaim]] = []
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
        group: list[tuple[AnyClaim, AnyClaim]] = []
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

    def _own_base(self, a: AnyClaim) -> bool:
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
        if not self._in_text(self.total_named):
            return  # no word naming a total anywhere: no sentence head can name one
        cs = self.real
        for k, t in enumerate(cs):
            if t.kind not in {"money", "quantity", "count"} or not _usable(t) or not self.whole_ok(t):
                continue
            head = self.sentence_head(t)
            opening = head[: head.index(",") + 1] if "," in head else head
            if self._of_the_total(self.strip_hedge(opening)) is not None:
                # "Of the total settlement, $7 million goes to ... and $2 million to ...": parts of
                # the total, not it, the later ones too (round RL42)
                continue
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
            found: list[AnyClaim] = []
            held: AnyClaim | None = None
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
                if _starts_with(head, self.announced_total_same_span):
                    break  # "Over that time, 9 million people moved here": another measure of the span
                at = _find(self.after(p, 4)[1:], list(self.announced_total_itself))
                if at is not None and at[0] < 2:
                    break  # "The lower chamber passed 420 bills total": another total, no part of the first
                if p.value == w.value and _usable(p):
                    continue  # "a total of 206 votes ... their 206 votes": the total named again, no part
                if self.before(p, 2)[:1] == ["to"]:
                    continue  # "hopes to win 270 votes": an aim, no part of the total
                if _ends_with(self.strip_hedge(self.before(p, 4)), self.needed_before) is not None:
                    continue  # "It takes 270 votes to win": what is needed, no part of the total
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
            run: list[AnyClaim] = []
            for p in [*found, None]:
                if not run:
                    run = [p] if p is not None else []
                    continue
                if p is None or p.sentence != run[-1].sentence or not self.list_join(self.gap(run[-1], p)):
                    self.add_parts(w, run, len(run) > 1, False, "-total " + " ".join(self.before(w, 3)))
                    run = []
                if p is not None:
                    run.append(p)

    def read_kind_named(self) -> None:
        """'The league has nine clubs. ... the league's three northern clubs': a count after a
        definite word (rules/relations.yaml parts.kind_named_before, or a possessive: "the
        league's") with a word of kind between it and its noun ("northern") is a part of the
        nearest count of that noun, with no kind word of its own or one the part also has, in the
        sentence before it or the one before that, in its paragraph, when that count is definite
        too ("the nine clubs", "the league's nine clubs"): the group is named as all of it, the
        part's definite word points back at it and its kind word picks some of it. An indefinite
        count ("300 guards posted in the north ... the 900 French guards") names no
        group a later kind is taken from. Parts of one sentence under one whole are
        listed together ("its 20 owned clubs and its 40 leased clubs"). Not a kind word that names
        another group (parts.of_the_noun_not_modifiers: "the three other clubs", "the two new
        clubs"), a whole in a headline, a whole the part's kind names already (the same group
        named again), a count of another event, nor a sentence naming a year, day or month the
        whole's does not."""
        cs = self.real
        found: dict[tuple[str, int], list[AnyClaim]] = {}
        wholes: dict[str, AnyClaim] = {}
        for k, p in enumerate(cs):
            if p.kind != "count" or not p.counts or p.value is None or not _usable(p) or p.partitive:
                continue
            if not self._definite(p):
                continue
            kind = [x for x in self._modifiers(p) if x not in {"-", ","}]
            if not kind or not all(x.isalpha() for x in kind):
                continue
            if (self.of_the_not_modifiers | self.of_the_added) & set(kind):
                continue
            noun = singular_noun(p.counts)
            w = None
            for j in range(k - 1, -1, -1):  # back to the sentence two before p's, no further
                c = cs[j]
                if c.sentence < p.sentence - 2:
                    break
                if (
                    c.sentence < p.sentence
                    and c.kind == "count"
                    and c.counts
                    and singular_noun(c.counts) == noun
                ):
                    w = c
                    break
            if w is None or w.paragraph != p.paragraph or (w.value or 0) < 2 or w.partitive:
                continue
            if not self._definite(w):
                continue  # "300 guards posted north ... the 900 French guards": no group named
            own = [x for x in self._modifiers(w) if x not in {"-", ","}]
            if not set(own) <= set(kind) or own == kind:
                continue  # "four steel mills ... the two coal mills": another kind; the same kind again
            if not (_usable(w) and self.whole_ok(w)) or self._changing(w) or self._changing(p):
                continue
            if self.after(w, 1) == ["of"] or self._headline(w) or self._a_part(p):
                continue
            if w.event and p.event and w.event != p.event:
                continue
            if self._years(p.sentence) - self._years(w.sentence):
                continue  # "nine clubs in 2019 ... its three northern clubs in 2021": another time
            if self._times(p.sentence) - self._times(w.sentence):
                continue  # "held nine men on Monday ... the three masked men held on Friday"
            found.setdefault((w.id, p.sentence), []).append(p)
            wholes[w.id] = w
        for (wid, _), parts in found.items():
            self.add_parts(wholes[wid], parts, len(parts) > 1, False, "the kind named")

    def _definite(self, c: AnyClaim) -> bool:
        """Is c a count after a definite word (parts.kind_named_before, or a possessive: "the
        league's nine clubs"), that word not after a word naming another group ("the other two
        clubs" is one of parts.of_the_noun_not_modifiers)?"""
        det = self.before(c, 2)
        if not det or not (det[-1] in self.kind_named_before or det[-1].endswith("'s")):
            return False
        return not (self.of_the_not_modifiers | self.of_the_added) & set(det)

    def _times(self, sentence: int) -> set[str]:
        """The days and months a sentence names (rules/relations.yaml parts.kind_named_times)."""
        ws = self.words_in(self.sent_start[sentence], self.sent_end[sentence])
        return self.kind_named_times & set(ws)

    def _kind_of_total(self, w: AnyClaim, p: AnyClaim) -> bool:
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
    def _modifiers(c: AnyClaim) -> list[str]:
        """The words of c's measurand before its counted noun ("indirect" of "indirect jobs")."""
        ws = words(c.measurand)
        at = next((i for i, x in enumerate(ws) if singular_noun(x) == singular_noun(c.counts or "")), 0)
        return ws[:at]

    def read_condition(self) -> None:
        """'Nine people were hurt in the crash. Two are in critical condition': counts followed by
        the condition the hurt are in (rules/relations.yaml parts.condition) are parts of the
        nearest count of the hurt (events of parts.condition_events) before them, in their sentence
        or the one before in their paragraph; together they are at most that count."""
        if self.condition_firsts is not None and not self._in_text(self.condition_firsts):
            return  # no word a condition opens with is anywhere ("critical", ...): no count is in one
        cs = self.claims
        parts: dict[int, list[AnyClaim]] = {}
        wholes: dict[int, AnyClaim] = {}
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
                    and not self._of_the_before(c, cs)
                ),
                None,
            )
            if w is None or self._headline(w) or not self._same_people(w, p):
                continue
            if self._a_part(p) or self._one_of_a_pair(w, cs, p):
                continue
            wholes[w.id] = w
            parts.setdefault(w.id, []).append(p)
        for wid, ps in parts.items():
            self.add_parts(wholes[wid], ps, False, False, "condition")

    def _one_of_a_pair(self, c: AnyClaim, cs: list[AnyClaim], p: AnyClaim) -> bool:
        """Is c joined by "and" to the next count of its sentence, no word of an event between, and
        the count p in a condition after them their sum ("wounded two officers and two deputies.
        The four are in stable condition")? The condition is said of both together, so c alone is
        no whole of it (round JG34); "Three officers are in critical condition" is still c's part."""
        k = cs.index(c)
        if k + 1 >= len(cs) or cs[k + 1].sentence != c.sentence or cs[k + 1].kind not in {"count", "number"}:
            return False
        if None in (c.value, cs[k + 1].value) or p.value != c.value + cs[k + 1].value:
            return False
        g = self.gap(c, cs[k + 1])
        if g[-1:] != ["and"] or len(g) > 6 or HARD_STOPS & set(g):
            return False
        return not any((w,) in self.event_words for w in g)

    def _of_the_before(self, c: AnyClaim, cs: list[AnyClaim]) -> bool:
        """Is c a part of a figure named just before it with "of the" ("that of the 14 injured,
        five had been released": five is one of the 14, a sibling of the counts after it, never
        their whole): the figure before c in its sentence has "of the" right before it and at most
        its noun and a comma between it and c."""
        k = cs.index(c)
        if k == 0 or cs[k - 1].sentence != c.sentence or self.before(cs[k - 1], 2) != ["of", "the"]:
            return False
        g = self.gap(cs[k - 1], c)
        return g[-1:] == [","] and len(g) <= 3

    def _in_condition(self, c: AnyClaim, then: AnyClaim | None) -> bool:
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

    def _same_people(self, w: AnyClaim, p: AnyClaim) -> bool:
        """Do w and p count the same people: one of them names no noun of its own, or both name
        one noun ("people" for either)?"""
        a, b = singular_noun(w.counts or ""), singular_noun(p.counts or "")
        return not a or not b or a == b or "person" in {a, b} or "people" in {a, b}
