"""Attribution: who a figure comes from. For each claim, the source a cue in its sentence names
("..., the ministry said", "according to Ana Ruiz", a headline's "Police:"), the speaker of the
quotation it stands in, the interviewee answering a question, or the source an earlier sentence
named that the text is still with (carried). Sets a claim's source, source_cue, source_span and
source_carried; nothing else.

The words come from rules/attribution.yaml (cue verbs and prepositions, nouns that name no
source, documents, titles: read into Knowledge by knowledge.py); closed English word lists from
words.py. Quotations and their speakers are read in quotes.py, interviews in interviews.py, and
the Attribution record they all fill is in sources.py. The what/where/when features of a claim
are in features.py, which calls attribute_claims first and reads the source it finds.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from operator import attrgetter

from numcheck.extraction.interviews import interview_turns, question_answers
from numcheck.extraction.knowledge import STATE_WORDS, Knowledge
from numcheck.extraction.phrases import first_words, phrase_shape
from numcheck.extraction.quotes import Quotes
from numcheck.extraction.raw import NEAR, Raw
from numcheck.extraction.sources import (
    DETERMINERS,
    INVERTED_TAIL,
    VERB_AFTER_SUBJECT,
    Attribution,
    colon_after_cue,
    link_line,
    nearest_person,
    person_of,
    share_of_people,
    unpossessed,
)
from numcheck.extraction.tokens import Token, Tokenized, capitalised
from numcheck.extraction.words import AUX, FUNCTION, MONTHS, ORG_WORDS, PLACE_PREPS, TITLES, WEEKDAYS, YEAR_RE
from numcheck.models import ClaimDraft

# what a page left where it lost a quotation mark or a dash before a source's name ('"...,"?Brandt said')
LOST_MARKS = {"?", "\ufffd"}
LEADING_DROP = {"but", "and", "however", "meanwhile", "yet", "so", "also", "then", "still", "now", "later"}
SUBJECT_BOUNDARY = {
    "that",
    "which",
    "who",
    "as",
    "while",
    "when",
    "where",
    "because",
    "after",
    "before",
    "if",
    "than",
    "since",
    "though",
    "although",
    ",",
    ";",
    ":",
    "—",
    "–",
    "(",
    "“",
    "”",
    '"',
}


def attribute_claims(
    tk: Tokenized, raws: list[Raw], claims: list[ClaimDraft], kb: Knowledge, capitals: list[Token]
) -> None:
    """Set each claim's source, source_cue, source_span and source_carried (claims[i] is read at
    raws[i]). `capitals`: the text's capitalised() words."""
    names = _person_names(tk, kb.pronouns, capitals, kb.name_suffixes, kb.place_heads, kb.family_name_words)
    unnamed: set[int] = set()
    sources = _sentence_sources(tk, kb, names, capitals, unnamed)
    _headline_source(tk, sources)
    _headline_verb(tk, sources, kb)
    quotes = Quotes(tk, sources, names, kb)
    # sentences that give a figure in the text's words (a quotation's figures are the speaker's own
    # words: when it closes, the text is the writer's again)
    # (a figure inside the words naming a source, "four governors wrote", gives no figure of its own;
    # nor does the "one" of a description, "one of the largest banks")
    unquoted = {
        tk.tokens[r.first].sentence
        for r in raws
        if quotes.span_at(tk.tokens[r.first].start) is None
        and not _names_a_source(tk, r, sources)
        and not r.features.get("one_of_description")
    }
    carried = _carried_sources(tk, sources, quotes, unquoted, kb, names, unnamed)
    interview_turns(tk, carried, kb)
    question_answers(tk, carried, sources, names, kb)
    posts = _embedded_posts(tk, kb) if "(@" in tk.text else []
    for raw, c in zip(raws, claims, strict=True):
        att = _claim_source(tk, raw, sources, quotes, kb)
        s = tk.tokens[raw.first].sentence
        if att is None and not sources[s] and quotes.unspoken_at(tk.tokens[raw.first].start):
            att = carried[s]  # no cue in its sentence: the source the text is still with
            c.source_carried = att is not None
        if posts and att is None:
            att = _post_at(posts, raw.first)  # a figure in an embedded post is the post's author's
        if att is not None and att.first <= raw.first <= att.last:
            # a figure in the words taken for its source is not what that source gives: "At least
            # 40 children were reported hurt" (what is reported, not who reports it), "The five
            # convictions announced today", "Four experts said": the count of what is announced or
            # of who speaks is told by the text (or by another source of the sentence, or the
            # speaker of the quotation it stands in: '"We have warned the authorities for more than
            # 10 years," said ...')
            # a name after the figure within those words is the source ("the estimated $5.2
            # billion the agency said it spent": the agency)
            others = [a for a in sources[tk.tokens[raw.first].sentence] if not a.first <= raw.first <= a.last]
            after = _named_after_figure(tk, raw, att, names, kb)
            if after is not None:
                att = after
            else:
                att = others[-1] if others else quotes.speaker_at(tk.tokens[raw.first].start)
        if att is not None:
            c.source = att.source
            c.source_cue = att.cue
            if att.first >= 0:
                c.source_span = (tk.tokens[att.first].start, tk.tokens[att.last].end)


POST_CUE = "(post)"
# the signature a page leaves after a social-media post it embeds: a dash (or the "?" a page
# left for it) then the author's name, the handle in brackets and the date ("— Ana Ruiz (@aruiz)
# March 3, 2017")
POST_SIGNATURE = re.compile(
    r'(?:[—–]|"[?\ufffd])\s*([^\n"—–()]{1,60}?)\s*\(@\w{1,30}\)\s+'
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}"
)
# sentence ends inside a post's paragraph (a closing mark or a dash may follow the stop: "... ended.- ")
POST_SENTENCE_END = re.compile(r'[.!?]["”\'\-–—]?\s+')
# a post is short: a paragraph's last sentence longer than this before a signature is the writer's
# (the post's own words were lost), and no earlier sentence is taken past it
POST_CHARS = 280


def _embedded_posts(tk: Tokenized, kb: Knowledge) -> list[tuple[int, int, Attribution]]:
    """The social-media posts a page embeds: the first and last tokens of each post's words, and
    its author as an Attribution (the name's tokens, cue POST_CUE). A post ends at its signature
    (POST_SIGNATURE); its words are the paragraph's last sentence before it, and each sentence
    before that which holds one of a post's marks (`post_mark_prefixes`, a handle or hashtag;
    `post_mark_links`), while the whole stays within POST_CHARS (links not counted). The writer's
    sentences before it hold no such mark."""
    text = tk.text
    toks = tk.tokens
    starts = [t.start for t in toks]
    out: list[tuple[int, int, Attribution]] = []
    for m in POST_SIGNATURE.finditer(text):
        end = m.start()
        para = text.rfind("\n", 0, end) + 1
        cuts = [para] + [e.end() for e in POST_SENTENCE_END.finditer(text, para, end) if e.end() < end]
        # the last sentence with words of its own (not only hashtags and links after it)
        n = len(cuts) - 1
        while n > 0 and _only_marks(text[cuts[n] : end], kb):
            n -= 1
        body = cuts[n]
        if _post_length(text[body:end], kb) > POST_CHARS:
            continue
        for cut in reversed(cuts[:n]):
            unit = text[cut:body]
            if not _post_marked(unit, kb) or _post_length(text[cut:end], kb) > POST_CHARS:
                break
            body = cut
        first = bisect.bisect_left(starts, body)
        last = bisect.bisect_left(starts, end) - 1
        name = bisect.bisect_left(starts, m.start(1))
        name_last = bisect.bisect_left(starts, m.end(1)) - 1
        author = m.group(1).strip()
        if first <= last and author and name <= name_last:
            out.append((first, last, Attribution(name, author, POST_CUE, name, name_last)))
    return out


def _post_length(words: str, kb: Knowledge) -> int:
    """The length of a post's words without its links."""
    return sum(len(w) + 1 for w in words.split() if not any(link in w for link in kb.post_mark_links))


def _only_marks(words: str, kb: Knowledge) -> bool:
    """Are the words only a post's marks (hashtags, handles, links)?"""
    return all(_post_marked(w, kb) for w in words.split())


def _post_marked(unit: str, kb: Knowledge) -> bool:
    """Does the sentence hold a mark of a post (a handle, a hashtag, a post's link)?"""
    return any(
        w.startswith(kb.post_mark_prefixes) and len(w) > 2 or any(link in w for link in kb.post_mark_links)
        for w in unit.split()
    )


def _post_at(posts: list[tuple[int, int, Attribution]], i: int) -> Attribution | None:
    """The author of the post whose words hold token i."""
    return next((att for first, last, att in posts if first <= i <= last), None)


def _named_after_figure(
    tk: Tokenized, raw: Raw, att: Attribution, names: dict[str, str], kb: Knowledge
) -> Attribution | None:
    """The source named by the words after the figure at raw and before the cue, within the words
    taken for att's source, when they open with a determiner ("the estimated $5.2 billion the
    agency said": the agency); None otherwise ("The five convictions announced", and "the two
    opinions Roberts wrote", where the figure is what was written)."""
    toks = tk.tokens
    end = raw.noun_span[1] if raw.noun_span else raw.last
    k = max(end, raw.last) + 1
    if not (k <= att.last < att.cue_index) or toks[k].lower not in DETERMINERS:
        return None
    src = _clean_source(toks[k : att.last + 1], tk, names, kb)
    if src is None:
        return None
    return Attribution(att.cue_index, src[0], att.cue, src[1], src[2], att.after_and)


HEADLINE_CUE = "(headline)"
LOCATIVE = {"in", "at", "near", "around", "from", "to", "across", "inside", "outside"}


def _bare_headline(tk: Tokenized, sources: list[list[Attribution]]) -> tuple[int, int] | None:
    """The token span of the text's first sentence when it is a headline on a line of its own that
    names no source yet, else None."""
    if len(tk.sentence_spans) < 2 or not sources or sources[0]:
        return None
    if tk.paragraph_of_sentence[1] == tk.paragraph_of_sentence[0]:
        return None  # not a headline on a line of its own
    return tk.sentence_spans[0]


def _headline_source(tk: Tokenized, sources: list[list[Attribution]]) -> None:
    """A headline that names its source before or after a colon ("AMISOM: 57 fighters killed in
    raid", "Child abuse rampant on the route: UNICEF") credits its figures to that source, when
    the article names the same source with a cue of its own further on (a place or a label such as
    "Analysis:" never is)."""
    toks = tk.tokens
    span = _bare_headline(tk, sources)
    if span is None:
        return
    a, b = span
    colon = next((k for k in range(a, b) if toks[k].text == ":"), None)
    if colon is None:
        return
    for lo, hi in ((a, colon), (colon + 1, b)):
        name = toks[lo:hi]
        if not 1 <= len(name) <= 4 or not all(t.kind == "word" and t.text[:1].isupper() for t in name):
            continue
        words = {t.text for t in name}
        # named by a short source later (not a run-on phrase), and never as a place ("from around
        # Addis Ababa", "in Addis Ababa")
        short = [att.source.split() for ss in sources[1:] for att in ss]
        later = {w.strip("()") for words_of in short if len(words_of) <= 8 for w in words_of}
        place = any(
            t.text == name[0].text and t.index > 0 and toks[t.index - 1].lower in LOCATIVE for t in toks[b:]
        )
        if words <= later and not place:
            text = tk.text[name[0].start : name[-1].end]
            sources[0].append(Attribution(colon, text, HEADLINE_CUE, name[0].index, name[-1].index))
            return


def _headline_verb(tk: Tokenized, sources: list[list[Attribution]], kb: Knowledge) -> None:
    """A headline on a line of its own that opens with a name in capitals and a verb of
    `headline_verbs` in title case ("Harbor Board Announces $4 Million in Repairs") credits the
    figures after the verb to the name, as "The Harbor Board announced $4 million" would."""
    toks = tk.tokens
    span = _bare_headline(tk, sources)
    if span is None:
        return
    a, b = span
    for k in range(a + 1, min(b, a + HEADLINE_NAME + 1)):
        t = toks[k]
        if t.kind != "word" or not t.text[:1].isupper():
            return  # the headline's opening name ends before any verb of the list
        if t.lower in kb.headline_verbs and t.text[1:].islower():
            name = toks[a:k]
            if all(w.kind == "word" and w.text[:1].isupper() and not w.text[:1].isdigit() for w in name):
                text = tk.text[name[0].start : name[-1].end]
                sources[0].append(Attribution(k, text, t.text, a, k - 1))
            return


HEADLINE_NAME = 5  # the most words of a name that opens a headline before its verb


def _names_a_source(tk: Tokenized, raw: Raw, sources: list[list[Attribution]]) -> bool:
    """Is the figure part of the words that name a source in its sentence ("four GOP governors
    wrote")?"""
    s = tk.tokens[raw.first].sentence
    return any(0 <= att.first <= raw.first <= att.last for att in (sources[s] if s < len(sources) else []))


def _person_names(
    tk: Tokenized,
    pronouns: set[str] | frozenset[str] = frozenset(),
    capitals: list[Token] | None = None,
    suffixes: set[str] | frozenset[str] = frozenset(),
    places: set[str] | frozenset[str] = frozenset(),
    families: set[str] | frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Surname -> full name, from runs of two or three capitalised words ("Volodymyr Zelenskyy").
    A run whose last word is one of `places` (attribution.yaml `place_heads`: "the South China Sea",
    "Harbour Street") names a place, not a person.
    A pronoun glued on after a lost full stop ("... in Europe She said") is not part of a name, nor
    is a word in -ing that opens the sentence ("Welcoming Brandt's guests ...") unless the run is also
    written elsewhere in the text. `capitals`: the text's capitalised() words, if they are known.
    A name ending in one of `suffixes` (nouns.yaml `name_suffixes`: "Tom Reyes Jr", "Ana Ruiz II")
    is also the surname's before it ("Reyes said ...")."""
    names: dict[str, str] = {}
    toks = tk.tokens
    n = len(toks)
    after = 0  # the token after the last run read
    for first in capitalised(tk) if capitals is None else capitals:
        i = first.index
        if i < after:
            continue
        j = i
        while j + 1 < n:
            nxt = toks[j + 1]
            # "Mara J. Ellison": the initial's full stop is part of the name (one space after it)
            if (
                nxt.text == "."
                and j + 2 < n
                and toks[j + 2].start - nxt.start == 2
                and _initial_dot(toks, j + 1)
            ):
                j += 1
                continue
            if nxt.kind != "word" or not nxt.text[:1].isupper():
                break
            here = toks[j]
            # (an end as start + length: the words of a name are one space apart)
            if nxt.start - here.start - len(here.text) != 1:
                break
            j += 1
        if j == i:  # one capitalised word alone is no name
            continue
        whole = [t for t in toks[i : j + 1] if t.kind == "word"]
        last_title = max((k for k, t in enumerate(whole) if t.lower in TITLES), default=-1)
        run = whole[last_title + 1 :]
        while run and run[-1].lower in pronouns:
            run = run[:-1]
        if len(run) >= 2 and _opening_gerund(tk, run):
            run = run[1:]
        if (
            2 <= len(run) <= 4
            and len([t for t in run if len(t.text) > 1]) <= 3
            and len(run[-1].text) > 1
            and not any(t.lower in ORG_WORDS or unpossessed(t.lower) in ORG_WORDS for t in run)
            and not any(t.lower in MONTHS or t.lower in WEEKDAYS for t in run)
            # "More Cypriots", "The Greens": not a person; but "He Weiwen, a fellow at ...": a
            # family name written first that is also a word (`family_name_words`), before a comma
            and (run[0].lower not in FUNCTION or _family_name_first(toks, run, families))
            and unpossessed(run[-1].lower) not in places  # "South China Sea": a place
        ):
            # "Prime Minister Jan Berg's party": the name is "Jan Berg"
            surname = unpossessed(run[-1].text)
            full = _name_text(run)
            full = full[: len(full) - (len(run[-1].text) - len(surname))]
            names.setdefault(surname, full)
            if len(run) >= 3 and run[-1].lower in suffixes:
                names.setdefault(unpossessed(run[-2].text), full)  # "Tom Reyes Jr": also "Reyes"
        after = j + 1
    return names


def _family_name_first(toks: list[Token], run: list[Token], families: set[str] | frozenset[str]) -> bool:
    """Is the run a name of two words whose first, a family name written first, is also an English
    word of `families` (attribution.yaml `family_name_words`: "He Weiwen, a senior fellow at ..."),
    set off by a comma right after it, its second word never written in lower case in the text
    ("He Said, She Said": a word, not a given name)?"""
    after = run[-1].index + 1
    return (
        len(run) == 2
        and run[0].lower in families
        and after < len(toks)
        and toks[after].text == ","
        and not run[1].text.isupper()
        and not any(t.lower == run[1].lower and t.text.islower() for t in toks)
    )


def _opening_gerund(tk: Tokenized, run: list[Token]) -> bool:
    """Is the run's first word a verb in -ing that opens its sentence ("Greeting Okafor's crew ..."), the
    run written only there (not a name such as "Sterling Brown" given again later)?"""
    first = run[0]
    if not (first.lower.endswith("ing") and len(first.lower) > 5):
        return False
    a = tk.sentence_spans[first.sentence][0]
    if any(t.kind == "word" for t in tk.tokens[a : first.index]):
        return False
    return tk.text.count(tk.text[first.start : run[-1].end]) == 1


def _dot_after_a_capital(toks: list[Token], k: int) -> bool:
    """Is token k a full stop glued to a single capital letter before it ("J.", the "K." of "U.K.")?"""
    return (
        0 < k
        and toks[k].text == "."
        and len(toks[k - 1].text) == 1
        and toks[k - 1].text.isupper()
        and toks[k - 1].end == toks[k].start
    )


def _initial_dot(toks: list[Token], k: int) -> bool:
    """Is token k the full stop of a middle initial ("J." between "Mara" and "Ellison")?"""
    return (
        k < len(toks) - 1
        and _dot_after_a_capital(toks, k)
        and toks[k + 1].kind == "word"
        and toks[k + 1].text[:1].isupper()
        and toks[k + 1].sentence == toks[k].sentence  # the segmenter read it as an initial
    )


def _abbreviation_before_hyphen(toks: list[Token], k: int) -> bool:
    """Is token k the last full stop of an abbreviation glued to a hyphen and a word ("U.K.-based",
    "U.S.-led"): a compound goes on, the stop ends nothing?"""
    return (
        k < len(toks) - 2
        and _dot_after_a_capital(toks, k)
        and toks[k + 1].text in {"-", "‐"}
        and toks[k].end == toks[k + 1].start
        and toks[k + 1].end == toks[k + 2].start
        and toks[k + 2].kind == "word"
    )


def _head_word(words: list[Token]) -> Token:
    """The last word of a source's words less lower-case function words after it ("the timetable
    from [then on]": "timetable")."""
    k = len(words) - 1
    while k > 0 and words[k].lower in FUNCTION and words[k].text.islower():
        k -= 1
    return words[k]


def _title_dot(toks: list[Token], k: int, titles: frozenset[str]) -> bool:
    """Is token k the full stop of an abbreviated title of `titles` before a name ("Lt." in
    "spokesman Lt. Col. Ana Ruiz")?"""
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].lower in titles
        and toks[k - 1].end == toks[k].start
        and toks[k + 1].kind == "word"
        and toks[k + 1].text[:1].isupper()
    )


def _is_initial(t: Token) -> bool:
    return t.kind == "word" and len(t.text) == 1 and t.text.isupper() and t.text != "I"


def _name_text(run: list[Token]) -> str:
    """A name's words as written, a middle initial with its full stop ("Mara J. Ellison")."""
    last = len(run) - 1
    return " ".join(t.text + "." if _is_initial(t) and k < last else t.text for k, t in enumerate(run))


def _passive_cue(tk: Tokenized, att: Attribution) -> bool:
    """Is the cue passive ('were reported', 'was also estimated'): a form of 'be' before it, at most
    one word between?"""
    toks = tk.tokens
    k = att.cue_index
    return any(toks[j].lower in {"was", "were", "is", "are", "been", "be"} for j in range(max(0, k - 2), k))


# cue verbs' past participles that do not end in -ed ("told by the ministry", "shown by data")
PARTICIPLES = {"told", "shown", "written", "said", "forecast", "put", "read", "given", "quoted"}
# words before a cue that make it a noun, not a verb: "the claims", "that reports", "its estimate"
NOUN_BEFORE_CUE = {
    "an", "a", "the", "was", "were", "is", "are", "be", "been", "being", "that", "these", "those",
    "its", "his", "her", "their", "our", "my", "your", "of", "for", "in", "with", "such", "any", "no",
    "some", "many", "false", "to",
}  # fmt: skip


def _passive_after_a_word(toks: list[Token], a: int, b: int, i: int, kb: Knowledge) -> bool:
    """Is the cue at i a passive with a negation or an adverb after its "be" ("were not told", "was
    never disclosed", "are also estimated at", "was widely reported", "weren't reported")? Its
    subject is what was said or who heard it, not a source: the passive as "were told" is (a word
    of NOUN_BEFORE_CUE right before the cue). The "be" is written in lower case ("IS never said" is a
    name). Not where the subject is the speaker: quoted ("was later quoted as saying", "is also
    recorded as saying"), or "to have" and a saying verb after the cue ("is also said to have told
    detectives ...": the subject's own account, heard at second hand)."""
    if i - 1 < a or toks[i - 1].kind != "word" or toks[i].lower == "quoted":
        return False
    w = toks[i - 1].lower.replace("’", "'")
    if w in {"isn't", "aren't", "wasn't", "weren't"}:
        passive = toks[i - 1].text.islower()
    else:
        passive = (
            i - 2 >= a
            and toks[i - 2].lower in PASSIVE_AUX
            and toks[i - 2].text.islower()
            and (w in NEGATIONS or w in TRAILING_ADVERBS or (w.endswith("ly") and toks[i - 1].text.islower()))
        )
    # (the speaker's exceptions are asked only of a passive: every cue verb of the text comes here)
    return passive and not (_saying_after(toks, i, b) or _own_account_after(toks, i, b, kb))


SAYING_REACH = 5  # "recorded in the paper as saying": how far after a cue "saying" still names its subject


def _saying_after(toks: list[Token], i: int, b: int) -> bool:
    """Is "saying" written within SAYING_REACH words after the cue at i ("recorded as saying")?"""
    return any(t.lower == "saying" for t in toks[i + 1 : min(b, i + 1 + SAYING_REACH)])


def _own_account_after(toks: list[Token], i: int, b: int, kb: Knowledge) -> bool:
    """Is the cue at i followed by "to have" and a saying verb ("is said to have told", "was reported
    to have admitted"): what its subject said, heard at second hand?"""
    return (
        i + 3 < b
        and toks[i + 1].lower == "to"
        and toks[i + 2].lower == "have"
        and (toks[i + 3].lower,) in kb.cue_verbs
    )


def _cue_as_noun(toks: list[Token], k: int, a: int, kb: Knowledge) -> bool:
    """Is the cue word at k a plural noun after a determiner ("The reports", "its claims"), or
    "state" or "states" not before "that" ("The United States alleged", "the state said": a noun;
    "the agreement states that": the document's verb)? The determiners are `cue_as_noun` in
    rules/attribution.yaml."""
    if _state_noun(toks, k):
        return True
    return k > a and toks[k].lower.endswith("s") and toks[k - 1].lower in kb.cue_as_noun


def _object_noun(toks: list[Token], a: int, i: int, kb: Knowledge) -> bool:
    """Is the cue word at i the noun of an object: after a possessive determiner (rules/attribution.yaml
    object_possessives) and at most two words in lower case, the determiner right after a word in
    lower case that is no function word ("Zenco beat its own gloomy forecast", "topped their
    estimate"; not "the head of its unit forecast", "said its analysts forecast")?"""
    for j in range(i - 1, max(a, i - 3) - 1, -1):
        if toks[j].lower in kb.object_possessives:
            w = toks[j - 1] if j > a else None
            return w is not None and w.kind == "word" and w.text.islower() and w.lower not in FUNCTION
        if toks[j].kind != "word" or not toks[j].text.islower():
            return False
    return False


def _verb_before_that(toks: list[Token], a: int, i: int, b: int, kb: Knowledge) -> bool:
    """Is the word at i (one of `that_only_cues`, "claim") a verb of saying: followed by "that"
    and after the end of a plural subject ("Its makers claim that", "Witnesses claim that") or one
    of `that_only_leads` ("The firms also claim that")? Not after an adjective, a determiner or a
    possessive ("the bold claim that", "such a claim", "the mayor's claim that": a noun), nor
    before anything but "that" ("residents can claim up to $300": a thing asked for)."""
    if i + 1 >= b or toks[i + 1].lower != "that" or i == a:
        return False
    w = toks[i - 1]
    if w.lower in kb.that_only_leads:
        return True
    possessive = w.text.endswith(("'s", "’s")) or w.text in {"'", "’"}
    return (
        w.kind == "word"
        and w.lower.endswith("s")
        and not possessive
        and w.lower not in FUNCTION
        and w.lower not in kb.cue_as_noun
    )


def _state_noun(toks: list[Token], k: int) -> bool:
    """Is token k "state" or "states" not before "that" ("the United States", "state offices"): a
    noun, not the document's verb of "the agreement states that"?"""
    return toks[k].lower in STATE_WORDS and not (k + 1 < len(toks) and toks[k + 1].lower == "that")


DOCUMENT_WORDS = {
    "website", "report", "statement", "data", "figures", "records", "survey", "study", "analysis", "estimate",
    "estimates", "documents", "statistics", "database", "filing", "filings",
}  # fmt: skip
# (the words naming a document or a body of data whose figures are carried on are these but
# "website" and a few more: `carrying_documents` in rules/attribution.yaml)
# words that make a cue verb after them and a hyphen part of a compound ("self-reported")
PREFIX = {
    "self", "under", "over", "mis", "co", "re", "pre", "non", "un", "well", "widely", "much", "often",
}  # fmt: skip
# a subject that opens with one of these is a phrase before the subject, not a source
PREPOSITION_OPENERS = {
    "with", "without", "like", "unlike", "during", "for", "of", "among", "despite", "under", "from",
    "to",  # "To better explain the delay, the council ...": an infinitive of purpose, no subject
}  # fmt: skip
# where an account was filed or shown ("documents filed in court", "evidence presented at trial")
ACCOUNT_PARTICIPLE_PREPS = {"in", "at", "on", "with", "during", "before", "to", "under"}
PRONOUN_OBJECTS = {"him", "her", "them", "us", "me", "it", "you"}
MODAL_ADVERBS = {"also", "well", "even", "still"}
# a phrase opening a sentence with one of these, up to a comma, comes before the subject
FRONTED_PREPOSITIONS = PREPOSITION_OPENERS | {"at", "in", "on", "by", "after", "before", "since", "until"}
# what opens a fronted phrase of time or topic before a participle's subject ("Last month, ...",
# "As for the talks, ...", "On Monday, ...") and how many tokens it runs to its comma
PHRASE_OPENERS = FRONTED_PREPOSITIONS | {"as", "last", "earlier", "this"}
FRONTED_PHRASE = 12
# words that end the phrase before "whose" from the left ("comes from | a Hale Institute report whose")
ANTECEDENT_STOPS = FRONTED_PREPOSITIONS | AUX | {"of", "into", "to", "and", "that", "which", "who"}
TRAILING_ADVERBS = {"further", "again", "however", "also", "later", "recently", "once", "previously", "now"}
ALIAS_WORDS = {"aka", "a/k/a", "a.k.a"}  # "Lee Mott aka Big L": what follows are aliases, not the name
PARTICIPLE_LEADS = {"by", "while", "when", "after", "before"}  # "by telling reporters"
# words that open a sentence but never its subject (a participle's subject is looked for there)
NOT_SUBJECTS = {"asked", "let", "how", "what", "why", "currently", "now", "then", "so", "still", "yet"}
# words that open a clause of time or concession before the subject ("While ..., Trump sent",
# "After a meeting with ..., a party leader said"): the clause is the writer's setting, and the subject
# is looked for after its comma
FRONTED_OPENERS = {"after", "before", "when", "while", "since", "following", "amid", "although", "though"}
# what opens a clause of its own before a cue that shares the sentence's subject ("and said",
# ", adding that", "by telling"): the cue does not reach back over the clause before
CLAUSE_LINKS = {"and", ","} | PARTICIPLE_LEADS
THAT_OPENERS = {"that", ":", '"', "“"}  # what opens the words a verb of `saying_that` reports


def _clean_source(
    words: list[Token], tk: Tokenized, names: dict[str, str], kb: Knowledge, cited: bool = False
) -> tuple[str, int, int] | None:
    """The source named by `words` (the subject of a cue, or what follows "according to"):
    (its name, first token, last token), or None when the words name no source. `cited`: the words
    follow "according to" (or another cue preposition), where a possessive and a noun name a source
    as "the" and a noun do ("according to its website", "according to his friend"); before a verb
    such words are as often part of a clause ("its current projected", "her gut told her")."""
    while words and (words[0].lower in LEADING_DROP or words[0].text in {",", "“", "”", '"', "-"}):
        words = words[1:]
    closing_dash = bool(words) and words[-1].text in {"-", "–", "—"}
    while words and (
        words[-1].lower in AUX
        or words[-1].lower in TRAILING_ADVERBS
        or _negated_auxiliary(words[-1])  # "Tom Reyes couldn't say whether ...": Tom Reyes
        or words[-1].lower in kb.unnamed_cues  # "Ruiz allegedly agreed to pay": Ruiz
        # "The figures released today show": a participle after a noun (not "the last audited
        # reports", "to unconfirmed reports": an adjective after a function word)
        or (
            len(words) > 2
            and words[-1].text.islower()
            and words[-1].lower.endswith("ed")
            and words[-2].kind == "word"
            and words[-2].lower not in FUNCTION
        )
        or words[-1].text in {",", "“", "”", '"', "-", ")", "("}
    ):
        words = words[:-1]
    aka = next((n for n, w in enumerate(words) if n > 0 and w.lower in ALIAS_WORDS), None)
    if aka is not None:
        words = words[:aka]  # "Lee Mott aka Big L or Mo admitted": the name, not the aliases after it
    elif words and words[0].lower in ALIAS_WORDS:
        words = _name_before_alias(tk, words[0].index)  # "Lee Mott, aka Big L, 25, admitted": Lee Mott
    brackets = [w.text for w in words if w.text in {"(", ")"}]
    if brackets and brackets[0] == ")":  # "(01.02.2019) Ministers have said": what follows the bracket
        opening = next((n for n, w in enumerate(words) if w.text == "("), len(words))
        words = words[max(n for n, w in enumerate(words[:opening]) if w.text == ")") + 1 :]
        brackets = [w.text for w in words if w.text in {"(", ")"}]
    if brackets == ["("]:
        # "the World Bank (WB) has insisted": the name before its abbreviation
        words = words[: [w.text for w in words].index("(")]
    # an appositive between dashes names the source: "The report from a group of firms - the
    # Green Building Council - says"
    dashes = [k for k, w in enumerate(words) if w.text in {"-", "–", "—"} and w.start > 0]
    if len(dashes) >= 2 or (closing_dash and dashes):
        inner_words = words[dashes[-1] + 1 :] if closing_dash else words[dashes[-2] + 1 : dashes[-1]]
        if any(w.text[:1].isupper() and w.lower not in DETERMINERS for w in inner_words):
            inner = _clean_source(inner_words, tk, names, kb)
            if inner is not None:
                return inner
    # nested: "a report by UpGuard", "data provided by the statistics agency", "numbers reported by
    # The Associated Press": the innermost named source
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower == "by" and k > 1 and words[k - 1].lower in kb.recipient_participles:
            words = words[: k - 1]  # "documents obtained by CNN": the documents, not who got them
            break
        if words[k].lower == "by":
            inner = _clean_source(words[k + 1 :], tk, names, kb)
            if inner is not None:
                return inner
            break
    # "the website of the General Administration ...", "data from the census bureau": who made it
    k0 = 1 if words and words[0].lower in DETERMINERS else 0
    d = k0
    while (
        d < min(len(words), k0 + 2)
        and (words[d].text.islower() or d == 0)
        and words[d].lower not in DOCUMENT_WORDS
    ):
        d += 1  # "separate figures from the Labour Ministry", "the latest data from Eurostat"
    if d + 1 < len(words) and words[d].lower in DOCUMENT_WORDS and words[d + 1].lower == "from":
        k0 = d  # (not "of": "an analysis of the bill" is about the bill)
    if (
        len(words) > k0 + 2
        and words[k0].lower in DOCUMENT_WORDS
        and words[k0 + 1].lower in {"of", "from"}
        and any(_proper(w) for w in words[k0 + 2 :])
    ):
        inner = _clean_source(words[k0 + 2 :], tk, names, kb)
        if inner is not None:
            return inner
    # "a 1997 study published in a medical journal", "the survey released on Monday": the document,
    # not where or when it came out (a participle of `document_participles` after a document word)
    for k in range(k0 + 1, min(len(words) - 1, k0 + 10)):
        if (
            words[k].lower in kb.document_participles
            and words[k + 1].lower in {"in", "on", "last", "this", "at", "earlier"}
            and any(w.lower in kb.carrying_documents for w in words[k0:k])
        ):
            words = words[:k]
            break
    # "the review of all 136 hospital trusts", "a survey of more than 10,000 sites": the document,
    # not what it covers (no name after it); a legal account named in more words keeps its whole
    # name ("the statement of facts", not cut at its own "of"), and is cut after it
    lowers = [w.lower for w in words]
    for k in range(k0 + 1, min(len(words) - 1, k0 + 8)):
        if (
            lowers[k] in {"of", "on", "into"}
            and (lowers[k - 1] in kb.carrying_documents or _phrase_ends_at(lowers, k, kb.account_phrases))
            and not any(_proper(w) for w in words[k + 1 :])
            and not _phrase_at(lowers, k - 1, kb.account_phrases)
        ):
            words = words[:k]
            break
    # "on Friday the government": a time phrase before the subject
    if words and words[0].lower in {"on", "in", "at", "last", "earlier", "later", "by"}:
        det = next((k for k, w in enumerate(words[:4]) if w.lower in DETERMINERS and k > 0), None)
        if det is not None:
            words = words[det:]
        elif (
            words[0].lower in {"in", "on", "at"}
            and not (len(words) > 1 and words[1].lower in {"least", "most"})  # "At least five men"
            and not any(w.text[:1].isupper() for w in words[1:])
        ):
            return None  # "But in her evidence, Ms Okafor recalled ...": a phrase of where, no one named
    whose = next((k for k, w in enumerate(words) if w.lower == "whose"), 0)
    if whose > 0:
        # "a Hale Institute report whose authors estimate that": the report, what "whose" stands for
        j = whose
        while j > 0 and words[j - 1].lower not in ANTECEDENT_STOPS and words[j - 1].kind == "word":
            j -= 1
        head = words[j:whose]
        if head and (_names_document(head, kb) or any(_proper(w) for w in head)):
            words = head
    if not words or len(words) > 24:
        return None
    if words[0].lower in kb.first_person or words[0].lower in PREPOSITION_OPENERS:
        return None  # "We really have to ... and said", "With most votes counted": not a source
    if any(
        w.lower in kb.first_person and (w.text != "I" or not words[k - 1].text[:1].isupper())
        for k, w in enumerate(words[1:], 1)
    ):
        return None  # "the essay on the site I told you about": a speaker's own words, no source
    if len(words) == 1 and words[0].lower in FRONTED_PREPOSITIONS:
        return None  # "By reports, the mayor won ...": a preposition alone names no one
    if len(words) > 1 and words[0].lower in FRONTED_PREPOSITIONS and _gerund(words[1]):
        return None  # "By looking at the records, ...": a phrase of manner, not the subject
    if len(words) > 2 and words[0].lower == "having":
        # "having viewed the footage Lady Scott said": the name after the participle's phrase
        k = len(words)
        while k > 0 and words[k - 1].text[:1].isupper():
            k -= 1
        if k == len(words) or k == 0:
            return None
        words = words[k:]
    at = next((k for k in range(2, min(len(words) - 1, 5)) if words[k].lower == "from"), None)
    if at is not None and _name_text(words[:at]) in names.values():
        words = words[:at]  # "Ana Ruiz from the Lisbon Institute said": the person, not where she is from
    if len(words) > 16:  # only a titled person's long description ("Special Agent in Charge Dana
        return _titled_person(words, names)  # P. Whitfield of Internal Revenue Service (IRS)-...")
    if len(words) == 1 and words[0].lower in kb.pronouns:
        return "<" + words[0].lower + ">", words[0].index, words[0].index
    low = " ".join([t.lower for t in words])
    if low in kb.not_sources:
        return None
    if len(words) > 1 and words[0].lower in kb.existential:
        return None  # "there's little evidence to tie harbour show ...": a clause, it names no one
    person = _titled_person(words, names)
    if person is not None:
        return person
    if len(words) > 12 and not (len(words) <= 16 and _name_like(words)):
        return None  # a long name of an organisation is one ("the U.S. Department of ... Service")
    definite = words[0].lower in DETERMINERS | {"its", "his", "her", "their"} or words[0].lower.endswith("s")
    if (
        not any(w.text[:1].isupper() and w.lower not in {"the", "a", "an", "this", "that"} for w in words)
        and not any(w.lower in kb.groups or w.lower in ORG_WORDS or w.lower in TITLES for w in words)
        and not (words[0].lower in DETERMINERS and any(w.lower in kb.described_people for w in words[1:4]))
        and not any(" ".join([t.lower for t in words[k:]]) in kb.groups for k in range(len(words)))
        and not (
            definite
            and 2 <= len(words) <= 4
            and (words[0].lower in DETERMINERS or (cited and words[0].lower in OWNERS))
        )
        and not (not cited and _counted_speaker(words, tk.tokens, kb))
    ):
        return None
    first, last = words[0].index, words[-1].index
    if len(words) > 1 and words[0].text in LOST_MARKS:
        words = words[1:]  # '"...,"?Brandt said': the name, not the mark the page lost
    text = tk.text[words[0].start : words[-1].end]
    if len(words) == 1 and words[0].text in names:
        return names[words[0].text], first, last
    return text, first, last


def _cited_source(
    words: list[Token], tk: Tokenized, names: dict[str, str], kb: Knowledge
) -> tuple[str, int, int] | None:
    """The source named by the words after "according to" (_clean_source with `cited`); when they
    name none as a whole, the legal account at their head, before a participle of where it was
    filed or shown ("according to court documents filed in the District Court for the Western
    District of ...", "according to evidence presented at the hearing with papers lodged later ...":
    too long to be a name, the documents and the evidence are the source). The participle is one
    of `account_participles`, after a word of `accounts` or `carrying_documents` among the first
    words and before a preposition. Asked first: an account right before a person the text has
    named, with no comma between ("according to the complaint Ortiz filed ..."), is the source."""
    for k in range(1, min(len(words) - 1, 5)):
        if words[k].lower in kb.accounts and words[k + 1].text in names:
            # "according to the complaint Ortiz filed 90 false returns": no comma before the clause
            # its account tells, which opens on a person the text has named
            return _clean_source(words[: k + 1], tk, names, kb, cited=True)
    src = _clean_source(words, tk, names, kb, cited=True)
    if src is not None:
        return src
    for k in range(1, min(len(words) - 1, 5)):
        if (
            words[k].lower in kb.account_participles
            and words[k + 1].lower in ACCOUNT_PARTICIPLE_PREPS
            and (words[k - 1].lower in kb.accounts or words[k - 1].lower in kb.carrying_documents)
        ):
            return _clean_source(words[:k], tk, names, kb, cited=True)
    return None


def _counted_speaker(words: list[Token], toks: list[Token], kb: Knowledge) -> bool:
    """Do `words`, right after a quotation closes, count its one speaker of a kind, as "a nurse"
    names one ('"...," one nurse told the inquiry'; `counted_speaker_leads`)? One or two lower-case
    words after the count, none a share or a function word ("one in five", "one percent": shares of
    the people asked, no speaker). A tag closing a sentence that holds a quotation, after a comma,
    counts too. Not elsewhere: "He said one officer told him ..." is still his account; nor after
    "according to" (the caller passes `cited`), where in "according to one trader whose licence
    was pulled for three years" the figures are the writer's."""
    k = words[0].index - 1 if words else -1
    if k >= 0 and toks[k].text in LOST_MARKS:
        k -= 1
    a = k
    while a > 0 and toks[a - 1].sentence == toks[k].sentence:
        a -= 1
    quoted = (
        k >= 1
        and (
            toks[k].text == "”"
            or (toks[k].text == '"' and toks[k - 1].text in {",", "?", "!"})
            # '"... about"?choosing the healthy option, one shopper told them': a tag after the
            # quotation's last words
            or (toks[k].text == "," and any(t.text in {'"', "”"} for t in toks[a:k]))
        )
    )
    return (
        2 <= len(words) <= 3
        and quoted
        and words[0].lower in kb.counted_speaker_leads
        and all(
            w.text.isalpha() and w.text.islower() and w.lower not in kb.shares and w.lower not in FUNCTION
            for w in words[1:]
        )
    )


def _negated_auxiliary(w: Token) -> bool:
    """Is the word an auxiliary written with "n't" ("couldn't", "didn’t", "won't") or "cannot"? It
    stands between a subject and its cue verb ("Ruiz wouldn't say"), never in a source's name."""
    low = w.lower.replace("’", "'")
    return w.kind == "word" and (low.endswith("n't") or low == "cannot")


def _name_before_alias(tk: Tokenized, k: int) -> list[Token]:
    """The capitalised words of a name before ", aka" at token k ("Lee Mott, aka Big L"), or none."""
    toks = tk.tokens
    j = k - 1
    if j < 0 or toks[j].text != ",":
        return []
    name: list[Token] = []
    j -= 1
    s = toks[k].sentence
    while j >= 0 and toks[j].sentence == s and toks[j].kind == "word" and toks[j].text[:1].isupper():
        if len(name) >= 6:
            return []  # a run of capitals too long for a name
        name.insert(0, toks[j])
        j -= 1
    return name


def _gerund(w: Token) -> bool:
    """Is w a verb in -ing ("looking", "counting"), not a noun such as "thing" or "king"?"""
    return w.lower.endswith("ing") and len(w.lower) > 5 and w.text.islower()


def _proper(w: Token) -> bool:
    """Is the word capitalised as a name is (not a month or a weekday: "data on families in December")?"""
    return w.text[:1].isupper() and w.lower not in MONTHS and w.lower not in WEEKDAYS


def _titled_person(words: list[Token], names: dict[str, str]) -> tuple[str, int, int] | None:
    """A person named with a title in a longer description: "Ukrainian President Volodymyr
    Zelenskyy", "Acting Assistant Attorney General Vanita Gupta of the Civil Rights Division",
    "Russian Ambassador to the Republic of Cyprus Stanislav Osadchy" -> the name."""
    if not any(
        w.lower in TITLES
        and not (k + 1 < len(words) and words[k + 1].lower in ORG_WORDS)
        and not (k > 0 and words[k - 1].lower in {"of", "and"})
        for k, w in enumerate(words)
    ):
        # no title, or one that names an organisation ("the General Administration of ...", "the
        # Departments of Justice and Health and Human Services")
        return None
    # a middle initial's full stop does not end the name ("Attorney General Mara J. Ellison")
    words = [
        w
        for k, w in enumerate(words)
        if not (
            w.text == "."
            and 0 < k < len(words) - 1
            and _is_initial(words[k - 1])
            and words[k - 1].end == w.start
            and words[k + 1].text[:1].isupper()
        )
    ]
    runs: list[tuple[int, int]] = []  # runs of capitalised words that are neither titles nor organisations
    k = 0
    while k < len(words):
        w = words[k]
        if w.kind == "word" and w.text[:1].isupper() and w.lower not in TITLES and w.lower not in ORG_WORDS:
            j = k
            while (
                j + 1 < len(words)
                and words[j + 1].kind == "word"
                and words[j + 1].text[:1].isupper()
                and words[j + 1].lower not in TITLES
                and words[j + 1].lower not in ORG_WORDS
            ):
                j += 1
            runs.append((k, j))
            k = j + 1
        else:
            k += 1
    for a, b in runs:
        after_title = a > 0 and words[a - 1].lower in TITLES
        if after_title and words[a].lower in DETERMINERS:
            continue
        if _abbreviation_before_title(words, a, b):
            continue  # "Acting U.S. Attorney Ana Ruiz": 'U.S.' is part of the title, not a name
        initials = sum(_is_initial(w) for w in words[max(a, b - 3) : b])
        if after_title and (b - a >= 1 or words[a].text in names):
            a = max(a, b - 2 - initials)
        elif b - a >= 1 and a > 0 and b == len(words) - 1 and words[a - 1].lower != "the":
            # the name ends the description: "Chief engineer Sara Holm"; "... to the Republic of
            # Cyprus Stanislav Osadchy" (a place before the name: the last two words); not "the
            # ambassador to the United Nations" (after "the": a body, not a person)
            near_place = words[a - 1].lower in {"of", "to", "for", "in"}
            a = max(a, b - (1 if near_place else 2) - initials)
        else:
            continue
        run = words[a : b + 1]
        text = _name_text(run)
        return (names.get(text, text) if len(run) == 1 else text), run[0].index, run[-1].index
    return None


def _abbreviation_before_title(words: list[Token], a: int, b: int) -> bool:
    """Is the run of capitalised words a..b only initials ("U. S", the stops read as a middle
    initial's) right before a title ("Acting U.S. Attorney ...")? A country or body abbreviated
    inside the title, not a person's name."""
    if not all(_is_initial(w) for w in words[a : b + 1]):
        return False
    k = b + 1
    while k < len(words) and words[k].text == ".":
        k += 1
    return k < len(words) and words[k].lower in TITLES


def _sentence_sources(
    tk: Tokenized,
    kb: Knowledge,
    names: dict[str, str],
    capitals: list[Token] | None = None,
    unnamed: set[int] | None = None,
) -> list[list[Attribution]]:
    """For each sentence, the attributions in it, in text order (`capitals`: the text's capitalised()
    words, if they are known). A sentence whose speaker is a pronoun that stands for no one read
    ("... said Mr Holt. She said the car was doing 60mph": not Holt) is added to `unnamed`."""
    out: list[list[Attribution]] = []
    toks = tk.tokens
    last_person: str | None = None
    last_person_at = -1  # where that person was named as a source
    # the last of those that can be one person (not "The regulator", "CNN and NPR", "Analysts of
    # the ... portal"): what "he" or "she" stands for when there is one, else the last person
    last_one: str | None = None
    # the pronoun ("he" or "she") that stood for a person named as the subject of a sentence before
    # it (`nearest_person`): a person the text called "he" is not the one it calls "she" ("Tom Reyes
    # spoke ... , he said"; then "she explains" is someone else's, not Reyes's)
    called: dict[str, str] = {}
    pronouned: set[str] = set()  # the sources "he" or "she" stood for (`called` and the weaker guesses)
    spoken: dict[int, list[str]] = {}  # sentence -> the sources named there by a name or a description
    genders: dict[str, str] | None = None  # full name -> "<he>" or "<she>" (`_pronoun_genders`), once needed
    last_one_at = -1
    last_source: str | None = None
    last_source_at = -1  # where it was named
    named_documents: dict[str, str] = {}  # "report" -> "The Hale Institute report": the last one named
    last_org: tuple[str, int] | None = None  # the last organisation named as a source, and its sentence
    # a word that opens no cue phrase is passed over (most words: the two matches below would find
    # nothing), and so is every symbol but "(" (a citation): the tokens read from, in one pass
    # "state" and "states" are a cue here only, as a document's verb (`document_verbs`: "The
    # complaint states that ..."); kept out of `verbs`, which the figure reader reads too ("three
    # dozen state and federal agencies" counts agencies)
    cue_verbs, cue_first = kb.sentence_cue_verbs, kb.sentence_cue_first
    prep_first, verb_first = first_words(kb.cue_preps), first_words(cue_verbs)
    # a cue's first word, or "(" (the one symbol read): one set asked of every token, then its kind
    # (a token's index is its place in the list)
    read_at = [t.index for t in toks if t.lower in cue_first and (t.kind == "word" or t.text == "(")]
    n_read = len(read_at)
    for a, b in tk.sentence_spans:
        found: list[Attribution] = []
        i = a
        while True:
            c = bisect.bisect_left(read_at, i)
            if c == n_read or read_at[c] >= b:
                break
            i = read_at[c]
            t = toks[i]
            if t.kind != "word":
                cited = _citation(tk, i, b) if t.text == "(" else None
                if cited is not None and i == a and out:
                    out[-1].append(cited)  # "... a victim. (Glass, et al, 2008).": the sentence before
                elif cited is not None:
                    found.append(cited)
                i += 1
                continue
            if t.lower not in prep_first and t.lower not in verb_first:
                i += 1
                continue
            # "according to X", "citing X"
            prep = _match(toks, i, b, kb.cue_preps)
            if prep is not None:
                words = _words_after(
                    toks, prep + 1, b, {"which", "who"} | kb.source_ends, 16, titles=kb.title_abbreviations
                )
                cut = next(
                    (
                        n
                        for n, w in enumerate(words)
                        if w.lower == "and"
                        and n + 1 < len(words)
                        and words[n + 1].text.islower()
                        and words[n + 1].lower != "other"  # "records filed in this and other suits"
                    ),
                    None,
                )
                if (
                    cut is not None
                ):  # "according to police and the fire service"; not "Health and Human Services"
                    words = words[:cut]
                words = _source_phrase(words, kb)
                j = prep + 1 + len(words)
                named = _named_after(toks, j, b)
                if (
                    named is not None
                    and words
                    and not any(w.text[:1].isupper() for w in words[-2:])
                    and not _names_document(words, kb)
                ):
                    # "according to the town's first selectman, Chris Kervick,": the name
                    words, j = named, named[-1].index + 1
                src = _cited_source(words, tk, names, kb)
                if src and _head_word(words).lower in kb.not_speakers:
                    src = None  # "according to Islamic law", "according to the timetable from then on"
                if src:
                    cue = tk.text[t.start : toks[prep].end]
                    found.append(Attribution(i, src[0], cue, src[1], src[2]))
                i = max(j, prep + 1)
                continue
            verb = _match(toks, i, b, cue_verbs)
            if verb is None:  # no cue starts here: none of the tests below would find one
                i += 1
                continue
            passive = verb + 1 < b and toks[verb + 1].lower == "by"
            if passive and not toks[verb].lower.endswith("ed") and toks[verb].lower not in PARTICIPLES:
                verb = None  # "Estimates by event organizers", "false claims by filing": nouns, not "told by"
            if (
                verb is not None
                and not passive
                and (
                    not t.text[:1].islower()
                    or (i > a and toks[i - 1].lower in NOUN_BEFORE_CUE)
                    or _passive_after_a_word(toks, a, b, i, kb)
                )
            ):
                verb = None  # "the False Claims Act", "that claims for the credit", "were not told"
            if (
                verb == i
                and t.lower.endswith("s")
                and i > a + 1
                and toks[i - 1].text.islower()
                and toks[i - 1].lower.endswith("ed")
                and toks[i - 2].lower in FUNCTION
            ):
                verb = None  # "the last audited reports", "unconfirmed reports": a noun after its adjective
            if verb == i and t.lower.endswith("s") and i > a and toks[i - 1].lower in kb.cue_noun_adjectives:
                verb = None  # "rival claims to the land": a noun after its adjective
            if verb == i and _object_noun(toks, a, i, kb):
                verb = None  # "Zenco beat its own gloomy forecast": the object of another verb
            if verb == i and t.lower.endswith("ed") and _timeline_heading(tk, i, b):
                verb = None  # "2 Aug: Tram plan revealed - City backs six stops": a heading, no one speaks
            if (
                verb is not None
                and i > a
                and (
                    # "self-reported", "under-reported": a compound, not a cue
                    # ("Sturgeon-said" is a space lost)
                    (
                        toks[i - 1].text == "-"
                        and tk.glued(i)
                        and tk.glued(i - 1)
                        and toks[i - 2].lower in PREFIX
                    )
                    or _adjective_after_number(toks, i, verb, b, kb)
                    or (verb == i and _counted_noun(toks, a, i, kb))
                )
            ):
                verb = None
            if (
                verb == i
                and t.lower in kb.passive_not_cues
                and any(w.lower in PASSIVE_AUX for w in toks[max(a, i - 2) : i])
            ):
                verb = None  # "berths were also added on 31 quays": a thing done, not said
            if verb == i and t.lower in kb.that_only_cues and not _verb_before_that(toks, a, i, b, kb):
                verb = None  # "residents can claim up to $300", "the bold claim that": no one speaks
            if verb == i and i > a and f"{toks[i - 1].lower} {t.lower}" in kb.cue_terms:
                verb = None  # "the value added per employee": a term of its own, no one speaks
            owned = i > a and i + 1 < b and _owner_before(toks[i - 1], t, toks[i + 1])
            if verb == i and not passive and owned:
                verb = None  # "Lee's alleged fraud", "his reported remarks": a participle on a noun
            if verb == i and not passive and i > a and toks[i - 1].lower in kb.participle_leads:
                verb = None  # "the wettest month ever recorded": a participle on a noun, no one speaks
            if verb == i and not passive and t.lower in kb.tallies and _after_superlative(toks, a, i, b):
                verb = None  # "the highest share recorded in five years": a participle, no one counts
            if verb == i and t.lower == "said" and _hearsay_infinitive(toks, i, b):
                verb = None  # "the 40 firms said to be bidding": hearsay with no one named
            if verb == i and t.lower in kb.hearsay_infinitives and _estimate_infinitive(toks, i, b):
                verb = None  # "7 million tyres estimated to be dumped": an estimate, no one named
            if verb == i and _hypothetical(toks, a, i, kb):
                verb = None  # "Some may argue the fare is too high": a saying imagined, not made
            opens_quote = i + 1 < b and toks[i + 1].text in {":", "“", '"'}
            if verb == i and t.lower in {"read", "reads"} and not opens_quote:
                verb = None  # 'the statement read: "..."', not 'she read the report'
            if (
                verb == i
                and t.lower in kb.document_verbs
                and not (
                    i + 1 < b
                    and toks[i + 1].lower == "that"
                    and (_document_before(toks, a, i, kb) or _charging_subject(toks, a, i, kb))
                )
                and not (
                    t.lower in kb.charging
                    and _charges_someone(toks, i, b, kb)
                    and (_document_before(toks, a, i, kb) or _charging_subject(toks, a, i, kb))
                )
            ):
                verb = None  # "police charged two men": a charge, not a document's word
            object_prep = kb.object_cues.get(t.lower) if verb == i else None
            if object_prep is not None and not _object_cue(toks, a, i, b, object_prep):
                verb = None  # "Dorn is accused of ...", "three clerks accused of ...": no one's word
            if verb == i and t.lower in kb.findings and not _finding_cue(toks, a, i, b, kb):
                verb = None  # "police found three bodies": a finding, not a source's word
            if verb == i and t.lower in {"added", "adds", "adding"} and _amount_follows(toks, i, b, kb):
                verb = None  # "Brent crude added 57 cents", "the sector added 68,000 jobs": a change
            if (
                verb is not None
                and tuple([t.lower for t in toks[i : verb + 1]]) in kb.saying_that
                and not (verb + 1 < b and toks[verb + 1].lower in THAT_OPENERS)
                and not _after_quotation(toks, a, i)
            ):
                verb = None  # "firefighters responded to 30 calls": a cue only before "that" or a quotation
            hearer = verb == i and any(w.lower in kb.hearers for w in toks[max(a, i - 6) : i])
            if verb == i and t.lower in kb.hearing_verbs and not hearer:
                verb = None  # "Maria heard that a riot had begun": news she got, not a court's account
            if verb == i and _other_sense(toks, i, b, kb):
                verb = None  # "the storm claimed the lives of 30 people": not a saying
            if verb == i and _plural_noun_cue(toks, i, b, kb):
                verb = None  # "the injury claims for the crash": a plural noun, not a verb
            if verb == i and _reduced_relative(toks, a, i, b, kb):
                verb = None  # "The settlement announced today is ...": a participle of the noun before
            if verb is not None and verb > i and _score_out_of(toks, verb, b):
                verb = None  # "30 points out of 100": a score, not "points out"
            if verb == i and i > a and toks[i - 1].lower in kb.deceit_adverbs:
                verb = None  # "the return falsely reported 40 losses": a deceit done, not a saying
            if verb == i and t.lower in kb.at_cues and not _at_follows(toks, i, b):
                verb = None  # "she put the book on the shelf", not "police put the toll at 40"
            if verb == i and t.lower in kb.as_cues and not _gives_figure(toks, i, b, kb):
                verb = None  # "the goal gave them their fourth win", not "the papers gave her age as 30"
            if verb is not None:
                cue = tk.text[t.start : toks[verb].end]
                # passive: "told by X", "reported by X"
                if passive:
                    after = _words_after(
                        toks, verb + 2, b, BY_STOPS, 10, initials_free=True, titles=kb.title_abbreviations
                    )
                    src = _clean_source(after, tk, names, kb)
                    if src:
                        found.append(Attribution(i, src[0], cue + " by", src[1], src[2]))
                        i = verb + 1
                        continue
                src = _document_participle(tk, a, i, kb)
                if src is None and t.lower in kb.at_participles:
                    src = _with_subject(tk, a, i, names, kb)  # "With polls putting support at 40 percent"
                elif (
                    src is None
                    and tuple([t.lower for t in toks[i : verb + 1]]) in kb.saying_ing
                    and not (
                        verb + 1 < b and toks[verb + 1].lower == "to"  # "adding to the 20 projects"
                    )
                ):
                    # "..., adding that", "issued a statement saying": the sentence's subject speaks
                    src = _participle_subject(tk, a, i, names, kb)
                elif src is None:
                    src = _subject_source(tk, a, i, verb, b, names, kb)
                    if src and (t.lower in kb.charging or t.lower in kb.object_cues) and src[1] > i:
                        src = None  # "charges Ortiz with ...": the one charged, never the source
                if src and any(src[1] <= x.cue_index < i for x in found):
                    src = None  # "X said he and a partner had met and added ...": inside X's words
                if src:
                    after_and = src[2] < 0
                    last = -src[2] - 1 if after_and else src[2]
                    found.append(Attribution(i, src[0], cue, src[1], last, after_and))
                    inner = _document_by(tk, verb + 1, b, names, kb)
                    if inner is not None:
                        found.append(inner)  # "X said a report by Y found ...": Y's figure
                i = verb + 1
                continue
            i += 1
        found = _unframed(toks, found, b, kb)
        if not found and (study := _fronted_study(tk, a, b, names, kb)) is not None:
            found = [study]  # "In a survey conducted by the Lake Institute, 65% of anglers ..."
        resolved: list[Attribution] = []
        if named_here := [x.source for x in found if not x.source.startswith("<") and x.source.split()]:
            spoken[len(out)] = named_here
        for n_att, att in enumerate(found):
            src = att.source
            if src in {"<it>", "<they>"} and n_att > 0:
                continue  # 'He says it has added 10%': what the source said, not a second source
            if src.startswith("<"):
                others = [x.source for x in found if not x.source.startswith("<")]
                if genders is None and src in {"<he>", "<she>"}:
                    genders = _pronoun_genders(tk, names, kb, capitals)
                other_gender = (
                    {full for full, g in genders.items() if g != src}
                    if genders and src in {"<he>", "<she>"}
                    else set()
                )
                nearest, nearest_at = (
                    nearest_person(
                        tk,
                        att.cue_index,
                        names,
                        kb.described_people,
                        kb.possessed_people,
                        other_gender,
                        kb.pronoun_forms.get(src, frozenset()),
                        spoken,
                        kb.relatives,
                    )
                    if src in {"<he>", "<she>"}
                    else (None, -1)
                )
                person, person_at = last_person, last_person_at
                if last_one:
                    person, person_at = last_one, last_one_at
                # a person the pronoun cannot stand for (other gender, other title, called by the
                # other pronoun): then "he said" is someone else's, and the sentence is `unnamed`
                ruled_out = False
                if person is not None and (
                    (person_of(person, names) or person) in other_gender
                    or _titled_other(tk, person_at, person, src, kb)
                ):
                    person, ruled_out = None, True  # "Mr Holt spoke. ... she says": not Holt
                if nearest and _titled_other(tk, nearest_at, nearest, src, kb):
                    nearest, ruled_out = None, True  # "Mrs Patel said ... He said": not Patel
                if nearest and person and person_at > nearest_at:
                    nearest = person  # '..., according to Wei Fang, an analyst. "...," he says.'
                if nearest and called.get(nearest, src) != src:
                    nearest, ruled_out = None, True  # called by the other pronoun before
                if person and src in {"<he>", "<she>"} and called.get(person, src) != src:
                    person, ruled_out = None, True
                if others:
                    src = others[0]
                elif nearest:
                    called[nearest] = src
                    pronouned.add(nearest)
                    src = nearest
                elif src in {"<he>", "<she>"} and person and _one_person(person, names, kb):
                    pronouned.add(person)
                    src = person  # (not kept in `called`: the last source, the weaker guess)
                elif src == "<it>" and (org := _organisation_before(tk, a, att.cue_index)) is not None:
                    src = org  # "the Working Group ... called for the men it says were taken"
                elif src == "<it>" and (lead := _leading_name(tk, a, att.cue_index, names)) is not None:
                    src = lead  # "Wikileaks published 8,000 pages that it says are ...": the subject
                elif src == "<it>" and (described := _described_before(tk, att.cue_index, names)) is not None:
                    src = described  # "Tallymark, a website that ... It predicts ..."
                elif src == "<it>" and last_source in names.values():
                    continue  # "it" never stands for the person named last
                elif (
                    src == "<they>"
                    and last_source in names.values()
                    and (
                        last_source in called
                        or last_source in pronouned
                        or _titled(tk, last_source_at, last_source, kb)
                    )
                ):
                    continue  # nor "they" for one the text called "he" or "she" ("Mr Holt ... They said")
                elif src in {"<it>", "<they>"} and last_source:
                    src = last_source
                else:
                    if unnamed is not None and ruled_out:
                        unnamed.add(len(out))  # someone speaks, but not the person read before
                    continue
                att = Attribution(att.cue_index, src, att.cue, att.first, att.last, att.after_and)
            titled = _titled_before(tk, att, names, kb) if not src.startswith("<") else None
            if titled is not None:  # 'Trade Minister Ana Ruiz said ... "...," the minister said': Ruiz
                src = titled
                att = Attribution(att.cue_index, src, att.cue, att.first, att.last, att.after_and)
            named = _named_document(src, named_documents)
            if named is not None:  # "the report noted" after "The Hale Institute report said": that report
                src = named
                att = Attribution(att.cue_index, src, att.cue, att.first, att.last, att.after_and)
            elif _document_word(src, kb) and any(
                w[:1].isupper() for w in src.split()[:-1] if w.lower() not in ANAPHORIC | DETERMINERS
            ):
                named_documents[_document_word(src, kb)] = src
            if (described := _described_person(tk, att, last_source, last_source_at, names, kb)) is not None:
                # '"...," Lena Holt said. ... "...," the economist said': the person named before
                src = described
                att = Attribution(att.cue_index, src, att.cue, att.first, att.last, att.after_and)
            if (
                _described_organisation(src, kb)
                and last_org is not None
                and len(out) - toks[last_org[1]].sentence <= ORG_REACH
                and _same_kind(src, last_org[0], kb)
                and not _other_organisation(toks, last_org, att.first if att.first >= 0 else att.cue_index)
            ):
                # "The WMO warned ... the UN weather agency said": the organisation named before
                src = last_org[0]
                att = Attribution(att.cue_index, src, att.cue, att.first, att.last, att.after_and)
            elif _organisation_name(src, names) and att.first >= 0:
                last_org = (src, att.last)
            resolved.append(att)
            if (
                " " in src
                and src.split()[0][:1].isupper()
                and not any(w.lower() in ORG_WORDS for w in src.split())
            ):
                last_person = src
            elif src in names.values():
                last_person = src
            if last_person == src:
                last_person_at = att.first if att.first >= 0 else att.cue_index
            if last_person == src and _one_person(src, names, kb):
                last_one = src
                last_one_at = last_person_at
            last_source = src
            last_source_at = att.first if att.first >= 0 else att.cue_index
        out.append(resolved)
    return out


def _described_person(
    tk: Tokenized, att: Attribution, person: str | None, person_at: int, names: dict[str, str], kb: Knowledge
) -> str | None:
    """The person a source that describes someone ("the economist", "the Central Bank chief", "the
    Wisconsin Republican": "the", any words, then one of `described_people` in lower case) stands
    for, by full name: the source named last before it (`person`, at token person_at), when that is a
    person by name (a full name the text gives, or a word of one), the way a writer varies the credit
    of one speaker ('..., Lena Holt said. "...," the economist added'); else None. Only from a
    sentence before, within ORG_REACH sentences (in the same sentence the person named is another:
    "Holt's claims are wrong, the economist said"), not for a description with a possessive ("the
    agency's economist": someone of that body's), and not when the description's word or another
    person's full name comes between (either may be whom it describes: "Ortiz, a second economist,
    ... the economist said"; "... for Mira Kowal. '...,' the striker said")."""
    toks = tk.tokens
    if person is None or person_at < 0 or att.first < 0:
        return None
    words = toks[att.first : att.last + 1]
    if len(words) < 2 or words[0].lower != "the" or words[-1].lower not in kb.described_people:
        return None
    gap = toks[att.first].sentence - toks[person_at].sentence
    if not words[-1].text.islower() or not 0 < gap <= ORG_REACH:
        return None  # too far, or in the same sentence ("Holt's claims are wrong, the economist said")
    name = person.split()
    if any(not w[:1].isupper() or w.lower() in ORG_WORDS or w.lower() in DETERMINERS for w in name):
        return None  # not a person by name ("the Harbour Board", "Reuters")
    full = person_of(person, names)  # "Lena Holt" for "Holt"
    if full is None or not _one_person(full, names, kb):
        return None
    if any(w.lower in {"'s", "’s"} or w.text.endswith(("'s", "’s")) for w in words):
        return None  # "the agency's economist": someone of that body's, not the person named
    own = set(full.split())
    for k in range(person_at + 1, att.first):
        t = toks[k]
        if t.lower == words[-1].lower:
            return None  # the description's word used between: maybe for someone else
        word = unpossessed(t.text)
        if word in names and word not in own and k > 0 and toks[k - 1].text in names[word].split():
            return None  # another person named in full between ("... for Ana Ruiz. '...,' the striker said")
    return full


def _pronoun_genders(
    tk: Tokenized, names: dict[str, str], kb: Knowledge, capitals: list[Token] | None = None
) -> dict[str, str]:
    """Full name -> the pronoun ("<he>", "<she>") of each person the text names right after one of
    `he_titles` or `she_titles` ("Mr Holt", "Mrs. Ruiz", "Congresswoman Ann Lee"); a person named
    after both ("Mr and Mrs Holt") is left out. Read at the capitalised words only (`capitals`, else
    capitalised()): the word before each, or the one before its full stop."""
    out: dict[str, str] = {}
    both: set[str] = set()
    toks = tk.tokens
    n = len(toks)
    titles = kb.title_pronouns
    for c in capitalised(tk) if capitals is None else capitals:
        k = c.index - 1
        if k > 0 and toks[k].text == ".":
            k -= 1  # "Mrs. Ruiz"
        if k < 0:
            continue
        t = toks[k]
        g = titles.get(t.lower)
        if g is None:
            continue
        j = k + 1
        if j < n and toks[j].text == "." and j + 1 < n and toks[j + 1].sentence == t.sentence:
            j += 1  # "Mrs. Ruiz" (not "... his daughter. Reyes said": a sentence's end)
        run: list[Token] = []
        while (
            j < n
            and j - k <= 4
            and toks[j].sentence == t.sentence
            and toks[j].kind == "word"
            and toks[j].text[:1].isupper()
        ):
            run.append(toks[j])
            j += 1
        if not run:
            continue
        full = names.get(unpossessed(run[-1].text))
        said = unpossessed(_name_text(run))
        if full is None or (len(run) > 1 and not (full.endswith(said) or said.endswith(full))):
            continue  # "his wife Vivian Reyes" is not the Tom Reyes the surname stands for
        paired = k > 1 and toks[k - 1].lower in {"and", "&"} and toks[k - 2].lower in titles
        if out.get(full, g) != g or paired:
            both.add(full)  # (also "Mr and Mrs Holt": two people of one surname)
        out[full] = g
    for full in both:
        del out[full]
    return out


def _titled(tk: Tokenized, at: int, src: str, kb: Knowledge) -> str | None:
    """The pronoun ("<he>", "<she>") of the honorific (`honorifics`) the source is named with: its
    first word ("Mr Holt"), or the word before it in the text at token `at` ("Mrs. Patel said",
    the source "Patel"); None when there is none (not "Son Ye-jin": "son" is no honorific)."""
    words = src.split()
    first = words[0].rstrip(".").lower() if words else ""
    if first not in kb.honorifics and 0 < at < len(tk.tokens):
        k = at - 1
        if k > 0 and tk.tokens[k].text == "." and tk.tokens[k - 1].sentence == tk.tokens[at].sentence:
            k -= 1  # "Mrs. Patel"
        first = tk.tokens[k].lower if tk.tokens[k].sentence == tk.tokens[at].sentence else ""
    return kb.title_pronouns.get(first) if first in kb.honorifics else None


def _titled_other(tk: Tokenized, at: int, src: str, pronoun: str, kb: Knowledge) -> bool:
    """Is the source named with an honorific of the other pronoun's (`_titled`: "Mr Holt" for
    "she", "Ms Ruiz" for "he") than the pronoun ("<he>", "<she>")?"""
    titled = _titled(tk, at, src, kb)
    return pronoun in {"<he>", "<she>"} and titled is not None and titled != pronoun


def _one_person(src: str, names: dict[str, str], kb: Knowledge) -> bool:
    """Can the source be what "he" or "she" stands for: one person, named or described ("Ana Ruiz",
    "A fire official"), not two sources ("CNN and NPR"), a group (a plural head: "Analysts of the
    ... portal", "Sinai residents"), an organisation's name ("An Garda Siochana", "the Interior
    Ministry") or an organisation described (one of `described_heads`: "The regulator")?"""
    if src in names.values():
        return True
    words = src.split()
    if not words or src.startswith("<") or "and" in words or _organisation_name(src, names):
        return False
    lows = [w.lower() for w in words]
    k = lows.index("of") if "of" in lows else len(lows)  # the head: the word before "of", or the last
    head = lows[k - 1] if k > 0 else ""
    plural = head.endswith("s") and not head.endswith("ss")
    if plural and (words[k - 1][:1].islower() or head in kb.groups or head in kb.finders):
        return False  # "Sinai residents", "Analysts of the ... portal" (not a name: "Ana Rees")
    if lows[0] in DETERMINERS and len(words) >= 2 and all(w[:1].isupper() for w in words[1:]):
        return False  # "An Garda Siochana", "The Lakeside Group": an organisation's name
    return not (lows[0] in DETERMINERS and head in kb.described_heads)


SUPERLATIVE_NOT = {"latest", "earliest", "interest", "test", "request", "protest", "west", "rest", "chest"}
PARTICIPLE_AFTER = {"in", "since", "for", "at", "during", "this", "last", "over", "so", "to", "."}


def _fronted_study(tk: Tokenized, a: int, b: int, names: dict[str, str], kb: Knowledge) -> Attribution | None:
    """The maker of a survey, poll, study or report named in a phrase that opens the sentence up to a
    comma ("In the newest poll run by the Lake Institute, 65% called ...", "In a study made for
    anglers by the Lake Institute, ..."), in a sentence with no cue of its own: the sentence is
    the maker's finding, as after "According to a survey by ...". None when there is no such phrase,
    or no "by" and a name before its comma."""
    toks = tk.tokens
    if not (a + 4 < b and toks[a].lower == "in" and toks[a + 1].lower in STUDY_DETERMINERS):
        return None
    k = a + 2
    while k < b and k - a <= 6 and toks[k].kind == "word" and toks[k].lower not in kb.study_words:
        k += 1
    if not (k < b and toks[k].lower in kb.study_words):
        return None
    by = next((m for m in range(k + 1, min(b, k + 5)) if toks[m].lower == "by"), None)
    if by is None or any(t.kind != "word" for t in toks[k + 1 : by]):
        return None
    comma = next((m for m in range(by + 1, min(b, by + 12)) if toks[m].text == ","), None)
    if comma is None or comma == by + 1:
        return None
    words = toks[by + 1 : comma]
    if not all(w.kind == "word" and (w.text[:1].isupper() or w.lower in NAME_GLUE) for w in words):
        return None
    src = _clean_source(words, tk, names, kb)
    if not src:
        return None
    return Attribution(a, src[0], tk.text[toks[a].start : toks[by].end], src[1], src[2])


STUDY_DETERMINERS = {"a", "an", "the", "its", "their", "this", "one"}


def _after_superlative(toks: list[Token], a: int, i: int, b: int) -> bool:
    """Does the tally verb at i follow a noun after a superlative ("the highest share recorded in
    five years", "the most cases registered since 2010") and go on with no object of its own?
    Then it is a participle describing the noun: nobody is credited."""
    if i + 1 < b and toks[i + 1].lower not in PARTICIPLE_AFTER:
        return False
    for k in range(max(a + 1, i - 3), i - 1):
        w = toks[k].lower
        superlative = w in {"most", "least"} or (
            w.endswith("est") and len(w) > 4 and w not in SUPERLATIVE_NOT
        )
        if superlative and toks[k - 1].lower in {"the", "its", "their", "a"}:
            return True
    return False


def _after_quotation(toks: list[Token], a: int, i: int) -> bool:
    """Does the cue at i come right after a quotation closes ('"...," commented Ana Ruiz', '"...,"
    Ana Ruiz recalled')? Then it credits the quotation whatever its verb. (Not after a pronoun:
    '"...," he recalls' is left to the quotation's own reading of its speaker.)"""
    k = i - 1
    while k > a and i - k <= 4 and toks[k].kind == "word" and toks[k].text[:1].isupper():
        k -= 1  # '"...," Ana Ruiz recalled': the speaker between the quotation and the cue
    return k > a and (toks[k].text == "”" or (toks[k].text == '"' and toks[k - 1].text in {",", "?", "!"}))


def _hearsay_infinitive(toks: list[Token], i: int, b: int) -> bool:
    """Is the cue at i 'said to be' (hearsay with no one named)? Not 'said to have': what follows
    may be the subject's own account ("he is said to have told police of 3 raids")."""
    return i + 2 < b and toks[i + 1].lower == "to" and toks[i + 2].lower == "be"


def _timeline_heading(tk: Tokenized, i: int, b: int) -> bool:
    """Is the participle at i followed by a spaced dash and a capitalised word ("4 May: Tram plan
    revealed - City backs six stops")? Then it closes a heading in a list of dated
    events, a thing done, and no one speaks."""
    toks = tk.tokens
    return (
        i + 2 < b
        and _spaced_dash(toks, i + 1)
        and toks[i + 2].kind == "word"
        and toks[i + 2].text[:1].isupper()
    )


def _estimate_infinitive(toks: list[Token], i: int, b: int) -> bool:
    """Is the cue at i (one of `hearsay_infinitives`) followed by "to" and a verb ("tyres estimated
    to be dumped", "sales are projected to reach $3bn")? Then it is a passive estimate of the noun
    before it, with no one named; not "predicted to the panel that ..." (a capitalised word or a
    determiner after "to")."""
    if i + 2 >= b or toks[i + 1].lower != "to":
        return False
    nxt = toks[i + 2]
    return nxt.kind == "word" and nxt.text.islower() and nxt.lower not in DETERMINERS | PRONOUN_OBJECTS


def _hypothetical(toks: list[Token], a: int, i: int, kb: Knowledge) -> bool:
    """Does a modal of `hypothetical_modals` come right before the cue at i, or before one adverb
    and the cue ("Some may argue ...", "others might well say that ...")?"""
    k = i - 1
    if k > a and toks[k].lower in MODAL_ADVERBS:
        k -= 1
    return k >= a and toks[k].text.islower() and toks[k].lower in kb.hypothetical_modals  # not "Mrs May said"


def _document_participle(tk: Tokenized, a: int, i: int, kb: Knowledge) -> tuple[str, int, int] | None:
    """A cue in -ing right after a document ("a report documenting eight attacks", "the new study
    showing") or a legal account (`accounts`: "a complaint alleging that", "the lawsuit alleging
    that"): the document is the source, not the subject of the sentence it stands in. A legal
    account's word covers what it alleges, after it, not the sentence's figures before it ("The firm
    paid $87 million to settle a lawsuit alleging that ...": the payment is the writer's), as a
    clause after "and" does not reach back (a negative last index, as _participle_subject gives)."""
    toks = tk.tokens
    if not toks[i].lower.endswith("ing") or i - 1 < a:
        return None
    account = toks[i - 1].lower not in kb.carrying_documents
    if account and toks[i - 1].lower not in kb.accounts:
        return None
    k = i - 1
    while k - 1 >= a and k > i - 4 and toks[k - 1].lower in DOCUMENT_ADJECTIVES:
        k -= 1
    if k - 1 >= a and toks[k - 1].lower in DETERMINERS:
        k -= 1
    return tk.text[toks[k].start : toks[i - 1].end], k, -i if account else i - 1


def _leading_name(tk: Tokenized, a: int, i: int, names: dict[str, str]) -> str | None:
    """The capitalised name that opens the sentence and is its subject (a verb in lower case after
    it), before token i, when it names no person: what "it" later in the sentence stands for."""
    toks = tk.tokens
    if a >= i or toks[a].kind != "word" or not toks[a].text[:1].isupper() or toks[a].lower in FUNCTION:
        return None
    j = a
    while j + 1 < i and toks[j + 1].kind == "word" and toks[j + 1].text[:1].isupper():
        j += 1
    if j + 1 >= i or toks[j + 1].kind != "word" or not toks[j + 1].text.islower():
        return None
    text = tk.text[toks[a].start : toks[j].end]
    if text in names or text in names.values():
        return None
    return text


def _described_before(tk: Tokenized, i: int, names: dict[str, str]) -> str | None:
    """The last capitalised name, not a person's, given a description between commas ("Tallymark,
    a website that averages opinion polls, released ...") in the sentence of token i or the one before,
    in the same paragraph: what "it" at token i stands for."""
    toks = tk.tokens
    s = toks[i].sentence
    first = s - 1 if s > 0 and tk.paragraph_of_sentence[s - 1] == tk.paragraph_of_sentence[s] else s
    found = None
    k = tk.sentence_spans[first][0]
    while k < i:
        t = toks[k]
        if not (t.kind == "word" and t.text[:1].isupper() and t.lower not in FUNCTION):
            k += 1
            continue
        j = k
        while j + 1 < i and toks[j + 1].kind == "word" and toks[j + 1].text[:1].isupper():
            j += 1
        if (
            j + 3 < i
            and toks[j + 1].text == ","
            and toks[j + 2].lower in {"a", "an"}
            and toks[j + 3].text.islower()
            and not any(w.text in names or unpossessed(w.text) in names for w in toks[k : j + 1])
        ):
            found = tk.text[t.start : toks[j].end]
        k = j + 1
    return found


def _titled_before(tk: Tokenized, att: Attribution, names: dict[str, str], kb: Knowledge) -> str | None:
    """The person a source such as "the minister" or "the prime minister" stands for: the last one
    named with that title before their name ("Trade Minister Ana Ruiz", "Prime Minister Jan Berg")
    within a few sentences before it. None when the source is no such title."""
    toks = tk.tokens
    if att.first < 0 or att.last - att.first < 1 or toks[att.first].lower != "the":
        return None
    words = toks[att.first + 1 : att.last + 1]
    if not all(w.kind == "word" and w.text.islower() and w.lower in TITLES for w in words):
        return None
    head, modifiers = words[-1].lower, {w.lower for w in words[:-1]}
    if head not in kb.titled_heads:
        return None
    s0 = toks[att.first].sentence
    k = att.first - 1
    while k >= 0 and toks[k].sentence >= s0 - ORG_REACH:
        t = toks[k]
        if t.kind == "word" and t.lower == head and t.text[:1].isupper():
            title = {w.lower for w in toks[max(0, k - 4) : k] if w.kind == "word"}
            j = k + 1
            while j < len(toks) and toks[j].kind == "word" and toks[j].lower in TITLES and _proper(toks[j]):
                title.add(toks[j].lower)
                j += 1
            m = j
            while m < len(toks) and toks[m].kind == "word" and toks[m].text[:1].isupper() and m - j < 4:
                m += 1
            run = toks[j:m]
            if run and modifiers <= title:
                surname = unpossessed(run[-1].text)
                full = names.get(surname)
                if full is not None and _name_text(run).endswith(full):
                    return full
        k -= 1
    return None


def _organisation_before(tk: Tokenized, a: int, i: int) -> str | None:
    """The last organisation named by a capitalised name in the sentence before token i ("the United
    Nations Working Group on Enforced Disappearances called for ... the men it says were taken"):
    what "it" there stands for."""
    toks = tk.tokens
    found = None
    k = a
    while k < i:
        if toks[k].kind == "word" and toks[k].text[:1].isupper():
            j = k
            while j + 1 < i and (
                (toks[j + 1].kind == "word" and toks[j + 1].text[:1].isupper())
                or (toks[j + 1].lower in NAME_GLUE and j + 2 < i and toks[j + 2].text[:1].isupper())
            ):
                j += 1
            if any(t.lower in ORG_WORDS for t in toks[k : j + 1]):
                start = k - 1 if k > a and toks[k - 1].lower == "the" else k
                found = tk.text[toks[start].start : toks[j].end]
            k = j + 1
        else:
            k += 1
    return found


ANAPHORIC = {"the", "this", "that", "its"}
ORG_REACH = 5  # sentences over which "the agency" refers back to the organisation named before


def _described_organisation(src: str, kb: Knowledge) -> bool:
    """Is the source an organisation described, not named ("the UN children's agency", "the
    ministry", "the company")?"""
    words = src.split()
    return (
        len(words) >= 2
        and words[0].lower() in {"the", "this"}
        and words[-1] in kb.described_heads
        # no name of its own ("the CGT union", "the Dutch central bank"); "UN", "US" describe
        and not any(w[:1].isupper() and not (w.isupper() and len(w) <= 2) for w in words[1:])
    )


def _other_organisation(toks: list[Token], last_org: tuple[str, int], i: int) -> bool:
    """Is another organisation named between the end of the last one named as a source and token
    i (an abbreviation of three or more capitals, or a capitalised organisation word: "ISIL
    fighters", "the Defence Ministry")? Then a description may stand for either."""
    own = set(last_org[0].split())
    for t in toks[last_org[1] + 1 : i]:
        if t.kind != "word" or t.text in own:
            continue
        if (len(t.text) >= 3 and t.text.isupper()) or (t.text[:1].isupper() and t.lower in ORG_WORDS):
            return True
    return False


def _organisation_name(src: str, names: dict[str, str]) -> bool:
    """Is the source an organisation's name ("UNICEF", "the World Bank", "Human Rights Watch"), not a
    person, a pronoun or a description?"""
    words = [w for w in src.split() if w.lower() not in DETERMINERS]
    if not words or src in names.values() or src.startswith("<"):
        return False
    capitalised = all(w[:1].isupper() or w.lower() in NAME_GLUE for w in words)
    acronym = len(words) == 1 and len(words[0]) >= 3 and words[0].isupper()  # not "US", "UK"
    # a name of two words or more with an organisation's word ("the Interior Ministry"; not "Police")
    return capitalised and (acronym or (len(words) >= 2 and any(w.lower() in ORG_WORDS for w in words)))


def _same_kind(description: str, name: str, kb: Knowledge) -> bool:
    """Can the description stand for the name: its head is the name's organisation word ("the
    ministry" for "the Interior Ministry", not "the fire service"), or the name has none ("UNICEF")?"""
    kinds = {w.lower() for w in name.split() if w.lower() in ORG_WORDS}
    head = description.split()[-1].lower()
    return not kinds or head in kinds or head in kb.any_kind_heads


DOCUMENT_ADJECTIVES = {"new", "latest", "annual", "same", "full", "final", "recent"}


def _document_word(src: str, kb: Knowledge) -> str | None:
    """The document a source's name ends with ("The Hale Institute report" -> "report"), if any."""
    last = src.split()[-1].lower() if src.split() else ""
    return last if last in kb.carrying_documents else None


def _named_document(src: str, named: dict[str, str]) -> str | None:
    """A bare "the report" ("the new report", "this study") names no one: it is the report last
    named in the text ("The Hale Institute report said ..."), when there is one."""
    words = src.split()
    if not 2 <= len(words) <= 3 or words[0].lower() not in ANAPHORIC:
        return None
    if len(words) == 3 and words[1].lower() not in DOCUMENT_ADJECTIVES:
        return None
    return named.get(words[-1].lower())


def _unframed(toks: list[Token], found: list[Attribution], b: int, kb: Knowledge) -> list[Attribution]:
    """The attributions of a sentence less the cue verbs inside an account that another cue frames
    ("According to the indictment, Ortega, who ran the office that filed them, claimed false
    deductions on 40 returns": what Ortega did, by the indictment's account, not Ortega's word).
    A cue that reports words
    ("said", "told", or followed by "that", a colon or a quotation mark) stays a source."""
    if not kb.frames or not any(att.cue.lower() in kb.frames for att in found):
        return found
    kept = []
    for att in found:
        k = att.cue_index
        verb = toks[k].lower
        reports_words = verb in kb.speech or (k + 1 < b and toks[k + 1].lower in {"that", ":", "“", '"'})
        framing = att.cue.lower() in kb.frames or att.cue == CITATION_CUE
        if framing or reports_words or (verb,) not in kb.cue_verbs:
            kept.append(att)
    return kept


def _object_cue(toks: list[Token], a: int, i: int, b: int, prep: str) -> bool:
    """Is the verb of `object_cues` at i active, its object and then its preposition after it
    ("the watchdog accused the army of ...")? Not "is accused of", "three clerks accused
    of", "accused by", "has not accused"."""
    if i == a or any(w.lower in PASSIVE_AUX or w.lower in NEGATIONS for w in toks[max(a, i - 3) : i]):
        return False  # "is accused of", "has never accused": no charge laid
    if i + 1 >= b or toks[i + 1].kind != "word" or toks[i + 1].lower in {prep, "by"}:
        return False
    return any(w.lower == prep for w in toks[i + 2 : min(b, i + 2 + OBJECT_WORDS)])


OBJECT_WORDS = 8  # words the object of one of `object_cues` may take before its preposition
NEGATIONS = {"not", "never", "n't"}


def _finding_cue(toks: list[Token], a: int, i: int, b: int, kb: Knowledge) -> bool:
    """Is the finding verb at i ("found", "showed", "identified") a source's word: after a document
    or one of `finders` ("BBC research found", "rights groups have identified"), in a sentence that
    names the document it is in ("UNICEF identified 34 centres during its research"), or closing
    the sentence after its figures (", a historian found in 2012.")? Not "police found three
    bodies"."""
    return (
        _document_before(toks, a, i, kb)
        or _document_after(toks, i, b, kb)
        or _closes_after_figures(toks, a, i, b)
        or _court_finding(toks, a, i, b, kb)
        or _pronoun_finding(toks, a, i, b, kb)
        or _named_finding(toks, a, i, b)
    )


def _named_finding(toks: list[Token], a: int, i: int, b: int) -> bool:
    """Is the finding verb at i, with "that" after it, said by a name: the word before it (past an
    adverb such as "also", or past an aside closed by a comma, or past an edition year) a
    capitalised word that is no pronoun ("The Pellow Shop Monitor 2021, compiled with a trade weekly,
    shows that 12 chains ...", "At sentencing, Judge Dana Ruiz found that ...")? A name that finds
    that something is so reports a finding; "This shows that", "the vote showed that" (no name)
    stay the writer's inference. The name opens the sentence or follows a fronted phrase's comma,
    and the sentence has no "according to"."""
    if not (i + 1 < b and toks[i + 1].lower == "that"):
        return False
    k = i - 1
    if k > a and toks[k].lower in FINDING_ADVERBS:
        k -= 1
    if k > a and toks[k].text == ",":
        m = k - 1
        while m > a and toks[m].text != ",":
            m -= 1
        if m <= a:
            return False
        k = m - 1  # the word before the aside
    while k > a and toks[k].kind == "num":
        k -= 1  # "... Shop Monitor 2021": the name before its year
    if not (k > a and toks[k].kind == "word" and toks[k].text[:1].isupper()) or toks[k].lower in NOT_NAMES:
        return False
    if any(toks[m].lower == "according" for m in range(a, b)):
        return False  # "The IRS found that ..., according to the complaint": the complaint's account
    j = k
    while j > a and (
        (toks[j - 1].kind == "word" and toks[j - 1].text[:1].isupper()) or toks[j - 1].lower in NAME_GLUE
    ):
        j -= 1  # back to the name's first word ("the Department of Justice", "Judge Ana Ruiz")
    while j < k and toks[j].lower in NAME_GLUE:
        j += 1  # "..., and Lake Bank found that": the name starts after "and", which joins clauses
    if j > a and toks[j - 1].lower in DETERMINERS:
        j -= 1
    # the name opens the sentence or follows a fronted phrase's comma ("At trial, the Department
    # of Justice showed that"); not inside a clause of time ("after the court found that ...")
    return j == a or toks[j - 1].text == ","


NOT_NAMES = {"it", "he", "she", "they", "this", "that", "these", "those", "we", "i", "you", "there"}


def _pronoun_finding(toks: list[Token], a: int, i: int, b: int, kb: Knowledge) -> bool:
    """Does "It" open the sentence before the finding verb at i ("also" between) and "that" follow
    it, right after a sentence naming a document ("... a Hale Institute report ... It finds that 18%
    ...")? Then "it" is the document (read as "it" is: the source named before)."""
    k = i - 1
    if k > a and toks[k].lower == "also":
        k -= 1
    if k != a or toks[k].lower != "it" or i + 1 >= b or toks[i + 1].lower != "that":
        return False
    before = toks[a - 1].sentence if a > 0 else -1
    k = a - 1
    while k >= 0 and toks[k].sentence == before:
        if toks[k].lower in kb.carrying_documents:
            return True
        k -= 1
    return False


def _court_finding(toks: list[Token], a: int, i: int, b: int, kb: Knowledge) -> bool:
    """Is the finding verb at i a court's finding: one of `judging` right before it (an adverb
    such as "also" between) and "that" after it ("The court found that the scheme cost $52,000",
    "the jury also determined that ...")? Not "the court found him guilty of three counts"."""
    if not (i + 1 < b and toks[i + 1].lower == "that"):
        return False
    k = i - 1
    if k > a and toks[k].lower in FINDING_ADVERBS:
        k -= 1
    return k >= a and toks[k].lower in kb.judging


FINDING_ADVERBS = {"also", "further", "then", "previously", "ultimately"}


def _charges_someone(toks: list[Token], i: int, b: int, kb: Knowledge) -> bool:
    """Does the verb at i name whom it charges ('charges Ortiz with', 'charges him and two others
    with', 'charges seven defendants with', 'charges 12 people each with')? Then a charging
    document's verb tells its account."""
    nxt = toks[i + 1] if i + 1 < b else None
    if nxt is None:
        return False
    if nxt.kind == "word" and (nxt.text[:1].isupper() or nxt.lower in OBJECT_PRONOUNS):
        return True
    counted = nxt.kind == "num" or kb.numbers.is_number_word(nxt.lower)
    return counted and any(t.lower == "with" for t in toks[i + 2 : min(b, i + 2 + CHARGED_WORDS)])


CHARGED_WORDS = 6  # words a counted object of 'charges' may take before its "with"


OBJECT_PRONOUNS = {"him", "her", "them"}


def _charging_subject(toks: list[Token], a: int, i: int, kb: Knowledge) -> bool:
    """Is the subject of the charging verb at i a charging document named by a word that is no
    document elsewhere (`charging_documents`: "The four-count information charges Ortiz with")?"""
    if toks[i].lower not in kb.charging or i == a:
        return False
    return toks[i - 1].lower in kb.charging_documents and all(
        w.kind != "word" or w.text.islower() or w.lower in DETERMINERS for w in toks[max(a, i - 4) : i - 1]
    )


def _document_before(toks: list[Token], a: int, i: int, kb: Knowledge) -> bool:
    """Is a document (or one of `finders`) named in the subject of the cue at i ("BBC research
    found", "the review of all 136 trusts found", "commission projections show"; not "a report
    said teachers found")?"""
    k, seen = i - 1, 0
    while k >= a and seen < 12:
        if _spaced_dash(toks, k) and k > a:  # an aside between dashes ("- A, B and C -") is skipped
            opening = next((m for m in range(k - 1, a, -1) if _spaced_dash(toks, m)), None)
            if opening is not None:
                k = opening - 1
                continue
        if k == i - 1 and toks[k].text == ",":  # "The indictment, voted by jurors ..., charges"
            reach = range(k - 1, max(a, k - ASIDE_WORDS), -1)
            opening = next((m for m in reach if toks[m].text == ","), None)
            if opening is not None and opening > a:
                k = opening - 1
                continue
        if (
            toks[k].lower in kb.carrying_documents
            or toks[k].lower == "studies"
            or toks[k].lower in kb.finders
            or toks[k].lower in kb.accounts
        ):
            return True
        if ((toks[k].lower,) in kb.cue_verbs and not _state_noun(toks, k)) or toks[k].lower in SUBORDINATORS:
            return False  # "The regulator announced an inquiry after inspectors identified"
        k, seen = k - 1, seen + 1
    return False


ASIDE_WORDS = 25  # tokens of an aside between commas after a document and before its verb
DASHES = {"-", "–", "—"}


def _spaced_dash(toks: list[Token], k: int) -> bool:
    """Is token k a dash with a space on either side (" - "), not a hyphen ("fuel-projects")?"""
    return (
        toks[k].text in DASHES
        and 0 < k < len(toks) - 1
        and toks[k - 1].end < toks[k].start
        and toks[k].end < toks[k + 1].start
    )


IN_DOCUMENT = {"in", "during", "for", "from"}
POSSESSIVES = {"the", "its", "their", "his", "her", "this", "a", "an"}


def _document_after(toks: list[Token], i: int, b: int, kb: Knowledge) -> bool:
    """Does the clause after the cue at i name the document it was found in ("during their
    research", "in its annual report"; not one of `inquiries`)?"""
    for k in range(i + 1, min(b, i + 16) - 2):
        if toks[k].text in {",", ";"}:
            return False
        if toks[k].lower in IN_DOCUMENT and toks[k + 1].lower in POSSESSIVES:
            m = k + 2
            if m < b and toks[m].lower in DOCUMENT_ADJECTIVES:
                m += 1
            if m < b and toks[m].lower in kb.carrying_documents and toks[m].lower not in kb.inquiries:
                return True  # (not "police found a pistol during their investigation": a thing found)
    return False


TIME_WORDS = {
    "in", "on", "last", "this", "year", "month", "week", "today", "yesterday", "earlier", "recently",
}  # fmt: skip


def _closes_after_figures(toks: list[Token], a: int, i: int, b: int) -> bool:
    """Does the cue at i close its sentence after the figures, its subject set off by a comma
    ("..., British writer Anna Holm found in 2012.")? Only a date may follow it."""
    rest = [t for t in toks[i + 1 : b] if t.text not in {".", "!"}]
    if len(rest) > 3 or any(
        not (t.lower in TIME_WORDS or t.lower in MONTHS or t.lower in WEEKDAYS or YEAR_RE.match(t.text))
        for t in rest
    ):
        return False
    comma = next((k for k in range(i - 1, max(a, i - 8) - 1, -1) if toks[k].text == ","), None)
    return comma is not None and any(t.kind == "num" for t in toks[a:comma])


CITATION_CUE = "(citation)"


def _citation(tk: Tokenized, i: int, b: int) -> Attribution | None:
    """'(Bullock, 2006)', '(Glass, et al, 2008)', '(Hawley, McClane, 2001)' at token i: the work
    cited for what comes before it (its authors' names, without the year)."""
    toks = tk.tokens
    k = i + 1
    while (
        k < b
        and k - i <= 8
        and (
            (toks[k].kind == "word" and (toks[k].text[:1].isupper() or toks[k].lower in {"et", "al", "and"}))
            or toks[k].text in {",", ".", "&"}
        )
    ):
        k += 1
    if not (
        i + 1 < k < b - 1
        and YEAR_RE.match(toks[k].text)
        and toks[k + 1].text == ")"
        and toks[i + 1].text[:1].isupper()
    ):
        return None
    last = k - 1
    while last > i and toks[last].text in {",", "."}:
        last -= 1
    name = tk.text[toks[i + 1].start : toks[last].end]
    return Attribution(i, name, CITATION_CUE, i + 1, last)


def _document_by(tk: Tokenized, j: int, b: int, names: dict[str, str], kb: Knowledge) -> Attribution | None:
    """'(that) a report by the Audit Office', 'data from Eurostat' at token j, after a cue verb:
    the document's maker as a nested source."""
    toks = tk.tokens
    if j < b and toks[j].lower == "that":
        j += 1
    if j + 3 >= b or toks[j].lower not in DETERMINERS | {"its", "their", "new"}:
        return None
    k = j + 1
    if toks[k].kind == "word" and toks[k].lower not in DOCUMENT_WORDS and k + 1 < b:
        k += 1  # "a new report", "a 2015 study"
    if toks[k].lower not in DOCUMENT_WORDS or toks[k + 1].lower not in {"by", "from"}:
        return None
    words: list[Token] = []
    for t in toks[k + 2 : b]:
        if t.kind != "word" or (t.text.islower() and t.lower not in {"the", "of", "and", "for", "on"}):
            break
        words.append(t)
    src = _clean_source(words, tk, names, kb) if words else None
    if src is None:
        return None
    cue = f"{toks[k].lower} {toks[k + 1].lower}"
    return Attribution(toks[k + 1].index, src[0], cue, src[1], src[2])


def _names_document(words: list[Token], kb: Knowledge) -> bool:
    """Do the words after "according to" name a document or an account ("the indictment",
    "allegations in the complaint", "the new report")? A name between commas after them is then
    the subject of the account's clause ("According to the indictment, Ana Ruiz, 41, stole ..."),
    not the document's name, as it is after a person's title ("the town's first selectman, Chris
    Kervick,")."""
    return any(
        w.lower in kb.accounts or w.lower in kb.carrying_documents or w.lower in kb.account_words
        for w in words
    )


def _named_after(toks: list[Token], j: int, b: int) -> list[Token] | None:
    """', Chris Kervick,' at token j: a name of two or three capitalised words between commas."""
    if j >= b or toks[j].text != ",":
        return None
    k = j + 1
    name: list[Token] = []
    while k < b and toks[k].kind == "word" and toks[k].text[:1].isupper() and len(name) < 3:
        name.append(toks[k])
        k += 1
    if len(name) >= 2 and k < b and toks[k].text == ",":
        return name
    return None


def _source_phrase(words: list[Token], kb: Knowledge) -> list[Token]:
    """The words after "according to" that name the source: up to a clause that follows it
    without a comma ("according to the ministry recovered at least ten survivors"); through a
    document to who made it ("an estimate that the Joint Committee on Taxation provided")."""
    for k, w in enumerate(words):
        if k > 0 and w.text.islower() and (w.lower in kb.pronouns or w.lower in kb.first_person):
            return words[:k]  # "according to the ministry he died at home": the clause after it
        if w.lower == "that" and k > 0:
            inner = []
            for x in words[k + 1 :]:
                if x.kind == "word" and x.text.islower() and x.lower not in {"of", "on", "for", "and", "the"}:
                    break
                inner.append(x)
            if inner and any(x.text[:1].isupper() for x in inner):
                return inner
            return words[:k]
        if (
            k > 0
            and w.kind == "word"
            and w.text.islower()
            and w.lower.endswith("ed")
            and any(
                x.kind == "num" or x.lower in {"at", "least", "about", "more"} for x in words[k + 1 : k + 4]
            )
        ):
            return words[:k]
    return words


def _subject_source(
    tk: Tokenized, a: int, i: int, verb: int, b: int, names: dict[str, str], kb: Knowledge
) -> tuple[str, int, int] | None:
    """The source of a cue verb at i..verb: its subject before it, or after it when inverted
    ('..., said Sánchez', 'said the ministry')."""
    toks = tk.tokens
    if i - 1 > a and toks[i - 1].lower == "and":
        return _coordinated_subject(tk, a, i, names, kb)
    age_end = -1
    k = i - 1
    words: list[Token] = []
    while (
        k >= a
        and (
            (toks[k].text not in SUBJECT_BOUNDARY and toks[k].lower not in SUBJECT_BOUNDARY)
            or _more_than(toks, k, a)
            or _name_bracket(toks, k, a, words)
            or _suffix_comma(toks, k, a, kb)
        )
        and ((toks[k].lower,) not in kb.cue_verbs or _cue_as_noun(toks, k, a, kb))
        and not (
            toks[k].text == "-"
            and not tk.glued(k)
            and not tk.glued(k + 1)
            and not (k > a and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper())
        )  # a spaced dash, unless inside a name ("Defence for Children International - Palestine")
    ):
        words.insert(0, toks[k])
        k -= 1
    if (
        words
        and a < k
        and toks[k].lower == "who"
        and toks[k - 1].kind == "word"
        and toks[i].lower in kb.speech
        and not (words[0].text[:1].isupper() or words[0].lower in kb.groups or words[0].lower in DETERMINERS)
        # "..., a two-term mayor who has warned ...": the cue is the relative clause's own verb
        and not all(w.lower in AUX or w.lower.endswith("ly") for w in words)
    ):
        # "Officials who spoke on condition of anonymity said": the subject is who the clause is
        # about (not "a gunman who witnesses said ...": the clause has a subject of its own)
        words, k = _who_subject(toks, a, k, words, kb)
    if k >= a and toks[k].text == "-" and not words:
        # a closing dash: "The report from a group of firms - the Green Building Council - says"
        m = k - 1
        while m >= a and not (toks[m].text == "-" and not tk.glued(m) and not tk.glued(m + 1)):
            words.insert(0, toks[m])
            m -= 1
        if m < a:
            words = []
        elif any(w.text == "," for w in words):
            # a list between dashes is an aside ("The report, which covers four countries - A, B
            # and C - revealed"): the subject is before it
            words, k = _subject_before_aside(toks, a, m - 1)
        elif _description_between_dashes(toks, a, m, words):
            # "Harbour Statistics - the body for inland ports - said": a name, then what it is
            words, k = _subject_before_aside(toks, a, m - 1)
    inverted = verb == i and toks[i].lower in kb.inverted_cues and _name_closes(toks, i + 1, b)
    comma = k
    if not words and not inverted and _participle_aside(toks, a, k):
        # "The lawsuit, filed in Newark, New Jersey, alleges": the subject before the participle's
        # clause, not the last name in it
        words = _subject_before_clause(toks, a, k, verb, b, kb) or []
    if k >= a and toks[k].text == "," and not words and k - 1 >= a and not inverted:
        # an appositive: "Odisha's chief secretary, Pradeep Jena, said" (not when a name closes the
        # sentence after the cue: "..., which guards the coast, said Ana Ruiz." is inverted)
        m = k - 1
        app: list[Token] = []
        c = m  # a relative clause between commas may hold a 'that' of its own: ", which runs the
        while c >= a and toks[c].text != ",":  # clinic that was shelled,"
            c -= 1
        if c > a and _town_state(toks, a, toks[c + 1 : k], kb):
            c -= 1  # "X, 43, who lives in Ames, Iowa, admitted": the clause goes on past the town
            while c >= a and toks[c].text != ",":
                c -= 1
        relative = c >= a and c + 1 < k and toks[c + 1].lower in {"who", "which"}
        if relative:
            app, m = toks[c + 1 : k], c
        while (
            not relative
            and m >= a
            and (
                toks[m].text not in SUBJECT_BOUNDARY
                or toks[m].lower in {"who", "which"}
                # a relative clause inside a description: "X, a charity that tracks the fish, said"
                or (toks[m].lower == "that" and _description_opens(toks, a, m))
                or (toks[m].text == "," and _town_state(toks, a, app, kb))  # "X, of Ames, Iowa, said"
            )
        ):
            if toks[m].text == ")":  # "the director of the committee (PCATI)": skip the brackets
                while m >= a and toks[m].text != "(":
                    m -= 1
                m -= 1
                continue
            app.insert(0, toks[m])
            m -= 1
        if _party_tag(app) and m - 1 >= a:
            # "Rep. Ann Lee, R-Texas, said": the name before the party and state
            n = m - 1
            name = []
            while n >= a and toks[n].text not in SUBJECT_BOUNDARY and toks[n].lower not in SUBJECT_BOUNDARY:
                name.insert(0, toks[n])
                n -= 1
            words = name
        elif app and m - 1 >= a and toks[m].text == "," and all(w.kind == "num" for w in app):
            # "Ann Lee, 36, said": the name before the age
            n = m - 1
            name = []
            while n >= a and toks[n].text not in SUBJECT_BOUNDARY and toks[n].lower not in SUBJECT_BOUNDARY:
                name.insert(0, toks[n])
                n -= 1
            if name and name[-1].text[:1].isupper():
                words = name
                age_end = k - 1  # the age is part of the words naming the source
        elif (
            app
            and m >= a
            and toks[m].text == ","
            and all(w.text[:1].isupper() for w in app if w.kind == "word")
        ):
            words = app
        elif app and m - 1 >= a and toks[m].lower in {"which", "who"} and toks[m - 1].text == ",":
            # "The New York Times, which was first to report it, said": the name before the clause
            n = m - 2
            name = []
            while n >= a and toks[n].text not in SUBJECT_BOUNDARY and toks[n].lower not in SUBJECT_BOUNDARY:
                name.insert(0, toks[n])
                n -= 1
            if name and any(w.text[:1].isupper() for w in name):
                words = name
        elif app and m >= a and toks[m].text == ",":
            # "Fatima Schmidt, a senior economist, said": the name before the description
            n = m - 1
            # "Ann Lee, 36, a nurse in Leeds, said": the name before the age and the description
            aged = n - 1 >= a and toks[n].kind == "num" and len(toks[n].text) <= 3 and toks[n - 1].text == ","
            if aged:
                n -= 2
            elif (second := _description_before(toks, a, n, kb)) is not None:
                n = second  # "Ana Ruiz, of the council, one of its founders, said": past both descriptions
            n = _before_abbreviation(toks, a, n)  # "The Harbour Board (HB), a public body, said"
            name: list[Token] = []
            while n >= a and toks[n].kind == "word" and len(name) < 6:
                glue = toks[n].lower in {"of", "for"} and n - 1 >= a and toks[n - 1].text[:1].isupper()
                if not (toks[n].text[:1].isupper() or (glue and name)):
                    break
                if len([w for w in name if w.text[:1].isupper()]) >= 4:
                    break
                name.insert(0, toks[n])  # "The Syrian Observatory for Human Rights": "for" inside
                n -= 1
                if _name_hyphen(tk, n, a):  # "Ann Smith-Jones", "Omar al-Tabbi": one word
                    name[:0] = toks[n - 1 : n + 1]
                    n -= 2
            while len(name) > 1 and name[0].lower in MONTHS | WEEKDAYS:
                name = name[1:]  # "... sales in January FAW Group, the automaker, said": a headline run in
            # a description: "a senior economist", "spokesman ...", "Ana's brother" (someone's kin or role)
            # (not a predicate: "A builder, who ran a firm in Salem, Oregon, was sentenced ...,
            # announced ...": "was sentenced" tells what the builder did; no one is described)
            described = app[0].lower not in VERB_AFTER_SUBJECT and (
                not app[0].text[:1].isupper()
                or app[0].lower in TITLES
                # kin or another private tie; not an office ("Zimbabwe's minister of ..."): an
                # official of the place or body named speaks for it, and as a voice apart from it
                # would set the two against each other (NC201)
                or (
                    len(app) >= 2
                    and _possessive(app[0])
                    and app[1].text.islower()
                    and app[1].lower not in TITLES
                )
            )
            opens = n < a or toks[n].text in SUBJECT_BOUNDARY or toks[n].lower in SUBJECT_BOUNDARY
            if aged and not opens:
                # "charging Ana Ruiz, 55, with ..., announced X", "and Omar Lee, 45, also of ...": no subject
                name = []
            # "X, 35, pleaded guilty ..., announced Y", "... for killing X, a witness, announced Y": a
            # predicate, or a name that does not open its clause, before a cue whose speaker follows it
            predicate = (
                app[0].text.islower()
                and app[0].lower.endswith("ed")
                and len(app) >= 2
                and app[1].lower not in PLACE_PREPS | TIME_WORDS | {"by", "with", "along", "after", "for"}
            )
            if name and described and (not opens or predicate) and _speaker_follows(toks, i, verb, b):
                name = []
            if name and described and (len(name) >= 2 or opens):
                words = name
                if aged:
                    age_end = m - 1  # the age is part of the words naming the source
            elif (
                app[0].text.islower()
                and app[0].lower.endswith("ed")
                and len(app) <= 16
                and len(app) >= 2
                and (app[1].lower in PLACE_PREPS | TIME_WORDS | {"by", "with", "along", "after", "for"})
                and m - 1 >= a
            ):
                # "The report, published on Tuesday, estimates": the subject before a short aside,
                # when it opens the sentence and is a short name (not "X pleaded guilty, announced")
                subject, start = _subject_before_aside(toks, a, m - 1)
                if start < a and len(subject) <= 6 and not any(w.kind == "num" for w in subject):
                    words = subject
    if _town_state(toks, a, words, kb):
        words = []  # "A Dayton, Ohio, baker got 40 months ..., announced X": a place, not the subject
    if not words and not inverted:
        # "The ministry, which runs the hospitals, said", "The indictment, returned on May 3, and
        # unsealed today, charges": the subject before a clause about it
        words = _subject_before_clause(toks, a, comma, verb, b, kb) or []
    if words and words[0].lower == "and" and k > a and toks[k].text == ",":
        listed = _listed_names(toks, a, k, words[1:])
        if listed is not None:
            words = listed
    while words and words[-1].lower in AUX:
        words.pop()
    if len(words) >= 2 and words[-1].lower in kb.pronouns and words[-1].text[:1].isupper():
        words = words[-1:]  # "... of life He said": a sentence break lost before the pronoun
    elif (
        len(words) >= 2
        and words[-1].lower in kb.pronouns
        and words[0].text[:1].isupper()
        and all(w.lower in kb.pronoun_openers for w in words[:-1])
    ):
        words = words[-1:]  # "But he said ...", "And she added ...": the opener is no noun
    elif len(words) >= 2 and words[-1].lower in kb.pronouns and words[-2].kind == "word":
        # a relative clause without "that": "the three sons of leaders it says were taken" (what it
        # says is about them: the pronoun is the source), not "the lies he told investigators"
        if not (verb + 1 < b and toks[verb + 1].lower in VERB_AFTER_SUBJECT):
            return None
        words = words[-1:]
    if words and words[0].lower in {"a", "an"} and k >= a and toks[k].text == ",":
        # "the All China Women Federation, a government-backed agency said": the name before it
        n = k - 1
        name = []
        while n >= a and toks[n].kind == "word" and (toks[n].text[:1].isupper() or toks[n].lower == "the"):
            name.insert(0, toks[n])
            n -= 1
        # not a fronted phrase before the subject ("However, a senior official said", "On Monday,
        # a U.S. official said"): the subject is the words after the comma
        fronted = bool(name) and (
            name[0].lower in FRONTED_OPENERS
            or name[0].lower in FRONTED_PREPOSITIONS  # "In May, a jury found"
            or name[0].lower in kb.shift_openers
            or name[0].lower in WEEKDAYS
        )
        if any(w.text[:1].isupper() for w in name) and not fronted:
            words = name
    ands = [n for n, w in enumerate(words) if w.lower == "and"]
    joined = bool(ands) and ands[-1] + 1 < len(words) and _joined_names(words, ands[-1], kb.name_suffixes)
    if joined and _clean_source(words, tk, names, kb) is None:
        # two names too long to give as one: the first ("Director Ann Lee of the city's
        # housing office and Commissioner Bo Chen announced"), else the second
        first_name = words[: ands[-1]]
        words = first_name if _clean_source(first_name, tk, names, kb) else words[ands[-1] + 1 :]
    after_cue = k >= a and (toks[k].lower,) in kb.cue_verbs  # "X claimed to be ill and Y said"
    # ", and the review found": a clause of its own after a comma and "and" (not a legal account,
    # `accounts`: "..., and the indictment alleges" goes on giving the charges before it)
    comma_and = (
        bool(ands)
        and ands[0] == 0
        and k >= a
        and toks[k].text == ","
        and not any(w.lower in kb.accounts for w in words)
    )
    long_or_linked = len(words) > 6 or after_cue or comma_and
    cut = long_or_linked and bool(ands) and ands[-1] + 1 < len(words) and not joined
    if cut:
        words = words[ands[-1] + 1 :]  # "85% were in favour and on Friday the government announced"
    respondents = bool(words) and share_of_people(words, kb)
    if respondents:  # "a 2019 poll in which 63 percent of those asked said": the poll's figures, not theirs
        src = _survey_named(tk, a, k, names, kb)
    else:
        src = _clean_source(words, tk, names, kb) if words else None
    # a clause after "and", or an aside after "as" ("..., as the IMF had predicted"), does not
    # reach back to the figures before it
    if src is not None and 0 <= src[2] < age_end:
        src = (src[0], src[1], age_end)
    if src is not None and (cut or (k >= a and toks[k].lower in SUBORDINATORS and src[1] > k)):
        return src[0], src[1], -src[2] - 1  # a negative end marks it
    if src is None and (not words or (k >= a and toks[k].text in {",", "”", '"'})):
        stops = {"that", "on", "in", "at", "last", "earlier", "adding"}
        start = verb + 1
        if start + 1 < b and toks[start].text == "-" and tk.glued(start) and tk.glued(start + 1):
            start += 1  # "said-Ana Ruiz": a space lost as a hyphen
        after = _words_after(toks, start, b, stops, 8, initials_free=True, titles=kb.title_abbreviations)
        if start > verb + 1:
            after = after[: next((n for n, w in enumerate(after) if w.text == ":"), len(after))]
        if (
            after
            and (
                after[0].text[:1].isupper()
                or after[0].lower in DETERMINERS
                or " ".join([t.lower for t in after]) in kb.groups  # "..., says think tank" (a headline)
                # "..., suggests data gathered by the Lake Institute": a body of data and its maker
                or (after[0].lower in kb.data_bodies and len(after) > 2)
            )
            and toks[i].lower not in {"told", "tells", "tell"}  # "she told TMZ": TMZ is who heard it
            # "and I said a last goodbye": the speaker stands before the cue, and what follows is said
            and not (i - 1 >= a and toks[i - 1].lower in kb.first_person)
        ):
            src = _clean_source(after, tk, names, kb)  # inverted: "..., said Sánchez", "said the ministry"
    return src


# heads of a subject that names people only with the relative clause after it ("Those who searched
# the ruins said"): the clause is part of the words naming the source
WHO_HEADS = {"those", "people", "anyone", "everyone", "some", "many", "others", "all"}


def _who_subject(
    toks: list[Token], a: int, k: int, clause: list[Token], kb: Knowledge
) -> tuple[list[Token], int]:
    """The words naming the subject of a cue whose clause before it opens with a restrictive
    "who" at k ("Officials who spoke on condition of anonymity said": the officials; "Those who
    searched the ruins said": those who searched the ruins), and the token before them."""
    n = k - 1
    head: list[Token] = []
    while (
        n >= a
        and toks[n].text not in SUBJECT_BOUNDARY
        and toks[n].lower not in SUBJECT_BOUNDARY
        and (toks[n].lower,) not in kb.cue_verbs
    ):
        head.insert(0, toks[n])
        n -= 1
    if not head or any(w.kind == "num" or w.lower in kb.shares for w in head):
        return clause, k  # "Some 70 percent of those who ... said": a share of the people asked
    if head[-1].lower in WHO_HEADS:
        return [*head, toks[k], *clause], n
    return head, n


def _speaker_follows(toks: list[Token], i: int, verb: int, b: int) -> bool:
    """Does a speaker stand right after the cue at i..verb ("..., announced Assistant Attorney General
    Ana Ruiz", "..., announced the Justice Department"; not "told", whose object heard it)?"""
    if toks[i].lower in {"told", "tells", "tell"} or verb + 1 >= b:
        return False
    j = verb + 2 if toks[verb + 1].lower in DETERMINERS else verb + 1
    start = j
    while j < b and (
        (toks[j].kind == "word" and toks[j].text[:1].isupper())
        or (toks[j].text == "." and j > start and j + 1 < b and toks[j + 1].text[:1].isupper())
    ):
        j += 1  # a title and a name, or an agency: "Acting U.S. Attorney Ana Ruiz"
    # and nothing else: not a clause's subject ("..., said Nunes takes his job seriously")
    closes = j >= b or toks[j].text in {",", ".", ";", "("} or toks[j].lower in {"of", "for", "and"}
    if closes and j + 1 < b and toks[j].text == ",":
        nxt = toks[j + 1]  # "says China, and Asia as a whole, have ...": a clause's subject (`_name_closes`)
        closes = nxt.lower not in {"and", "or", "but"} and not (
            nxt.text.islower() and nxt.lower not in DETERMINERS and nxt.lower not in TITLES
        )
    return j > start and closes


def _town_state(toks: list[Token], a: int, words: list[Token], kb: Knowledge) -> bool:
    """Are the words a state set after a capitalised town and a comma ("Dayton, Ohio", `states`)?"""
    if not words or " ".join(w.lower for w in words) not in kb.states:
        return False
    n = words[0].index
    return (
        n - 2 >= a
        and toks[n - 1].text == ","
        and toks[n - 2].kind == "word"
        and toks[n - 2].text[:1].isupper()
    )


# verbs of saying often put before their speaker ("..., said Ana Ruiz."); not "told", whose
# object is who heard it ("..., told Lakeland TV"), nor a charge's verb ("charges Ana Ruiz, 40, with")


def _name_closes(toks: list[Token], j: int, b: int) -> bool:
    """Do the tokens from j to the sentence's end or a comma name someone and nothing more
    ("Acting Attorney General Ana Ruiz.", "Ana Ruiz, a biologist")? Then a cue before them is
    inverted and they are its speaker. An abbreviation's full stops ("U.S. Attorney") are left to
    the older readings."""
    words = []
    stops = 0  # full stops and exclamation marks read since the last word
    while j < b and toks[j].text not in {",", ";", ":"}:
        t = toks[j]
        if t.text in {".", "!"}:
            stops += 1
        elif stops or t.kind != "word" or not t.text[:1].isupper():
            return False  # a mark or a word not capitalised among them, or a word after a stop: no name
        else:
            words.append(t)
        j += 1
    after = toks[j + 1] if j + 1 < b else None
    if j < b and (
        after is None
        or after.lower in {"and", "or", "but"}
        or (after.text.islower() and after.lower not in DETERMINERS and after.lower not in TITLES)
    ):
        return False  # "says Peru, and the region at large, are ...": a clause's subject, not a speaker
    return bool(words) and words[0].lower not in MONTHS | WEEKDAYS  # (each word capitalised, above)


def _listed_names(toks: list[Token], a: int, k: int, last: list[Token]) -> list[Token] | None:
    """The first of a list of names closed by ", and" before a cue ("the Justice Department, the
    Internal Revenue Service (IRS), and the Treasury Inspector General announced"): the comma at k
    ends the item before the last one, `last`. None when an item is no name (a clause)."""
    if not _name_like(last):
        return None
    first: list[Token] = []
    while True:
        item: list[Token] = []
        m = k - 1
        while m >= a and toks[m].text not in SUBJECT_BOUNDARY and toks[m].lower not in SUBJECT_BOUNDARY:
            item.insert(0, toks[m])
            m -= 1
        if m >= a and toks[m].text == "(" and item and item[0].text[:1].isupper():
            # "Internal Revenue Service (IRS)": the brackets belong to the item
            inner = item
            item = []
            m -= 1
            while m >= a and toks[m].text not in SUBJECT_BOUNDARY and toks[m].lower not in SUBJECT_BOUNDARY:
                item.insert(0, toks[m])
                m -= 1
            item = item + [toks[m + len(item) + 1]] + inner
        if not item or not _name_like(item):
            return first or None
        first = item
        if m < a or toks[m].text != ",":
            return first
        k = m


def _suffix_comma(toks: list[Token], k: int, a: int, kb: Knowledge) -> bool:
    """Is token k the comma inside a name before its suffix ("George L. Hale, Jr. of the ...")?"""
    return (
        toks[k].text == ","
        and k > a
        and k + 1 < len(toks)
        and toks[k + 1].lower in kb.name_suffixes
        and toks[k + 1].text[:1].isupper()
        and toks[k - 1].kind == "word"
        and toks[k - 1].text[:1].isupper()
    )


def _name_hyphen(tk: Tokenized, n: int, a: int) -> bool:
    """Is token n a hyphen written without spaces inside a name's word, after a word ("Smith-" in
    "Ann Smith-Jones", "al-" in "Omar al-Tabbi"), so that the name goes on before it?"""
    toks = tk.tokens
    return (
        n - 1 >= a
        and toks[n].text == "-"
        and tk.glued(n)
        and tk.glued(n + 1)
        and toks[n - 1].kind == "word"
        and not toks[n - 1].lower.endswith(("'s", "’s"))  # "the paper's-Ann Lee": a dash lost its spaces
        and toks[n + 1].text[:1].isupper()
    )


# words whose "'s" is "is" or "has", not an owner's ("He's revealed", "It's estimated", "What's added")
CONTRACTED = {"he", "she", "it", "that", "what", "there", "here", "who", "where", "this", "everyone", "let"}


def _owner_before(w: Token, cue: Token, after: Token) -> bool:
    """Is w, right before the cue word in -ed, an owner ("Lee's", "the firm's", "his", "their")
    and the word after the cue a noun or an adjective (a lower-case word that is no function word)?
    Then the cue is a participle on the owner's noun ("Lee's alleged fraud", "his reported
    remarks"), not a verb whose subject ends at w ("Macy's announced that ...", "Moody's estimated
    the ...")."""
    if not cue.lower.endswith("ed") or after.kind != "word" or not after.text.islower():
        return False
    if after.lower in FUNCTION or after.lower == "that":
        return False
    if w.kind == "word" and w.lower.endswith(("'s", "’s")):
        # not a pronoun's "is" or "has" ("He's revealed", "It's estimated that ...")
        return w.lower[:-2] not in CONTRACTED
    return w.lower in OWNERS


def _possessive(w: Token) -> bool:
    return w.kind == "word" and w.text[:1].isupper() and w.lower.endswith(("'s", "’s"))


def _at_boundary(toks: list[Token], k: int) -> bool:
    return toks[k].text in SUBJECT_BOUNDARY or toks[k].lower in SUBJECT_BOUNDARY


def _description_opens(toks: list[Token], a: int, m: int) -> bool:
    """Does the run of words before token m, back to a comma, open with "a" or "an" after that
    comma (", a UK-based group that ..."), after a name that opens the sentence? Then a "that" at m
    opens a relative clause inside a description of the subject, not a clause of what was said."""
    k = m - 1
    while k >= a and toks[k].text != "," and toks[k].lower not in SUBJECT_BOUNDARY:
        k -= 1
    if not (k >= a and toks[k].text == "," and k + 1 < m and toks[k + 1].lower in {"a", "an"}):
        return False
    # the name described opens the sentence ("The Lake Watch Group, a charity that ..., said"; "The
    # Lake Watch Group (LWG), a charity that ...": the bracket skipped), not "X founded Liberty
    # Reserve, a system that ..., said Y"
    j = _before_abbreviation(toks, a, k - 1)
    while j >= a and toks[j].kind == "word" and (toks[j].text[:1].isupper() or toks[j].lower in NAME_GLUE):
        j -= 1
    return j < a


def _description_between_dashes(toks: list[Token], a: int, m: int, words: list[Token]) -> bool:
    """Are the words between two dashes (the first at m) a description after "the", "a" or "an"
    whose next word is in lower case ('the body for inland ports', 'a former minister', 'the
    trade association for Baltic ports'), with a capitalised name just
    before the first dash? Then the name is the subject and the words between the dashes say
    what it is ("A study by several insurers - the Lowland Building Council - says" names the
    council between them)."""
    return (
        len(words) >= 2
        and words[0].lower in {"the", "a", "an"}
        and words[1].kind == "word"
        and not words[1].text[:1].isupper()
        and m - 1 >= a
        and toks[m - 1].kind == "word"
        and toks[m - 1].text[:1].isupper()
    )


def _subject_before_clause(
    toks: list[Token], a: int, k: int, verb: int, b: int, kb: Knowledge
) -> list[Token] | None:
    """The subject that opens the sentence when a clause about it stands between it and the cue
    after the comma at k: a relative clause or a participle's ("The ministry, which runs the
    hospitals, said", "The indictment, returned on May 3, and unsealed today, charges"); None when
    the words before the cue are no such aside. The subject is a short phrase with no figure and no
    pronoun ("He sold the house, which cost $9, said his lawyer" is a clause of its own), no
    stretch of the aside opens with a verb ("A builder, who ran a firm, was sentenced, announced"),
    and the cue does not close the sentence with its speaker ("..., said his lawyer")."""
    if not (a < k < len(toks) and toks[k].text == ","):
        return None
    first = next((n for n in range(a + 1, k) if toks[n].text == ","), None)
    if first is None or k - first > ASIDE_WORDS:
        return None
    subject = toks[a:first]
    if any(w.text.islower() and (w.lower.endswith("ed") or (w.lower,) in kb.cue_verbs) for w in subject):
        return None  # "Ruritania issued a booklet, titled ..., which X says": a clause, no subject
    if not 1 <= len(subject) <= 8 or any(
        (w.kind == "num" and not _edition_year(subject, n))
        or (w.kind == "sym" and w.text not in NAME_MARKS)
        or w.lower in kb.pronouns
        for n, w in enumerate(subject)
    ):
        return None
    if subject[0].lower in FRONTED_PREPOSITIONS or subject[0].lower in SUBORDINATORS:
        return None  # "In March, ...", "After the vote, ...": a fronted phrase, no subject
    opener = toks[first + 1]
    if not (opener.lower in {"which", "who"} or (opener.text.islower() and opener.lower.endswith("ed"))):
        return None
    stretches = [n + 1 for n in range(first + 1, k) if toks[n].text == ","]
    for n in stretches:
        n += toks[n].lower == "and"
        if toks[n].lower in VERB_AFTER_SUBJECT:
            return None
    tail = [t for t in toks[verb + 1 : b] if t.kind != "sym"]
    figure = any(t.kind == "num" or kb.numbers.is_number_word(t.lower) for t in tail)
    if len(tail) <= INVERTED_TAIL and not figure:
        return None
    return subject


def _edition_year(words: list[Token], n: int) -> bool:
    """Is words[n] a year closing a capitalised name, the name's edition ("The Pellow Shop Monitor
    2021, compiled with ..., shows"), not a figure of the subject's own?"""
    return (
        n == len(words) - 1
        and n > 0
        and words[n].text.isdigit()
        and len(words[n].text) == 4
        and words[n].text[:2] in {"19", "20"}
        and words[n - 1].text[:1].isupper()
    )


def _participle_aside(toks: list[Token], a: int, k: int) -> bool:
    """Does the first comma of the sentence before the comma at k open a participle's clause
    ("The lawsuit, filed in ...,")?"""
    if not (a < k < len(toks) and toks[k].text == ","):
        return False
    first = next((n for n in range(a + 1, k) if toks[n].text == ","), None)
    return first is not None and toks[first + 1].text.islower() and toks[first + 1].lower.endswith("ed")


def _description_before(toks: list[Token], a: int, n: int, kb: Knowledge) -> int | None:
    """When the words ending at token n, back to a comma, are a description of the name before that
    comma (", of CNN", ", a lawyer", ", one of its founders"): the token ending that name
    (a capitalised word), else None. A second description after a name ("Ana Ruiz, of the council,
    one of its founders, said") is then skipped as the first is."""
    if n < a or toks[n].kind != "word":
        return None
    c = n
    while c >= a and c > n - 12 and toks[c].text != "," and toks[c].lower not in SUBJECT_BOUNDARY:
        c -= 1
    if not (c - 1 >= a and toks[c].text == "," and toks[c - 1].kind == "word"):
        return None
    if not toks[c - 1].text[:1].isupper():
        return None
    seg = toks[c + 1 : n + 1]
    if not seg or seg[0].lower not in {"a", "an", "of", "one", "from"}:
        return None
    if toks[n].text[:1].isupper() and seg[0].lower not in {"of", "from"}:
        return None  # ", a lawyer at Lake Bank," ends in a name that may be the subject's own
    if any(
        w.lower in VERB_AFTER_SUBJECT or (w.lower,) in kb.cue_verbs or w.lower in {"and", "who", "which"}
        for w in seg
    ):
        return None
    return c - 1


def _subject_before_aside(toks: list[Token], a: int, k: int) -> tuple[list[Token], int]:
    """The subject that ends at token k, before an aside: the words back to a boundary, or, when
    they are a relative clause (", which examines ..."), the name before it; and where it starts."""
    words: list[Token] = []
    while k >= a and not _at_boundary(toks, k):
        words.insert(0, toks[k])
        k -= 1
    if k - 1 >= a and toks[k].lower in {"which", "who"} and toks[k - 1].text == ",":
        n = k - 2
        name: list[Token] = []
        while n >= a and not _at_boundary(toks, n):
            name.insert(0, toks[n])
            n -= 1
        return name, n
    return words, k


def _survey_named(
    tk: Tokenized, a: int, k: int, names: dict[str, str], kb: Knowledge
) -> tuple[str, int, int] | None:
    """The poll, survey or study named in the sentence before token k, its respondents' subject
    ("a 2019 poll in which 63 percent said", "In the survey, 40 percent said"), when
    there is one."""
    toks = tk.tokens
    verbs = first_words(kb.cue_verbs)
    doc = None
    for m in range(k, max(a, k - 12) - 1, -1):
        if toks[m].lower in verbs and toks[m].lower not in DOCUMENT_WORDS:
            return None  # "a survey shows that 56 percent said": the survey's cue already covers it
        if toks[m].lower in kb.carrying_documents or toks[m].lower == "studies":
            doc = m
            break
    if doc is None:
        return None
    m = doc
    while (
        m - 1 >= a
        and toks[m - 1].kind in {"word", "num"}
        and (
            toks[m - 1].text[:1].isupper()
            or toks[m - 1].kind == "num"
            or toks[m - 1].lower in DETERMINERS
            or toks[m - 1].lower in DOCUMENT_ADJECTIVES
            or toks[m - 1].lower in {"another", "its", "their"}
        )
    ):
        m -= 1
        if toks[m].lower in DETERMINERS | {"another", "its", "their"}:
            break
    if m == doc and toks[doc].lower not in {"studies", "polls", "surveys"}:
        return None  # "women report being choked": a verb, not a document named
    words = list(toks[m : doc + 1])
    n = doc + 1
    if n + 1 < k and toks[n].lower == "by":  # "a survey by the charity"
        words += _words_after(toks, n, k, {"in", "that", "which", "where"}, 10)
    return _clean_source(words, tk, names, kb)


# words that open a clause of their own: a source named in it after a figure does not reach back
# to the figure ("..., five more than last time, after polls had suggested ..."; "..., as the
# IMF had predicted")
SUBORDINATORS = {
    "as", "after", "before", "when", "while", "whereas", "because", "although", "though", "since", "until",
    "if",
}  # fmt: skip
NAME_GLUE = {"the", "of", "for", "on", "and", "de", "'s", "’s"}
NAME_MARKS = {".", "'", "’", "-", "&"}


def _adjective_after_number(toks: list[Token], i: int, verb: int, b: int, kb: Knowledge) -> bool:
    """Is the cue at i..verb an adjective between a number and its noun ("1,300 alleged killings",
    "40 reported cases", "three confirmed deaths"), not a verb ("figures for 2015 show")?"""
    before, after = toks[i - 1], toks[verb + 1] if verb + 1 < b else None
    return (
        (before.kind == "num" and not YEAR_RE.match(before.text) or kb.numbers.is_number_word(before.lower))
        and toks[verb].lower.endswith("ed")
        and after is not None
        and after.kind == "word"
        and after.lower not in FUNCTION
    )


def _counted_noun(toks: list[Token], a: int, i: int, kb: Knowledge) -> bool:
    """Is the cue word at i a plural noun counted by a number before it, an adjective or two
    between ("At least three new claims about the mayor surfaced", "40 reports")? A verb in -s
    never follows a count of more than one."""
    if not toks[i].lower.endswith("s"):
        return False
    for k in range(i - 1, max(a, i - 3) - 1, -1):
        t = toks[k]
        if t.kind == "num" or kb.numbers.is_number_word(t.lower):
            # the count opens its noun phrase: not "a score of 40 reiterates", "above 50 indicates",
            # "a top-seven side says"
            opens = k == a or (toks[k - 1].lower not in kb.count_inside and not _glued_before(toks, k))
            one = t.lower == "one" or t.text in {"1", "1.0"}
            return opens and not one and not YEAR_RE.match(t.text)
        if t.kind != "word" or not t.text.islower() or t.lower in FUNCTION or t.lower.endswith("s"):
            return False  # only an adjective between: "unfavorable"; not "of its", "1,400 dealerships"
    return False


def _glued_before(toks: list[Token], k: int) -> bool:
    """Is token k glued to the token before it ("top-seven")?"""
    return k > 0 and toks[k - 1].end == toks[k].start


def _joined_names(words: list[Token], at: int, suffixes: set[str] | frozenset[str] = frozenset()) -> bool:
    """Are the words either side of the "and" at `at` two names ("the Forest Service and the
    Interior Department announced"): one source named twice over, not a clause? A comma before a
    name's suffix ("John L. Hale, Jr.") is part of the name."""
    dropped = {n for n, w in enumerate(words[:-1]) if w.text == "," and words[n + 1].lower in suffixes}
    before = [w for n, w in enumerate(words[:at]) if n not in dropped]
    after = [w for n, w in enumerate(words) if n > at and n not in dropped]
    return _name_like(before) and _name_like(after)


def _name_like(words: list[Token]) -> bool:
    """Are the words a name: capitalised words, with "the", "of", "and" between them, and an
    abbreviation in brackets ("Secret Service (USSS)")?"""
    words = _without_abbreviations(words)
    return any(w.kind == "word" and w.text[:1].isupper() for w in words) and all(
        (w.kind == "word" and (w.text[:1].isupper() or w.lower in NAME_GLUE)) or w.text in NAME_MARKS
        for w in words
    )


def _without_abbreviations(words: list[Token]) -> list[Token]:
    """The words less an abbreviation in brackets after a name ("Health and Human Services (HHS)")."""
    out: list[Token] = []
    k = 0
    while k < len(words):
        if (
            words[k].text == "("
            and k + 2 < len(words)
            and words[k + 2].text == ")"
            and words[k + 1].kind == "word"
            and words[k + 1].text[:1].isupper()
        ):
            k += 3
            continue
        out.append(words[k])
        k += 1
    return out


def _coordinated_subject(
    tk: Tokenized, a: int, i: int, names: dict[str, str], kb: Knowledge
) -> tuple[str, int, int] | None:
    """'The ministry has withdrawn its appeal of a ruling that blocked the ban on five
    countries and said it would ...': a cue after 'and' shares the sentence's subject (the words
    before its first verb), and, a clause of its own, does not reach back over the first."""
    toks = tk.tokens
    words: list[Token] = []
    for n, t in enumerate(toks[a:i], start=a):
        if t.text == "," and words and words[0].lower in FRONTED_PREPOSITIONS:
            words = []  # "At that point, the governor asked for ... and stated": after the phrase
            continue
        if t.text == "," and words and (name := _appositive_name(toks, n, i)) is not None:
            words = name  # "Britain's top police officer, Mark Rowley, described ... and announced"
            break
        if t.lower in VERB_AFTER_SUBJECT or t.text in SUBJECT_BOUNDARY or t.lower in SUBJECT_BOUNDARY:
            break
        if t.kind == "word" and t.text.islower() and t.lower.endswith("ed") and words:
            break
        words.append(t)
    src = _clean_source(words, tk, names, kb) if words else None
    return None if src is None else (src[0], src[1], -src[2] - 1)


def _appositive_name(toks: list[Token], k: int, end: int) -> list[Token] | None:
    """The name between the comma at k and the next one, when it is a person's name of two to
    four capitalised words ("the chief, Mark Rowley, said"), else None."""
    name: list[Token] = []
    m = k + 1
    while m < end and toks[m].kind == "word" and toks[m].text[:1].isupper() and len(name) < 5:
        name.append(toks[m])
        m += 1
    ok = 2 <= len(name) <= 4 and m < end and toks[m].text == ","
    return name if ok and not any(w.lower in ORG_WORDS or w.lower in TITLES for w in name) else None


def _participle_subject(
    tk: Tokenized, a: int, i: int, names: dict[str, str], kb: Knowledge
) -> tuple[str, int, int] | None:
    """A verb of saying in -ing ("The mayor stunned voters, telling them that ...", "Ana Lee
    spoke on Monday, adding that ...", "... by telling reporters") has no subject of its own: it
    shares the one that opens the sentence (a name up to its first word in lower case, or a
    determiner and a noun up to the verb), and, like a cue after "and", does not reach back over
    the clause before."""
    toks = tk.tokens
    if not (i - 1 > a and (toks[i - 1].text == "," or toks[i - 1].lower in PARTICIPLE_LEADS)) and not (
        _aside_before(toks, a, i, kb) or _coordinated_participle(toks, a, i, kb)
    ):
        return None
    # the subject opens the sentence, after a dateline ("WASHINGTON (Reuters) - ") and after a
    # fronted clause ("While such talk pleased them, Trump sent ... by telling": Trump)
    k = a
    dash = next((n for n in range(a, min(i, a + 6)) if toks[n].text in {"-", "—"}), None)
    dateline = dash is not None and toks[a].text.isupper()
    if dash is not None and dateline and all(t.text[:1].isupper() or t.kind != "word" for t in toks[a:dash]):
        k = dash + 1
    while k < i and toks[k].kind != "word":
        k += 1
    fronted = False
    if k < i and toks[k].lower in FRONTED_OPENERS:
        comma = next((n for n in range(k, i - 1) if toks[n].text == ","), None)
        if comma is None:
            return None
        k = comma + 1
    elif k < i and toks[k].lower in PHRASE_OPENERS:
        # "Last week, Ana Ruiz angered fans ..., saying that", "As for the talks, Ana Ruiz
        # named the fields ..., adding that": a fronted phrase of time or topic; the subject after
        # its comma, taken only when it is a person the text names (the reading of a subject here
        # stops at the first lower-case word that may be a verb)
        comma = next((n for n in range(k, min(i - 1, k + FRONTED_PHRASE)) if toks[n].text == ","), None)
        if comma is not None and toks[comma + 1].text[:1].isupper():
            k = comma + 1
            fronted = True
    words: list[Token] = []
    for t in toks[k:i]:
        if t.text in SUBJECT_BOUNDARY or t.lower in SUBJECT_BOUNDARY or t.lower in VERB_AFTER_SUBJECT:
            break
        verb_after = words and t.kind == "word" and t.text.islower() and _past_or_present(t, words[-1], kb)
        if t.text == "," or verb_after:
            break  # "The mayor angered voters", "Trump sent ...", "Ana Lee warns": the verb after the subject
        words.append(t)
    if not words or share_of_people(words, kb):
        return None  # "58 percent, saying they were against it": the poll's, as the text goes on
    first = words[0].lower
    if words[0].kind != "word" or first in FUNCTION - DETERMINERS or first in AUX or first in NOT_SUBJECTS:
        return None  # "Last month, ...", "Five of them ...", "Asked about it ...": no subject found
    if first in kb.pronouns and len(words) > 1:
        return None  # "He doesn ...": a sentence cut in the wrong place
    src = _clean_source(words, tk, names, kb)
    if src is not None and fronted and not _fronted_subject_speaks(toks, words, i, names, src[0], kb):
        return None
    return None if src is None else (src[0], src[1], -src[2] - 1)


def _fronted_subject_speaks(
    toks: list[Token], words: list[Token], i: int, names: dict[str, str], src: str, kb: Knowledge
) -> bool:
    """After a fronted phrase, is the subject read (`words`, named `src`) the speaker of the
    participle at i: a person the text names, the doer of an active verb (not "X was asked about
    a letter ..., alleging that": the letter's), with no tag of another speaker between commas
    before the participle ("..., the charges allege, adding that": the charges')?"""
    if src not in names.values() or not words:
        return False
    after = words[-1].index + 1
    if after < i and toks[after].lower in PASSIVE_AUX:
        return False  # a passive: "X was asked about a letter ..., alleging that"
    for k in range(after, i - 1):  # a tag of its own between commas: ", the charges allege,"
        if toks[k].text == ",":
            end = next((m for m in range(k + 1, min(i, k + TAG_WORDS)) if toks[m].text == ","), None)
            if end is not None and any((toks[m].lower,) in kb.cue_verbs for m in range(k + 1, end)):
                return False
    return True


TAG_WORDS = 6  # tokens of a tag between commas (", the charges allege,")


def _with_subject(
    tk: Tokenized, a: int, i: int, names: dict[str, str], kb: Knowledge
) -> tuple[str, int, int] | None:
    """The noun of a fronted "with" before a participle of `at_participles` ("With two polls
    now putting turnout at 40 percent, ...": the polls), when "with" opens the sentence or a
    clause after a comma and only words (an adverb dropped) stand between it and the
    participle; None otherwise. Like a participle after a comma, it does not reach back over the
    clause before."""
    toks = tk.tokens
    w = next((k for k in range(i - 1, max(a, i - WITH_REACH) - 1, -1) if toks[k].lower == "with"), None)
    if w is None or not (w == a or toks[w - 1].text == ","):
        return None
    words = list(toks[w + 1 : i])
    while words and (words[-1].lower.endswith("ly") or words[-1].lower in WITH_ADVERBS):
        words.pop()
    if not words or any(t.kind != "word" for t in words):
        return None
    src = _clean_source(words, tk, names, kb)
    return None if src is None else (src[0], src[1], -src[2] - 1)


WITH_REACH = 8  # tokens from a fronted "with" to its participle
WITH_ADVERBS = TRAILING_ADVERBS | {"often", "still"}  # "With polls often putting ...": not the noun


def _aside_before(toks: list[Token], a: int, i: int, kb: Knowledge) -> bool:
    """Is there a comma and then one of `participle_asides`, or one adverb in -ly, right before
    the verb in -ing at i ("..., at one point saying ...", "..., later telling ...", "..., loudly
    saying ...")?"""
    for n in range(1, 4):
        c = i - n - 1
        if c <= a:
            return False
        if toks[c].text == ",":
            between = tuple(t.lower for t in toks[c + 1 : i])
            adverb = n == 1 and toks[i - 1].text.islower() and toks[i - 1].lower.endswith("ly")
            return between in kb.participle_asides or adverb
    return False


def _coordinated_participle(toks: list[Token], a: int, i: int, kb: Knowledge) -> bool:
    """Is the verb in -ing at i after "and", with another verb in -ing opened by a comma (an aside
    of `participle_asides` between) shortly before it ("..., blaming the firm for late pay and
    saying ...")?"""
    if i - 1 <= a or toks[i - 1].lower != "and":
        return False
    for m in range(i - 2, max(a, i - 12), -1):
        if toks[m].text in {",", ";", ".", ":"}:
            return False
        if toks[m].kind == "word" and toks[m].lower.endswith("ing") and toks[m].text.islower():
            return toks[m - 1].text == "," or _aside_before(toks, a, m, kb)
    return False


def _past_or_present(t: Token, before: Token, kb: Knowledge) -> bool:
    """Is the lower-case word t, after the word before, likely the verb after a subject: a past in
    -ed or a common irregular one ("sent", "spoke"), or a present in -s after a name ("Lee warns")?"""
    w = t.lower
    if w.endswith("ed") or w in kb.common_verbs:
        return True
    named = before.text[:1].isupper() and not before.text.endswith("'s")
    return named and w.endswith("s") and not w.endswith("ss")


def _party_tag(app: list[Token]) -> bool:
    """Is the appositive a legislator's party and state ("R-Texas", "D-N.Y.")?"""
    return (
        len(app) >= 3
        and app[0].text in {"R", "D", "I"}
        and app[1].text in {"-", "–"}
        and app[2].text[:1].isupper()
    )


def _amount_follows(toks: list[Token], i: int, b: int, kb: Knowledge) -> bool:
    """Does an amount follow the cue at i ("added 57 cents", "added about $2 billion")?"""
    k = i + 1
    while k < b and toks[k].lower in AMOUNT_LEADS:
        k += 1
    return k < b and (
        toks[k].kind == "num" or toks[k].text in {"$", "€", "£"} or kb.numbers.is_number_word(toks[k].lower)
    )


AMOUNT_LEADS = {"about", "some", "nearly", "almost", "around", "roughly", "another", "a"}


AMOUNT_LEADS = {"more", "than", "at", "least", "about", "nearly", "almost", "over"}


def _score_out_of(toks: list[Token], verb: int, b: int) -> bool:
    """Is the cue phrase ending at verb ("points out") followed by "of" ("30 points out of 100")?
    Then it is a score, not a saying."""
    return toks[verb].lower == "out" and verb + 1 < b and toks[verb + 1].lower == "of"


def _plural_noun_cue(toks: list[Token], i: int, b: int, kb: Knowledge) -> bool:
    """Is the cue word at i a plural noun, known by the word after it, one of `noun_after_cue`
    ("the injury claims for the crash", "police reports of 40 deaths", "the estimates for 2017")? A
    word in -s that is no verb of speech (`speech`: "Ruiz says of her rival ..." speaks), after a
    lower-case word that is no pronoun, relative or adverb, with no "that" in the five words after
    ("The study finds for the first time that ...": a verb)."""
    t = toks[i]
    if not t.lower.endswith("s") or t.lower in kb.speech or i + 1 >= b or i == 0:
        return False
    if toks[i + 1].lower not in kb.noun_after_cue:
        return False
    # after a name, a pronoun, a relative or an adverb it is a verb ("Ana Lee of the Courier reports
    # of a poll ...", "who reports of", "also claims for"); after a lower-case word, a noun
    w = toks[i - 1]
    if w.kind != "word" or not w.text.islower():
        return False
    if w.lower in kb.pronouns or w.lower in RELATIVES or w.lower == "that" or w.lower in kb.that_only_leads:
        return False
    if w.lower.endswith("ly") or w.lower in MODAL_ADVERBS:
        return False
    return not any(toks[n].lower == "that" for n in range(i + 2, min(b, i + 7)))


def _reduced_relative(toks: list[Token], a: int, i: int, b: int, kb: Knowledge) -> bool:
    """Is the cue word at i a participle describing the noun before it, the verb of its clause coming
    after ("The accord announced today is separate from ...", "The cuts reported on Monday
    will cost 300 jobs")? A word in -ed after a lower-case word, then (past words of when:
    "today", "on Monday", "last week": at least one) one of RELATIVE_AUXILIARIES. Not a verb of
    speech (`speech`: "The ministry said today is a day of mourning" reports a clause with no
    "that")."""
    t = toks[i]
    if i == a or not t.lower.endswith("ed") or t.lower in kb.speech or not t.text.islower():
        return False
    before = toks[i - 1]
    if before.kind != "word" or not before.text.islower() or before.lower in FUNCTION:
        return False
    k = i + 1
    while k < b and (toks[k].lower in _WHEN_WORDS or toks[k].kind == "num"):
        k += 1
    # at least one word of when ("which the records showed could ...": a verb before its clause)
    return i + 1 < k < b and toks[k].lower in RELATIVE_AUXILIARIES


# the words of a time after a participle ("announced on Monday", "reported last week")
_WHEN_WORDS = frozenset(TIME_WORDS | WEEKDAYS | MONTHS)

# the finite verbs that, after a participle and its time, show it was no verb of its own clause
RELATIVE_AUXILIARIES = {
    "is", "was", "are", "were", "will", "would", "could", "can", "may", "might", "must", "should", "has",
    "have", "had",
}  # fmt: skip


def _other_sense(toks: list[Token], i: int, b: int, kb: Knowledge) -> bool:
    """Do the words after the cue verb at i give it a sense that is no saying (`other_senses`:
    "claimed the lives of", "claimed 40 lives")? A number may stand before the words."""
    afters = kb.other_senses.get(toks[i].lower)
    if not afters:
        return False
    k = i + 1
    while k < b and k <= i + 3 and (toks[k].kind == "num" or toks[k].lower in AMOUNT_LEADS):
        k += 1  # "claimed more than 40 lives"
    for p in afters:
        if tuple([t.lower for t in toks[k : k + len(p)]]) == p:
            # 'the headline says it all: "..."': what follows the colon is the words quoted
            end = k + len(p)
            return not (end < b and toks[end].text in {":", '"', "“"})
    return False


def _gives_figure(toks: list[Token], i: int, b: int, kb: Knowledge) -> bool:
    """Does the cue at i ("gave") give a figure: "as" after its object ("gave her age as 30"), or one
    of `given_figures` right after it ("gave a death toll of 52", "gave no figure")?"""
    return _at_follows(toks, i, b, "as") or any(
        toks[k].lower in kb.given_figures for k in range(i + 1, min(b, i + 5))
    )


def _at_follows(toks: list[Token], i: int, b: int, word: str = "at") -> bool:
    """Does an "at" (or the word given) follow the cue at i within eight tokens ("put the number of
    dead at 40", "gave her age as 30")?"""
    return any(toks[k].lower == word for k in range(i + 1, min(b, i + 9)))


def _before_abbreviation(toks: list[Token], a: int, n: int) -> int:
    """Token n, or, when it closes a short bracket of capitalised words after a name that opens the
    sentence (an abbreviation or a state: "The Harbour Board (HB)", "Sen. Ann Lee (Ohio)"), the token
    before that bracket: where the name before a description ends. Not a name inside other words
    ("Ana Ruiz, a spokeswoman for the Harbour Board (HB), a public body, said": the board is not
    the subject)."""
    if not (n - 2 >= a and toks[n].text == ")"):
        return n
    o = next((x for x in range(n - 1, max(a - 1, n - 6), -1) if toks[x].text == "("), None)
    if o is None or o - 1 < a or o + 1 >= n:
        return n
    inside = toks[o + 1 : n]
    if not (toks[o - 1].kind == "word" and toks[o - 1].text[:1].isupper()):
        return n
    if not all((w.kind == "word" and w.text[:1].isupper()) or w.text in {".", "&", "-"} for w in inside):
        return n
    name = toks[a:o]
    if not all(
        (w.kind == "word" and (w.text[:1].isupper() or w.lower in NAME_GLUE)) or w.text in NAME_MARKS
        for w in name
    ):
        return n
    return o - 1


def _name_bracket(toks: list[Token], k: int, a: int, words: list[Token]) -> bool:
    """Is token k the opening bracket of a short name's abbreviation inside a subject ("Special
    Agent Dana P. Whitfield of Internal Revenue Service (IRS)-Criminal Investigation announced")?"""
    close = next((n for n, w in enumerate(words[:4]) if w.text == ")"), None)
    return (
        toks[k].text == "("
        and close is not None
        and close >= 1
        and all(w.kind == "word" and w.text[:1].isupper() for w in words[:close])
        and k > a
        and toks[k - 1].kind == "word"
        and toks[k - 1].text[:1].isupper()
    )


def _more_than(toks: list[Token], k: int, a: int) -> bool:
    """Is token k the 'than' of 'more than', 'fewer than' ('a survey of more than 10,000 sites
    found'): inside a subject, not a clause boundary?"""
    return toks[k].lower == "than" and k > a and toks[k - 1].lower in {"more", "less", "fewer"}


# where the source named after a passive cue ends: "the lowest ever recorded by the pollster was 22%"
BY_STOPS = {"that", "on", "in", "at", "last", "of", "was", "were", "is", "are", "has", "have", "had", "will"}


def _words_after(
    toks: list[Token],
    j: int,
    b: int,
    stop_words: set[str],
    limit: int,
    initials_free: bool = False,
    titles: frozenset[str] = frozenset(),
) -> list[Token]:
    """The words of a source named after a cue ('according to X', 'said X'), up to punctuation
    (and a stop word, except "in" of a title: "said the Agent in Charge, Lee"). With
    `initials_free`, the full stop of an initial or an abbreviation ("said U.S. Attorney Helen J.
    Marsh") is no word of the limit, which would cut the name at its middle initial. The full stop
    of an abbreviated title of `titles` before a capitalised word ("spokesman Lt. Col. Ana Ruiz";
    attribution.yaml title_abbreviations) goes on with the name, as an initial's does."""
    words: list[Token] = []
    dots = 0
    while j < b and len(words) - (dots if initials_free else 0) < limit:
        t = toks[j]
        if t.text == "," and words and _place_based(toks, j, b):
            words.append(t)  # "the Houston, Texas-based site X": a town and its state before "-based"
            j += 1
            continue
        initial = t.text == "." and (
            _initial_dot(toks, j) or _title_dot(toks, j, titles) or _abbreviation_before_hyphen(toks, j)
        )
        if t.text in {",", ".", ";", "—", "(", "“", "”"} and not initial:
            break
        dots += initial
        if t.text == ":" and (j + 1 >= b or toks[j + 1].start > t.end):
            break  # 'according to the agency: "..."': the source's words follow, not its name
        if toks[j].lower in stop_words and not (
            toks[j].lower == "in" and words and j + 1 < b and toks[j + 1].text == "Charge"
        ):
            break
        words.append(toks[j])
        j += 1
    return words


def _place_based(toks: list[Token], j: int, b: int) -> bool:
    """Is the comma at j between a capitalised town and its state glued to '-based' ('Houston,
    Texas-based', 'Austin, TX-based')?"""
    return (
        j + 3 < b
        and toks[j - 1].text[:1].isupper()
        and toks[j + 1].text[:1].isupper()
        and toks[j + 2].text in {"-", "‐"}
        and toks[j + 3].lower == "based"
    )


def _match(toks: list[Token], i: int, b: int, table: dict[tuple[str, ...], str]) -> int | None:
    """If a phrase of `table` starts at token i, return the index of its last token."""
    firsts, lengths = phrase_shape(table)
    if toks[i].lower not in firsts:
        return None
    lowers = [t.lower for t in toks[i : min(i + 5, b)]]  # the words a phrase may take, read once
    for size in reversed(lengths):  # the lengths the table's phrases have, longest first (5 at most)
        if size > 5 or i + size > b:
            continue
        if tuple(lowers[:size]) in table:
            return i + size - 1
    return None


def _claim_source(
    tk: Tokenized, raw: Raw, sources: list[list[Attribution]], quotes: Quotes, kb: Knowledge
) -> Attribution | None:
    """Who the figure at raw is attributed to: a cue in its sentence, else the speaker of the
    quotation it stands in; None for the article's own voice (or a source carried from the
    sentences before, _carried_sources)."""
    toks = tk.tokens
    s = toks[raw.first].sentence
    found = sources[s] if s < len(sources) else []
    quoted = quotes.speaker_at(toks[raw.first].start)
    if not found:
        return quoted
    # a claim in a comma-introduced relative clause after the cue ("..., where ...") is the
    # article's voice, unless it stands in a quotation
    first = toks[raw.first]
    a = tk.sentence_spans[s][0]
    k = raw.first - 1
    lo, clause = max(a, raw.first - NEAR), first.clause
    while k >= lo and toks[k].clause == clause:
        k -= 1
    opener = toks[k + 1] if k + 1 <= raw.first else None
    if (
        opener is not None
        and opener.lower in {"where", "which", "when"}
        and k >= a
        and toks[k].text == ","
        and quotes.span_at(first.start) is None
        and all(att.cue_index < k for att in found)
        and not any(toks[att.cue_index].lower == "according" for att in found)
        and not any(_says_that(toks, att, k, kb) for att in found)
        and not _pronoun_cue_between(toks, k + 1, raw.first, kb)
    ):
        return None
    before = [
        att
        for att in found
        if att.cue_index < raw.first
        and att.cue != CITATION_CUE
        # "The indictment charges A, 30, and B, 37, with ...": a charge covers its whole sentence
        and (_reaches(tk, att, raw.first) or toks[att.cue_index].lower in kb.charging)
        and not _relative_closed(tk, att, raw.first, kb)
        and not _after_tag(tk, raw, att, kb)
    ]
    if any(att.cue_index < raw.first and _when_said(toks, raw, att, kb) for att in found):
        # the time of a saying ("The Ledger reported two weeks ago, citing officials, that ..."):
        # the writer's, not a cue after it
        return quoted
    # a source named after the figure covers it, unless it opens a clause of its own after "and"
    # (and a charge or a hearing does not cover the words naming its document or court, "The
    # six-count indictment charges", "The 13-member court heard")
    end = raw.noun_span[1] if raw.noun_span else raw.last
    after = [
        att
        for att in found
        if att.cue_index > raw.first
        and not (att.after_and and (att.first > raw.last or toks[att.cue_index - 1].lower in CLAUSE_LINKS))
        and not (att.cue.lower() in kb.frames and _after_and(toks, att.cue_index))
        and not _relative_between(tk, end, min(att.first, att.cue_index) if att.first >= 0 else att.cue_index)
        and not (
            _contrast_between(tk, end, min(att.first, att.cue_index))
            and not (_closing_tag(tk, att) and not _contrast_between(tk, end, att.first, semicolon_only=True))
        )
        and not _in_subject(tk, raw, end, att, kb)
        and not _fronted_clause(tk, raw, att, kb)
        and not (_court_or_charge(toks, att, kb) and att.first <= raw.first <= att.last)
        and not _describes_source(toks, raw, att, kb)
        # "Officials who saw 3 bodies said ...": the subject's own clause tells what they did
        and not (0 <= att.last < raw.first < att.cue_index and toks[att.last + 1].lower == "who")
    ]
    if not before and not after:
        return quoted
    if len(before) >= 2 and _owned_inner(toks, before[-2], before[-1]):
        return before[-2]
    return before[-1] if before else after[0]


def _pronoun_cue_between(toks: list[Token], a: int, i: int, kb: Knowledge) -> bool:
    """Does a pronoun with a verb of saying right after it stand between tokens a and i ("..., in
    the hills, where it says 9,000 families have no roof": the relative clause is the source's own
    words, its pronoun the source named before)?"""
    return any(toks[k].lower in kb.pronouns and (toks[k + 1].lower,) in kb.cue_verbs for k in range(a, i - 1))


def _after_tag(tk: Tokenized, raw: Raw, att: Attribution, kb: Knowledge) -> bool:
    """Is the figure in a clause the writer adds after a tag that closes reported words and a comma
    ('..., the coast guard said, as crews searched for 12 more'; '"...," said Ana Ruiz, pointing to
    one of the boats'; '"...," she told the board, 30 days after taking office')? The words the tag
    reports are before it; what follows its comma is the writer's scene. The tag follows a comma or
    a quotation mark and ends (past at most three words: a hearer, a time) at that comma; the
    clause opens with one of `after_tag_openers` (rules/attribution.yaml), a verb in -ing that is
    no verb of saying nor a cue (not ", adding that ...", ", citing ..."), or the figure itself as
    a span of time before one of `time_after`; after a tag that closes a quotation, also one of
    `after_quote_openers` or a verb in -ing that is no cue. Not when "that" or a quotation mark
    comes after the comma (what is said goes on)."""
    toks = tk.tokens
    i = raw.first
    if (toks[att.cue_index].lower,) not in kb.cue_verbs:
        return False  # "..., according to the agency, wounding 28": a phrase, not a tag that closes
    start = min(att.first, att.cue_index) if att.first >= 0 else att.cue_index
    if start == 0 or (toks[start - 1].text != "," and toks[start - 1].text not in QUOTE_MARKS):
        return False
    k = max(att.cue_index, att.last) + 1
    words = 0
    while k < i and toks[k].kind == "word" and toks[k].lower != "that" and words < 3:
        k += 1
        words += 1
    if k + 1 > i or toks[k].text != "," or toks[k].sentence != toks[i].sentence:
        return False
    if any(toks[n].lower == "that" or toks[n].text in QUOTE_MARKS for n in range(k + 1, i)):
        return False
    w = toks[k + 1]
    if k + 1 == i:
        return raw.last + 1 < len(toks) and toks[raw.last + 1].lower in kb.time_after
    if w.lower in kb.after_tag_openers:
        return True
    # a verb in -ing or a possessive only after a tag that closes a quotation: after a tag that
    # closes reported prose, a participle may go on with it ("Sales grew 8%, the firm said,
    # offsetting a fall of 3% ...")
    if toks[start - 1].text not in QUOTE_MARKS:
        return False
    if w.lower in kb.after_quote_openers:
        return True
    nxt = toks[k + 2].lower if k + 2 < len(toks) else ""
    return w.text.islower() and w.lower.endswith("ing") and not _cue_ing(w.lower, nxt, kb)


def _cue_ing(word: str, nxt: str, kb: Knowledge) -> bool:
    """Is the word in -ing a verb of saying or a cue ("adding", "pointing out", "citing",
    "claiming": the form of a cue verb "claim", "state")?"""
    if any((word,) in t or (word, nxt) in t for t in (kb.saying_ing, kb.cue_verbs, kb.cue_preps)):
        return True
    stem = word[:-3]
    forms = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return any((f + end,) in kb.cue_verbs for f in forms for end in ("", "s", "ed"))


def _when_said(toks: list[Token], raw: Raw, att: Attribution, kb: Knowledge) -> bool:
    """Is the figure the time of the saying itself, a span of time right after the cue and before
    one of `time_after` ("Ana Ruiz forecast six years ago that ...", "an aide wrote in a memo
    two days later")? Nothing between the cue and the figure, or a phrase of at most four words
    opening with one of SETTING_PREPOSITIONS ("in a memo"): that is when the source spoke, told by
    the writer. Not past a verb ("it says were seized six months earlier": what is said)."""
    k = max(att.cue_index, att.last) + 1
    i = raw.first
    if not 0 <= i - k <= 4 or raw.last + 1 >= len(toks) or toks[raw.last + 1].lower not in kb.time_after:
        return False
    if i > k and toks[k].lower not in SETTING_PREPOSITIONS:
        return False
    return all(toks[n].kind == "word" and toks[n].lower != "that" for n in range(k, i))


# prepositions opening a phrase of where or how a source spoke ("wrote in a memo", "said on radio")
SETTING_PREPOSITIONS = {"in", "on", "at", "to", "during", "via"}


def _owned_inner(toks: list[Token], outer: Attribution, inner: Attribution) -> bool:
    """Is the inner cue's source the outer source's own, named by a possessive right after the outer
    cue ("the Ledger reported its source said 40 ...", "Ruiz told reporters her lawyer had counted
    ...")? What is said then is the outer source's account, the one the text names."""
    if inner.first < 0 or toks[inner.first].lower not in OWNERS:
        return False
    n = outer.cue_index + 1
    while n < inner.first and toks[n].kind == "word" and n - outer.cue_index <= 3:
        n += 1  # past "that" or the hearer ("told reporters that")
    return n == inner.first


RELATIVES = {"which", "who", "whom", "whose"}
OWNERS = {"its", "his", "her", "their"}


def _describes_source(toks: list[Token], raw: Raw, att: Attribution, kb: Knowledge) -> bool:
    """Is the figure inside a relative clause between commas that describes the source before its
    cue ("Ana Ruiz, who played for the club for seven seasons, said ...")? The writer's
    description of the speaker, not the speaker's figure."""
    if not (0 <= att.first and att.last < raw.first and raw.last < att.cue_index):
        return False
    between = range(att.last + 1, raw.first)
    if any((toks[k].lower,) in kb.cue_verbs for k in between):
        return False  # "The agency, which expects 7 inches of hail, said": its own figure
    opens = any(toks[k].text == "," and toks[k + 1].lower in RELATIVES for k in between)
    return opens and any(toks[k].text == "," for k in range(raw.last + 1, att.cue_index))


def _says_that(toks: list[Token], att: Attribution, k: int, kb: Knowledge) -> bool:
    """Is the cue an admission, an allegation or a finding (`about_oneself`, `frames`, `findings`)
    with "that" right after it, the words it reports running to token k ('Ortiz admitted that he
    ran the clinic, which billed $38 million', 'One report showed that ..., which is 30 percent
    lower')? A relative clause inside such an account is part of it (after a speaker's "said that"
    it is as often the writer's gloss: 'said that she might sign a fresh decree, which ...')."""
    cue = toks[att.cue_index].lower
    if not (cue in kb.about_oneself or cue in kb.frames or cue in kb.findings):
        return False
    n = att.cue_index + 1
    while n < k and toks[n].kind == "word" and toks[n].lower != "that" and n - att.cue_index <= 2:
        n += 1  # past the rest of the cue ("points out")
    return n < k and toks[n].lower == "that"


def _court_or_charge(toks: list[Token], att: Attribution, kb: Knowledge) -> bool:
    """Is the source's cue a charge ("The indictment charges ..."), a hearing ("the court heard
    that ...") or a court's finding ("the court found that ...")? They give the case's account, not
    the words of a speaker."""
    cue = toks[att.cue_index].lower
    return _court_finding_source(toks, att, kb) or cue in kb.charging or cue in kb.hearing_verbs


def _court_finding_source(toks: list[Token], att: Attribution, kb: Knowledge) -> bool:
    """Is the source a court's finding ("the court found that ...", `judging`; not "Court documents
    showed")?"""
    words = att.source.lower().split()
    return toks[att.cue_index].lower in kb.findings and bool(words) and words[-1] in kb.judging


def _court_acts(toks: list[Token], a: int, b: int, kb: Knowledge) -> bool:
    """Does the sentence a..b name a court, jury or judge (`judging`) doing something other than
    finding ("The judge also ordered him to pay ...", "the court ordered the three men to ...";
    not "The court also found ...")?"""
    for k in range(a, b):
        if toks[k].lower in kb.judging and toks[k].kind == "word":
            n = k + 1
            if n < b and toks[n].lower in FINDING_ADVERBS:
                n += 1
            verb = toks[n] if n < b else None
            if verb is not None and verb.kind == "word" and verb.text.islower():
                if verb.lower not in kb.findings:
                    return True
    return False


def _relative_between(tk: Tokenized, a: int, b: int) -> bool:
    """Does a relative clause opened by ", which" or ", who" between tokens a and b run on to b
    (no comma closing it first)? A cue in it ("27 people have admitted their part in the fraud, which
    its organizers have admitted ...") speaks of what the clause is about, not of the figures
    before it."""
    toks = tk.tokens
    opened = False
    for k in range(a + 1, min(b, len(toks) - 1)):
        if toks[k].text == ",":
            opened = toks[k + 1].lower in RELATIVES  # a comma after the clause closes it
    return opened


def _relative_closed(tk: Tokenized, att: Attribution, i: int, kb: Knowledge) -> bool:
    """Does the cue of att stand in a relative clause set off by commas (", which officials said
    was the largest in a decade,") that closes before token i? The clause's source speaks of what
    the clause is about, not of the main clause around it ("The merger, which officials said was
    the largest in a decade, went ahead after three directors joined ...": the three are the
    writer's). A figure inside the clause is still the source's ("The plan, which the ministry said
    would cost $5 billion, was ...")."""
    toks = tk.tokens
    a = tk.sentence_spans[toks[att.cue_index].sentence][0]
    start = att.first if 0 <= att.first < att.cue_index else att.cue_index
    k = start - 1
    while k > a and toks[k].text != ",":
        k -= 1
    if k <= a or toks[k + 1].lower not in RELATIVES:
        return False
    if any(toks[m].text in QUOTE_MARKS for m in range(k, i)):
        return False  # a quotation between: its own speaker rules (_claim_source's quoted)
    # the comma that closes the clause is followed by the main clause's verb ("..., came after"),
    # not by more of the clause ("..., or about 40 crossings", "..., including $9 million in overtime")
    return any(
        toks[m].text == ","
        and toks[m + 1].kind == "word"
        and toks[m + 1].text.islower()
        and toks[m + 1].lower not in kb.relative_continuers
        and not toks[m + 1].lower.endswith("ing")
        for m in range(att.cue_index + 1, min(i, len(toks) - 1))
    )


def _after_and(toks: list[Token], k: int) -> bool:
    """Does token k open a clause after "and" ("..., and according to X, ...", "and, according to
    X, ...")? A source named there does not reach back to a figure in the clause before."""
    words = [t.lower for t in toks[max(0, k - 2) : k] if t.text != ","]
    return bool(words) and words[-1] == "and"


CARRY = 2  # sentences without a cue of their own that a source carries into
# a speaker kept only by a sentence that gives no figure ("..., Ruiz says.") carries into the one
# sentence after it: speech whose marks were dropped goes on there, the sentence after that is
# mostly the writer's again
SAID_ONLY_CARRY = 1
# a document's figures run on longer: "According to the board's annual report, farmers filed
# 4,100 claims. Bakers came second with 2,300. ... Tailors filed 150." (each sentence
# giving figures, none naming another source)
DOCUMENT_CARRY = 10
# a document's figures resume after someone's words about them ("..., according to the report.
# People aged 45 to 54 had ... 'It is shocking,' said Dr Lee. ... The share from heroin tripled to
# 25 percent"), within this many sentences of its last figure, while nothing between is the
# writer's own narrative (a sentence with no source, no quotation, none of DATA_WORDS and none of
# `carrying_documents`)
DOCUMENT_RESUME = 8
# a paragraph that opens with words and then their speaker, no quotation marks ('..., said X. They
# also ...': a press release's quotation whose marks were lost) is the speaker's to its end, when it
# is a paragraph of at most this many sentences (not a whole article run into one paragraph)
PARAGRAPH_SPEECH = 5
QUOTE_MARKS = {'"', "“", "”"}
# besides `carrying_documents`, words for a body of figures
DATA_WORDS = {"numbers", "statistics"}
# bodies of figures whose maker ("figures from the Labour Ministry") is a data source, not a speaker


def _carried_sources(
    tk: Tokenized,
    sources: list[list[Attribution]],
    quotes: Quotes,
    with_figures: set[int],
    kb: Knowledge,
    names: dict[str, str],
    unnamed: set[int] | frozenset[int] = frozenset(),
) -> list[Attribution | None]:
    """For each sentence, the source the text is still with when the sentence names none.

    A source carries on from the sentence that names it while the text goes on giving figures:
    into the next sentence when the naming sentence gave a figure too, outside quotation marks
    ("..., Yang said. The proportion was 30 percent before 2013"), or when the source is a
    document ("..., according to the report. People aged 45 to 54 had ..."); then on through
    sentences that each give a figure, CARRY sentences at most. It stops at a paragraph break,
    at a sentence with no figure, at one opening "But", "However", "Meanwhile", at a new cue,
    and at a sentence that credits someone unnamed ("were reported to", "reportedly"). A speaker
    kept by a sentence without figures ("..., Ruiz says.") is not carried into a next sentence
    that opens on something new (_new_subject), nor past that one sentence (SAID_ONLY_CARRY).
    A sentence naming a source that closes its paragraph with a colon ('According to the plea
    agreement:') hands it the next paragraph of prose (_introduces_paragraph); one announcing 'the
    following statement' without a colon opens the statement at the next paragraph
    (_announces_statement). A sentence in `unnamed` (its speaker a pronoun that stands for no source
    read: "..., said Mr Holt. She said ...") takes no source, and none carries past it."""
    toks = tk.tokens
    data_source = _DataSources(tk, names, kb)
    out: list[Attribution | None] = []
    state: Attribution | None = None
    statement: Attribution | None = None  # 'X issued the following statement:' (_opens_statement)
    # 'X released the following statement today about ...' with no colon, and its paragraph: the
    # statement opens at the next paragraph (_announces_statement)
    announced: tuple[Attribution, int] | None = None
    # 'According to the papers filed:' closing its paragraph, and that paragraph; then
    # the source and the paragraph after it, which is the source's (_introduces_paragraph)
    introducing: tuple[Attribution, int] | None = None
    introduced: tuple[Attribution, int] | None = None
    # a legal account introduced so ('As alleged in the complaint:'), and the last paragraph it
    # held: its telling goes on over the paragraphs after it until the release's own closing
    # (_block_goes_on)
    block: tuple[Attribution, int] | None = None
    doc_src: Attribution | None = None  # the last document named, and the sentence it was last with
    doc_at = -1
    last_doc: tuple[Attribution, int] | None = None  # the last document, past paragraph breaks
    listing: Attribution | None = None  # 'X contends there were such cases, including:' (_opens_list)
    listing_at = -1  # the sentence that opened the list
    doc_list: Attribution | None = None  # a document's list or table after a colon (_colon_then_lines)
    voiced: tuple[Attribution, int] | None = None  # a paragraph's speaker, and the paragraph
    # a legal account ("According to the indictment, ...") whose narrative of the case's acts goes
    # on over the paragraphs after it (_account_goes_on)
    account_run: Attribution | None = None
    # the people the account's own sentence names ("According to the complaint, Ortiz ..."): the
    # defendants whose acts its next paragraphs go on telling (_account_goes_on)
    account_people: set[str] = set()
    sizes = Counter(tk.paragraph_of_sentence)
    age = 0
    said_only = False
    for s, (a, b) in enumerate(tk.sentence_spans):
        paragraph = tk.paragraph_of_sentence[s] if s < len(tk.paragraph_of_sentence) else -1
        if listing is not None and (
            sizes[paragraph] != 1
            or paragraph == tk.paragraph_of_sentence[s - 1]
            or not _list_item(tk, s, _first_word(tk, listing_at + 1))
        ):
            listing = None  # a paragraph of more than one sentence, or no item like the one before: over
        if doc_list is not None and (sizes[paragraph] != 1 or paragraph == tk.paragraph_of_sentence[s - 1]):
            doc_list = None  # a paragraph of more than one sentence: the list or table is over
        if voiced is not None and voiced[1] != paragraph:
            voiced = None
        if announced is not None and announced[1] != paragraph:
            statement, announced = announced[0], None
        if introduced is not None and introduced[1] != paragraph:
            introduced = None
        if introduced is None and block is not None and block[1] != paragraph:
            if _block_goes_on(tk, s, kb):
                introduced = (block[0], paragraph)  # the account's next paragraph: still its telling
                block = (block[0], paragraph)
            else:
                block = None
        if introducing is not None and introducing[1] != paragraph:
            introduced, introducing = (introducing[0], paragraph), None
            # (a speaker's words introduced inside the account, 'X stated the following:', pause it)
            block = (introduced[0], paragraph) if _account(introduced[0], kb) else block
        if s > 0 and tk.paragraph_of_sentence[s] != tk.paragraph_of_sentence[s - 1]:
            state = doc_src = None
            if account_run is not None and _account_goes_on(tk, s, kb, with_figures, account_people):
                state, age = account_run, 0  # the account's next paragraph of the case's acts
            else:
                account_run = None
        k = a
        while k < b and toks[k].kind != "word":
            k += 1
        if k < b and toks[k].lower in kb.shift_openers:
            state = None
            if toks[k].lower not in kb.statement_turns:
                voiced = None  # "Separately, ...": the speaker's paragraph is over ("But ..." is theirs)
        if link_line(toks, k, b, kb):
            state = voiced = doc_src = statement = None  # "READ MORE: ...": a link to another story
        if voiced is not None and _unnamed_cue(toks, a, b, kb):
            voiced = None  # "..., it was reported": someone else's word
        if (
            state is not None
            and s in with_figures
            and (cues := _unnamed_cues(toks, a, b, kb))
            and not _allegation(toks, a, b)
            # "... the statistics office said. Arrivals were estimated at 590,000": its estimate
            and not (data_source(state) and _estimated_only(toks, cues, kb))
        ):
            state = doc_src = None
        if (
            state is None
            and doc_src is not None
            and s in with_figures
            and s - doc_at <= DOCUMENT_RESUME
            and not _unnamed_cue(toks, a, b, kb)
        ):
            state, age = doc_src, 0  # the document's figures go on after someone's quoted words
        found = sources[s] if s < len(sources) else []
        if s in unnamed and not found:
            # "He said ..." where "he" stands for no source read (_sentence_sources): someone else
            # speaks; no source carries into the sentence nor on past it
            state = voiced = None
            said_only = False
            out.append(None)
            continue
        if (
            said_only
            and state is not None
            and not found
            and s in with_figures
            and not data_source(state)
            and not _account(state, kb)
            and _new_subject(tk, a, b, state, kb)
        ):
            state = None  # "..., Ruiz says. In Lisbon, where ...": the writer goes on, not the speaker
        said_only = said_only and state is not None and not found  # on through the speaker's run
        if (
            state is not None
            and not found
            and not _account(state, kb)  # "According to court documents, ... Lee, 45, ran ...": its account
            and not data_source(state)
            and _introduces_person(toks, a, b, state)
        ):
            state = None  # "..., police said. Lee Mott, 24, was arrested ...": the writer brings someone in
        if (
            state is None
            and not found
            and last_doc is not None
            and s - last_doc[1] <= DOCUMENT_RESUME
            and s in with_figures
        ):
            if _respondents_speak(toks, a, b, kb):
                # "Only 8 percent said ..." in a paragraph of its own after a poll's: the poll's still
                state, age, doc_src = last_doc[0], 0, last_doc[0]
            elif _respondents_hold_view(toks, a, b, kb):
                state, age = last_doc[0], 0  # "..., the poll found. But many are gloomy: 47% believe ..."
        if (
            state is not None
            and not found
            and (_account(state, kb) or _court_or_charge(toks, state, kb))
            and _proceedings(toks, a, b, kb)
        ):
            state = None  # "X was convicted of one count ...": the case's own course, told by the writer
        if (
            state is not None
            and not found
            and _court_finding_source(toks, state, kb)
            and _court_acts(toks, a, b, kb)
        ):
            state = None  # "... the jury found that ... The judge also ordered ...": the case's course
        if state is not None and not found and _document_described(toks, a, b, kb):
            state = None  # "The report has been published every spring since 2016": the writer's
        held = listing or doc_list or (voiced[0] if voiced is not None else None)
        held = held or (introduced[0] if introduced is not None else None)
        out.append(state if state is not None else (statement or held))
        here = found[-1] if found else out[-1]
        doc_list = (
            here
            if here is not None
            and _colon_then_lines(tk, s, sizes)  # (asked first: most sentences end with no colon)
            and quotes.speaker_at(toks[b - 1].start) is None
            and (data_source(here) or _account(here, kb))
            and toks[here.cue_index].lower not in kb.charging  # "charges him with ...: penalties"
            else doc_list
            if not found
            else None
        )
        if state is not None and state is doc_src:
            doc_at = s
            last_doc = (doc_src, s)
        end_quote = quotes.speaker_at(toks[b - 1].start) if b > a else None
        if found:
            last = found[-1]
            charge = toks[last.cue_index].lower in kb.charging  # "The indictment charges ...": no account
            account_run = last if _account(last, kb) and not charge else None
            account_people = set()
            if account_run is not None:
                account_people = {t.text for t in toks[a:b] if t.text in names}
        elif end_quote is not None or state is None:
            account_run = None
        if (
            doc_src is not None
            and (state is not doc_src or s not in with_figures)
            and not found
            and end_quote is None
            and quotes.span_at(toks[(a + b) // 2].start) is None
            and not any(
                t.lower in DATA_WORDS or t.lower in kb.carrying_documents or t.lower in kb.findings_words
                for t in toks[a:b]
            )
            and not _respondents_speak(toks, a, b, kb)  # "Three quarters of them said ..."
        ):
            doc_src = None  # the writer's own narrative, not someone's words about the data: the run is over
        if found or end_quote is not None:
            if found and _opens_statement(toks, a, b, found[-1], kb):
                statement = found[-1]
            elif found or end_quote is not statement:
                statement = None  # (a quotation of the statement's author is the statement going on)
            announces = found and statement is None and _announces_statement(toks, a, b, found[-1], kb)
            announced = (found[-1], paragraph) if announces else None
            introduced = None
            introducing = (
                (found[-1], paragraph)
                if found
                and statement is None
                and toks[found[-1].cue_index].lower not in kb.charging
                and (
                    _introduces_paragraph(tk, s, found[-1], sizes)
                    # 'As alleged in the complaint:', a heading, then the account's prose
                    or (_account(found[-1], kb) and _introduces_under_heading(tk, s, found[-1], sizes))
                )
                else None
            )
            if statement is not None and toks[statement.cue_index].lower in kb.charging:
                statement = None  # "charges him with ten offenses carrying the following penalties:"
            opens_list = (
                found
                and statement is None
                and found[-1].cue.lower() not in kb.not_carried
                and _opens_list(tk, s, found[-1], sizes)
            )
            listing, listing_at = (found[-1], s) if opens_list else (None, -1)
            voiced = None
            if (
                found
                and end_quote is None
                and (s == 0 or tk.paragraph_of_sentence[s - 1] != paragraph)
                and 1 < sizes[paragraph] <= PARAGRAPH_SPEECH
                and len(sizes) >= 3  # a text set out in paragraphs, not one run of sentences
                and _said_after(toks, a, found[-1], kb)
                and not any(t.text in QUOTE_MARKS for t in toks[a:b])
            ):
                voiced = (found[-1], paragraph)  # '..., said X. They also ...': X's words, marks lost
            passing = bool(found) and tuple(found[-1].cue.lower().split()) in kb.saying_ing
            # "An audit accuses the mill of ...": a charge laid, not a document's data to run on
            accusing = bool(found) and toks[found[-1].cue_index].lower in kb.object_cues
            if found and not passing and not accusing and data_source(found[-1]):
                doc_src, doc_at = found[-1], s
                last_doc = (doc_src, s)
            elif found and (s in with_figures or accusing):
                doc_src = None  # another source's figures or charge: the document's run is over
            state, age = (found[-1] if found else end_quote), 0
            fronted = _fronted_account(toks, a, found, kb) if found else None
            if fronted is not None and end_quote is None:
                # "According to the complaint, when Ruiz told Lee that ..., he ...": the whole
                # sentence is the complaint's telling, and so is what it goes on to tell
                state = fronted
            if passing:
                state = None  # "..., saying the plan was sound": words reported in passing carry no further
            if found and state is found[-1] and found[-1].cue.lower() in kb.not_carried:
                state = None  # "..., the ministry announced. He must also pay $500": the release's narrative
            if (
                state is not None
                and s not in with_figures
                and not data_source(state)
                and not (found and end_quote is None and _said_after(toks, a, state, kb))
            ):
                state = None
            # kept only as the speaker of words given before them, with no figure: a next sentence
            # that opens on something new is not theirs (_new_subject)
            said_only = state is not None and s not in with_figures
        elif state is not None:
            age += 1
            document = data_source(state)
            if s not in with_figures and document and _mentions(toks, a, b, state):
                continue  # "... since Gallup began asking": the text is still with the pollster
            if s not in with_figures and _account(state, kb) and age < DOCUMENT_CARRY:
                continue  # "According to the complaint, Ortiz ran it. He hired two clerks. ...": its account
            reach = DOCUMENT_CARRY if document else SAID_ONLY_CARRY if said_only else CARRY
            if s not in with_figures or age >= reach:
                state = None
    return out


def _account_goes_on(
    tk: Tokenized,
    s: int,
    kb: Knowledge,
    with_figures: set[int] | frozenset[int] = frozenset(),
    people: set[str] | frozenset[str] = frozenset(),
) -> bool:
    """Does the paragraph that sentence s opens go on telling a legal account's narrative of the
    case's acts ("According to evidence at trial, ..." and then "On May 2, 2019, Ortiz ordered two
    ...")? Either the next entry of a dated chronology, a paragraph opened by a date (_dated_opening),
    or a paragraph whose every sentence with a figure opens on one of the account's `people` (the
    names in the sentence that named the account, _opens_on_person) and marks what it tells as
    alleged (_allegation: "Ortiz allegedly moved $40,000 ...", "In all, Ortiz allegedly took ...";
    the same acts unmarked are labelled both ways, the writer's and the account's, so they stay the
    writer's; a paragraph with no figure passes on the run to the next), in the writer's narrative
    of the past: no quotation mark, no course of the case (`proceedings`:
    "was sentenced to"; a court acting, _court_acts), none of `carry_words: account_ends` (the
    release's own closing: who investigated, charges, penalties, "is presumed innocent") and none of
    `carry_words: present` (a state of affairs now: "The firm operates ...")."""
    toks = tk.tokens
    dated = _dated_opening(tk, s)
    if not dated and not people:
        return False
    stops = kb.carry_words.get("account_ends", set()) | kb.carry_words.get("present", set())
    for n, a, b in _paragraph_from(tk, s):
        if _account_stops(toks, a, b, kb, stops):
            return False
        if (
            not dated
            and n in with_figures
            and not (_opens_on_person(toks, a, b, people) and _allegation(toks, a, b))
        ):
            return False  # a figure's sentence that is no alleged act of the account's people
    return True


def _paragraph_from(tk: Tokenized, s: int) -> Iterator[tuple[int, int, int]]:
    """Sentence s and the sentences after it in its paragraph: (number, first token, end)."""
    par = tk.paragraph_of_sentence
    n = s
    while n < len(par) and par[n] == par[s]:
        a, b = tk.sentence_spans[n]
        yield n, a, b
        n += 1


def _account_stops(toks: list[Token], a: int, b: int, kb: Knowledge, stops: set[str]) -> bool:
    """Does the sentence a..b end a legal account's narrative: a course of the case (_proceedings,
    _court_acts), a quotation mark, or one of `stops` (carry_words: the release's own closing)?"""
    if _proceedings(toks, a, b, kb) or _court_acts(toks, a, b, kb):
        return True
    return any(t.text in QUOTE_MARKS or t.lower in stops for t in toks[a:b])


def _opens_on_person(toks: list[Token], a: int, b: int, people: set[str] | frozenset[str]) -> bool:
    """Does the sentence a..b open on one of `people` as its subject: at its start ("Ortiz then
    wired ...") or right after the comma of a fronted phrase ("In all, Ortiz and two clerks ...")?"""
    k = a
    while k < b and toks[k].kind != "word":
        k += 1
    if k < b and toks[k].text in people:
        return True
    return any(toks[j].text in people and toks[j - 1].text == "," for j in range(k + 1, b))


def _dated_opening(tk: Tokenized, s: int) -> bool:
    """Does sentence s open with "On", a month and a day ("On June 4, 2015, ...", "On Aug. 19,
    ..."): an entry of a dated chronology?"""
    toks = tk.tokens
    a, b = tk.sentence_spans[s]
    k = a
    while k < b and toks[k].kind != "word":
        k += 1
    if k + 2 >= b or toks[k].lower != "on" or toks[k + 1].lower not in MONTHS:
        return False
    k += 2
    if toks[k].text == "." and k + 1 < b:
        k += 1  # "Aug."
    return toks[k].kind == "num" and toks[k].text.isdigit() and 1 <= int(toks[k].text) <= 31


def _introduces_person(toks: list[Token], a: int, b: int, state: Attribution) -> bool:
    """Does the sentence a..b open on a name and the person's age between commas ("Lee Mott, 24,
    was arrested ...", "Ana Ruiz, 41, a former clerk, ...")? The writer brings a person in, as a
    report's own words seldom do: what the source before said is not carried into it. Not when the
    name is the source's own ("Ruiz, 41, said ..." is the speaker again)."""
    if a >= 2 and toks[a - 1].text == "." and toks[a - 2].text[:1].isupper() and len(toks[a - 2].text) <= 4:
        return False  # "... as Maj. Ann Lee, 48, ...": a title's dot, not the end of a sentence
    k = a
    while k < b and toks[k].kind != "word":
        k += 1
    n = k
    while n < b and toks[n].kind == "word" and toks[n].text[:1].isupper() and n - k < 5:
        n += 1
    if n == k or n + 2 >= b or toks[n].text != "," or toks[n + 2].text != ",":
        return False
    age = toks[n + 1]
    if age.kind != "num" or not age.text.isdigit() or not 1 <= int(age.text) <= 110:
        return False
    said = state.source.lower().replace("'s", "").split()
    return not any(t.lower in said for t in toks[k:n])


def _new_subject(tk: Tokenized, a: int, b: int, state: Attribution, kb: Knowledge) -> bool:
    """Does the sentence a..b open on something new rather than go on with what its source said: a
    fronted phrase of place or time ("In Germany, ...", "During his visit, ..."), a thing newly
    brought in ("A different judge ..."), or a name the source's words do not hold ("Obama used
    ...")? Then it is the writer's narrative, not the speaker's continued words."""
    toks = tk.tokens
    k = a
    while k < b and toks[k].kind != "word":
        k += 1
    if k >= b - 1:
        return False
    first = toks[k]
    if first.lower in kb.narrative_openers:
        return (first.lower, toks[k + 1].lower) not in kb.continuing_openers  # not "At least 30 ..."
    if first.lower in kb.carry_words.get("not_names", ()) and first.lower not in kb.name_titles:
        return False
    w = toks[k + 1] if first.lower in kb.name_titles else first
    if w.kind != "word" or not w.text[:1].isupper():
        return False
    if w.lower in state.source.lower().replace("'s", "").split():
        return False  # the speaker named again
    starts = {s for s, _ in tk.sentence_spans}
    # a name: written with a capital inside a sentence somewhere, never in lower case
    return not any(t.lower == w.lower and t.text.islower() for t in toks) and any(
        t.lower == w.lower and t.index not in starts and t.text[:1].isupper() for t in toks
    )


def _document_described(toks: list[Token], a: int, b: int, kb: Knowledge) -> bool:
    """Does the sentence a..b tell of a document itself, as its subject in the passive of one of
    `document_participles` ("The report has been published every spring since 2016", "The survey
    was released in 2015")? That is the writer describing it, not a finding."""
    k = a
    while k < min(b, a + 6) and toks[k].kind == "word" and toks[k].lower not in kb.carrying_documents:
        k += 1
    if not (k < b and toks[k].lower in kb.carrying_documents):
        return False
    m = k + 1
    while m < b and toks[m].lower in PASSIVE_AUX | {"has", "have", "had"}:
        m += 1
    return m > k + 1 and m < b and toks[m].lower in kb.document_participles


def _respondents_speak(toks: list[Token], a: int, b: int, kb: Knowledge) -> bool:
    """Does the sentence a..b open with a share of the people asked who say something ("Three
    quarters of the children said ...", "Only 9 percent reported ...")? It stays with the study."""
    verbs = first_words(kb.cue_verbs)
    return share_of_people(toks[a : min(b, a + 8)], kb, counts=False) and any(
        toks[k].lower in verbs for k in range(a, b)
    )


def _respondents_hold_view(toks: list[Token], a: int, b: int, kb: Knowledge) -> bool:
    """Does a share of the people asked, opening the sentence a..b or a clause in it after a colon or
    semicolon, hold a view ("Most are gloomy: 47% believe ...", "About 61% support the rules";
    `respondent_verbs`), the verb within a few words of the share? That is the answer to a poll's
    question: the sentence is the last poll's or study's, for itself (it does not take up the
    document's run again)."""
    opens = [a] + [k + 1 for k in range(a, b - 1) if toks[k].text in {":", ";"}]
    return any(
        share_of_people(toks[o : min(b, o + 8)], kb, counts=False)
        and any(toks[k].lower in kb.respondent_verbs for k in range(o + 1, min(b, o + RESPONDENT_VERB_REACH)))
        for o in opens
    )


RESPONDENT_VERB_REACH = 6  # tokens from a share's first word to its verb ("only 47 % of voters believe")


def _allegation(toks: list[Token], a: int, b: int) -> bool:
    """Does the sentence a..b go on with what its source alleges ("The five defendants are alleged
    to have filed ..." after "According to the indictment, ..."; "The men allegedly made ..." after
    "..., said the prosecutor")? Not a new, unnamed source: the carry goes on."""
    return any(toks[k].lower in {"alleged", "allegedly"} for k in range(a, b))


def _mentions(toks: list[Token], a: int, b: int, att: Attribution) -> bool:
    """Does the sentence a..b name the source again (a capitalised word of its name)?"""
    words = {w for w in att.source.split() if w[:1].isupper() and w.lower() not in DETERMINERS}
    return bool(words) and any(toks[k].text in words for k in range(a, b) if toks[k].index != att.first)


def _account(att: Attribution, kb: Knowledge) -> bool:
    """Is the source a legal document that gives an account (`accounts`: "the complaint", "court
    documents", "the statement of facts")? Its account runs on through its paragraph, with figures
    or without."""
    words = att.source.lower().split()
    return any(w in kb.accounts for w in words) or _holds_phrase(words, kb.account_phrases)


def _phrase_at(words: list[str], k: int, phrases: list[list[str]]) -> bool:
    """Does one of `phrases` (each split into its words, lower case) start at words[k]?"""
    return any(words[k : k + len(p)] == p for p in phrases)


def _phrase_ends_at(words: list[str], k: int, phrases: list[list[str]]) -> bool:
    """Does one of `phrases` (each split into its words, lower case) end right before words[k]?"""
    return any(k >= len(p) and words[k - len(p) : k] == p for p in phrases)


def _holds_phrase(words: list[str], phrases: list[list[str]]) -> bool:
    """Does one of `phrases` (each split into its words, lower case) stand anywhere in words?"""
    present = set(words)
    for p in phrases:
        if p[0] in present and any(words[k : k + len(p)] == p for k in range(len(words))):
            return True
    return False


def _proceedings(toks: list[Token], a: int, b: int, kb: Knowledge) -> bool:
    """Does the sentence a..b tell the course of a case (`proceedings`: "was sentenced to",
    "was convicted of", "pleaded guilty", "the men charged in it are ...")? An entry of
    more than one word is matched as a phrase."""
    words = [t.lower for t in toks[a:b]]
    return not kb.proceedings.isdisjoint(words) or _holds_phrase(words, kb.proceeding_phrases)


class _DataSources:
    """_data_source of each attribution of one text, read once: the walk of _carried_sources asks
    it again of the source it carries in every sentence it carries it into. (An Attribution is
    never changed once made; the one asked is held with its answer, so its id is never reused.)"""

    def __init__(self, tk: Tokenized, names: dict[str, str], kb: Knowledge) -> None:
        self.tk, self.names, self.kb = tk, names, kb
        self._held: dict[int, tuple[Attribution, bool]] = {}

    def __call__(self, att: Attribution) -> bool:
        held = self._held.get(id(att))
        if held is None:
            held = self._held[id(att)] = (att, _data_source(self.tk, att, self.names, self.kb))
        return held[1]


def _data_source(tk: Tokenized, att: Attribution, names: dict[str, str], kb: Knowledge) -> bool:
    """Is the source a document or body of data ('the new report', 'the census'), a source quoted
    from one ('the center said in its annual report'), or an organisation whose figures are cited
    ('according to Gallup'; not a person)? Its figures run on longer than a speaker's."""
    toks = tk.tokens
    words = att.source.lower().split()
    if not kb.carrying_documents.isdisjoint(words) or _account(att, kb):
        return True
    if att.first >= 2 and toks[att.first - 1].lower == "from" and toks[att.first - 2].lower in kb.data_bodies:
        return True  # "separate figures from the Labour Ministry show": the maker of the figures
    k = att.cue_index
    if toks[k].lower == "in" and not kb.study_words.isdisjoint(att.cue.lower().split()):
        return True  # "In a recent survey run by the Tavel Trust, ...": its maker (_fronted_study)
    if toks[k].lower == "according":
        bare = att.source.split()
        if bare and bare[0].lower() in DETERMINERS:
            bare = bare[1:]
        return (
            bool(bare)
            and bare[0][:1].isupper()
            and att.source not in names.values()
            and not any(w in TITLES for w in words)
            and words[-1] not in kb.speaking_groups  # "according to Egyptian officials": people
            and not any(w in kb.news_outlets for w in words)  # "according to Lakeland TV": a report
        )
    if _opened_by_document(tk, att.cue_index, kb):
        return True  # "In the report, the agency said ...": what it says is the report's
    while k < len(toks) and toks[k].kind == "word" and k - att.cue_index < 2:
        k += 1  # past the cue ("said in")
    return toks[k - 1].lower == "in" and any(
        t.lower in kb.carrying_documents and t.lower != "statement" for t in toks[k : k + 4]
    )


def _opened_by_document(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Does the sentence of token i open with the document it speaks from ("In the report, ...",
    "For its study, ...", "In a new survey published on Monday, ...")?"""
    toks = tk.tokens
    a = tk.sentence_spans[toks[i].sentence][0]
    if toks[a].lower not in IN_DOCUMENT:
        return False
    for k in range(a + 1, min(i, a + 8)):
        if toks[k].text == ",":
            return False
        if toks[k].lower in kb.carrying_documents and toks[k].lower != "statement":
            return True
    return False


def _opens_list(tk: Tokenized, s: int, att: Attribution, sizes: Counter[int]) -> bool:
    """Does sentence s end with a colon after its cue, and do at least two paragraphs of one
    sentence each follow it ('Prosecutors contend that there were several such deals,
    including:' and the deals, a paragraph each)? Then those paragraphs are the items of the
    source's list."""
    b = tk.sentence_spans[s][1]
    if not (att.cue_index < b - 1 and _colon_then_lines(tk, s, sizes)):
        return False
    first = _first_word(tk, s + 1)
    return all(_list_item(tk, n, first) for n in (s + 1, s + 2))


def _introduces_paragraph(tk: Tokenized, s: int, att: Attribution, sizes: Counter[int]) -> bool:
    """Does sentence s end its paragraph with a colon after its cue, and is the next paragraph one
    of prose, more than one sentence ('According to the papers filed:' and the account;
    'Ruiz said:' and her words)? Then that paragraph is the source's. (A run of one-sentence
    paragraphs after the colon is a list or a table: _opens_list, _colon_then_lines.)"""
    par = tk.paragraph_of_sentence
    return colon_after_cue(tk, s, att) and s + 1 < len(par) and par[s + 1] != par[s] and sizes[par[s + 1]] > 1


def _fronted_account(
    toks: list[Token], a: int, found: list[Attribution], kb: Knowledge
) -> Attribution | None:
    """The legal account that opens the sentence a.. ("According to the complaint, ...", `accounts`)
    when a later cue of the same sentence names someone else (the account's telling of what a
    person "told" or "said"): the account frames the whole sentence."""
    if len(found) < 2 or found[0].cue_index > a + 1 or not _account(found[0], kb):
        return None
    if toks[found[0].cue_index].lower != "according":
        return None
    return found[0] if found[-1] is not found[0] and not _account(found[-1], kb) else None


def _block_goes_on(tk: Tokenized, s: int, kb: Knowledge) -> bool:
    """Does the paragraph that sentence s opens go on with a legal account that a paragraph closed
    by a colon introduced ('As alleged in the complaint:' and the case's acts over several
    paragraphs)? Yes while it holds no quotation mark, no course of the case (_proceedings,
    _court_acts) and none of `carry_words: account_ends` (the release's own closing: charges,
    penalties, who investigated)."""
    ends = kb.carry_words.get("account_ends", set())
    return not any(_account_stops(tk.tokens, a, b, kb, ends) for _, a, b in _paragraph_from(tk, s))


def _introduces_under_heading(tk: Tokenized, s: int, att: Attribution, sizes: Counter[int]) -> bool:
    """Does sentence s end its paragraph with a colon after its cue, with a heading next (a paragraph
    of one line with no closing stop: 'The Events of May 3') and a paragraph of prose after it?"""
    par = tk.paragraph_of_sentence
    if not colon_after_cue(tk, s, att) or s + 2 >= len(par) or par[s + 1] == par[s]:
        return False
    a, b = tk.sentence_spans[s + 1]
    return (
        sizes[par[s + 1]] == 1
        and b - a <= HEADING_TOKENS
        and tk.tokens[b - 1].text not in {".", "!", "?", ":", ";"}
        and par[s + 2] != par[s + 1]
        and sizes[par[s + 2]] > 1
    )


HEADING_TOKENS = 12


def _colon_then_lines(tk: Tokenized, s: int, sizes: Counter[int]) -> bool:
    """Does sentence s end with a colon, with at least two paragraphs of one sentence each after it
    ('The audit lists the cost of each site:' and a line for each, or the rows of a table)? After a
    document's sentence, those lines are the document's own, its items or its table's cells."""
    a, b = tk.sentence_spans[s]
    par = tk.paragraph_of_sentence
    return (
        b - a >= 3
        and tk.tokens[b - 1].text == ":"
        and s + 2 < len(par)
        and all(par[n - 1] < par[n] and sizes[par[n]] == 1 for n in (s + 1, s + 2))
    )


def _first_word(tk: Tokenized, s: int) -> str:
    a, b = tk.sentence_spans[s]
    return next((t.lower for t in tk.tokens[a:b] if t.kind == "word"), "")


def _list_item(tk: Tokenized, s: int, first: str) -> bool:
    """Is sentence s an item of a list in words that opens like the item before it ('A sales agent
    who ...', 'A clerk who ...'; not a cell of a table, '10 years', nor the writer's next paragraph):
    a clause of a few words closed by a full stop, a semicolon or a comma?"""
    a, b = tk.sentence_spans[s]
    words = [t for t in tk.tokens[a:b] if t.kind == "word"]
    return (
        len(words) >= LIST_ITEM_WORDS and words[0].lower == first and tk.tokens[b - 1].text in {".", ";", ","}
    )


LIST_ITEM_WORDS = 5


def _opens_statement(toks: list[Token], a: int, b: int, att: Attribution, kb: Knowledge) -> bool:
    """Does the sentence a..b end with a colon after its cue and one of the opener words ('The
    Attorney General issued the following statement today:')? Then the paragraphs after it are
    the source's own text, up to the next source named."""
    return (
        b - a >= 3
        and toks[b - 1].text == ":"
        and att.cue_index < b - 1
        and any(t.lower in kb.openers for t in toks[a : b - 1])
    )


_LOWER = attrgetter("lower")  # a token's text in lower case


def _announces_statement(toks: list[Token], a: int, b: int, att: Attribution, kb: Knowledge) -> bool:
    """Does the sentence a..b announce 'the following statement' (or remarks: "following" and then
    another opener word) after its cue, and end without a colon ('The minister released the
    following statement today about the end of the harbour review.')? The statement is then set out from
    the next paragraph on, as after a colon; the rest of the announcing paragraph is the writer's.
    Not when a colon or a quotation mark follows in the paragraph ('the following statement from
    the king: "..."'): the statement is given there."""
    if b - a < 4:
        return False
    lo = max(a, att.cue_index + 1)
    if "following" not in map(_LOWER, toks[lo : b - 1]):
        return False  # (most sentences: asked of their words at C speed, not in the loop below)
    for k in range(lo, b - 1):
        nxt = toks[k + 1].lower
        if toks[k].lower != "following" or nxt == "following" or nxt not in kb.openers:
            continue
        return not _given_in_paragraph(toks, k)
    return False


def _given_in_paragraph(toks: list[Token], k: int) -> bool:
    """Is there a colon or a quotation mark after token k in its paragraph?"""
    j = k
    while j < len(toks) and toks[j].paragraph == toks[k].paragraph:
        if toks[j].text == ":" or toks[j].text in QUOTE_MARKS:
            return True
        j += 1
    return False


PASSIVE_AUX = {"is", "are", "was", "were", "been", "be", "being"}


# at most this many tokens of a title before a speaker's name ('Acting U.S. Attorney', 'the Deputy
# Secretary of State'), read back to the comma that closes the speaker's words (_said_after)
TITLE_SPAN = 10


def _said_after(toks: list[Token], a: int, att: Attribution, kb: Knowledge) -> bool:
    """Does the sentence give its words first and the speaker after them, with no quotation marks
    ('..., said Casey Gwinn, president of ...', '..., he said.', '..., Acting District Attorney Ana
    Ruiz said.'): speech whose marks were dropped, which the next sentence may go on with? A title
    before the speaker's name (capitalised words, abbreviations, `title_joiners`) is read back over
    to the comma."""
    k = min(att.cue_index, att.first if att.first >= 0 else att.cue_index) - 1
    if toks[k].text != "," and _words_follow(toks, att, kb):
        return False  # "Looking ahead, CEO Ana Ruiz said the firm ...": her words come after the cue
    stop = max(a, k - TITLE_SPAN)
    while k > stop and (
        (toks[k].kind == "word" and toks[k].text[:1].isupper())
        or toks[k].text == "."
        or toks[k].lower in kb.title_joiners
    ):
        k -= 1
    return k > a + 3 and toks[k].text == "," and toks[att.cue_index].lower in kb.trailing_speaker_cues


def _words_follow(toks: list[Token], att: Attribution, kb: Knowledge) -> bool:
    """Does a word other than a fronted-phrase opener (`narrative_openers`: 'at a news conference',
    'following talks') come right after the cue and its speaker ('... said the firm was ...')? Then
    the speaker's words follow the cue rather than come before it."""
    n = max(att.cue_index, att.last) + 1
    if n >= len(toks) or toks[n].sentence != toks[att.cue_index].sentence:
        return False
    return toks[n].kind == "word" and toks[n].lower not in kb.narrative_openers


def _unnamed_cue(toks: list[Token], a: int, b: int, kb: Knowledge) -> bool:
    """Does the sentence a..b carry a cue with no source named ('were reported to', 'is
    estimated', 'reportedly'), or a finding of someone else's ('a jury found that')? (Only asked
    of sentences a source might be carried into.)"""
    return bool(_unnamed_cues(toks, a, b, kb))


def _estimated_only(toks: list[Token], cues: list[int], kb: Knowledge) -> bool:
    """Is every unnamed cue of a sentence (`cues`, from _unnamed_cues) a passive estimate
    ('Arrivals were estimated at 590,000', `data_passives`)? Inside a data source's run that is the
    data's own estimate."""
    return bool(cues) and all(toks[k].lower in kb.data_passives for k in cues)


def _unnamed_cues(toks: list[Token], a: int, b: int, kb: Knowledge) -> list[int]:
    """Where the sentence a..b has a cue with no source named (_unnamed_cue)."""
    verbs = first_words(kb.cue_verbs)
    return [
        k
        for k in range(a + 1, min(b, a + 2 * NEAR))
        if toks[k].kind == "word"
        and (
            toks[k].lower in kb.unnamed_cues
            or (
                toks[k].lower in verbs
                and (toks[k].lower.endswith("ed") or toks[k].lower in kb.hearsay_participles)
                and toks[k - 1].lower in PASSIVE_AUX
                and toks[k].lower not in kb.tallies
                and toks[k].lower not in kb.findings  # "the victims were identified as": no one's word
                and toks[k].lower not in kb.object_cues  # "are accused of": the charge, not hearsay
            )
            or (toks[k].lower in kb.hearsay_nouns and k + 1 < b and toks[k + 1].lower == "that")
            # "there had been reports of ...", "there were claims": no one named
            or (
                toks[k].lower in kb.hearsay_nouns
                and toks[k - 1].lower in PASSIVE_AUX
                and any(toks[m].lower == "there" for m in range(max(a, k - 3), k))
            )
            # someone else's finding: "a jury found that the firm ... and awarded $296 million"
            or (toks[k].lower in kb.findings and k + 1 < b and toks[k + 1].lower == "that")
        )
    ]


# verbs of saying: what follows them is the source's, clause after clause ("X said A rose, and B
# fell"); other cues take an object ("The bank has forecast growth of 0.4%") and end at ", and"
SPEECH_CUES = {
    "said", "says", "say", "told", "tells", "wrote", "writes", "claimed", "claims", "stated", "added",
    "noted", "insisted", "warned", "acknowledged", "confirmed", "confirms", "announced", "announces",
    "admitted", "admits", "alleged", "alleges", "testified", "according",
}  # fmt: skip


def _in_subject(tk: Tokenized, raw: Raw, end: int, att: Attribution, kb: Knowledge) -> bool:
    """Is the figure part of the subject that names the source ("Only one interviewee, John Smith,
    said ...")? Then it counts the source, and is the article's own."""
    toks = tk.tokens
    if not (
        att.first < att.cue_index
        and end + 1 < len(toks)
        and toks[end + 1].text == ","
        and 0 < att.first - end <= 4
    ):
        return False
    a = tk.sentence_spans[toks[raw.first].sentence][0]
    k = raw.first - 1
    lead: list[Token] = []
    while k >= a and (
        (toks[k].text not in SUBJECT_BOUNDARY and toks[k].lower not in SUBJECT_BOUNDARY)
        or _more_than(toks, k, a)
    ):
        lead.append(toks[k])
        k -= 1
    # the figure opens its clause ("Only one interviewee", "Two officials", "On one occasion"; not
    # "Children eat 60 grams, the agency said", where a verb comes before it)
    return len(lead) <= 2 and all(
        t.lower in kb.share_leads or t.lower in LEAD_PREPS or t.kind != "word" for t in lead
    )


LEAD_PREPS = PLACE_PREPS | {
    "for", "within", "among", "of", "by", "over", "during", "with", "after", "before", "since",
}  # fmt: skip


def _fronted_clause(tk: Tokenized, raw: Raw, att: Attribution, kb: Knowledge) -> bool:
    """Is the figure in a clause of time that opens the sentence, right before the subject of a cue
    verb ("After a meeting with a dozen members, a party leader said he ...")? That clause is the
    writer's setting. Not when the source closes the sentence ("Since 2015, 36 have returned,
    according to the commission")."""
    toks = tk.tokens
    a = tk.sentence_spans[toks[raw.first].sentence][0]
    k = a
    while k < raw.first and toks[k].kind != "word":
        k += 1
    if not (0 <= att.first < att.cue_index) or _tag_aside(toks, att):
        return False
    if k == raw.first and raw.last + 1 < len(toks) and toks[raw.last + 1].lower in kb.time_after:
        k = raw.last + 1  # "Five days after his arrest, the ministry accused him ...": a time of it
    elif k >= raw.first or toks[k].lower not in FRONTED_OPENERS:
        return False
    if any(toks[n].text == "," for n in range(k, raw.first)):
        return False  # the figure is past the opening clause, in the sentence's own
    comma = next((n for n in range(raw.last + 1, att.first) if toks[n].text == ","), None)
    return comma is not None and att.first - comma <= 2


def _tag_aside(toks: list[Token], att: Attribution) -> bool:
    """Is the source's cue an aside between commas ("Twenty years ago, Ana Ruiz says, she told a
    coach ...")? Then what opens the sentence is part of the words it reports. Not a comma that
    opens a quotation ('..., Ruiz told reporters, "..."'): the quotation is what it reports."""
    n = att.cue_index + 1
    while n < len(toks) and toks[n].kind == "word" and toks[n].sentence == toks[att.cue_index].sentence:
        n += 1  # the rest of the cue ("told reporters")
    return (
        n - att.cue_index <= 2
        and n + 1 < len(toks)
        and toks[n].text == ","
        and toks[n + 1].text not in QUOTE_MARKS
    )


def _contrast_between(tk: Tokenized, a: int, b: int, semicolon_only: bool = False) -> bool:
    """Is there a ', but' or a ';' between tokens a and b (a clause of the writer's own)?
    `semicolon_only`: a ';' only (a closing tag reaches back over a ', but', not over a ';')."""
    toks = tk.tokens
    depth = 0
    for k in range(a + 1, min(b, len(toks) - 1)):
        t = toks[k].text
        depth += (t == "(") - (t == ")")
        if depth <= 0 and (t == ";" or (not semicolon_only and t == "," and toks[k + 1].lower == "but")):
            return True
    return False


def _closing_tag(tk: Tokenized, att: Attribution) -> bool:
    """Is the attribution a tag that closes its sentence after a comma (", the coast guard said.",
    ", a source said.", ", according to local reports.")? Such a tag covers the whole sentence it
    closes, both sides of a ", but" ("Five divers went down, but only four came back up, the coast
    guard said": the coast guard's account of both)."""
    toks = tk.tokens
    if att.first < 0:
        return False
    start, end = min(att.first, att.cue_index), max(att.last, att.cue_index)
    b = tk.sentence_spans[toks[start].sentence][1]
    if start == 0 or toks[start - 1].text != ",":
        return False
    rest = [t for t in toks[end + 1 : b] if t.kind != "sym" or t.text not in {".", "!", '"', "”", "’", "'"}]
    # (or a short phrase of when or where after it: ", the mayor said on Monday.", "... in a statement.")
    return not rest or (
        (rest[0].lower in TAG_TAILS or att.cue.lower().endswith((" in", " on", " to")))
        and len(rest) <= 5
        and all(t.kind == "word" for t in rest)
    )


TAG_TAILS = {"on", "in", "at", "last", "this", "late", "earlier", "yesterday", "today", "after", "during"}


def _reaches(tk: Tokenized, att: Attribution, i: int) -> bool:
    """Does the attribution whose cue is before token i still cover it?"""
    toks = tk.tokens
    if toks[att.cue_index].lower in SPEECH_CUES:
        return True
    # a ";" inside brackets closed before token i ("of 9 million yuan ($1.3 million; 1.2 million
    # euros) for 2016, up 40 percent") ends no clause; inside the brackets it still parts their
    # items (a bare last amount of a run of conversions is not the source's, _conversions)
    depth = 0
    # the cue opens a clause it reports ("showed that ...", "asserted that ..."): a list inside it
    # goes on to its last item
    reports_clause = any(toks[n].lower == "that" for n in range(att.cue_index + 1, min(i, att.cue_index + 3)))
    for k in range(att.cue_index + 1, i):
        depth += (toks[k].text == "(") - (toks[k].text == ")")
        if depth > 0 and any(toks[n].text == ")" for n in range(k, i)):
            continue
        if toks[k].text == ";" or (
            toks[k].text == ","
            and k + 1 < i
            and toks[k + 1].lower in {"and", "but"}
            and not (
                toks[k + 1].lower == "and"
                and (
                    _same_subject_after(toks, k + 2)
                    or (reports_clause and _serial_item(toks, att.cue_index, k))
                )
            )
        ):
            return False
    return True


def _serial_item(toks: list[Token], start: int, k: int) -> bool:
    """Is the ", and" at token k the last joint of a list ("the theft, resale, and export
    of 40 files"): one to three words before it, after another comma, past `start`? Then what
    follows is the list's last item, not a clause of its own (read inside a clause a cue reports
    with "that", _reaches)."""
    n = k - 1
    while n > start and toks[n].kind == "word" and k - n <= 3:
        n -= 1
    return n > start and n < k - 1 and toks[n].text == ","


def _same_subject_after(toks: list[Token], k: int) -> bool:
    """Does the clause after ", and" at token k go on with the subject before it: a verb in the
    past ("..., and injured around 200 people") or a "to" ("agreed to pay two-thirds ..., and to
    give them ...") or a second "that" of the cue ("indicated she paid $820, and that she owed
    ..."; not "that" as a subject, "and that was ...")? Then it is the same account, not a clause
    of the writer's."""
    if k >= len(toks) or toks[k].kind != "word":
        return False
    w = toks[k]
    if w.lower in {"by", "in"} and k + 1 < len(toks) and toks[k + 1].lower.endswith("ing"):
        w = toks[k + 1]  # "..., and by accepting fees ...": the same subject's means, as before
    if w.lower.endswith("ing") and w.text.islower() and len(w.lower) > 5:
        return True  # "..., and accepting fees ...": a second act of the same subject
    if w.lower == "that":
        after = toks[k + 1] if k + 1 < len(toks) else None
        return after is not None and after.kind == "word" and after.lower not in VERB_AFTER_SUBJECT
    return w.lower == "to" or (w.text.islower() and w.lower.endswith("ed") and w.lower not in NOT_VERBS_ED)


NOT_VERBS_ED = {"red", "bed", "shed", "hundred", "need", "seed", "speed", "feed", "bred", "wed"}
