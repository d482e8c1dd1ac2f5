"""What is not a claim: a figure that is a year, a date or a day, a clock time or a time stamp,
a phone number, a case or code number, part of a name, a model, a street address, a list marker or
a label. `_not_a_claim` answers for one figure (the end of what to skip, or None); the rest are the
tests it runs.
"""

from __future__ import annotations

import math
import re

from numcheck.extraction.ages import _alias_before
from numcheck.extraction.around import (
    HEADLINE_LOWER,
    ORDINAL_SUFFIXES,
    PERCENT_WORDS,
    TIME_SUFFIXES,
    VOTE_WORDS,
    _percent_shared_after,
    _percent_sign_at,
    _possessive,
    _sentence_start,
    _title_case,
)
from numcheck.extraction.counted_nouns import _find_noun, _ratio_scale_at, _short_year
from numcheck.extraction.hedges import _hedge_before
from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.money import _currency_code, _currency_word_at, _sum_after_lost_sign
from numcheck.extraction.numbers import HYPHENS, Number, read_number
from numcheck.extraction.partitives import ZERO_LEVEL_WORDS
from numcheck.extraction.plurals import singular_noun
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Token, Tokenized
from numcheck.extraction.units import match_unit_after
from numcheck.extraction.words import MONTHS, STOP_AFTER, WEEKDAYS

TIME_RE = re.compile(r"\s?(?:[ap]\.m\.?|[ap]m\b)", re.IGNORECASE)
# a toll-free number, in digits or with letters for digits ("1-800-FLOWERS", "1-866-DHS-2ICE"), or
# any North American number written with its country code, its last seven digits grouped or not
# ("1-312-555-0142", "1-888-5550142"): "1-312" opening it is no range
TOLL_FREE_RE = re.compile(
    r"1[-. ]\(?8\d\d\)?[-. ](?:\d{3}[-. ]\d{4}\b|(?=[A-Z\d-]*[A-Z])[A-Z\d]{2,}(?:-[A-Z\d]+)*\b)"
    r"|1[-. ]\(?[2-9]\d\d\)?[-. ](?:\d{3}[-. ]\d{4}|\d{7})(?![\d-]|[.,]\d)"
)
PHONE_RE = re.compile(r"\+?\(?\d{2,4}\)?[-. ]\d{3,4}[-. ]\d{3,4}\b")
# a run of digits and letters joined by hyphens or colons, from its first digits ("2:14-cv-377",
# "17B-4406", "12-4418"): a case number when a letter code of a docket is in it, or a court follows it
CASE_CHAIN_RE = re.compile(r"\d+[A-Za-z]{0,3}(?:[-‐–:][0-9A-Za-z]+)+")
# the court after a case number, its district abbreviated: "(D.D.C.)", "(E.D. Pa.)", "(D. Mass.)",
# after a judge's initials in brackets too ("(CDL)(M.D. Ga.)")
COURT_AFTER_RE = re.compile(r"\s?(?:\([A-Z]{2,5}\)\s?)?\((?:[A-Z]\.)?D\.\s?[A-Z]")
# after a "+" (a country's calling code): groups of one to four digits apart by a space or a dash,
# as international numbers are written ("+27 082 838 2309", "+20 10 733 49 50", "+27 - 82 - 373 5950")
INTL_PHONE_RE = re.compile(r"\d{1,4}(?:(?: ?[-.] ?| )\(?\d{1,4}\)?){2,}\b")
# a national phone number: a trunk code opening with 0 ("01", "058"), a hyphen and five to eight
# digits ("01-6664200", "058-48600"); no range opens with a padded zero
TRUNK_PHONE_RE = re.compile(r"0\d{1,4}[-‐–]\d{5,8}(?![\d-]|[.,]\d)")


def _token_after(toks: list[Token], i: int, end: int) -> int:
    """The first token from i on that starts at or after the character offset end."""
    while i < len(toks) and toks[i].start < end:
        i += 1
    return i


def _day_glued_to_month(tk: Tokenized, num: Number) -> bool:
    """Is the figure at num a day of the month glued by a hyphen to the month's name after it
    ("24-February", "3-Jan")? One or two digits, up to 31."""
    toks = tk.tokens
    i, j = num.first, num.last + 1
    t = toks[i]
    if i != num.last or not t.text.isdigit() or len(t.text) > 2 or not 1 <= int(t.text) <= 31:
        return False
    if j + 1 >= len(toks) or toks[j].text not in {"-", "‐"} or not (tk.glued(j) and tk.glued(j + 1)):
        return False
    month = toks[j + 1]
    return month.kind == "word" and month.text[:1].isupper() and month.lower.rstrip(".") in MONTHS


WEB_ADDRESS_RE = re.compile(
    r"://|^(?:www|ftp)\.|\.(?:html?|cfm|aspx?|php|pdf)\b|\.(?:gov|com|org|net|edu)/", re.IGNORECASE
)


def _in_a_web_address(tk: Tokenized, num: Number) -> int | None:
    """The token after the web address the figure stands in ('www.example.gov/0,,id=402917,00.html',
    'home.cfm?program_id=6'), the address being the text between two spaces; None if it is in none."""
    text = tk.text
    t = tk.tokens[num.first]
    a = t.start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = tk.tokens[num.last].end
    while b < len(text) and not text[b].isspace():
        b += 1
    span = text[a:b].rstrip(".,;:)")
    # (every branch of the pattern holds a full stop or a colon: a span with neither is no address,
    # and most spans, a figure between two spaces, are passed without a search)
    if ("." not in span and ":" not in span) or WEB_ADDRESS_RE.search(span) is None:
        return None
    k = num.last + 1
    while k < len(tk.tokens) and tk.tokens[k].end <= b:
        k += 1
    return k


def _counter_end(tk: Tokenized, num: Number, kb: Knowledge) -> int | None:
    """A counter "<label> N of M" (rules/nouns.yaml counter_labels: "Caption 3 of 7 Photos", "Slide
    2 of 10"): for N, the index past M; for M (after "<label> N of"), the index past it. Both are an
    item's place among others, no claim. None for any other figure."""
    toks = tk.tokens
    n = len(toks)
    i, j = num.first, num.last + 1
    if i < 1 or toks[i].kind != "num":
        return None
    prev = toks[i - 1]
    if prev.lower in kb.counter_labels and prev.sentence == toks[i].sentence:
        if j + 1 < n and toks[j].lower == "of" and toks[j + 1].kind == "num":
            return j + 2
        return None
    if prev.lower == "of" and i >= 3 and toks[i - 2].kind == "num" and toks[i - 3].lower in kb.counter_labels:
        return j
    return None


def _not_a_claim(tk: Tokenized, num: Number, kb: Knowledge) -> int | None:
    """If the figure at num is a year, date, time, ordinal, name, phone number or list marker,
    return the token index to continue scanning from; else None."""
    toks = tk.tokens
    n = len(toks)
    i, j = num.first, num.last + 1
    t = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[j] if j < n else None
    if nxt is not None and num.value <= 12 and nxt.lower == "in" and j + 2 < n and toks[j + 1].lower == "the":
        if toks[j + 2].lower in {"morning", "afternoon", "evening"}:
            return j  # "at seven in the morning": a time of day
    if (
        prev is not None
        and prev.text == "["
        and nxt is not None
        and nxt.text == "]"
        and num.first == num.last
        and t.text.isdigit()
        and tk.glued(j)
    ):
        return j + 1  # "the agreement[1]", "[2] Agreement between ...": a note's marker, not a figure
    counter_end = _counter_end(tk, num, kb)
    if counter_end is not None:
        return counter_end  # "Caption 3 of 7 Photos": an item's place in a gallery, no count
    url_end = _in_a_web_address(tk, num)
    if url_end is not None:
        return url_end  # "www.example.gov/item/0,,id=402917,00.html", "?program_id=6": a web address
    if nxt is not None and toks[num.last].kind == "num":
        k = j + 1 if nxt.text in HYPHENS and tk.glued(j) and j + 1 < n and tk.glued(j + 1) else j
        if k < n and toks[k].lower in kb.names_after and toks[k].sentence == t.sentence:
            return k + 1  # "a .22 caliber handgun", "a .45-calibre pistol": the gun's calibre, no figure
    if (
        num.first == num.last
        and t.text in kb.emergency_numbers
        and (
            (prev is not None and prev.lower in kb.emergency_words and prev.sentence == t.sentence)
            or (nxt is not None and nxt.lower in kb.emergency_words and nxt.sentence == t.sentence)
        )
    ):
        return j  # "a 911 call", "dialed 999": an emergency telephone number, no figure
    locants_end = _locants_end(tk, i, kb)
    if locants_end is not None:
        return locants_end  # "1,3-butadiene", "2,4-D": the locants of a chemical's name, no figures
    named_end = _name_with_a_currency_word(tk, num, kb)
    if named_end is not None:
        return named_end  # "shoppers at 99 Cents Only Stores": a store's name, no price
    if t.lower == "one" and prev is not None and prev.lower == "that" and nxt is not None:
        if nxt.lower in kb.one_idioms:
            return j  # "hope that one day she will": an idiom, as "one day" on its own
    some_day = kb.pack.units.some_day_before
    if t.lower == "one" and prev is not None and prev.lower in some_day and nxt is not None:
        after = toks[j + 1] if j + 1 < n else None
        if (
            nxt.lower == "day"
            and after is not None
            and after.sentence == nxt.sentence
            and after.kind == "word"
            and after.text.islower()
            and (after.lower not in STOP_AFTER or after.lower == "be")
        ):
            return j + 1  # "could one day be", "hopes to one day replace": some day, no span of time
    if t.lower == "one" and num.first == num.last and prev is not None and prev.lower == "not":
        if nxt is not None and nxt.lower == "of":
            return j  # "not one of the six permits paid": none of them, not a count of one
    if (
        i >= 2
        and (toks[i - 2].lower, toks[i - 1].lower) in kb.stage_names
        and not _range_goes_on(tk, j, kb)
        and _stage_name(tk, j, kb)
    ):
        return j  # "reached the last 16", "the round of 32": a stage of a competition
    # "seven out of ten", "8 in 10 enrollees": the scale of a ratio, not a count of anything (and
    # a ratio has no count: the figure before it counts nothing either)
    scale_at, every = None, False
    if prev is not None and prev.lower == "of" and i >= 3 and toks[i - 2].lower == "out":
        scale_at = i - 2
    elif prev is not None and prev.lower == "in" and i >= 2:
        scale_at = i - 1
    elif prev is not None and prev.lower == "every" and i >= 3 and toks[i - 2].lower == "in":
        scale_at, every = i - 2, True  # "1 in every 25,000 homes"
    if scale_at is not None and (t.kind == "word" or num.value in (10, 100, 1000) or every):
        w = toks[scale_at - 1]
        if w.kind == "num" or kb.numbers.is_number_word(w.lower):
            before = read_number(tk, scale_at - 1, kb.numbers)
            if before is not None and before.last == scale_at - 1 and before.value is not None:
                if _ratio_scale_at(tk, scale_at, before.value, kb) is not None:
                    return j
    if t.kind == "num" and (prev is None or not (prev.text in HYPHENS and tk.glued(i))):
        end = _case_number_end(tk, i, kb)
        if end is not None:
            return end  # "4-11-cv-208", "17B-4406", "12-4418 (D. Md.)": a case number
    if t.kind == "num" and _day_glued_to_month(tk, num):
        return j + 2  # "Friday evening, 24-February": a date
    if t.kind == "num" and _model_with_a_letter(tk, num, kb):
        return j  # "Mi-17-1B", "Line 6B", "the 3000T/4000T": a model's name, no billion or trillion
    if t.kind == "num" and _letter_plus_before(tk, i):
        return j  # "a D+3 seat", "from R+7 to R+11": a lean's label (a letter and its margin), no figure
    if t.kind == "num":
        clock_end = _day_clock_end(tk, num, kb)
        if clock_end is not None:
            return clock_end  # "(0930-GMT)", "19.00 local time", a live blog's "21.30 Polls close"
        # "24/7" (all the time), "24/7/365": an idiom, not a figure
        if (
            num.value == 24
            and j + 1 < n
            and toks[j].text == "/"
            and tk.glued(j)
            and tk.glued(j + 1)
            and toks[j + 1].text == "7"
        ):
            k = j + 2
            while k + 1 < n and toks[k].text == "/" and tk.glued(k) and toks[k + 1].kind == "num":
                k += 2
            return k
        # ordinals: 30th, 1st
        if nxt is not None and tk.glued(j) and nxt.lower in ORDINAL_SUFFIXES:
            return j + 1
        # decades: the 1960s, the 80s
        if (
            nxt is not None
            and tk.glued(j)
            and nxt.text == "s"
            and num.value % 10 == 0
            and (10 <= num.value < 100 or 1000 <= num.value <= 2100)
        ):
            return j + 1
        # times of day and race times: 10:15, 8:30 p.m., 2.15pm, 2:05:46
        if nxt is not None and nxt.text == ":" and tk.glued(j) and j + 1 < n and toks[j + 1].kind == "num":
            k = j + 2
            while (
                k + 1 < n
                and toks[k].text == ":"
                and tk.glued(k)
                and tk.glued(k + 1)
                and toks[k + 1].kind == "num"
            ):
                k += 2
            return k
        # a toll-free number: 1-800-255-8155
        m = TOLL_FREE_RE.match(tk.text, t.start)
        if m:
            return _token_after(toks, i, m.end())
        clock = _clock_time(t.text)
        if clock and _clock_range_end(tk, j) is not None:
            return _clock_range_end(tk, j)  # "from 7 to 9 am": a span of clock times
        if (
            prev is not None
            and prev.lower in {"to", "-", "–", "through", "until"}
            and i >= 3
            and toks[i - 2].kind == "num"
            and toks[i - 2].text.isdigit()
            and int(toks[i - 2].text) <= 31  # not "in March 2011 to 30 months": a year, no day
            and (
                toks[i - 3].lower.rstrip(".") in MONTHS
                or (i >= 4 and toks[i - 3].text == "." and toks[i - 4].lower in MONTHS)  # "Jan. 15 to 18"
            )
            and num.value <= 31
        ):
            return j  # "from Jan 15 to 18": the second day of a date span
        if (
            prev is not None
            and "_" in (prev.text, nxt.text if nxt is not None else "")
            and ((prev.text == "_" and tk.glued(i)) or (nxt is not None and nxt.text == "_" and tk.glued(j)))
        ):
            return j  # "2013_9_18_report.html": part of a file name or a web address
        if nxt is not None and _era_at(tk, j):
            return j + 1  # "200 A.D.", "300 BC": a year
        if prev is not None and _after_code_citation(tk, i):
            return j  # "42 U.S.C. 3631", "18 USC 1001": a section of a code of law
        if (
            nxt is not None
            and nxt.text == "("
            and tk.glued(j)
            and j + 2 < n
            and toks[j + 2].text == ")"
            and len(toks[j + 1].text) <= 3
            and toks[j + 1].text.isalnum()
            and tk.glued(j + 1)
        ):
            k = j
            while k + 2 < n and toks[k].text == "(" and tk.glued(k) and toks[k + 2].text == ")":
                k += 3
            return k  # "2332(a)(1)": a section and its sub-clauses
        if (
            nxt is not None
            and nxt.text in {"D", "G"}
            and tk.glued(j)
            and num.value <= 6
            and not (j + 1 < n and tk.glued(j + 1) and toks[j + 1].kind in {"word", "num"})
        ):
            return j + 1  # "3D models", "a 5G network"
        if nxt is not None and (_abbreviation_at(tk, j) in CODE_CITATIONS or _code_named_at(tk, j)):
            return j  # "18 USC 1001", "42 U.S.C. 3631", "17 U.S. Code": the title of a code of law
        if (
            nxt is not None
            and nxt.text == ":"
            and tk.glued(j)
            and num.last == i
            and prev is not None
            and prev.kind == "word"
            and prev.text[:1].isupper()
            and j + 1 < n
            and toks[j + 1].kind == "word"
            and toks[j + 1].text[:1].isupper()
        ):
            return j + 1  # "Panel 3: Industry Reaction": a label
        if (
            nxt is not None
            and nxt.text == "-"
            and tk.glued(j)
            and j + 3 < n
            and toks[j + 1].kind == "word"
            and toks[j + 1].lower not in {"to", "and", "or", "in", "by", "for", "of"}
            and toks[j + 2].text == "-"
            and toks[j + 3].kind == "num"
            and tk.glued(j + 1)
            and tk.glued(j + 2)
            and tk.glued(j + 3)
        ):
            return j + 4  # "11-cr-20121": a case number
        if num.last == i and t.text.isdigit() and _street_address_at(tk, j, kb):
            return j  # "5556 Main St": a street number
        if nxt is not None and nxt.kind == "word" and nxt.lower.rstrip(".") in TIME_SUFFIXES:
            if clock or nxt.lower.rstrip(".") not in {"am", "pm", "a.m", "p.m"}:
                return j + 1
        tm = TIME_RE.match(tk.text, toks[num.last].end)
        if tm and clock:
            return _token_after(toks, j, tm.end())
        # phone numbers
        m = INTL_PHONE_RE.match(tk.text, t.start) if tk.text[t.start - 1 : t.start] == "+" else None
        if m and 8 <= sum(ch.isdigit() for ch in m.group()) <= 15:
            return _token_after(toks, i, m.end())
        m = PHONE_RE.match(tk.text, t.start) or TRUNK_PHONE_RE.match(tk.text, t.start)
        if m and m.re is TRUNK_PHONE_RE and t.text.isdigit():
            return _token_after(toks, i, m.end())
        if (
            m
            and "," not in t.text
            and (m.group().count("-") + m.group().count(" ") + m.group().count(".")) >= 2
        ):
            end = m.end()
            k = i
            while k < n and toks[k].start < end:
                k += 1
            return k
        # glued to a word before it: G7, COP28, COVID-19, F-16
        if prev is not None and tk.glued(i):
            lost_sign = prev.text in kb.pack.units.lost_signs and _sum_after_lost_sign(tk, i, kb)
            if prev.kind == "word" and _currency_code(prev.text, kb) is None and not lost_sign:
                return j  # not "PS45,000": a pound sign lost on the way (rules/units.yaml lost_signs)
            if prev.text in {"-", "/"} and i > 1 and tk.glued(i - 1) and toks[i - 2].kind in {"word", "num"}:
                if (toks[i - 2].kind == "word" or prev.text == "/") and not _lost_space_hyphen(tk, i, kb):
                    return j
                if i > 2 and tk.glued(i - 2) and toks[i - 3].kind == "word":
                    return j  # "scp2-173"
        # codes: "24703L202", "A4B2"
        if (
            nxt is not None
            and nxt.kind == "word"
            and tk.glued(j)
            and j + 1 < n
            and toks[j + 1].kind == "num"
            and tk.glued(j + 1)
            and _currency_code(nxt.text, kb) is None
            and not _unit_spans(tk, j, j + 1, kb)
        ):
            return j + 2
        # model numbers: 737-800
        if (
            nxt is not None
            and nxt.text == "-"
            and tk.glued(j)
            and j + 1 < n
            and tk.glued(j + 1)
            and toks[j + 1].kind == "num"
            and prev is not None
            and prev.kind == "word"
            and prev.text[:1].isupper()
            and not _sentence_start(tk, i - 1)
            and (prev.lower,) not in kb.hedges
            and not _percent_shared_after(tk, j)
        ):
            return j + 2
        if _model_after_a_count(tk, num, kb):
            return j  # "take 12 737 MAX jets": the model's number after the count, not a figure
        if _code_in_capitals(tk, num, kb):
            return j + 1  # "3RX Tax Service", "used 6S to ship": a name in digits and capitals
        if _spaced_date_part(tk, num):
            return j  # "2016 05 17 Plea Agreement": a date written year, month, day with spaces
        if _short_year(tk, num, kb):
            return j  # "in Q1'22", "the class of '85": a year cut to two digits
        if _years_in_brackets(tk, num, kb):
            return j + 2  # "the Tang Dynasty (618-907)", "Jane Roe (1881-1955)": the years of a span
        # list markers: "1. " or "2) " at the start of a line, or after a colon before a capital
        # or a figure ("Charges: 1. Fraud ...", "Terms: 1. 30 months ...")
        if (
            (i == 0 or "\n" in tk.text[toks[i - 1].end : t.start] or _marker_after_colon(tk, num))
            and nxt is not None
            and nxt.text in {".", ")"}
            and tk.glued(j)
            and num.last == i
        ):
            return j + 1
        # inline list markers: "including: (1) dropping ...; (2) applying ...; and (3) asking"
        if (
            prev is not None
            and prev.text == "("
            and tk.glued(i)
            and nxt is not None
            and nxt.text == ")"
            and tk.glued(j)
            and num.last == i
            and num.value == int(num.value)
            and 0 < num.value <= 30
            and (
                i < 2
                or toks[i - 2].text in {":", ";", ","}
                or toks[i - 2].lower in {"and", "or"}
                or "\n" in tk.text[toks[i - 2].end : prev.start]
                or (toks[i - 2].text == ")" and tk.glued(i - 1))  # "1028(a)(1)": a statute's clause
            )
        ):
            return j + 1
        # vote tallies and scores: 311-112, 79-18
        if (
            nxt is not None
            and nxt.text in {"-", "–"}
            and tk.glued(j)
            and j + 1 < n
            and toks[j + 1].kind == "num"
            and tk.glued(j + 1)
        ):
            try:
                second = float(toks[j + 1].text.replace(",", ""))
            except ValueError:
                second = math.inf
            if second <= num.value and not _percent_shared_after(tk, j):
                return j + 2  # "311-112", and a tie: "50-50"
        # the second half of a tally: "286 votes to 134"
        if (
            prev is not None
            and prev.lower == "to"
            and i >= 3
            and toks[i - 2].lower in {"votes", "vote", "seats", "points", "goals"}
            and toks[i - 3].kind == "num"
            and (nxt is None or nxt.kind != "word" or nxt.lower in STOP_AFTER)
            and _percent_sign_at(tk, j) is None
            and not (i >= 4 and toks[i - 4].lower in kb.change_verbs)
        ):
            return j  # (not "rose 4 points to 45%", "up 3 points to 52": a change and its level)
        # vote counts: "Voting was 358 to 256", "passed 286 votes to 134"
        if (
            nxt is not None
            and nxt.lower == "to"
            and j + 1 < n
            and toks[j + 1].kind == "num"
            and any(x.lower in VOTE_WORDS or x.lower == "voting" for x in toks[max(0, i - 4) : i])
        ):
            try:
                second = float(toks[j + 1].text.replace(",", ""))
            except ValueError:
                second = math.inf
            if second < num.value and (
                j + 2 >= n or toks[j + 2].kind != "word" or toks[j + 2].lower in STOP_AFTER
            ):
                return j + 2
        # years: 4 digits, no separator, 1000-2100
        if num.last == i and re.fullmatch(r"\d{4}", t.text) and 1000 <= num.value <= 2100:
            money = prev is not None and (prev.text in kb.units.currency_symbols or _currency_dot(tk, i, kb))
            if not money:
                unit_next = nxt is not None and (
                    nxt.text == "%"
                    # "only 1500 percent of GDP": a share, never a year
                    or nxt.lower in PERCENT_WORDS
                    or (nxt.lower == "per" and j + 1 < n and toks[j + 1].lower == "cent")
                    or (nxt.text not in {"'", "’", "′"} and match_unit_after(tk, j, kb.units, tk.glued(j)))
                    # "about 1010 ± 195 light years": a measurement and its error, never a year
                    or nxt.text in {"±", "+/-"}
                    # "around 1300 route kilometres": a unit after one word, after a hedge
                    or (
                        prev is not None
                        and (prev.lower,) in kb.hedges
                        and nxt.kind == "word"
                        and nxt.text.islower()
                        and j + 1 < n
                        and match_unit_after(tk, j + 1, kb.units, False) is not None
                    )
                )
                counted = (
                    prev is not None
                    and (prev.lower,) in kb.hedges
                    and not (i > 1 and toks[i - 2].lower in YEAR_PREPOSITIONS)
                    and nxt is not None
                    and (
                        nxt.lower in kb.people_kinds
                        or nxt.lower in PEOPLE_WORDS
                        or (nxt.lower == "of" and j + 1 < n and toks[j + 1].lower in PARTITIVE_DETERMINERS)
                    )
                )  # "about 1250 visitors per week", "about 1500 of the MPs": a count, not a year
                # "to a record 1004 in 2013": a number of a year's digits before "in" and a year
                # is what that year counted; a year is not dated by another
                dated = (
                    nxt is not None
                    and nxt.lower == "in"
                    and j + 1 < n
                    and re.fullmatch(r"(19|20)\d\d", toks[j + 1].text) is not None
                    and toks[j + 1].text != t.text
                )
                # "a total of 1220 refugees": a count the words announce, never a year
                # (numbers.yaml count_before)
                announced = any(
                    i >= len(p) and tuple(x.lower for x in toks[i - len(p) : i]) == p
                    for p in kb.numbers.count_before
                )
                if not unit_next and not counted and not dated and not announced:
                    return j
        # "a score of 72.8 out of 100", "seven out of 10": the scale, not a claim of its own
        if prev is not None and prev.lower == "of" and i >= 3 and toks[i - 2].lower == "out":
            if toks[i - 3].kind == "num" or kb.numbers.is_number_word(toks[i - 3].lower):
                return j

        # dates: Dec. 29, August 19, 29 August; "OnDec. 4", "occasionsFeb. 12": a space lost before
        # the month
        year_after = j + 1 < n and toks[j].text == "," and re.fullmatch(r"(19|20)\d\d", toks[j + 1].text)
        if prev is not None and (
            prev.lower in MONTHS
            or (_glued_month(prev) and year_after)
            or (prev.text == "." and i > 1 and (toks[i - 2].lower in MONTHS or _glued_month(toks[i - 2])))
        ):
            return j
        if nxt is not None and nxt.lower in MONTHS and num.value <= 31 and num.value == int(num.value):
            return j
        if _day_span_before_month(tk, num):
            return j + 2  # "from 3 to 8 March", "3-8 March": a span of days
        if _day_before_year(tk, num):
            return j  # "July, 14, 2011", "Oct. 2, 2015, and 9, 2015": a day of a month named just before
        if _alias_before(tk, i, kb):
            return j  # "Tom Reyes, aka 38,": a nickname
        # names and models: "Category 3", "ATR 72", "Boeing 737", "No. 10"
        if not tk.glued(i) and _name_word_before(tk, i, kb):
            after = match_unit_after(tk, j, kb.units, False) if nxt is not None else None
            money = nxt is not None and nxt.lower in kb.units.currency_words  # "paid Dalby 300 euros"
            percent = nxt is not None and (nxt.text == "%" or nxt.lower in PERCENT_WORDS)
            percent = percent or _percent_shared_after(tk, j)  # "led Jones 54-36%": a head-to-head
            if after is None and not money and not percent:
                return j  # (not "Ohios 25 percent share": a possessive that lost its apostrophe)
        # "Case No. 10-2695", "Nos. 4 and 5": after "No." a number names something
        # ("pp. 1-88": after a label word and its full stop too)
        sign = (
            prev is not None
            and prev.text == "."
            and i > 1
            and (toks[i - 2].lower in {"no", "nos"} or toks[i - 2].lower in kb.name_labels)
        )
        if prev is not None and (
            prev.text in {"#", "No", "no."} or prev.lower in kb.name_labels or (sign and tk.glued(i - 1))
        ):
            after = match_unit_after(tk, j, kb.units, False) if nxt is not None else None
            if after is None and not (nxt is not None and (nxt.text == "%" or nxt.lower in PERCENT_WORDS)):
                k = j
                while k + 1 < n and toks[k].text in {"-", "–"} and tk.glued(k) and toks[k + 1].kind == "num":
                    k += 2  # "10-2695" is one label
                return k  # "Section 4 of the Act", "Line 28", "hull code 856": a label
    elif t.text == "One" and prev is not None and prev.kind == "word" and prev.text[:1].isupper():
        return j  # "One" after a capitalised word is a name: "Capital One", "Formula One", "BBC One"
    elif (
        t.kind == "word"
        and num.first == num.last
        and t.text[:1].isupper()
        and prev is not None
        and prev.text == "the"
        and nxt is not None
        and nxt.kind == "word"
        and nxt.text[:1].isupper()
        and not _title_case(tk, i)
    ):
        return j  # "the Three Affiliated Tribes", "the Ten Commandments": a capitalised name
    elif _name_with_a_number_word(tk, num, kb):
        return j  # "Sea Three Holdings Inc.", "in Two Rivers Bend": a number word inside a name
    elif (
        num.first == num.last
        and t.text[:1].isupper()
        and prev is not None
        and prev.kind == "word"
        and prev.text[:1].isupper()
        and not _sentence_start(tk, i - 1)
        and (nxt is None or not nxt.text[:1].isupper())
        and _stage_name(tk, j, kb)
    ):
        # "World War Two in Europe": a name ("Police Arrest Two Men" is a headline, and so is "...,
        # says the agency Two firms were fined": a headline run into the first sentence)
        return j
    if (
        prev is not None
        and prev.lower in LIST_JOINERS
        and _in_label_list(tk, num, kb)
        and not (nxt is not None and (nxt.text == "%" or nxt.lower in PERCENT_WORDS))
        and (_stage_name(tk, j, kb) or _participle_opens(tk, j))
    ):
        # "Fire Districts 2, 7 and 12", "counts one and four": labels, as the first is; so before a
        # participle that opens a clause ("counts eight and nine involving fraud charges")
        return j
    if (
        t.kind == "word"
        and prev is not None
        and (prev.lower in kb.name_labels or singular_noun(prev.lower) in kb.name_labels)
        and num.first == num.last
        and not (nxt is not None and (nxt.text == "%" or nxt.lower in PERCENT_WORDS))
        and (nxt is None or match_unit_after(tk, j, kb.units, False) is None)
        and (prev.text[:1].isupper() or _stage_name(tk, j, kb))
    ):
        # "Article three of the charter", "Count Eight is", "count one": a label, as "Article 3"
        # is ("the clubs will form six junior teams" counts the teams)
        return j
    if (
        t.kind == "word"
        and num.first == num.last
        and prev is not None
        and prev.lower in kb.period_labels_after
        and i > 1
        and toks[i - 2].lower in kb.period_label_before
        and (nxt is None or nxt.kind != "word" or nxt.lower in kb.period_label_then)
    ):
        return j  # "beginning in year six.", "from day one there was": a period's label, no count
    if t.lower == "zero" and num.first == num.last and nxt is not None and nxt.sentence == t.sentence:
        if (
            nxt.text in HYPHENS
            and tk.glued(j)
            and j + 1 < n
            and tk.glued(j + 1)
            and toks[j + 1].kind == "word"
            and toks[j + 1].text.isalpha()
            and toks[j + 1].lower not in PERCENT_WORDS
            and toks[j + 1].lower not in kb.units.currency_words
            and match_unit_after(tk, j + 1, kb.units, True) is None
        ):
            return j  # "zero-emission vehicles", "a zero-coupon bond": a kind, no count of it
        if nxt.kind == "word" and nxt.lower in kb.zero_idioms and nxt.lower not in ZERO_LEVEL_WORDS:
            return j  # "zero tolerance means ...": an idiom, no count of a word after it
    return None


def _case_number_end(tk: Tokenized, i: int, kb: Knowledge) -> int | None:
    """If the digits at token i open a case number, the token after it: a run of digits and letters
    joined by hyphens or colons with a docket's letter code in it (rules/nouns.yaml docket_codes:
    "2:14-cv-377", "09-CA-2274"), digits glued to letters before more digits ("17B-4406",
    "6:03CV00412-KLM"), or before the court's district in brackets ("12-4418 (D. Md.)")."""
    toks = tk.tokens
    m = CASE_CHAIN_RE.match(tk.text, toks[i].start)
    if m is None:
        return None
    parts = re.split(r"[-‐–:]", m.group())
    coded = any(p.lower() in kb.docket_codes for p in parts) or any(
        re.fullmatch(r"\d+[A-Za-z]{1,3}\d*", p) and k + 1 < len(parts) and parts[k + 1][:1].isdigit()
        for k, p in enumerate(parts)
    )
    if not coded and not COURT_AFTER_RE.match(tk.text, m.end()):
        return None
    return _token_after(toks, i, m.end())


GLUED_MONTH_RE = re.compile(r"[A-Za-z]*[a-z]([A-Z][a-z]{2,8})")


def _glued_month(t: Token) -> bool:
    """Is the word a month glued to the word before it by a lost space ('OnDec', 'occasionsFeb')?"""
    m = GLUED_MONTH_RE.fullmatch(t.text)
    return m is not None and m.group(1).lower() in MONTHS


def _code_in_capitals(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """Is the whole figure glued to a word of capitals that is no unit, scale or time of day ('3RX
    Tax Service', 'shipped through 6S', 'the 4WD truck')? Then the two name something, no figure."""
    toks = tk.tokens
    i, j = num.first, num.last + 1
    if num.last != i or not toks[i].text.isdigit() or j >= len(toks) or not tk.glued(j):
        return False
    w = toks[j].text
    if _capitals_possessive(tk, j):
        w = w[:-1]  # "2FTs gross receipts": a name's possessive with its apostrophe lost, "2FT's"
    if not (w.isalpha() and w.isupper()) or w in {"AM", "PM", "A", "P"}:
        return False
    if j + 2 < len(toks) and toks[j + 1].text == "." and tk.glued(j + 1) and tk.glued(j + 2):
        return False  # "all 94U.S. Attorney offices": a space lost before an abbreviation
    if w in kb.numbers.abbreviations or w.lower() in kb.numbers.abbreviations or _currency_code(w, kb):
        return False  # "14M more Americans", "for 10INR": a scale or a currency
    if i > 0 and tk.glued(i) and toks[i - 1].text in kb.units.currency_symbols:
        return False  # "$5M"
    return match_unit_after(tk, j, kb.units, True) is None and w.lower() not in kb.numbers.scales


def _capitals_possessive(tk: Tokenized, j: int) -> bool:
    """Is token j two or more capitals and an "s" ("FTs"), glued to the digits before it, with a
    lower-case noun after it that it owns ("2FTs gross receipts": "2FT's", its apostrophe lost)?
    "3 ATMs" and "4 FTs were hired" stay counts."""
    toks = tk.tokens
    w = toks[j].text
    if len(w) < 3 or w[-1] != "s" or not w[:-1].isalpha() or not w[:-1].isupper():
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.kind == "word"
        and nxt.text.islower()
        and nxt.sentence == toks[j].sentence
        and nxt.lower not in STOP_AFTER
        and not nxt.lower.endswith("ed")
    )


def _spaced_date_part(tk: Tokenized, num: Number) -> bool:
    """Is the figure the month or the day of a date written '2016 05 17' (a year, then two figures
    of two digits, spaced)?"""
    toks = tk.tokens
    i = num.first
    if num.last != i or len(toks[i].text) != 2 or not toks[i].text.isdigit():
        return False

    def year(k: int) -> bool:
        w = toks[k].text if k >= 0 else ""
        return w.isdigit() and len(w) == 4 and 1900 <= int(w) <= 2100

    def two(k: int, top: int) -> bool:
        t = toks[k] if 0 <= k < len(toks) else None
        return t is not None and len(t.text) == 2 and t.text.isdigit() and 1 <= int(t.text) <= top

    def spaced(a: int, b: int) -> bool:
        return all(0 < k < len(toks) and toks[k].start - toks[k - 1].end == 1 for k in (a, b))

    if year(i - 1) and two(i, 12) and two(i + 1, 31) and spaced(i, i + 1):
        return True  # the month
    return year(i - 2) and two(i - 1, 12) and two(i, 31) and spaced(i - 1, i)  # the day


def _name_with_a_number_word(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """Is the figure a capitalised number word inside a name, in running text ('Sea Three Holdings
    Inc.', 'in Two Rivers Bend, Ore.')? It is not at its sentence's start, a capitalised word follows
    it, and the line is no Title Case headline."""
    toks = tk.tokens
    i, j = num.first, num.last + 1
    t = toks[i]
    if t.kind != "word" or not t.text[:1].isupper() or t.text.isupper() or _sentence_start(tk, i):
        return False
    if not kb.numbers.is_number_word(t.lower) or j >= len(toks) or toks[j].sentence != t.sentence:
        return False
    nxt = toks[j]
    prev = toks[i - 1]
    # "Oak Farms LLC,Three Rivers Supply Inc.": a list of names with a space lost after a comma
    lost_space = prev.text == "," and tk.glued(i) and i > 1 and toks[i - 2].text[:1].isupper()
    named = lost_space or _town_and_state(tk, i)
    if nxt.kind != "word" or not nxt.text[:1].isupper() or (_title_case(tk, i) and not named):
        return False
    dateline = prev.text.isupper() and len(prev.text) > 1 and _sentence_start(tk, i - 1)
    if (prev.kind != "word" or not prev.text.isalpha() or dateline) and not lost_space:
        return False  # "WASHINGTON Two Texas men": a dateline, then the sentence's first word
    k = j
    while k < len(toks) and toks[k].sentence == t.sentence and toks[k].kind == "word":
        if not toks[k].text[:1].isupper():
            break
        k += 1
    after = toks[k] if k < len(toks) and toks[k].sentence == t.sentence else None
    plural = after is not None and after.kind == "word" and after.text.islower() and after.lower.endswith("s")
    # "spotted in Lanzhou Fifteen Chinese cranes": a headline run into the sentence, the plural counted
    return not (plural and not after.lower.endswith("ss"))


def _locants_end(tk: Tokenized, i: int, kb: Knowledge) -> int | None:
    """Is token i the first of two or more numbers of one or two digits joined by commas with no
    space, glued by a hyphen to a word ("1,3-butadiene", "2,4-D", "2,3,7,8-tetrachloro...")? Those
    are the locants of a chemical's name: the token after the word, else None."""
    toks = tk.tokens
    n = len(toks)
    if i > 0 and tk.glued(i) and toks[i - 1].kind in {"num", "word"}:
        return None
    k = i
    count = 0
    while k < n and toks[k].kind == "num" and toks[k].text.isdigit() and len(toks[k].text) <= 2:
        count += 1
        if k + 2 < n and toks[k + 1].text == "," and tk.glued(k + 1) and tk.glued(k + 2):
            k += 2
            continue
        break
    if count < 2 or k + 2 >= n or toks[k + 1].text not in HYPHENS or not tk.glued(k + 1):
        return None
    word = toks[k + 2]
    if not tk.glued(k + 2) or word.kind != "word" or not word.text.isalpha():
        return None
    if match_unit_after(tk, k + 2, kb.units, True) is not None or word.lower in kb.not_counted:
        return None  # "10,12-mile loops": figures of a unit, a space lost
    return k + 3


def _name_with_a_currency_word(tk: Tokenized, num: Number, kb: Knowledge) -> int | None:
    """Is the figure in digits the first word of a name, with a capitalised currency word and another
    capitalised word after it, in running text ("shoppers at 99 Cents Only Stores", "a 1 Dollar Deals
    outlet")? Then the token after the currency word, else None. Not in a Title Case headline ("Firm
    Pays 99 Cents a Share"), nor before a month or a day of the week."""
    toks = tk.tokens
    i, j = num.first, num.last + 1
    if toks[num.last].kind != "num" or j >= len(toks) or not toks[j].text.istitle():
        return None
    cur = _currency_word_at(tk, j, kb)
    if cur is None and toks[j].lower not in kb.pack.units.subunits:
        return None
    k = (cur[1] if cur is not None else j) + 1
    if k >= len(toks) or toks[k].sentence != toks[i].sentence or toks[k].kind != "word":
        return None
    after = toks[k]
    if not after.text[:1].isupper() or after.lower in MONTHS | WEEKDAYS or after.lower in STOP_AFTER:
        return None  # "rose 99 Cents Tuesday", "10 Euros In Total": no name
    if _title_case(tk, i) or _sentence_start(tk, i):
        return None
    return k


TOWN_PREPOSITIONS = frozenset({"of", "in", "from", "near"})


def _town_and_state(tk: Tokenized, i: int) -> bool:
    """Is the capitalised number word at i the first word of a town's name written before its state
    after "of", "in", "from" or "near" ("Jo Kim, 41, of Nine Mile Falls, Wash.", "in Six Lakes, Mich.")?
    A sentence dense with such names looks like a Title Case headline, but the comma and the
    capitalised state after the name say it is a place."""
    toks = tk.tokens
    if i == 0 or toks[i - 1].lower not in TOWN_PREPOSITIONS or not toks[i - 1].text.islower():
        return False
    k = i + 1
    while k < len(toks) and k <= i + 3 and toks[k].kind == "word" and toks[k].text[:1].isupper():
        k += 1
    return (
        k > i + 1
        and k + 1 < len(toks)
        and toks[k].text == ","
        and toks[k + 1].kind == "word"
        and toks[k + 1].text[:1].isupper()
        and toks[k + 1].sentence == toks[i].sentence
    )


def _model_after_a_count(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """Is num a model's number written right after a count and before the model's capitalised name
    ('12 737 MAX aircraft', 'fourteen 787 Dreamliner jets')? Not in a Title Case line, where the word
    before the count is capitalised as well."""
    toks = tk.tokens
    i, j = num.first, num.last + 1
    t = toks[i]
    if num.last != i or not t.text.isdigit() or len(t.text) not in {3, 4} or j >= len(toks) or i == 0:
        return False
    nxt, prev = toks[j], toks[i - 1]
    if tk.glued(i) or tk.glued(j) or nxt.kind != "word" or not nxt.text[:1].isupper():
        return False
    if not (prev.kind == "num" and prev.text.isdigit()) and not kb.numbers.is_number_word(prev.lower):
        return False
    if tk.glued(i - 1):
        return False  # "Core i7 860 Processor": the count is itself part of a code
    if i >= 2 and toks[i - 2].kind == "word" and toks[i - 2].text[:1].isupper():
        return False
    return nxt.lower not in kb.units.currency_words and match_unit_after(tk, j, kb.units, False) is None


def _model_with_a_letter(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """Is the figure at num a capital letter of scale glued to digits ('1B', '3000T') that names a
    model or a line, not a billion or a trillion: after a hyphen glued to it ('Mi-17-1B', 'B-1B'), after
    a capitalised word of a name ('Line 6B', 'Long March 3B') or before a slash and another figure
    ('3000T/4000T')? An amount has its currency: '$1B' is money, and '7B users' counts."""
    toks = tk.tokens
    i, j = num.first, num.last + 1
    if num.abbreviation not in {"B", "T"}:
        return False
    if j < len(toks) and toks[j].text == num.abbreviation and tk.glued(j):
        j += 1  # the letter is a token of its own
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.text in HYPHENS and tk.glued(i) and i > 1 and tk.glued(i - 1):
        return toks[i - 2].kind in {"num", "word"}
    if j + 1 < len(toks) and toks[j].text == "/" and tk.glued(j) and toks[j + 1].kind == "num":
        return True
    return not tk.glued(i) and _name_word_before(tk, i, kb)


def _letter_plus_before(tk: Tokenized, i: int) -> bool:
    """Is the figure at token i glued after a plus sign that is glued after one capital letter
    standing as a word of its own ("D+3", "R+11": a district's partisan lean, the letter a party and
    the digits its margin)? The letter and its digits make one label; the digits count nothing."""
    toks = tk.tokens
    if i < 2 or toks[i - 1].text != "+" or not tk.glued(i) or not tk.glued(i - 1):
        return False
    letter = toks[i - 2].text
    return len(letter) == 1 and letter.isupper() and (i < 3 or not tk.glued(i - 2))


def _inner_capital(word: str) -> bool:
    """Is the word a product's name written with a small first letter and a capital after it ("iPhone",
    "eBay", "iMac")? Its second letter is a capital and two small letters follow, so "pH", "kWh" and
    "mRNA" are not."""
    return (
        len(word) >= 4
        and word[0].islower()
        and word[1].isupper()
        and word[2:].isalpha()
        and sum(ch.islower() for ch in word[2:]) >= 2
    )


def _name_word_before(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Is token i - 1 a capitalised word that makes the figure at i part of a name ("Category 3",
    "Boeing 737", "Fire Districts 2, 7 and 12")? Not at the start of a sentence, not a hedge, a unit, a
    month, a currency or a possessive, and not a headline's small word ("Forces More Than 2,000
    Evacuations", "Of 14 People Missing")."""
    if i < 1:
        return False
    prev = tk.tokens[i - 1]
    return (
        prev.kind == "word"
        and (prev.text[:1].isupper() or _inner_capital(prev.text))
        and not _possessive(prev.lower)  # "Mr Corbyn's 29-member cabinet"
        and prev.lower not in kb.numbers.units
        and prev.lower not in MONTHS
        and prev.lower not in HEADLINE_LOWER
        and not _sentence_start(tk, i - 1)
        and _hedge_before(tk, i, kb) is None
        and prev.lower not in kb.units.currency_words
        and prev.text not in kb.units.currency_symbols
        and _currency_code(prev.text, kb) is None
        and not _headline_counter_before(tk, i, kb)
    )


def _headline_counter_before(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Is the capitalised word before the figure at i a verb or a determiner of a headline in Title
    Case, with a capitalised word after the figure ("Rebels Kill 12 Police Officers", "City Hires 300
    Nurses", "These 10 Designers")? Then the figure counts what follows, not a name's number."""
    toks = tk.tokens
    prev, j = toks[i - 1].lower, i + 1
    if j + 1 < len(toks) and toks[j].text in {"-", "–"} and tk.glued(j) and tk.glued(j + 1):
        j += 1  # "Officials Open 5,000-Bed Hospital"
    if j >= len(toks) or toks[j].kind != "word" or not toks[j].text[:1].isupper():
        return False
    if not (prev in kb.headline_counters or (prev.endswith("ed") and len(prev) > 4)):
        return False
    return _title_case(tk, j)


LIST_JOINERS = frozenset({",", "and", "or", "&"})


def _in_label_list(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """Is the figure a later member of a list whose first member follows a label ("Fire Districts 2,
    7 and 12", "counts one and four", "on March 3 and 4")? Then it names something as the first does.
    The members are whole numbers of one token below 1,000, joined by commas and an "and" or "or"
    ("Feb. 3, 2019, four men" is no list)."""
    toks = tk.tokens
    n = len(toks)
    if num.first != num.last or num.value is None or num.value != int(num.value):
        return False

    def member(k: int, digits: int = 3) -> bool:
        t = toks[k]
        return (t.kind == "num" and t.text.isdigit() and len(t.text) <= digits) or (
            t.kind == "word" and kb.numbers.is_number_word(t.lower)
        )

    if not member(num.first):
        return False
    k, joined, wide = num.first, False, False
    while k >= 2 and toks[k - 1].lower in LIST_JOINERS and toks[k - 1].sentence == toks[k].sentence:
        p = k - 2
        joined = joined or toks[k - 1].text != ","
        if toks[k - 1].text != "," and toks[p].text == "," and p >= 1:
            p -= 1  # "2, 7, and 12"
        while p >= 3 and toks[p].text == ")" and toks[p - 2].text == "(" and tk.glued(p - 2) and tk.glued(p):
            p -= 3  # "sections 2339(a)(1) and 2": a statute's clauses in brackets after the first member
        if not member(p, 4):
            return False
        wide = wide or not member(p)
        k = p
    if k == num.first or k < 1:
        return False
    m = num.last + 1
    while not joined and m + 1 < n and toks[m].lower in LIST_JOINERS:
        if toks[m].text == "," and toks[m + 1].lower in LIST_JOINERS:
            m += 1  # "Two, Five, and Nine"
        if m + 1 >= n or not member(m + 1):
            break  # the text ends on the joiner ("34,,")
        joined = toks[m].text != ","
        m += 2  # "Fire Districts 2, 7 and 12": the list goes on to an "and"
    if not joined:
        return False
    label = toks[k - 1]
    if label.lower in kb.name_labels or singular_noun(label.lower) in kb.name_labels:
        return True  # "sections 3 and 8", "counts one and four", "sections 1349 and 2"
    if wide:
        return False  # a member of four digits only after a label word: "Le 1889 or one of" is no list
    if label.lower.rstrip(".") in MONTHS or (label.text == "." and k >= 2 and toks[k - 2].lower in MONTHS):
        return True  # "on March 3 and 4", "Jan. 11 and 12"
    return not tk.glued(k) and _name_word_before(tk, k, kb)


def _years_in_brackets(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """Is the figure the start of a span of years alone in brackets after a name ("the Tang Dynasty
    (618-907)", "Jane Roe (1881-1955)")? Both ends are whole numbers from 100 to 2100, the first the
    smaller, and a capitalised word stands before the bracket."""
    toks = tk.tokens
    n = len(toks)
    i, j = num.first, num.last + 1
    if i < 2 or j + 2 >= n or num.first != num.last or not toks[i].text.isdigit():
        return False
    if toks[i - 1].text != "(" or not tk.glued(i) or toks[j].text not in {"-", "–"}:
        return False
    if toks[j + 2].text != ")":
        return False
    if not (tk.glued(j) and tk.glued(j + 1) and tk.glued(j + 2) and toks[j + 1].text.isdigit()):
        return False
    before = toks[i - 2]
    if before.kind != "word" or not before.text[:1].isupper() or before.lower in kb.numbers.units:
        return False
    first, last = int(toks[i].text), int(toks[j + 1].text)
    return 100 <= first < last <= 2100


STAGE_RANGE_JOINERS = frozenset({"-", "–", "to", "or"})


def _range_goes_on(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """Does a range's second end follow the figure ending before token j ("the last 2-3 years",
    "the last two or three months")? Then the figure is a range's first end, no stage's name."""
    toks = tk.tokens
    if j + 1 >= len(toks) or toks[j].lower not in STAGE_RANGE_JOINERS:
        return False
    nxt = toks[j + 1]
    return nxt.kind == "num" or kb.numbers.is_number_word(nxt.lower)


def _stage_name(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """Nothing counted or measured follows the figure ending before token j ("the last 16 of the
    cup", "make the last eight."), so it names a stage."""
    if j >= len(tk.tokens):
        return True
    if match_unit_after(tk, j, kb.units, False) is not None or tk.tokens[j].text == "%":
        return False
    probe = Raw(0, 0, None, None, None)
    _find_noun(tk, j, probe, kb)
    return probe.noun_span is None


def _participle_opens(tk: Tokenized, j: int) -> bool:
    """Is token j a spaced lower-case word in -ing of more than five letters, opening a clause after
    a list of labels ("counts 8 and 9 involving bribes", "sections 2 and 5 covering fees")?"""
    if j >= len(tk.tokens) or tk.glued(j):
        return False
    t = tk.tokens[j]
    word = t.kind == "word" and t.text.islower() and t.text.isalpha()
    return word and t.lower.endswith("ing") and len(t.text) > 5


ERAS = frozenset({"ad", "bc", "bce", "ce", "a.d", "b.c"})
PEOPLE_WORDS = frozenset("people persons residents families households".split())
YEAR_PREPOSITIONS = frozenset("in since by until from before after".split())


def _currency_dot(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Is the number at token i glued to a currency symbol written with a dot ("Rs.2000")?"""
    toks = tk.tokens
    return (
        i >= 2
        and toks[i - 1].text == "."
        and tk.glued(i)
        and toks[i - 2].text in kb.units.currency_symbols
        and tk.glued(i - 1)
    )


PARTITIVE_DETERMINERS = frozenset("the them those these".split())
CODE_CITATIONS = frozenset({"usc", "cfr", "u.s.c", "c.f.r"})


def _after_code_citation(tk: Tokenized, i: int) -> bool:
    """Is the figure at i a section number after a code of law ('U.S.C. 3631', 'USC 1001', '40 CFR
    61')? The code may be written with full stops."""
    toks = tk.tokens
    k = i - 1
    parts: list[str] = []
    while k >= 0 and len(parts) < 8 and toks[k].sentence == toks[i].sentence:
        t = toks[k]
        if t.text == "." or (t.kind == "word" and len(t.text) <= 3 and t.text.isupper()):
            parts.append(t.text)
            k -= 1
            if t.text != "." and (k < 0 or not tk.glued(k + 1)):
                break
        else:
            break
    word = "".join(reversed(parts)).lower().strip(".")
    return word in CODE_CITATIONS


def _code_named_at(tk: Tokenized, j: int) -> bool:
    """'U.S. Code', 'United States Code' at token j: the figure before is a title of that code."""
    toks = tk.tokens
    k = j
    if _abbreviation_at(tk, j) in {"u.s", "us"}:
        while k + 1 < len(toks) and tk.glued(k + 1):
            k += 1
    elif k + 1 < len(toks) and toks[k].text == "United" and toks[k + 1].text == "States":
        k += 1
    else:
        return False
    return k + 1 < len(toks) and toks[k + 1].text == "Code" and toks[k + 1].sentence == toks[j].sentence


def _era_at(tk: Tokenized, j: int) -> bool:
    """'AD', 'BC', 'A.D.', 'B.C.' at token j: the figure before is a year of an era."""
    return _abbreviation_at(tk, j) in ERAS


def _abbreviation_at(tk: Tokenized, j: int) -> str:
    """The capitals abbreviation starting at token j, lower-cased, its full stops inside kept and the
    last dropped ('U.S.C.' -> 'u.s.c', 'BC' -> 'bc'); '' when token j starts none. The letters and
    stops must be written together (at most 8 tokens)."""
    toks = tk.tokens
    parts: list[str] = []
    k = j
    while k < len(toks) and len(parts) < 8 and (k == j or tk.glued(k)):
        t = toks[k]
        if t.kind == "word" and len(t.text) <= 3 and t.text.isupper():
            parts.append(t.text)
        elif t.text == "." and parts:
            parts.append(".")
        else:
            break
        k += 1
    return "".join(parts).lower().rstrip(".")


def _clock_range_end(tk: Tokenized, j: int) -> int | None:
    """'7 to 9 am', '5-7 pm': after a clock figure, the token after the am/pm that ends the span."""
    toks = tk.tokens
    n = len(toks)
    if j + 2 >= n or toks[j].lower not in {"to", "-", "–", "until", "till"}:
        return None
    if toks[j + 1].kind != "num" or not _clock_time(toks[j + 1].text):
        return None
    nxt = toks[j + 2]
    if nxt.kind == "word" and nxt.lower.rstrip(".") in {"am", "pm", "a.m", "p.m"}:
        return j + 3
    return None


def _street_address_at(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """A street number: capitalised words and a street word follow ('5556 Main St', '201 West
    Ferry Street'), or a numbered street ('412 7th Ave. N.', '88 3rd Street')."""
    toks = tk.tokens
    k = j
    if (
        k + 2 < len(toks)
        and toks[k].kind == "num"
        and toks[k].text.isdigit()
        and tk.glued(k + 1)
        and toks[k + 1].lower in ORDINAL_SUFFIXES
    ):
        j, k = k + 1, k + 2  # "7th": the street's number, then its name
    while k < len(toks) and k < j + 4 and toks[k].kind == "word" and toks[k].text[:1].isupper():
        if k > j and toks[k].text.rstrip(".") in kb.street_words:
            return True
        k += 1
    return False


# a time on a 24-hour clock: two digits of the hour, maybe a dot or colon, two of the minutes
DAY_CLOCK_RE = re.compile(r"([01]\d|2[0-3])([.:]?)([0-5]\d)")
ZONE_SUFFIXES = TIME_SUFFIXES - {"am", "pm", "a.m", "p.m"}
STAMP_OPENERS = {"-", "–", "—"}  # a spaced dash before a live blog's time stamp


def _day_clock_end(tk: Tokenized, num: Number, kb: Knowledge) -> int | None:
    """The token after a time of day on a 24-hour clock at num, or None: before a time zone glued on
    by a hyphen ("0930-GMT"), before "local time" or a place's "Time" ("19.00 Moscow Time"), or, with
    its dot or colon, opening a sentence or an entry after a spaced dash and followed by a capitalised
    word, as a live blog stamps its entries ("- 21.30 Polls have closed", "21.10-The count began")."""
    toks = tk.tokens
    n = len(toks)
    i, j = num.first, num.last + 1
    m = DAY_CLOCK_RE.fullmatch(toks[i].text) if i == num.last else None
    if m is None:
        return None
    k = j + 1 if j + 1 < n and toks[j].text in HYPHENS and tk.glued(j) and tk.glued(j + 1) else j
    if k < n and k > j and toks[k].lower.rstrip(".") in ZONE_SUFFIXES:
        return k + 1
    stamp = j
    while stamp < n and stamp < j + 2 and toks[stamp].text in STAMP_OPENERS:
        stamp += 1  # "21.40--The", "14.07 -Voters": the dashes a live blog puts after its stamp
    if (
        j + 1 < n
        and toks[j].kind == "word"
        and (toks[j].lower == "local" or toks[j].text.istitle())
        and toks[j + 1].text in {"time", "Time"}
        and not tk.glued(j)
    ):
        return j + 2
    if not m.group(2) or stamp >= n or toks[stamp].kind != "word" or not toks[stamp].text[:1].isupper():
        return None
    w = toks[stamp].lower
    if w in PERCENT_WORDS or w in {"per", "cent", "points"} or w in kb.numbers.units:
        return None  # "14.20 Percent of ...", "12.30 Points": a figure in a headline's capitals
    if _currency_word_at(tk, stamp, kb) is not None or match_unit_after(tk, stamp, kb.units, True):
        return None  # "12.50 Euros was the fee"
    if (i > 0 and tk.glued(i)) or (stamp == j and tk.glued(j)):
        return None
    return j if _stamp_opens(tk, i) else None


def _stamp_opens(tk: Tokenized, i: int) -> bool:
    """Does the figure at i open an entry: a sentence's start, or after a spaced dash, a colon, or a
    quotation mark that closes a sentence ('... result." 22.00 Tarn TV')?"""
    toks = tk.tokens
    if i == 0 or toks[i - 1].sentence != toks[i].sentence:
        return True
    prev = toks[i - 1].text
    if prev in STAMP_OPENERS or prev == ":":
        return True
    return prev in {'"', "”"} and i > 1 and toks[i - 2].text in {".", "!", "?"}


def _marker_after_colon(tk: Tokenized, num: Number) -> bool:
    """Is the whole number at num, right after a colon and before a full stop, a list's marker
    ("Charges: 1. Fraud", "Terms: 1. 30 months")? A capitalised word or a figure follows the stop."""
    toks = tk.tokens
    i, j = num.first, num.last + 1
    if i < 2 or toks[i - 1].text != ":" or not toks[i].text.isdigit() or not 0 < num.value <= 30:
        return False
    if toks[i - 2].kind == "num":
        return False  # "a ratio of 3: 1": no list
    if j + 1 >= len(toks) or toks[j].text != "." or tk.glued(j + 1):
        return False
    after = toks[j + 1]
    return after.kind == "num" or (after.kind == "word" and after.text[:1].isupper())


def _clock_time(figure: str) -> bool:
    """Can this figure be a 12-hour clock time before am/pm? '2', '10', '2.15', '10.30' can; '2.1',
    '2.123' and '14' cannot."""
    m = re.fullmatch(r"(\d{1,2})(?:\.(\d{2}))?", figure)
    return m is not None and 1 <= int(m.group(1)) <= 12 and (m.group(2) is None or int(m.group(2)) < 60)


def _lost_space_hyphen(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """'The union says-1,000 workers', 'there have been-554 cases': a space written as a hyphen between
    a word of numbers.yaml hyphen_space_before, in lower case and not the end of a hyphenated chain
    ("2-in-1", "two-to-10-year") unless the chain is of those words too, and the figure at i. Not
    'COVID-19', 'over-65s', 'mid-30s': compounds."""
    toks = tk.tokens
    if i < 2 or toks[i - 1].text != "-":
        return False
    w = toks[i - 2]
    if w.kind != "word" or w.text != w.lower or w.lower not in kb.numbers.hyphen_space_before:
        return False
    # the end of a chain ("2-in-1", "two-to-10-year", "midnight-to-5", "Medicare-at-50") is a compound,
    # unless the word before is one of the same words ("is-only-11": more lost spaces)
    if i > 3 and tk.glued(i - 2) and toks[i - 3].text in {"-", "‐", "–"}:
        v = toks[i - 4]
        return v.kind == "word" and v.text == v.lower and v.lower in kb.numbers.hyphen_space_before
    return True


def _unit_spans(tk: Tokenized, j: int, k: int, kb: Knowledge) -> bool:
    """Is tokens j..k (at least) one unit symbol glued to a figure ('m2' in '24703m2')?"""
    m = match_unit_after(tk, j, kb.units, True)
    return m is not None and m.last >= k


def _day_before_year(tk: Tokenized, num: Number) -> bool:
    """Is the figure at num a day written before a comma and a year, a month named a few words before
    it in its sentence ('July, 14, 2011', 'from Oct. 2, 2015, and 9, 2015')?"""
    toks = tk.tokens
    i, j = num.first, num.last + 1
    t = toks[i]
    if i != num.last or not t.text.isdigit() or not 1 <= int(t.text) <= 31 or j + 1 >= len(toks):
        return False
    year = toks[j + 1]
    if toks[j].text != "," or year.sentence != t.sentence:
        return False
    if len(year.text) != 4 or not year.text.isdigit():
        return False
    if not 1800 <= int(year.text) <= 2099:
        return False
    return any(
        toks[m].lower in MONTHS and toks[m].text[:1].isupper() and toks[m].sentence == t.sentence
        for m in range(max(0, i - 8), i)
    )


def _day_span_before_month(tk: Tokenized, num: Number) -> bool:
    """Is the figure at num the first day of a span of days before a month ('3 to 8 March',
    '3-8 March', '3 and 4 May')?"""
    toks = tk.tokens
    j = num.last + 1
    if j + 2 >= len(toks) or num.value is None or num.value != int(num.value) or not 1 <= num.value <= 31:
        return False
    joiner, day, month = toks[j], toks[j + 1], toks[j + 2]
    return (
        joiner.lower in {"to", "-", "–", "and"}
        and day.kind == "num"
        and day.text.isdigit()
        and num.value < int(day.text) <= 31
        and month.lower in MONTHS
        and month.text[:1].isupper()  # not "3 to 5 may be needed"
        and month.sentence == toks[num.last].sentence
    )
