"""Totals and parts in court and settlement news: charges, counts of people charged and their outcomes,
fines and payments."""

from __future__ import annotations

import re

from numcheck.extraction.plurals import singular_noun
from numcheck.models import AnyClaim
from numcheck.relations.figures import NUM_RE, _counts_noun, _usable, compatible
from numcheck.relations.phrases import (
    CLAUSE_ENDS,
    _a_year,
    _a_year_in,
    _and_joins_before,
    _clause,
    _ends_with,
    _find,
    _starts_with,
    words,
)


class LegalReader:
    def read_charges(self) -> None:
        """'The five-count indictment charges him with one count of X, two counts of Y and two
        counts of Z': a charging document named by its number of counts, then the counts it
        charges one defendant with, listed after "with" in the same sentence, add up to no more
        than it (it may charge another defendant, named sentences later, with the rest). Not where
        the counts are shared out ("each", "others": rules/relations.yaml charges.not_with)."""
        documents = self.charge_documents
        if all(documents) and not self._in_text({h[-1] for h in documents}):
            return  # no charging document's last word anywhere: no figure names one by its counts
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

    def _only_counts_listed(self, w: AnyClaim, parts: list[AnyClaim]) -> bool:
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

    def _document(self, w: AnyClaim) -> tuple[str, ...] | None:
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

    def _charge_lists(self) -> list[list[AnyClaim]]:
        """The runs of two or more counts of charges in one sentence, the first right after
        charges.listed_near, no other figure between them ('on nine counts of X, nine counts of Y
        and eight counts of Z'), as read_charges lists them after "with"."""
        out: list[list[AnyClaim]] = []
        run: list[AnyClaim] = []
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

    def _counts_charges(self, c: AnyClaim) -> bool:
        """Is c a number of counts charged: 'two counts of fraud', 'three false statements counts',
        also a bare number right before "count" ('two count of fraud': 'one count' slipped, the noun
        left singular)?"""
        if c.kind not in {"count", "number"} or c.value is None:
            return False
        head = _clause(self._words_after(c), CLAUSE_ENDS | {"of"})
        if c.kind == "number":
            return head[:1] in (["counts"], ["count"])
        return _counts_noun(c, "count") or head[-1:] in (["counts"], ["count"]) and len(head) <= 4

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
        sentence names, a fine whose sentence does not name it, nor, against fines of a time the
        whole itself is dated by in words ("last year"), a fine not dated so."""
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
        dated = {t for t in w.times if " " in t and not t.startswith("<")}  # "last year": a past span
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
            if dated - set(p.times):
                continue  # "$1.1 billion in fines imposed last year", and a fine still to pay
            self.add_parts(w, [p], False, False, "fines to date")

    def _fines_total(self, c: AnyClaim) -> bool:
        """Is c the fines of an investigation summed so far ("more than $585 million in fines have
        been imposed to date", "fines totaling $45 million")?"""
        if _ends_with(self.strip_hedge(self.before(c, 6)), self.fines_total_before) is not None:
            return True
        nxt = self.after(c, 5)
        if not _starts_with(nxt, self.fines_total):
            return False
        own = self.words_in(self.sent_start[c.sentence], self.sent_end[c.sentence])
        return _find(own, self.fines_total_with) is not None

    def _restates(self, c: AnyClaim, w: AnyClaim) -> bool:
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

    def _of_headline(self, c: AnyClaim, w: AnyClaim) -> bool:
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

    def _defendants_outcome(self, p: AnyClaim) -> bool:
        """Is p a count of defendants (parts.outcome_nouns) whose sentence says what became of them?"""
        if p.kind != "count" or not p.counts or p.value is None or not _usable(p):
            return False
        return singular_noun(p.counts.split()[-1]) in self.outcome_nouns and self._an_outcome(p)

    def _bare_outcome(self, p: AnyClaim) -> bool:
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

    def _charged(self, c: AnyClaim) -> bool:
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

    def _near_paragraph(self, c: AnyClaim, p: AnyClaim) -> bool:
        """Is c in p's paragraph, or in the sentence right before p that closes the paragraph
        before (a release's one-sentence paragraphs) and counting p's noun ('Twenty defendants
        ... have been charged.' then 'Police held six of the defendants')?"""
        if c.paragraph == p.paragraph:
            return True
        if c.sentence != p.sentence - 1 or c.paragraph != p.paragraph - 1 or not (c.counts and p.counts):
            return False
        return singular_noun(c.counts.split()[-1]) == singular_noun(p.counts.split()[-1])

    def _an_outcome(self, p: AnyClaim) -> bool:
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

    def _listed_next(self, p: AnyClaim) -> AnyClaim | None:
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

    def _other_of_list(self, p: AnyClaim, own: list[str]) -> bool:
        """Is every word of parts.outcome_not_with in p's sentence an "other" right after a later
        count of it, one more group of the same defendants ('the four defendants convicted today,
        26 other co-defendants have pleaded guilty'), not another case?"""
        if self.outcome_not_with & set(own) != {"other"}:
            return False
        later = [c for c in self.claims if c.sentence == p.sentence and c.start > p.start]
        return own.count("other") == sum(self.after(c, 1) == ["other"] for c in later)
