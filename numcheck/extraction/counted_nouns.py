"""The counted noun: what a figure counts ("145 drones", "the 12 jurors", "3 million people"),
read after the figure past its modifiers, hyphened words and names; also a noun named after the
next figure of a list ("5 and 6 children"), a ratio's noun and a rate per population.
"""

from __future__ import annotations

import math
import re

from numcheck.extraction.around import (
    MORE_WORDS,
    ONE_INCREMENTS,
    _lower_word_at,
    _sentence_start,
    _title_case,
)
from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.money import _respectively_after
from numcheck.extraction.numbers import HYPHENS, Number, read_number
from numcheck.extraction.plurals import IRREGULAR, singular_noun
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Token, Tokenized
from numcheck.extraction.unit_after import _read_unit
from numcheck.extraction.units import match_unit_after
from numcheck.extraction.words import MONTHS, NOT_NOUNS, STOP_AFTER


def _scale_before_noun(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """Does a unit or a counted noun start at token j, so that the scale letter before it is a
    scale ("2.5m tonnes", "40m subscribers", "7 B users") and not a unit ("40m long")?"""
    toks = tk.tokens
    if j >= len(toks) or toks[j].kind != "word" or tk.glued(j) or toks[j].sentence != toks[j - 1].sentence:
        return False
    m = match_unit_after(tk, j, kb.units, False)
    if m is not None:
        return m.unit.entity not in {"length", "time"} or toks[m.last].lower.endswith("s")
    if j > 1 and toks[j - 2].kind == "num" and j > 2 and toks[j - 3].lower in {"the", "a", "an"}:
        return False  # "the 400m hurdles", "a 100m sprint": an event named by its distance
    probe = Raw(0, 0, None, None, None)
    _find_noun(tk, j, probe, kb)
    return probe.noun_span is not None and probe.noun_span[1] == j


def _scale_of(num: Number) -> float:
    if num.unit_place <= 0:
        return 1.0
    p = 10 ** math.floor(math.log10(num.unit_place))
    for s in (1e12, 1e9, 1e6, 1e3):
        if p >= s / 100 and num.value >= s:
            return s
    return 1.0


def _in_a_run_of_capitals(tk: Tokenized, j: int, m: int) -> bool:
    """Is token m part of a run of capitalised words that opens at j: a capitalised word, the full
    stop of an abbreviation's capital letter ("12 U.S. Marshals Offices"), or an increment opening
    the run ("two other Presidents", "three more Senators")?"""
    toks = tk.tokens
    t = toks[m]
    if t.kind == "word" and t.text[:1].isupper():
        return True
    if _in_a_hyphened_modifier(tk, m):
        return True  # "2,140 U.S.-related Accounts", "1,640 foreign-owned Accounts were closed"
    if t.text == "." and m > j and tk.glued(m) and len(toks[m - 1].text) == 1:
        return tk.tokens[m - 1].text.isupper()
    return m == j and t.lower in ONE_INCREMENTS


def _a_plain_modifier(tk: Tokenized, m: int, kb: Knowledge) -> bool:
    """Is token m a lower-case word that can modify a noun in a list ("state", "tribal"): no
    function word, verb, adverb in -ly, month, unit or word that is never counted?"""
    t = tk.tokens[m]
    low = t.lower
    return (
        t.kind == "word"
        and t.text.isalpha()
        and t.text.islower()
        and low not in STOP_AFTER
        and low not in kb.common_verbs
        and low not in kb.not_counted
        and low not in kb.numbers.units
        and low not in MONTHS
        and not low.endswith(("ly", "s"))
    )


def _modifier_list_goes_on(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """Is the comma at k inside a list of modifiers before a noun ("9,000 state, local and tribal
    agencies", "120 federal, state, and local officers")? A plain modifier stands before it, and
    plain modifiers and commas after it reach "and" or "or" and another plain modifier or noun."""
    toks = tk.tokens
    n = len(toks)
    if not _a_plain_modifier(tk, k - 1, kb) or tk.tokens[k - 1].lower in kb.phrase_closers:
        return False  # "killed 12 yesterday, police and fire officials said"
    m = k + 1
    while m < n and m - k <= 6 and toks[m].sentence == toks[k].sentence:
        t = toks[m]
        if t.lower in {"and", "or"}:
            serial = k >= 2 and toks[k - 2].text == ","  # "federal, state, and local"
            return (m > k + 1 or serial) and m + 1 < n and _a_plain_modifier(tk, m + 1, kb)
        if t.text != "," and not _a_plain_modifier(tk, m, kb):
            return False
        m += 1
    return False


def _short_year(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """Is the figure a year cut to two digits after an apostrophe glued to it, the apostrophe after
    a word of `short_year_after` or glued to a period's label ("Q1'22", "FY'23"; rules/nouns.yaml)?"""
    toks = tk.tokens
    i = num.first
    t = toks[i]
    if num.last != i or len(t.text) != 2 or not t.text.isdigit() or i < 2:
        return False
    if toks[i - 1].text not in {"'", "’"} or not tk.glued(i):
        return False
    if i + 1 < len(toks) and tk.glued(i + 1) and toks[i + 1].kind in {"word", "num"}:
        return False  # "the '90s": a decade
    before = toks[i - 2]
    nouns = kb.pack.nouns
    if not tk.glued(i - 1) and before.text.islower() and before.lower in nouns.short_year_after:
        # "in '69, so", "the class of '85 with honors"; not "after '20 years of ...'", a quotation
        after = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sentence == t.sentence else None
        return after is None or after.kind == "sym" or after.lower in STOP_AFTER
    labels = nouns.period_labels
    if before.kind == "word":  # "FY'23", "1Q'21", "Q3 '21" (the label spaced from the year)
        return before.lower in labels and (before.text.isupper() or before.lower == "fy")
    # "Q1'22": a quarter's number glued to its letter
    return i >= 3 and before.kind == "num" and tk.glued(i - 2) and toks[i - 3].lower in labels


def _in_a_hyphened_modifier(tk: Tokenized, m: int) -> bool:
    """Is token m a hyphen glued on both sides, or a word of letters glued to such a hyphen, inside
    a hyphenated modifier ("U.S.-related", "foreign-owned")?"""
    toks = tk.tokens
    t = toks[m]
    if t.text in {"-", "‐"}:
        return 0 < m < len(toks) - 1 and tk.glued(m) and tk.glued(m + 1) and toks[m + 1].text.isalpha()
    if not t.text.isalpha():
        return False
    before = m > 0 and toks[m - 1].text in {"-", "‐"} and tk.glued(m) and tk.glued(m - 1)
    after = m + 2 < len(toks) and toks[m + 1].text in {"-", "‐"} and tk.glued(m + 1) and tk.glued(m + 2)
    return before or after


def _capitalised_plural_ends(tk: Tokenized, j: int, k: int, kb: Knowledge) -> bool:
    """Is the capitalised plural at k the last word of a run of capitalised words that starts right
    after the figure (at j), with a function word, a verb or punctuation after it ("put on two Winter
    Olympics,", "took home three Grammys at the show", "12 Republicans voted")? Then it names what is
    counted; not before a lower-case noun ("five Star Wars films" counts films), another capital, or
    "and" and a capital that is no plural ("Harbour and Coast Patrol officers")."""
    toks = tk.tokens
    if any(not _in_a_run_of_capitals(tk, j, m) for m in range(j, k)):
        return False
    if toks[k - 1].text in {"-", "‐"} and tk.glued(k):
        return False  # "eight of the non-Natives": the plural is the end of a hyphened word
    figure = toks[j - 1]
    if tk.glued(j) or "." in figure.text or ":" in figure.text:
        return False  # "4X Labs"; "21.45 Ministers have met": a time in a live blog
    if figure.kind == "word" and figure.text[:1].isupper() and not _sentence_start(tk, j - 1):
        if not _title_case(tk, j - 1):
            return False  # "when Fifty Ravens took the stage", "the Seven Wonders": a name
    if k + 1 >= len(toks) or toks[k + 1].sentence != toks[k].sentence:
        return True
    nxt = toks[k + 1]
    if nxt.kind != "word":
        return nxt.text in {",", ".", ";", ":", ")", "!", "?"}
    low = nxt.lower
    if low in {"and", "or"} and k + 2 < len(toks) and toks[k + 2].text[:1].isupper():
        # "3,000 more Harbour and Coast Patrol officers": a name goes on ("40,000 Sailors and
        # Marines" counts two plurals)
        return toks[k + 2].lower.endswith("s")
    return nxt.text.islower() and (
        low in STOP_AFTER or low in kb.common_verbs or (low.endswith("ed") and len(low) > 4)
    )


def _title_plural_after(tk: Tokenized, k: int) -> bool:
    """In a Title Case headline, is the word after k a capitalised plural ("Two Texas Men Plead",
    "Two Texas State Agencies"), so that the word at k, ending in s, is a place's name before the
    noun? (Not two words on: "Two Banks Reach Resolutions", "7 Morning Rituals From Cities".)"""
    toks = tk.tokens
    for m in (k + 1,):
        if m >= len(toks) or toks[m].sentence != toks[k].sentence or tk.glued(m):
            return False
        nxt = toks[m]
        if nxt.kind != "word" or not nxt.text.istitle() or not nxt.text.isalpha():
            return False
        low = nxt.lower
        if (low.endswith("s") and not low.endswith(("ss", "us"))) or low.endswith("men"):
            return True
    return False


def _title_place_of_two_words(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """In a Title Case headline, is the word at k, ending in s, the first word of a place named by it
    and a word of rules/nouns.yaml place_second_words ("Kansas City", "Harris County"), before a
    capitalised noun ("Two Kansas City Officers Charged", "One Harris County Deputy Fired")? Then it
    is no plural counted. ("Two Banks Reach Resolutions": no such word after the plural.)"""
    toks = tk.tokens
    if k + 2 >= len(toks) or tk.glued(k) or tk.glued(k + 1) or tk.glued(k + 2):
        return False
    run = toks[k + 1 : k + 3]
    if any(t.sentence != toks[k].sentence or t.kind != "word" or not t.text.istitle() for t in run):
        return False
    return run[0].lower in kb.place_second_words and run[1].text.isalpha()


def _place_and_state_end(tk: Tokenized, j: int, k: int) -> int | None:
    """After a figure (ending before j), is the comma at k the one after a town whose state follows
    between commas ("two Dayton, Ohio, business owners")? The token after the second comma, if so."""
    toks = tk.tokens
    n = len(toks)
    if toks[k].text != "," or k == j or k - j > 3:
        return None
    if not all(toks[m].kind == "word" and toks[m].text[:1].isupper() for m in range(j, k)):
        return None
    m = k + 1
    while m < n and m - k <= 3 and toks[m].kind == "word" and toks[m].text[:1].isupper():
        m += 1
    if m == k + 1 or m + 1 >= n or toks[m].text != "," or toks[m].sentence != toks[k].sentence:
        return None
    nxt = toks[m + 1]
    verb = any(toks[x].lower.endswith(("ed", "ing")) for x in range(j, m))  # "4 Arrested, Including Teen,"
    if nxt.kind == "word" and nxt.text.istitle() and not verb and _title_case(tk, m + 1):
        return m + 1  # "Three Dayton, Ohio, Residents Charged": a Title Case headline
    return m + 1 if nxt.kind == "word" and nxt.text.islower() else None


def _aside_end(tk: Tokenized, k: int) -> int | None:
    """The token after an aside in brackets at k, right after a figure: two or three words or
    figures, the bracket closed in the sentence and a lower-case word after it ("seven (now six)
    countries", "12 (up from nine) stores"). None for anything else."""
    toks = tk.tokens
    n = len(toks)
    if toks[k].text != "(":
        return None
    for close in (k + 3, k + 4):
        if close + 1 >= n or toks[close].text != ")" or toks[close + 1].sentence != toks[k].sentence:
            continue
        inside = toks[k + 1 : close]
        nxt = toks[close + 1]
        if all(t.kind in {"word", "num"} for t in inside) and nxt.kind == "word" and nxt.text.islower():
            return close + 1
    return None


QUOTE_MARKS = frozenset({'"', "“", "”"})


def _quoted_modifier_end(tk: Tokenized, k: int) -> bool:
    """Is the quotation mark at k one around a single word before the counted noun: an opening mark
    glued to the word after it, or a closing one glued to the word before it with a lower-case word
    after it ('four "official" wars', 'three “smart” meters')?"""
    toks = tk.tokens
    n = len(toks)
    t = toks[k]
    if t.text not in QUOTE_MARKS or k + 1 >= n or toks[k + 1].sentence != t.sentence:
        return False
    nxt, prev = toks[k + 1], toks[k - 1]
    if t.text in QUOTE_OPENERS and tk.glued(k + 1) and not tk.glued(k) and nxt.kind == "word":
        return k + 2 < n and toks[k + 2].text in QUOTE_MARKS and tk.glued(k + 2)  # one word quoted
    return (
        t.text != "“"
        and tk.glued(k)
        and not tk.glued(k + 1)
        and prev.kind == "word"
        and k >= 2
        and toks[k - 2].text in QUOTE_MARKS
        and nxt.kind == "word"
        and nxt.text.islower()
    )


def _model_number_in_noun(tk: Tokenized, j: int, k: int, model: bool) -> bool:
    """Is the figure at k, after a count's figure ending at j - 1, a model's number before the count's
    noun: right after the count and before the model's capitalised name ('12 737 MAX jets'), or, once
    such a number is passed, a variant after that name ('737 MAX 8 jets')?"""
    toks = tk.tokens
    t = toks[k]
    if not t.text.isdigit() or tk.glued(k) or k + 1 >= len(toks) or tk.glued(k + 1):
        return False
    nxt = toks[k + 1]
    if nxt.kind != "word" or nxt.sentence != t.sentence:
        return False
    if k == j:
        return len(t.text) in {3, 4} and nxt.text[:1].isupper()
    return model and len(t.text) <= 2 and toks[k - 1].kind == "word" and toks[k - 1].text[:1].isupper()


def _find_noun(tk: Tokenized, j: int, raw: Raw, kb: Knowledge) -> None:
    """The counted noun after a bare figure: skips up to four modifiers ("North Korean", "major")."""
    toks = tk.tokens
    n = len(toks)
    k = j
    skipped = 0
    model = False
    fallback: tuple[int, int] | None = None
    while k < n and skipped <= 4:
        t = toks[k]
        if k > 0 and t.sentence != toks[k - 1].sentence:
            break
        if t.kind == "sym":
            if (
                t.text in {"-", "‐"}
                and k > j
                and tk.glued(k)
                and k + 1 < n
                and tk.glued(k + 1)
                and toks[k + 1].kind == "num"
                and toks[k - 1].kind == "word"
                and toks[k - 1].text.isupper()
                and not (k + 2 < n and tk.glued(k + 2))
            ):
                k += 2  # "two MS-13 members", "three F-16 jets": a name with a number in it
                continue
            if t.text in {"-", "‐"} and tk.glued(k) and k + 1 < n and tk.glued(k + 1):
                k += 1
                continue
            if t.text == "." and tk.glued(k) and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper():
                k += 1  # "U.S.", "U.N.": an abbreviation inside the noun phrase
                continue
            if fallback is None and k > j and _capitalised_owner_before(tk, k):
                k += 1  # "93 U.S. Marshals' offices": a capitalised owner, then the noun counted
                continue
            quoted = k + 1 < n and tk.glued(k + 1) and toks[k + 1].kind == "word"
            if t.text in QUOTE_OPENERS and k == j and quoted:
                k += 1  # '200 "victims of hacking"': a quotation opens before the noun
                continue
            if k > j and _quoted_modifier_end(tk, k):
                k += 1  # 'four "official" wars', '78 alleged "terror" attacks': a quoted modifier
                continue
            if (
                t.text == "("
                and k + 2 < n
                and toks[k + 1].kind == "word"
                and toks[k + 2].text == ")"
                and not kb.numbers.is_number_word(toks[k + 1].lower)
            ):
                k += 3  # "42 (housing) units": a word in brackets before the noun
                skipped += 1
                continue
            aside = _aside_end(tk, k) if k == j else None
            if aside is not None:
                raw.features["aside"] = k  # its figures are read too ("six")
                k = aside  # "seven (now six) coastal countries": an aside in brackets
                skipped += 1
                continue
            after_place = _place_and_state_end(tk, j, k)
            if after_place is not None:
                k = after_place  # "two Dayton, Ohio, business owners": a town and its state
                skipped += 1
                continue
            if t.text == "," and k > j and fallback is None and _modifier_list_goes_on(tk, k, kb):
                k += 1  # "40 federal, state and local officers": a list of modifiers is one modifier
                skipped = max(1, skipped - 1)
                continue
            break
        if t.kind == "num" and _model_number_in_noun(tk, j, k, model):
            model = True  # "12 737 MAX 8 jets": a model's number and its variant, the jets counted
            k += 1
            continue
        if t.kind != "word":
            break
        if k == j and t.text in {"x", "X"} and tk.glued(k) and toks[k - 1].kind == "num":
            if not (k + 1 < n and tk.glued(k + 1) and toks[k + 1].kind in {"num", "word"}):
                break  # "trades at 15x forward earnings", "3.0x": a multiple glued to "x" counts nothing
        letter = len(t.text) == 1 and t.text.isupper()
        if letter and k + 1 < n and toks[k + 1].text == "." and tk.glued(k + 1):
            k += 1  # a letter of an abbreviation: not a modifier of its own
            continue
        for size in range(min(kb.noun_max, n - k), 0, -1):
            phrase = tuple([t.lower for t in toks[k : k + size]])
            cls = kb.noun_words.get(phrase)
            if cls is not None and cls in kb.adjective_nouns:
                after = toks[k + size] if k + size < n else None
                if after is not None and after.kind == "word" and after.text.islower():
                    if after.lower not in {"and", "or"} and not kb.noun_words.get((after.lower,)) == cls:
                        cls = None  # "10 gold bars" counts bars; "four gold, six silver" count medals
            if cls is not None:
                raw.counts = " ".join(x.text for x in toks[k : k + size])
                raw.noun_class = cls
                raw.noun_span = (j, k + size - 1)
                raw.measurand = tk.text[toks[j].start : toks[k + size - 1].end]
                raw.kind = "count"
                return
        low = t.lower
        if low in MORE_WORDS and k == j and k + 1 < n and toks[k + 1].lower not in {"than", "of"}:
            raw.features["more"] = True  # "six more seats", "200 additional teachers": an increment
            k += 1
            continue
        if low == "such" and k == j and k + 1 < n and toks[k + 1].lower != "as":
            k += 1  # "1,031 such offences"
            continue
        if (
            low in {"and", "or"}
            and skipped
            and fallback is None
            and k + 1 < n
            and toks[k + 1].kind == "word"
            and toks[k + 1].sentence == t.sentence
            and toks[k + 1].lower not in STOP_AFTER
        ):
            k += 1  # "six Gifted and Honors classes", "three state and federal agencies"
            continue
        chain = _hyphen_chain_end(tk, k, kb) if low in STOP_AFTER and t.text.islower() else None
        if chain is not None and (low not in CHAIN_NOT_FIRST or (k > j and toks[k - 1].text in {"-", "‐"})):
            k = chain + 1  # "5 million all-electric cars", "12 out-of-state firms": a hyphenated modifier
            skipped += 1
            continue
        if low in STOP_AFTER or low in kb.not_counted or low in kb.numbers.units or low in MONTHS:
            break
        if (low,) in kb.cue_verbs and not low.endswith(("s", "ed")):
            break  # "one MP told reporters"; not "5,000 recorded deaths", "three reports"
        if (
            fallback is None
            and low == "strong"
            # "a 5,000-strong force", and "a 2,000 strong force" with its hyphen left out
            and ((k == j + 1 and toks[j].text in {"-", "‐"} and tk.glued(j) and tk.glued(k)) or k == j)
            and k + 1 < n
            and toks[k + 1].text.isalpha()
            and toks[k + 1].text.islower()
            and toks[k + 1].sentence == t.sentence
            and toks[k + 1].lower not in STOP_AFTER
            and not toks[k + 1].lower.endswith(ADJECTIVE_ENDINGS)  # "200 strong newly hired"
        ):
            head = k + 1  # "a 5,000-strong force": a force of 5,000, counted by its noun
            w2 = toks[k + 2] if k + 2 < n else None
            if (
                w2 is not None
                and w2.text.isalpha()
                and w2.text.islower()
                and w2.sentence == t.sentence
                and w2.lower not in STOP_AFTER
                and w2.lower not in kb.common_verbs
                and not w2.lower.endswith(("ed", "ing", "ly"))
                and not toks[k + 1].lower.endswith("s")
            ):
                head = k + 2  # "the 23,000-strong security forces", "the 90,000-strong city police"
            fallback = (head, head)
            break
        if (
            k == j + 1
            and fallback is None
            and toks[j].text in {"-", "‐"}
            and tk.glued(j)
            and tk.glued(k)
            and t.text.isalpha()
            and (t.text.islower() or (t.text.istitle() and raw.value is not None and _title_case(tk, k)))
            and low not in kb.not_hyphen_nouns
            and not low.endswith(ADJECTIVE_ENDINGS)
            and not (low.endswith("ed") and len(low) > 4 and not low.endswith("eed"))  # "a thousand-claimed"
            and match_unit_after(tk, k, kb.units, True) is None
        ):
            fallback = (k, k)  # "a 5,000-bed hospital", "a 12-member panel": the noun is singular
            break
        if (
            (
                fallback is None
                and low.endswith("s")
                and (len(low) > 3 or (len(t.text) == 3 and t.text[:2].isupper()))  # "two Labour MPs"
                and low not in NOT_NOUNS
                and (
                    not t.text[:1].isupper()
                    or low.endswith(("ans", "ese", "is"))  # "Americans", "Israelis", "Iraqis"
                    or low in kb.capitalised_plurals
                    # "1,500 ATMs"; not "IRS", "NHS", "GPS": an acronym that ends in a capital S
                    or (len(t.text) > 2 and t.text[:-1].isupper() and t.text[-1] == "s")
                    or (_title_case(tk, k) and not _title_plural_after(tk, k))
                    or _capitalised_plural_ends(tk, j, k, kb)
                )
                # "Two Kansas City Officers", "Three Harris County Deputies": a place's first word
                and not (t.text[:1].isupper() and _title_case(tk, k) and _title_place_of_two_words(tk, k, kb))
                # "bureaus", "four clinics" (rules/nouns.yaml ics_plurals), not "politics"
                and (
                    not low.endswith(("ss", "us", "ous", "ics"))
                    or low.endswith(("eaus", "mpics"))
                    or low in kb.ics_plurals
                )
            )
            or (
                fallback is None
                and low.endswith("men")
                and not low.endswith(("imen", "omen"))
                and (len(low) > 5 or low == "men")
                and (
                    t.text.islower() or (t.text.istitle() and _title_case(tk, k))
                )  # "Two Ohio Fishermen Plead"
            )
            or (
                fallback is None
                and (low.endswith("ese") or (low in kb.capitalised_plurals and not low.endswith("s")))
                and t.text[:1].isupper()
                and _noun_use(tk, k, kb)
            )
            or (
                fallback is None
                and low in kb.plurals_without_s
                and t.text.islower()
                and _plural_ends(tk, k, kb)
            )
        ):  # "85,000 Americans", "21 Defendants Charged" (a headline), "two policemen", "40 million
            # Chinese", "10,000 alumni are"
            fallback = (k, k)
            if skipped == 0:
                break
        if not (k > j and toks[k - 1].text in {"-", "‐"} and tk.glued(k - 1) and tk.glued(k)):
            skipped += 1  # a hyphenated modifier is one ("three Tampa-area home care firms")
        k += 1
    if fallback is not None:
        a, _ = fallback
        word = toks[a].text
        if word.lower() in kb.not_counted:
            return
        raw.counts = word
        raw.noun_class = word.lower()
        raw.noun_span = (j, a)
        raw.measurand = tk.text[toks[j].start : toks[a].end]
        raw.kind = "count"


def _capitalised_owner_before(tk: Tokenized, k: int) -> bool:
    """Is token k an apostrophe glued to a capitalised word in -s before it and spaced from a
    lower-case word after it that carries the noun phrase on ("93 U.S. Marshals' offices", "12 Girl
    Scouts' troops")? The owner is a modifier of the noun after it."""
    toks = tk.tokens
    if toks[k].text not in {"'", "’"} or not tk.glued(k) or k + 1 >= len(toks) or tk.glued(k + 1):
        return False
    owner = toks[k - 1]
    if owner.kind != "word" or not owner.text[:1].isupper() or not owner.lower.endswith("s"):
        return False
    return toks[k + 1].sentence == toks[k].sentence and _lower_word_at(tk, k + 1)


CHAIN_NOT_FIRST = frozenset({"and", "or", "but", "to"})  # "under 30 and-unemployment": a lost space


def _hyphen_chain_end(tk: Tokenized, k: int, kb: Knowledge) -> int | None:
    """The last word of a chain of words joined by hyphens that starts at k ("all-electric",
    "out-of-state"), or None when no hyphen follows k or a figure is in the chain ("two-to-four")."""
    toks = tk.tokens
    n = len(toks)
    end = None
    while k + 2 < n and toks[k + 1].text in {"-", "‐"} and tk.glued(k + 1) and tk.glued(k + 2):
        if toks[k + 2].kind != "word" or kb.numbers.is_number_word(toks[k + 2].lower):
            return None
        k += 2
        end = k
    return end


def _plural_ends(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """Does the plural without an s at k end its noun phrase ('two grandchildren, and', '300 sheep
    died', '10,000 alumni are'), rather than qualify a noun after it ('300 fish farms')?"""
    toks = tk.tokens
    if k + 1 >= len(toks) or toks[k + 1].sentence != toks[k].sentence or toks[k + 1].kind != "word":
        return True
    nxt = toks[k + 1].lower
    return (
        nxt in STOP_AFTER
        or nxt in CLAUSE_WORDS
        or nxt in kb.common_verbs
        or (nxt,) in kb.cue_verbs
        or (nxt.endswith("ed") and len(nxt) > 3)
    )


def _noun_use(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """Is the demonym at k a noun ('40 million Chinese worked'), not an adjective before one ('55
    million Chinese and foreign professionals', '20 Japanese tourists')? Nothing but a verb or a
    break follows a noun, nor "and" before another figure or a verb ('eight Chinese and three Japanese',
    '21 Taliban and wounded nine')."""
    toks = tk.tokens
    n = len(toks)
    if k + 1 >= n or toks[k + 1].sentence != toks[k].sentence or toks[k + 1].kind != "word":
        return True
    nxt = toks[k + 1].lower
    if nxt in {"and", "or"} and k + 2 < n and toks[k + 2].sentence == toks[k].sentence:
        after = toks[k + 2]
        return (
            after.kind == "num"
            or kb.numbers.is_number_word(after.lower)
            or (after.lower.endswith("ed") and len(after.lower) > 4 and after.text.islower())
        )
    return nxt.endswith("ed") or (nxt,) in kb.cue_verbs or nxt in STOP_AFTER


def _ratio_scale_at(tk: Tokenized, j: int, value: float, kb: Knowledge) -> Number | None:
    """The scale of a ratio at token j ('out of 10', 'in 10', 'in four') after a figure `value`
    smaller than it: a whole number with no unit after it."""
    toks = tk.tokens
    n = len(toks)
    out_of = j + 1 < n and toks[j].lower == "out" and toks[j + 1].lower == "of"
    if out_of:
        j += 2
    elif not (j < n and toks[j].lower == "in"):
        return None
    else:
        j += 1
        if j < n and toks[j].lower == "every":
            out_of = True  # "1 in every 25,000 homes": any scale
            j += 1
    if j >= n or toks[j].sentence != toks[j - 1].sentence or toks[j].kind not in {"num", "word"}:
        return None
    m = read_number(tk, j, kb.numbers)
    if m is None or m.value is None or m.value <= value or m.value != int(m.value) or m.sign is not None:
        return None
    if not (m.value in (10, 100, 1000) or (m.words and m.value <= 10) or out_of):
        return None  # "out of" names its scale whatever it is ("17 out of 18 districts")
    if m.last + 1 < n and match_unit_after(tk, m.last + 1, kb.units, tk.glued(m.last + 1)) is not None:
        return None  # "5 in 10 days"
    return m


def _ratio_noun(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'8 in 10 enrollees', 'seven out of ten voters': the figure counts the plural noun after the
    scale of its ratio, a part of them (as 'one of eight men'); the scale is no claim of its own."""
    toks = tk.tokens
    if raw.value is None:
        return
    scale = _ratio_scale_at(tk, raw.last + 1, raw.value, kb)
    if scale is None or scale.last + 1 >= len(toks) or tk.glued(scale.last + 1):
        return
    if raw.first > 0 and toks[raw.first - 1].lower in kb.rank_before:
        return  # "ranks 77 out of 140 states": a place, no count
    start = _past_of_the(tk, scale.last + 1)  # "9 out of 11 of the county's wards"
    probe = Raw(0, 0, None, None, None)
    _find_noun(tk, start, probe, kb)
    if probe.noun_span is None or probe.noun_span[0] != start or not probe.counts:
        return
    noun = toks[probe.noun_span[1]].lower
    if not (noun.endswith("s") or noun in IRREGULAR or probe.noun_class in kb.people_kinds):
        return
    raw.counts, raw.noun_class = probe.counts, probe.noun_class
    raw.kind = "count"
    raw.features["of_noun"] = True
    raw.features["part"] = True  # a part of the whole named after it: no pair (features.py)


def _past_of_the(tk: Tokenized, j: int) -> int:
    """The token after "of the" and a possessive at j ("of the city's", "of its"), or j itself."""
    toks = tk.tokens
    n = len(toks)
    if not (j + 2 < n and toks[j].lower == "of" and toks[j + 1].lower in OF_DETERMINERS):
        return j
    k = j + 2
    if toks[k].sentence == toks[j].sentence and toks[k].lower.endswith(("'s", "’s")) and k + 1 < n:
        k += 1
    return k if toks[k].sentence == toks[j].sentence else j


def _noun_after_next_figure(tk: Tokenized, raw: Raw, num: Number, kb: Knowledge) -> None:
    """A figure with no noun of its own counts the noun (or takes the unit) of the figure after it
    in a list: '914 and 630 closings', '1.8 million and 3.2 million tons'."""
    toks = tk.tokens
    n = len(toks)
    j = raw.last + 1
    if j + 1 >= n or raw.value is None:
        return
    suspended = toks[j].text in HYPHENS and tk.glued(j) and toks[j + 1].lower in {"and", "or"}
    if num.words and suspended:
        return  # a number in words shares only a term's unit ("six and 12 months, respectively")
    nxt, joiners = _last_figure_of_list(tk, j + 1 if suspended else j, kb)
    if nxt is None:
        return  # not a ratio: "four in five trusts" is a share of them, no count to compare
    if nxt.last + 1 >= n or toks[nxt.last + 1].sentence != toks[j].sentence:
        return
    if nxt.scaled and not num.scaled:
        return  # "30 or 40 million years": the scale is shared too, not read here
    probe = Raw(0, 0, None, None, None)
    k = nxt.last + 1
    if suspended:
        if not (k + 1 < n and toks[k].text in HYPHENS and tk.glued(k) and tk.glued(k + 1)):
            return
        _read_unit(tk, k + 1, probe, kb)  # "the 40- and 25-year terms": the hyphen's unit is shared
        if probe.unit is not None and probe.unit.pint:
            raw.kind, raw.unit = "quantity", probe.unit
        return
    if not tk.glued(k):
        _read_unit(tk, k, probe, kb)
        # a unit of time only after "or" or a list with commas ("3 or 4 hours", "2, 5 and 8 days"),
        # or for terms set side by side ("sentenced to 30 and 21 months"), not "was 12 and two years later"
        inside = num.first > 1 and toks[num.first - 1].text == "," and toks[num.first - 2].kind == "num"
        alternatives = "or" in joiners or "," in joiners or inside or _terms_side_by_side(tk, num, probe, kb)
        if num.words:
            terms = probe.unit is not None and probe.unit.entity == "time" and joiners == ["and"]
            if terms and probe.unit.pint and _terms_side_by_side(tk, num, probe, kb):
                raw.kind, raw.unit = "quantity", probe.unit  # "sentenced to six and 12 months"
            return
        if probe.unit is not None and probe.unit.pint and (probe.unit.entity != "time" or alternatives):
            raw.kind, raw.unit = "quantity", probe.unit  # "1.8 million and 3.2 million tons"
            return
    if num.words:
        return
    _find_noun(tk, nxt.last + 1, probe, kb)
    if probe.noun_span is None or probe.noun_span[0] != nxt.last + 1 or not probe.counts:
        return
    if not (probe.counts.lower().endswith("s") or probe.counts.lower() in IRREGULAR):
        return
    raw.counts, raw.noun_class, raw.kind = probe.counts, probe.noun_class, "count"


def _terms_side_by_side(tk: Tokenized, num: Number, probe: Raw, kb: Knowledge) -> bool:
    """Do two figures joined by "and" share the unit of time after the second as two terms set side
    by side ("sentenced to 30 and 21 months in prison", "terms of 5 and 3 years, respectively")?
    Only after "to", "of" or "for", or with "respectively" after the unit; never when the unit
    opens a time of its own ("rose to 12 and two years later fell")."""
    toks = tk.tokens
    n = len(toks)
    end = probe.last
    if probe.unit is None or end + 1 >= n:
        return False
    if toks[end + 1].lower in kb.pack.nouns.time_after_words:
        return False  # "two years later", "three days after": a time of its own
    if num.first > 0 and toks[num.first - 1].lower in {"to", "of", "for"}:
        return True
    k = end + 1
    while k < n and k <= end + 6 and toks[k].sentence == toks[end].sentence:
        if _respectively_after(tk, k):
            return True
        k += 1
    return False


def _last_figure_of_list(tk: Tokenized, j: int, kb: Knowledge) -> tuple[Number | None, list[str]]:
    """From the joiner at token j after a figure: the last figure of its list ("and 630", ", 5 and
    8", ", 17 or 18") and the joiners passed (",", "and", "or"); None when no figure follows a joiner."""
    toks = tk.tokens
    n = len(toks)
    joiners: list[str] = []
    last: Number | None = None
    if j + 1 < n and toks[j].text == "," and toks[j + 1].lower in {"and", "or"}:
        j += 1  # "2, 5, and 8 days": a serial comma
    while j + 1 < n and toks[j].lower in {"and", "or", ","} and toks[j + 1].kind == "num":
        if toks[j + 1].sentence != toks[j].sentence:
            break
        nxt = read_number(tk, j + 1, kb.numbers)
        if nxt is None or nxt.words:
            break
        joiners.append(toks[j].lower)
        last = nxt
        if toks[j].lower != ",":
            break  # "and"/"or" closes the list
        j = nxt.last + 1
        if j + 1 < n and toks[j].text == "," and toks[j + 1].lower in {"and", "or"}:
            j += 1  # "2, 5, and 8 days": a serial comma
    if last is None or (joiners and joiners[-1] == ","):
        return None, joiners  # a list of figures by commas alone is no list of one unit
    return last, joiners


def _per_population(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'201 per 100,000 people', '12 deaths per 1 million residents': a rate per so many of a
    counted noun; with no noun of its own the figure counts the same noun ('201' people)."""
    toks = tk.tokens
    n = len(toks)
    j = (raw.noun_span[1] if raw.noun_span else raw.last) + 1
    if j + 2 >= n or toks[j].lower not in {"per", "every"} or toks[j + 1].sentence != toks[j].sentence:
        return
    num = read_number(tk, j + 1, kb.numbers)
    if num is None or num.value is None or num.value < 10 or num.last + 1 >= n:
        return
    probe = Raw(0, 0, None, None, None)
    _find_noun(tk, num.last + 1, probe, kb)
    if probe.noun_span is None or probe.noun_span[0] != num.last + 1:
        return
    per = f"{num.value:,.0f}" if num.value == int(num.value) else f"{num.value:,}"
    raw.features["per"] = f"{per} {singular_noun(probe.counts or '')}"
    raw.features["base_last"] = num.last  # the base is part of the rate, no figure of its own
    if raw.counts is None:
        raw.counts, raw.noun_class, raw.kind = probe.counts, probe.noun_class, "count"


OF_DETERMINERS = frozenset("the its their his her our your my other".split())


LOST_APOSTROPHE = re.compile(r"[a-z]*(?:[b-df-hj-np-tv-z]ys|xs|shs)")


def _lost_apostrophe(t: Token) -> bool:
    """Is the lower-case word at t a possessive that lost its apostrophe, in a shape no English plural
    has: a consonant and "ys" ("the citys", "the companys"), "xs" or "shs" ("the complexs")?"""
    return t.kind == "word" and t.text.islower() and LOST_APOSTROPHE.fullmatch(t.text) is not None


QUOTE_OPENERS = frozenset({'"', "“"})
ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "less", "able", "ible", "ly", "ish")


CLAUSE_WORDS = frozenset(
    """because until unless if when where whose yet too alone instead due ago away apart ahead together
    again today tonight yesterday now here further farther rather why how via alive behind without
    within against despite amid amidst throughout toward towards beyond unlike inside outside""".split()
)  # "via" too: a preposition no noun compound runs through ("one story via the web"; "one district
