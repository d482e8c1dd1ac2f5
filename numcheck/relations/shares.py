"""Shares and moves: 'a third of the 450', 'a majority (45%)', a poll's answers, a move as an amount
and a percentage."""

from __future__ import annotations

import re

from numcheck.link import score_side, share_base
from numcheck.models import AnyClaim
from numcheck.relations.figures import _one_question, _usable, compatible
from numcheck.relations.model import Quantified, Share
from numcheck.relations.phrases import (
    HARD_STOPS,
    LIST_JOINS,
    WORD_SHARE_DETAIL_POINTS,
    _ends_with,
    _find,
    words,
)

# the word right after a share and the word after that: "47 percent for websites" -> for, websites
_ITEM_AFTER = re.compile(r"\s+([a-z]+)\s+([A-Za-z]+)")


class SharesReader:
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
            if any(score_side(c, self.text, self.know) is not None for c in shares):
                continue  # "led 46-44 among men and 50-43 among women": head-to-heads, two sides each
            start = self.sent_start[s - 1] if s > 0 else 0
            ws = words(self.text[start : self.sent_end[s]])
            if _find(ws, self.poll) is None or _find(ws, self.froms) is not None:
                continue
            head = self.words_in(self.sent_start[s], shares[-1].start)
            if self.poll_compared & set(head):
                continue  # "more say A (61%) than say so of B (55%) or C (40%)": each its own question
            places = [nxt for w, nxt in zip(head, head[1:], strict=False) if w in self.poll_ranked]
            if any(self._ordinal(w) or w in self.poll_rank_places for w in places):
                continue  # "ranked third, at 58%, ahead of A (55%)": ratings set in a ranking
            if self._guessed(shares[-1]):
                continue  # "47, 48, 49 percent, something like that": one share guessed at
            if self._of_items(shares):
                continue  # "55 percent for cable news and 47 percent for websites": one question per item
            if self._word_share_detailed(shares):
                continue  # "about half of members find it slow (52%) and dull (47%)": the half per answer
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

    def _of_items(self, shares: list[AnyClaim]) -> bool:
        """Are two or more of the shares each followed by a word of rules/relations.yaml poll_items
        and a lower-case word ("55 percent for cable news")?"""
        n = 0
        for c in shares:
            m = _ITEM_AFTER.match(self.text, c.end)
            if m is not None and m.group(1) in self.poll_items and m.group(2)[0].islower():
                n += 1
        return n >= 2

    def _word_share_detailed(self, shares: list[AnyClaim]) -> bool:
        """Is the first share written in words and outside brackets ("about half of members"), and
        every later one alone in a bracket and near it ("slow (52%) and dull (47%)")? The brackets
        then give, answer by answer, the figures the words sum up: no answers of one question beside
        it. Bracketed shares far from it are the question's other answers ("about half said yes, no
        (30%), unsure (25%)"), and a percentage spelt out ("Fifty-five percent") is a figure."""
        first, rest = shares[0], shares[1:]
        if first.surface[:1].isdigit() or self.before(first, 1) == ["("]:
            return False
        if first.value is None or any(w in first.surface.lower() for w in ("percent", "per cent")):
            return False  # "Fifty-five percent backed ...": a figure spelt out, not a share in words
        return all(
            self.before(c, 1) == ["("]
            and self.after(c, 1) == [")"]
            and c.value is not None
            and abs(c.value - first.value) <= WORD_SHARE_DETAIL_POINTS
            for c in rest
        )

    def _guessed(self, c: AnyClaim) -> bool:
        """Does a phrase of rules/relations.yaml poll_guesses follow the last share c, past a comma
        at most ("47, 48, 49 percent, something like that")? The run is a guess at one share."""
        ws = self.after(c, 6)
        if ws[:1] == [","]:
            ws = ws[1:]
        hit = _find(ws, self.poll_guesses)
        return hit is not None and hit[0] == 0

    def _counted_so_far(self, c: AnyClaim) -> bool:
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

    def named(self, c: AnyClaim) -> bool:
        """Does c say what it counts ('five nurses', 'one Peruvian'), not stand bare ('seven and')?"""
        nxt = self.after(c, 1)
        return c.kind == "count" or (bool(nxt) and nxt[0].isalpha() and nxt[0] not in LIST_JOINS)

    def needed_after(self, c: AnyClaim) -> bool:
        """'three permits, of which five are required': what is needed, not a part."""
        return bool(self.needed & set(self.after(c, 3)))

    def _remaining_before(self, c: AnyClaim) -> bool:
        return _ends_with(self.strip_hedge(self.before(c, 4)), self.remaining) is not None

    def _changing(self, c: AnyClaim) -> bool:
        """Is c a change ('rose 5%', 'up 3 points', 'from 12%') rather than a level or share? The
        claim's own hedge is not a change ('up to 41,000 people': a bound; 'rose by up to 4%' is)."""
        hedge = words(c.hedge or "")
        b = self.before(c, 2 + len(hedge))
        if hedge and b[-len(hedge) :] == hedge:
            b = b[: -len(hedge)]
        return bool(b) and (b[-1] in self.up or b[-1] in self.down or b[-1] in {"from", "by", "to"})
