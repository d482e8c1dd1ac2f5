"""A source named in the text (Attribution: who, through which cue, where) and the few word sets
and helpers that the readers of attribution share: the cue reader (attribution.py), quotations
(quotes.py) and interviews (interviews.py)."""

from __future__ import annotations

from dataclasses import dataclass

from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.tokens import Token, Tokenized

DETERMINERS = {"the", "a", "an"}
QUOTE_CHARS = {'"', "“", "”"}
VERB_AFTER_SUBJECT = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "do"}
INVERTED_TAIL = 4  # words after a cue to its sentence's end that may name its speaker ("said his lawyer")


@dataclass
class Attribution:
    """A source named in the text: who, through which cue, and where."""

    cue_index: int  # token index of the cue's first word
    source: str  # the source's name (a surname or pronoun resolved to the full name)
    cue: str  # the cue as written: "said", "according to", "told", "reported by"
    first: int  # token range of the words naming the source (-1 when carried from elsewhere)
    last: int
    after_and: bool = False  # its clause starts after "and" (or "as"): it does not reach back over it


def unpossessed(word: str) -> str:
    """The word without a possessive "'s" ("Rutte's" -> "Rutte")."""
    for mark in ("'s", "’s"):
        if word.endswith(mark) and len(word) > 3:
            return word[: -len(mark)]
    return word


def person_of(source: str, names: dict[str, str]) -> str | None:
    """The full name of the person a source names ('Lena Holt', 'Holt', 'Ms Holt'), else None."""
    words = source.split()
    if not words:
        return None
    last = unpossessed(words[-1])
    if last in names:
        return names[last]
    return next((full for full in names.values() if last in full.split()), None)


def nearest_person(
    tk: Tokenized,
    i: int,
    names: dict[str, str],
    people: set[str] | frozenset[str] = frozenset(),
    possessed: set[str] | frozenset[str] = frozenset(),
    skip: set[str] | frozenset[str] = frozenset(),
    chain: set[str] | frozenset[str] = frozenset(),
    spoken: dict[int, list[str]] | None = None,
    relatives: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> tuple[str | None, int]:
    """The person 'he' or 'she' at token i most likely refers to, and where they are named: the
    last person named in the two sentences before it (by full name, or by surname after a title
    such as "Mr") as the subject its sentence or clause opens with (`_clause_subject`; `people`:
    the words describing a person that may stand in the title before the name, `described_people`),
    also in the possessive ("Lena Holt's plan is simple. She says ...") when none of `possessed`
    (`possessed_people`: "Holt's lawyer") follows it (`_possessor`). A person in `skip` (full names:
    those the pronoun cannot stand for) is passed over. A sentence in reach that names no one and
    holds a word of `chain` (the pronoun's forms: "he", "his", "him") stands for the same person, so
    the reach goes on two sentences before it ("Holt runs the yard. He sleeps there. His boat ...
    . ... she says"), at most CHAIN_REACH sentences before the pronoun's; a person found that far
    back is taken only when every source that speaks between (`spoken`: sentence -> the sources
    named in it by a name or a description) is that person ("Ruiz said ..."): else the pronoun may
    be that other speaker's, and no one is found."""
    toks = tk.tokens
    s0 = toks[i].sentence
    a0 = tk.sentence_spans[s0][0]
    # a pronoun inside a quotation (a mark open before it and one closing after it in its
    # sentence) may stand for someone the quotation names
    b0 = tk.sentence_spans[s0][1]
    quoted = sum(1 for w in toks[a0:i] if w.text in QUOTE_CHARS) % 2 == 1 and any(
        w.text in QUOTE_CHARS for w in toks[i:b0]
    )
    between: list[tuple[int, str]] = []  # the sources that speak in the sentences passed, by sentence
    limit = s0 - 2
    seen = s0  # the last sentence read for a word of `chain`
    # read sentence by sentence back from the pronoun, and in each only the words that can name a
    # person (a capitalised word, or one of `names`): every other token is passed over by the tests
    # below, so this finds what a walk back token by token finds
    s, top = s0, i  # the sentence read and the token it is read back from
    while top > 0 and s >= limit:
        a, b = tk.sentence_spans[s]
        if a >= top:  # no token of s before `top` (the pronoun opens its sentence)
            s -= 1
            continue
        if chain and s < seen:
            seen = s
            span = toks[a:b]
            if spoken and seen in spoken:
                between.extend((seen, x) for x in spoken[seen])
            if any(w.lower in chain for w in span) and not any(
                w.text[:1].isupper() and unpossessed(w.text) in names for w in span
            ):
                limit = max(min(limit, seen - 2), s0 - CHAIN_REACH)  # "He sleeps there.": the same person
        near = [
            t for t in toks[a : min(top, b)] if t.kind == "word" and (t.text[:1].isupper() or t.text in names)
        ]
        for t in reversed(near):
            k = t.index
            near_start = k - a <= 3
            named = t.text in names
            owner = not named and t.text[:1].isupper() and _possessor(toks, k, names, possessed)
            if (named or owner) and names[unpossessed(t.text)] in skip:
                named = owner = False  # "Mr Holt ... She says": not Holt
            if (
                (named or owner)
                # (a possessive only as the subject's: not "Ruiz said Holt's plan ...")
                and ((near_start and not owner) or _clause_subject(toks, k, a, names, people, relatives))
                and (quoted or not sum(1 for w in toks[a:k] if w.text in QUOTE_CHARS) % 2)
            ):
                # a person named as the subject of a recent sentence; not inside a quotation when the
                # pronoun is outside one ('"Ruiz is wrong," she said': the speaker is not who the
                # quotation speaks of)
                full = names[unpossessed(t.text)]
                if s < s0 - 2 and any(
                    s1 > s and unpossessed(x.split()[-1]) not in full.split() for s1, x in between
                ):
                    return None, -1  # through a chain, past another speaker: the pronoun may be theirs
                return full, k
            if (
                near_start
                and t.text[:1].isupper()
                and k > 0
                and toks[k - 1].lower in {"mr", "ms", "mrs", "miss", "dr"}
                and names.get(t.text, t.text) not in skip
            ):
                return t.text, k  # "Ms Patel runs the shelter. She says ..."
        top = a
        s -= 1
    return None, -1


CHAIN_REACH = 6  # the most sentences a chain of one pronoun reaches back

APOSTROPHES = {"'", "’"}


def _possessor(
    toks: list[Token], k: int, names: dict[str, str], possessed: set[str] | frozenset[str]
) -> bool:
    """Is the word at k a person's name in the possessive ("Holt's", "Alldis'") before words in
    lower case, none of the first three of them one of `possessed` (another person: "Holt's lawyer",
    "Holt's mother")? Empty `possessed`: never."""
    if not possessed:
        return False
    t = toks[k]
    j = k + 1
    if unpossessed(t.text) != t.text:
        if unpossessed(t.text) not in names:
            return False
    elif not (
        t.text in names
        and t.text.endswith("s")
        and j < len(toks)
        and toks[j].text in APOSTROPHES
        and toks[j].start == t.end
    ):
        return False
    else:
        j += 1  # "Alldis' plan"
    heads = [w for w in toks[j : j + 3] if w.sentence == t.sentence]
    if not heads or not (heads[0].kind == "word" and heads[0].text.islower()):
        return False
    for w in heads:
        if not (w.kind == "word" and w.text.islower()):
            break
        if w.lower in possessed:
            return False
    return True


CLAUSE_REACH = 6  # the most tokens of a title before a name that opens its clause


def _clause_subject(
    toks: list[Token],
    k: int,
    a: int,
    names: dict[str, str],
    people: set[str] | frozenset[str],
    relatives: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> bool:
    """Does the name whose last word is at k open its clause, the sentence's start or a comma
    (a fronted phrase: "On Friday, Ana Ruiz ..."), with nothing before it in the clause but a title
    of capitalised words, hyphens and words of `people` ("Harbour Board candidate Ana Ruiz"), within
    CLAUSE_REACH tokens, and followed by a word in lower case (its verb)? A name after a verb or a
    preposition ("... met Ana Ruiz") does not, nor one in apposition ("..., his rival, Ana Ruiz.");
    (the caller leaves out names inside a quotation)."""
    j = k + 1
    if j + 1 < len(toks) and toks[j].text in APOSTROPHES and toks[j].start == toks[k].end:
        j += 1  # "Alldis' plan": the word after the possessive's mark
    nxt = toks[j] if j < len(toks) and toks[j].sentence == toks[k].sentence else None
    if nxt is None or not ((nxt.kind == "word" and nxt.text.islower()) or nxt.text == ","):
        return False  # "... his rival, Ana Ruiz.": a name in apposition, not a clause's subject
    n = k - 1
    while n >= a and toks[n].text != ",":
        w = toks[n]
        if k - n > CLAUSE_REACH + AGE_REACH:
            return False
        if w.lower in relatives[0] and n > a and _noun_before_relative(toks[n - 1], relatives[1]):
            return nxt.text != ","  # "a plan that Ana Ruiz proposed": the subject of a relative clause
        if _age_word(toks, n, k):
            n -= 1
            continue  # "Thirty six-year-old Lena Holt", "41-year-old Tom Reyes": an age is no verb
        if k - n > CLAUSE_REACH:
            return False
        if not (
            (w.kind == "word" and (w.text[:1].isupper() or w.lower in people))
            or (w.text == "-" and n > a and toks[n - 1].kind == "word")
        ):
            return False
        n -= 1
    if n < a:
        return True  # the sentence's start ("Harbour Board candidate Ana Ruiz, who ..., said")
    # after a comma: a verb follows, and no name ends the words before the comma (", said Ana Ruiz,
    # Harbour Board engineer": a title in apposition, not a clause)
    return nxt.text != "," and not (n > a and unpossessed(toks[n - 1].text) in names)


# the words of an age written before a name ("six-year-old", "41-year-old"), and how many tokens
# of one a title may hold besides CLAUSE_REACH
AGE_PARTS = {"year", "years", "old", "month", "months"}
AGE_REACH = 6


def _age_word(toks: list[Token], n: int, k: int) -> bool:
    """Is the token at n (before the name ending at k) part of an age written right before the
    name, "six-year-old", "Thirty six-year-old", "41-year-old": a number, in figures or words, and
    hyphens up to "year-old"? (Not "was 75-year-old Ann Lee": a verb is no part of it.)"""
    for o in range(n, min(k, n + AGE_REACH)):
        t = toks[o]
        if t.lower == "old":
            return o >= 2 and toks[o - 1].text == "-" and toks[o - 2].lower in AGE_PARTS
        nxt = toks[o + 1]
        tens = t.text[:1].isupper() and nxt.kind == "word" and o + 2 < k and toks[o + 2].text == "-"
        if not (t.text == "-" or t.kind == "num" or (t.kind == "word" and (nxt.text == "-" or tens))):
            return False  # a word only as a number written out: "six-", "Thirty six-"
    return False


def _noun_before_relative(w: Token, that_verbs: frozenset[str]) -> bool:
    """Can the word before "that" be the noun a relative clause describes: a word in lower case, not
    one of `that_verbs` (attribution.yaml: verbs of saying or thinking) nor a past in -ed ("police
    said that", "it emerged that")?"""
    return w.kind == "word" and w.text.islower() and w.lower not in that_verbs and not w.lower.endswith("ed")


def colon_after_cue(tk: Tokenized, s: int, att: Attribution) -> bool:
    """Does sentence s end with a colon that comes after the cue of att ('The harbour master
    said:')?"""
    a, b = tk.sentence_spans[s]
    return b - a >= 2 and tk.tokens[b - 1].text == ":" and att.cue_index < b - 1


def link_line(toks: list[Token], k: int, b: int, kb: Knowledge) -> bool:
    """Does the sentence whose first word is at k open with a link to another story ('READ MORE:',
    `link_openers`)?"""
    end = min(b, k + 4)
    if () not in kb.link_openers:  # (an empty opener would open every sentence)
        j = k
        while j < end and toks[j].kind != "word":
            j += 1
        if j == end or toks[j].lower not in kb.link_opener_first:
            return False  # no opener starts with the first word (most sentences): no beginnings made
    words = tuple([t.lower for t in toks[k:end] if t.kind == "word"])
    # the words' beginnings (an opener longer than the words is no beginning of them)
    return not kb.link_openers.isdisjoint([words[:n] for n in range(len(words) + 1)])


def share_of_people(words: list[Token], kb: Knowledge, counts: bool = True) -> bool:
    """Is the subject a share of the people a poll or study asked ("81 percent of Icelanders",
    "Only 9 percent", "Three quarters of the children interviewed", "nearly half of the 122
    women", "A few children")? A count of people of a kind ("three security officials", "One MP")
    is not."""
    ws = [w for w in words if w.kind != "sym" or w.text == "%"]
    k = 0
    while k < len(ws) and ws[k].lower in kb.share_leads:
        k += 1
    if k >= len(ws):
        return False
    if ws[k].lower == "most" and k > 0 and ws[k - 1].lower == "the":
        return False  # "the most recent figures show": a superlative, not a share of people
    if k > 0 and ws[k - 1].lower == "the" and k + 1 < len(ws) and ws[k + 1].lower != "of":
        return False  # "The third superseding indictment alleges": an ordinal, not "the third of them"
    if ws[k].lower in kb.shares:
        return True
    if ws[k].kind == "num" or kb.numbers.is_number_word(ws[k].lower):
        # "40 percent", "three quarters"; and (unless only shares are asked for) "two of the nurses"
        return k + 1 < len(ws) and (ws[k + 1].lower in kb.shares or (counts and ws[k + 1].lower == "of"))
    return False
