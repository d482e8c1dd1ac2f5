"""The words the readers match: cue phrases as word tuples, and the small word-list helpers they share."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from numcheck.extraction.plurals import singular_noun

# "one" or "One" as a word of its own (no letter, digit or hyphen on either side). The letters come
# first and the look-behind last, so the search skips ahead to an "one": opening with the look-behind,
# the pattern was tried at every character (some 4% of reading the relations of a long article)
ONE_RE = re.compile(r"[Oo]ne(?![\w-])(?<![\w-][Oo]ne)")


def one_words(text: str) -> list[re.Match[str]]:
    """ONE_RE.finditer(text), as a list: the pattern is tried only where "one" or "One" is written
    (found by str.find), not at every "o" of the text (most of reading the word "one" in a long
    article). Its matches never overlap (each is the word alone), so these are the same matches."""
    at: list[int] = []
    for word in ("one", "One"):
        k = text.find(word)
        while k != -1:
            at.append(k)
            k = text.find(word, k + 1)
    at.sort()
    return [m for m in (ONE_RE.match(text, k) for k in at) if m is not None]


# after a figure: its noun (if any), then "for" and a name ("19 seats for the Greens")
FOR_NAME_RE = re.compile(r"(?:\s+([A-Za-z]+))?\s+for\s+(?:the\s+)?[A-Z]")
WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)*|[^\w\s]")
_HYPHEN_WORD = re.compile(r"-([A-Za-z]+)")  # the word after a compound's hyphen: "several-day"
HARD_STOPS = {".", ";", ":", "?", "!"}
BRACKETS = {"(", ")", "[", "]"}
CLAUSE_BREAKS = {",", "and", "(", "while"}  # "Two are hurt, and one ...": the first count's words end
CONDITION_ENDS = frozenset(HARD_STOPS | CLAUSE_BREAKS)  # where the words after a count stop for its condition
# words that may follow "of this" / "of that" standing for an amount ("$9 million of this goes to ...")
PRONOUN_FOLLOWERS = {
    "was",
    "were",
    "is",
    "are",
    "went",
    "goes",
    "go",
    "will",
    "would",
    "came",
    "comes",
    "had",
    "has",
    "from",  # "$270 billion of that from investors"
    "coming",
}
LIST_JOINS = ("and", ",", "plus", "with")
# words that may open a sentence before its first figure ("But seven of them ...")
SENTENCE_OPENERS = {"but", "and", "yet", "only", "just", "so"}
# quotation marks that may open a sentence before its first word
QUOTES = {'"', "'", "\u201c", "\u2018"}
# the verbs that only carry another ("have left", "were held")
AUXILIARIES = {"are", "were", "is", "was", "have", "has", "had", "been", "being", "be", "ve"}
# "Of this amount ...": an amount named before
AMOUNT_WORDS = {"amount", "sum", "total", "money", "figure"}
# at most this many words naming the other side of a comparison ("ahead of the Greens on")
COMPARE_WORDS = 8
# ... and at most this many where a clause after them restates the other side ("lower than what the
# old owners charged for a berth, which was 9%")
COMPARE_CLAUSE = 20
# the number a ratio is out of, after parts.scale ("out of 150", "out of 1,239", "out of ten"): digits
# or one word, then no more of the number ("out of 150.5" is read whole, "out of 10%" is no scale)
SCALE_NUMBER = r"\s+((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[A-Za-z]+)(?![\w%]|[.,]\d)"
# how many sentences back a part named "N of the NOUN" may find its whole, where no count of the
# noun stands in its sentence or the two before and one only stands in these (read_of_the_noun)
OF_THE_FAR = 8
# at most this many words after the comma that ends a clause opened by a contrast ("While 54
# nations have signed,"), "only" itself counted: ", women earn only $40,000"
ONLY_OPENED_WORDS = 4
# at most this many percentage points between a share in words and each bracketed share that details
# it answer by answer ("about half find it slow (52%) and dull (47%)"): shares further off are other
# answers to the question ("about half said yes, no (30%), unsure (25%)"), which add up
WORD_SHARE_DETAIL_POINTS = 15
# at most this many words naming the source before the comma that ends it ("According to the
# coastguard's figures, of the 40 ...")
REBASE_SOURCE_WORDS = 4
# ... where the noun, named again between the two, only follows one of these (the same things)
OF_THE_SAME = frozenset({"the", "these", "those", "both", "all"})
# a dash that sets off a comparison as a comma does
DASHES = {"-", "\u2013", "\u2014", "--"}
# a dash standing as a word in the text, not the hyphen of "non-EU"
DASH_WORD = re.compile(r"\s(?:-|--|\u2013|\u2014)\s|[\u2013\u2014]")


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower().replace("’", "'"))


class _PhraseList(list[tuple[str, ...]]):
    """Cue phrases as word tuples (never empty), longest first, and the same phrases by their last
    word and by their first, in the same order (so that `_ends_with` and `_phrase_at` try only those
    that can match)."""

    by_last: dict[str, list[tuple[str, ...]]]
    by_first: dict[str, list[tuple[str, ...]]]


def _phrases(items: Sequence[str]) -> _PhraseList:
    return _compiled_phrases(tuple(items))


@lru_cache(maxsize=64)
def _word_set(items: tuple[str, ...]) -> frozenset[str]:
    """The words of cue phrases, made once per list of phrases (not once per document)."""
    return frozenset(w for p in items for w in words(p))


@lru_cache(maxsize=512)
def _compiled_phrases(items: tuple[str, ...]) -> _PhraseList:
    """Shared between checks: a phrase list is read, never changed."""
    out = _PhraseList(sorted({tuple(words(p)) for p in items if words(p)}, key=len, reverse=True))
    out.by_last, out.by_first = {}, {}
    for p in out:
        out.by_last.setdefault(p[-1], []).append(p)
        out.by_first.setdefault(p[0], []).append(p)
    return out


def _ends_with(ws: list[str], phrases: _PhraseList) -> tuple[str, ...] | None:
    if not ws:
        return None
    for p in phrases.by_last.get(ws[-1], ()):
        if len(ws) >= len(p) and tuple(ws[len(ws) - len(p) :]) == p:
            return p
    return None


def _phrase_at(ws: Sequence[str], phrases: _PhraseList, i: int = 0) -> tuple[str, ...] | None:
    """The first of the phrases (longest first) that the words hold at position i (i >= 0), else
    None: only the phrases opening with the word there are tried, which finds what trying every
    phrase in turn finds, as no phrase is empty."""
    if i >= len(ws):
        return None
    for p in phrases.by_first.get(ws[i], ()):
        if tuple(ws[i : i + len(p)]) == p:
            return p
    return None


def _starts_with(ws: list[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    """Do the words open with one of the phrases?"""
    return any(tuple(ws[: len(p)]) == p for p in phrases)


def _find(ws: list[str], phrases: list[tuple[str, ...]]) -> tuple[int, tuple[str, ...]] | None:
    for i in range(len(ws)):
        for p in phrases:
            if tuple(ws[i : i + len(p)]) == p:
                return i, p
    return None


def _a_standing_named(ws: list[str], ranks: set[str], plurals: bool = False) -> bool:
    """Do the words name a standing: a word of change.ranks (or its plural, with plurals), not
    followed by "of" ("the rank of colonel", "the position of chair" name a title or a grade, not
    a place)?"""
    return any(
        (singular_noun(w) if plurals else w) in ranks and ws[i + 1 : i + 2] != ["of"]
        for i, w in enumerate(ws)
    )


# the words after which "up to" and a figure are a bound ("from up to 28%", "of up to $5m"), not a
# verb's direction ("edged up to 53.1")
BOUND_AFTER = frozenset({"from", "of", "at", "by", "with", "for", "than"})


def _up_to_a_figure(ws: list[str], i: int) -> bool:
    """Is ws[i] the "up" of "up to" right before a figure, after a word of BOUND_AFTER ("from up to
    28%", "to 15% from up to" at the end of the words before the figure): a bound, not a
    direction?"""
    if ws[i] != "up" or ws[i + 1 : i + 2] != ["to"] or i == 0 or ws[i - 1] not in BOUND_AFTER:
        return False  # "edged up to 53.1": a verb's direction
    nxt = ws[i + 2] if i + 2 < len(ws) else None
    return nxt is None or nxt[:1].isdigit() or nxt in {"$", "£", "€", "¥"}


def _without_clock_times(ws: list[str]) -> list[str]:
    """The words without the colon of a time of day ('by 2:30 pm' is no stop between figures)."""
    return [
        w
        for i, w in enumerate(ws)
        if not (w == ":" and 0 < i < len(ws) - 1 and ws[i - 1].isdigit() and ws[i + 1].isdigit())
    ]


CLAUSE_ENDS = frozenset({",", ";", "and"})
# how many words before a change's first figure its direction word may stand (no comma between),
# and its factor word ("doubled")
DIRECTION_REACH = 16
FACTOR_REACH = 10


def _clause(ws: list[str], ends: frozenset[str] = CLAUSE_ENDS) -> list[str]:
    """The words up to the end of their clause (a comma, a semicolon or "and"; or one of `ends`)."""
    return list(itertools.takewhile(lambda x: x not in ends, ws))


def _starts(ws: list[str], phrase: tuple[str, ...]) -> bool:
    return tuple(ws[: len(phrase)]) == phrase


def _and_joins_before(ws: list[str], nouns: set[str] | frozenset[str]) -> list[str]:
    """ws without an "and" that joins two words standing right before one of nouns ("in false and
    fraudulent claims", "in wheelchair and supply claims"): such an "and" ends no clause."""
    return [x for i, x in enumerate(ws) if not (x == "and" and i + 2 < len(ws) and ws[i + 2] in nouns)]


def _a_year_in(ws: list[str]) -> bool:
    """Does a four-digit year stand among ws ("awarded $2 billion since 2010")?"""
    return any(_a_year(x) for x in ws)


def _a_year(word: str) -> bool:
    """Is the word a year of our era ('2011')?"""
    return word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100


def _separator(g: list[str]) -> int | None:
    """Where a change stated after a figure begins: its last comma ("$18.2 billion, a decline
    of"), else "in" and an article ("$18.2 billion in a decline of")."""
    if "," in g:
        return len(g) - 1 - g[::-1].index(",")
    for i in range(len(g) - 2, -1, -1):
        if g[i] == "in" and g[i + 1] in {"a", "an"}:
            return i
    return None


def _dashes(ws: list[str]) -> list[str]:
    """The words with each dash ("--", "–", "—") as one "—"."""
    out: list[str] = []
    for w in ws:
        if w in {"-", "–", "—"}:
            if out[-1:] == ["—"] and w == "-":
                continue
            w = "—"
        out.append(w)
    return out


def _without_asides(ws: list[str]) -> list[str]:
    """The words without each aside set off by a pair of dashes ('42% of nurses - each with
    three years on the wards - said ...'); a lone dash is kept."""
    ws = _dashes(ws)
    out: list[str] = []
    while "—" in ws:
        i = ws.index("—")
        if "—" not in ws[i + 1 :]:
            break
        out += ws[:i]
        ws = ws[ws.index("—", i + 1) + 1 :]
    return out + ws
