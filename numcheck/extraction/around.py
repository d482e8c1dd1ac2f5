"""The word sets and small token tests every claim reader shares: time, ordinal and percent
words, the start of a sentence, a title-cased run of words, a possessive, a percent sign.
"""

from __future__ import annotations

from numcheck.extraction.tokens import Tokenized
from numcheck.extraction.words import STOP_AFTER

TIME_SUFFIXES = {"am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "edt", "est", "cet", "pdt", "pst", "cest"}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
PERCENT_WORDS = {"percent", "pct", "pc"}  # "2.4pc" is British newspaper style for per cent
# "1080p" is a video resolution, not pence
VIDEO_LINES = {144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0}
# words between a figure and its counted noun that say the count is an increment: "six more seats"
MORE_WORDS = {"more", "additional", "extra", "further", "fewer", "less"}
ONE_INCREMENTS = {"more", "additional", "extra", "other"}  # "one more sortie", "one other senator"
VOTE_WORDS = {"vote", "votes", "voted", "passed", "approved", "defeated", "margin", "tally", "won", "lost"}


CENTS = frozenset({"cent", "cents"})  # the subunit words a currency before them may own


def _sentence_start(tk: Tokenized, i: int) -> bool:
    if i == 0:
        return True
    t = tk.tokens[i]
    return tk.tokens[i - 1].sentence != t.sentence or tk.tokens[i - 1].text in {"“", '"', "‘", "(", "—", ":"}


def _percent_sign_at(tk: Tokenized, j: int) -> int | None:
    """The last token of a per cent sign starting at token j ("%", "percent", "pc", "per cent")."""
    toks = tk.tokens
    if j >= len(toks):
        return None
    t = toks[j]
    if t.text in {"%", "٪", "％"} or t.lower in PERCENT_WORDS:
        return j
    if t.lower == "per" and j + 1 < len(toks) and toks[j + 1].lower == "cent":
        return j + 1
    return None


def _percent_shared_after(tk: Tokenized, j: int) -> bool:
    """'48 and 31.5 percent', '12, 15 and 20%': the next figure of a list carries the percent sign;
    so does the second share of a poll's head-to-head written with a dash ('led 52-40 percent'; a
    dash before a larger figure is a range's, read before this is asked)."""
    toks = tk.tokens
    n = len(toks)
    if (
        j + 2 < n
        and toks[j].text in {"-", "–"}
        and tk.glued(j)
        and tk.glued(j + 1)
        and toks[j + 1].kind == "num"
    ):
        return _percent_sign_at(tk, j + 2) is not None
    if j + 2 >= n or toks[j].lower not in {"and", "or", ","}:
        return False
    k = j + 1
    if toks[k].kind != "num" or toks[k].sentence != toks[j].sentence:
        return False
    while k + 2 < n and toks[k + 1].lower in {"and", "or", ","} and toks[k + 2].kind == "num":
        k += 2
    nxt = toks[k + 1] if k + 1 < n else None
    return nxt is not None and (nxt.text in {"%", "٪", "％"} or nxt.lower in PERCENT_WORDS)


def _lower_word_at(tk: Tokenized, j: int) -> bool:
    """Is token j a lower-case word that carries a noun phrase on (not a function word)?"""
    if j >= len(tk.tokens):
        return False
    t = tk.tokens[j]
    return t.text.isalpha() and t.text.islower() and t.lower not in STOP_AFTER


HEADLINE_LOWER = frozenset("a an and as at by for in of on or to with".split())


def _title_case(tk: Tokenized, k: int) -> bool:
    """Is token k in a headline written in Title Case ('21 Defendants Charged in Visa Scheme')? Its
    next word and most of the longer words around it are capitalised."""
    toks = tk.tokens
    s = toks[k].sentence
    last = k + 1 >= len(toks) or toks[k + 1].sentence != s  # "... at Two Pennsylvania Breweries"
    if not last and not (toks[k + 1].text[:1].isupper() or toks[k + 1].lower in HEADLINE_LOWER):
        return False  # "Six Experts as New Members", "Thirteen Branches in Ohio to Be Sold"
    near = toks[max(0, k - 6) : k + 7]
    words = [t for t in near if t.sentence == s and t.kind == "word" and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))
