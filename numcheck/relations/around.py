"""The text around a figure: its sentence, the words before and after it, what labels it."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import cached_property

from numcheck.extraction.knowledge import knowledge
from numcheck.extraction.tokens import sentence_offsets
from numcheck.models import AnyClaim, Claim
from numcheck.relations.cues import _cues, _demonyms, _people_nouns
from numcheck.relations.figures import _usable
from numcheck.relations.model import Relations
from numcheck.relations.phrases import HARD_STOPS, LIST_JOINS, _ends_with, _find, _phrase_at, one_words, words
from numcheck.rulepack import RulePack


class TextAround:
    def __init__(self, text: str, claims: list[AnyClaim], pack: RulePack) -> None:
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

    def threshold(self, c: AnyClaim) -> bool:
        """'65 or older', '18 and over': a bound that sorts what is counted, not an amount."""
        end = self.sent_end[c.sentence] if c.sentence < len(self.sent_end) else len(self.text)
        nxt = tuple(words(self.text[c.end : min(end, c.end + 20)])[:2])
        # a phrase of threshold_after matches the (at most two) next words: one of one word or two
        return nxt[:1] in self.thresholds_1 or nxt in self.thresholds_2

    def labelled(self, c: AnyClaim) -> bool:
        """'magnitude 6.4', 'Resolution 2118', '(3)': a label, not an amount."""
        before = words(self.text[max(0, c.start - 30) : c.start])
        if before and before[-1] in self.labels:
            return True
        bracketed = self.text[c.start - 1 : c.start] == "(" and self.text[c.end : c.end + 1] == ")"
        return bracketed and c.kind == "number"  # "(3)": an item of a list

    def word_ones(self, claims: list[AnyClaim], pack: RulePack) -> list[AnyClaim]:
        """'one' written as a word where extraction gives no figure ('including two water projects
        and one habitat project', 'one of the two levers'): a figure of 1, for the parts of a whole
        only (never a whole, never a change)."""
        not_after, not_before = self.one_not_after, self.one_not_before  # the pack's one_word cues
        covered = [(c.start, c.end) for c in claims]
        doc = claims[0].doc
        out: list[AnyClaim] = []
        for m in one_words(self.text):
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

    def of_them_next(self, c: AnyClaim) -> bool:
        """'10 of whom', '2,500 of them': a part of the figure before it, never the whole of a
        figure after it nor another part beside it."""
        nxt = tuple(self.after(c, 4))
        return _phrase_at(nxt, self.of_them_after) is not None

    def event_after(self, c: AnyClaim) -> str | None:
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

    def whole_ok(self, c: AnyClaim) -> bool:
        """Can c be a whole: a figure as extracted, not a 'one' read as a part, nor a count of the
        exceptions ("all but three")."""
        if c.id in self.one_ids:
            return False
        return not self.excepted(c)

    def excepted(self, c: AnyClaim) -> bool:
        """Is c a count of the exceptions ("all but five of the 60", parts.exceptions_before)?"""
        return any(tuple(self.before(c, len(e))) == e for e in self.exceptions_before)

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

    def gap(self, a: AnyClaim, b: AnyClaim) -> list[str]:
        return self.words_in(a.end, b.start)

    def before(self, c: AnyClaim, n: int = 8) -> list[str]:
        """The words before c in its sentence (at most n)."""
        # (a claim's field is read once: a pydantic model's attribute is slow to read)
        # (_held written out here and in after(): the two are asked some 300 times a check)
        s, at = c.sentence, c.start
        start = self.sent_start[s] if s < len(self.sent_start) else 0
        key = (max(start, at - 200), at)
        ws = self._words.get(key)
        if ws is None:
            ws = self._words[key] = words(self.text[key[0] : at])
        return ws[-n:]

    def after(self, c: AnyClaim, n: int = 6) -> list[str]:
        s, at = c.sentence, c.end
        end = self.sent_end[s] if s < len(self.sent_end) else len(self.text)
        key = (at, min(end, at + 120))
        ws = self._words.get(key)
        if ws is None:
            ws = self._words[key] = words(self.text[at : key[1]])
        return ws[:n]

    def _changes_compared(self, hit: tuple[str, ...], before_first: list[str], second: AnyClaim) -> bool:
        """ "fell by 7.1%, compared to a 6.7% drop for the group": two changes set side by side (the
        first a change "by" it, or the second named a change by the noun after it), not a level
        and the level it moved from."""
        if hit[0] != "compared":
            return False
        nxt = self.after(second, 1)
        named = _ends_with(nxt, self.inc_nouns) or _ends_with(nxt, self.dec_nouns)
        return before_first[-1:] == ["by"] or named is not None

    def sentence_head(self, c: AnyClaim) -> list[str]:
        s = c.sentence
        start = self.sent_start[s] if s < len(self.sent_start) else 0
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
