"""Extract: a document's plain text -> its numeric claims.

One pass tokenises the text; then only the tokens around candidate figures are looked at:
the figure itself (numbers.py), what follows it (a unit, a currency, a percent sign, a counted
noun: units.py and the desk's noun lists), what precedes it (a hedge, a currency symbol,
"between"), and whether it is a claim at all (years, dates, times, ordinals, names, phone
numbers and list markers are not). Sentence-level features — who said it (attribution.py), what
happened, where and when (features.py) — are added after.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left

from numcheck.extraction.features import add_features
from numcheck.extraction.knowledge import Knowledge, knowledge
from numcheck.extraction.numbers import (
    HYPHENS,
    NOT_ORDINAL_FRACTIONS,
    Number,
    apply_abbreviation,
    apply_abbreviation_at,
    cap_place,
    read_number,
    scaled,
)
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Token, Tokenized, tokenize
from numcheck.extraction.units import Unit, match_unit_after, to_si
from numcheck.extraction.words import FUNCTION, MONTHS, NOT_NOUNS, STOP_AFTER, WEEKDAYS
from numcheck.models import SI, Claim, Document
from numcheck.rulepack import Hedge, RulePack

TIME_SUFFIXES = {"am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "edt", "est", "cet", "pdt", "pst", "cest"}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
PERCENT_WORDS = {"percent", "pct", "pc"}  # "2.4pc" is British newspaper style for per cent
# "1080p" is a video resolution, not pence
VIDEO_LINES = {144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0}
# words between a figure and its counted noun that say the count is an increment: "six more seats"
MORE_WORDS = {"more", "additional", "extra", "further", "fewer", "less"}
ONE_INCREMENTS = {"more", "additional", "extra", "other"}  # "one more sortie", "one other senator"
VOTE_WORDS = {"vote", "votes", "voted", "passed", "approved", "defeated", "margin", "tally", "won", "lost"}


def extract_claims(doc: Document, pack: RulePack) -> list[Claim]:
    """Every numeric claim in a document, in text order, ids `<doc>c<n>`."""
    kb = knowledge(pack)
    tk = tokenize(doc.text)
    # a figure too big for a float (300 digits and 'trillion trillion') is no claim: it would be inf
    raws = [r for r in scan(tk, kb) if all(v is None or math.isfinite(v) for v in (r.value, r.low, r.high))]
    _share_price_per_item(tk, raws, kb)
    _points_of_a_percentage(tk, raws, kb)
    if not raws:
        return []  # no figure: no features to read (who said it, what happened) for any claim
    claims = [to_claim(tk, r, kb, doc.id) for r in raws]
    add_features(tk, raws, claims, kb)
    for n, c in enumerate(claims):
        c.id = f"{doc.id}c{n}"
    return claims


def _points_of_a_percentage(tk: Tokenized, raws: list[Raw], kb: Knowledge) -> None:
    """'25 basis points' is 0.25 percentage points; '3.1 points' beside a percentage in its sentence
    is percentage points ('64.2%, up 3.1 points'; 'rose 4 points to 45%'), unless the percentage
    restates it ('fell 120 points, or 0.4%'): rules/units.yaml percentage_points."""
    toks = tk.tokens
    per = kb.pack.units.percentage_points
    for k, r in enumerate(raws):
        if r.value is None and not (r.is_range and r.low is not None and r.high is not None):
            continue  # a range is scaled end by end ("25 to 50 basis points" is 0.25 to 0.5 points)
        b, share = _basis_points_after(tk, r.last, per)
        if share is None:
            if r.kind != "count" or r.noun_span is None:
                continue
            a, b = r.noun_span
            if a != r.last + 1:
                continue
            share = per.get(" ".join([t.lower for t in toks[a : b + 1]]))
        if share is None:
            continue
        if share == 1 and not _a_change_of_points(tk, r.first, b, kb):
            continue  # "scored 98 points, 12% more"
        if share == 1 and not _beside_a_percentage(tk, raws, k, b):
            continue
        r.kind, r.counts, r.noun_class, r.noun_span, r.last = "percentage_point", None, None, None, b
        r.value, r.low, r.high = (None if v is None else scaled(v, share) for v in (r.value, r.low, r.high))
        r.place *= share


def _basis_points_after(tk: Tokenized, last: int, per: dict[str, float]) -> tuple[int, float | None]:
    """Points worth less than a percentage point (basis points) right after a figure, also named
    in the singular before the noun they measure ('a 300 basis point gain', 'a 300-basis-point
    gain'): the last token of the unit and its share of a percentage point, else (last, None)."""
    toks = tk.tokens
    words: list[str] = []
    j = last + 1
    while j < len(toks) and len(words) < 2:
        if toks[j].text != "-":  # "300-basis-point"
            words.append(toks[j].lower)
        j += 1
    one = per.get(words[0]) if words else None
    if one is not None and one < 1:
        return last + 1, one  # "40 bps", "a 25bps cut": an abbreviation of one word
    share = per.get(" ".join(words))
    if len(words) < 2 or share is None or share >= 1:
        return last, None
    return j - 1, share


def _a_change_of_points(tk: Tokenized, first: int, last: int, kb: Knowledge) -> bool:
    """Points that are a change or a lead: a direction word or 'by' just before them ('up 3.1
    points', 'rose 4 points'), or a comparison just after ('six points ahead of')."""
    change = kb.pack.relations.change
    moves = {*change.up, *change.down, "by"}
    toks = tk.tokens
    if any(t.lower in moves for t in toks[max(0, first - 2) : first]):
        return True
    cmp = kb.pack.relations.comparison
    after = {p.split()[0] for p in (*cmp.ahead, *cmp.behind)}
    return last + 1 < len(toks) and toks[last + 1].lower in after


def _beside_a_percentage(tk: Tokenized, raws: list[Raw], k: int, last: int) -> bool:
    """Is a percentage the figure before or after raws[k] in its sentence, not restating it after
    'or' or in brackets ('fell 120 points, or 0.4%')?"""
    toks = tk.tokens
    r = raws[k]
    s = toks[r.first].sentence
    for x in (raws[k - 1] if k else None, raws[k + 1] if k + 1 < len(raws) else None):
        if x is None or x.kind != "percent" or toks[x.first].sentence != s:
            continue
        between = toks[x.last + 1 : r.first] if x.first < r.first else toks[last + 1 : x.first]
        if not {"or", "("} & {t.lower for t in between}:
            return True
    return False


def _share_price_per_item(tk: Tokenized, raws: list[Raw], kb: Knowledge) -> None:
    """A price per item lends its item to a plain amount of its currency that it is compared with
    in the same sentence ("6.40 euros a share, up from 6.15 euros", "from $18 to $21 a share"): only
    the words of `per_item_shared_by` stand between the two."""
    toks = tk.tokens
    for a, b in zip(raws, raws[1:], strict=False):
        if a.kind != "money" or b.kind != "money" or not a.currency or not b.currency:
            continue
        if toks[a.first].sentence != toks[b.first].sentence:
            continue
        between = toks[a.last + 1 : b.first]
        if len(between) > 4 or not all(t.text == "," or t.lower in kb.per_item_shared_by for t in between):
            continue
        base_a, _, item_a = a.currency.partition("/")
        base_b, _, item_b = b.currency.partition("/")
        if base_a != base_b or bool(item_a) == bool(item_b):
            continue
        if item_a and item_a in kb.per_item:
            b.currency = a.currency
        elif item_b and item_b in kb.per_item:
            a.currency = b.currency


def scan(tk: Tokenized, kb: Knowledge) -> list[Raw]:
    toks = tk.tokens
    out: list[Raw] = []
    # asked of every word: the vague phrases' first words, the named figures' and the number starters
    vague_first, named_first = kb.vague_by_first, kb.units.named_first
    starters, may_start = kb.numbers.starters, kb.numbers.may_start
    word_starts = kb.word_starts
    # the tokens anything below may start at, in one pass: a figure, a full stop (".5"), a word
    # in word_starts, a one-character word that may start a number (a vulgar fraction); every
    # other token (most words, all other symbols) starts nothing
    at_tokens = [
        k
        for k, t in enumerate(toks)
        if (
            (t.lower in word_starts or (len(t.text) == 1 and may_start(t.text)))
            if t.kind == "word"
            else (t.kind == "num" or t.text == ".")
        )
    ]
    n_at = len(at_tokens)
    at = 0  # the token the reading goes on from
    while True:
        c = bisect_left(at_tokens, at)
        if c == n_at:
            break
        i = at_tokens[c]
        t = toks[i]
        if t.kind == "word":
            v = _vague_at(tk, i, kb) if t.lower in vague_first else None
            if v is not None:
                out.append(v)
                at = v.last + 1
                continue
            named = _named_figure_at(tk, i, kb) if t.lower in named_first else None
            if named is not None:
                out.append(named)
                at = named.last + 1
                continue
            occasions = _occasions_at(tk, i, kb) if t.lower in kb.occasion_words else None
            if occasions is not None:
                out.append(occasions)  # "arrested twice in May", "at least once", "once a week"
                at = occasions.last + 1
                continue
            if t.lower not in starters and not may_start(t.text):
                at = i + 1
                continue
        num = read_number(tk, i, kb.numbers)
        if num is None and (t.lower in {"a", "an"} or (t.lower == "one" and i > 0)):
            # "a gallon"; "that one mile", "the one kilometre loop": the reader leaves "one" after a
            # determiner ("the one you mentioned"), but one unit after it is still a figure
            one = _one_unit_at(tk, i, kb, out)
            if one is not None:
                out.append(one)
                at = one.last + 1
                continue
        if num is None or (num.words and num.first == num.last and t.lower == "half"):
            after_position = i > 0 and toks[i - 1].lower in kb.period_positions  # "the first half of 2017"
            half = _half_of(tk, i, kb) if num is not None and not after_position else None
            if half is not None:
                out.append(half)  # "half of the county": a share, as "a third of the country"
            at = i + 1  # a bare "half" ("half the soldiers") is a share without a figure
            continue
        skip_to = _not_a_claim(tk, num, kb)
        if skip_to is not None:
            at = max(skip_to, i + 1)
            continue
        raw = _read_claim(tk, num, kb)
        if raw is None:
            at = num.last + 1
            continue
        out.append(raw)
        aside = raw.features.pop("aside", None)
        if isinstance(aside, int) and raw.noun_span is not None and aside < raw.noun_span[1]:
            at = aside + 1  # "seven (now six) countries": on into the aside
            continue
        base = raw.features.pop("base_last", None)  # "31 thefts per 10,000 homes": past the rate's base
        ends = [raw.last, raw.noun_span[1] if raw.noun_span else raw.last, raw.number_last]
        at = max(*ends, base if isinstance(base, int) else raw.last) + 1
    return out


# ---------------------------------------------------------------- what is not a claim

CENTS = frozenset({"cent", "cents"})  # the subunit words a currency before them may own
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
    if WEB_ADDRESS_RE.search(text[a:b].rstrip(".,;:)")) is None:
        return None
    k = num.last + 1
    while k < len(tk.tokens) and tk.tokens[k].end <= b:
        k += 1
    return k


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
        if prev is not None and "_" in (prev.text, nxt.text if nxt is not None else "") and (
            (prev.text == "_" and tk.glued(i)) or (nxt is not None and nxt.text == "_" and tk.glued(j))
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
        if (
            num.last == i
            and t.text.isdigit()
            and _street_address_at(tk, j, kb)
        ):
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
            if second <= num.value:
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
            if not (prev is not None and (prev.text in kb.units.currency_symbols)):
                unit_next = nxt is not None and (
                    nxt.text == "%"
                    or (nxt.text not in {"'", "’", "′"} and match_unit_after(tk, j, kb.units, tk.glued(j)))
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
                if not unit_next and not counted and not dated:
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


def _sentence_start(tk: Tokenized, i: int) -> bool:
    if i == 0:
        return True
    t = tk.tokens[i]
    return tk.tokens[i - 1].sentence != t.sentence or tk.tokens[i - 1].text in {"“", '"', "‘", "(", "—", ":"}


# ---------------------------------------------------------------- reading a claim


def _vague_at(tk: Tokenized, i: int, kb: Knowledge) -> Raw | None:
    toks = tk.tokens
    for phrase, v in kb.vague_by_first.get(toks[i].lower, ()):
        k = len(phrase)
        if i + k > len(toks):
            continue
        if tuple([t.lower for t in toks[i : i + k]]) != phrase:
            continue
        if v.alone and not _vague_alone(tk, i, kb):
            continue
        raw = Raw(i, i + k - 1, v.value, v.low, v.high, vague=True, hedge="vague")
        raw.number_first, raw.number_last = i, i + k - 1
        scale, e = 1.0, i + k
        while phrase[-1] != "of" and e < len(toks) and toks[e].lower in kb.numbers.scales:
            scale *= kb.numbers.scales[toks[e].lower]  # "several hundred million dollars"
            e += 1
        if scale >= 100:
            raw.value = None if v.value is None else v.value * scale
            raw.low, raw.high = v.low * scale, v.high * scale
            raw.last = raw.number_last = e - 1
            k = e - i
        e = i + k
        if phrase[-1] == "of" and scale == 1.0 and e < len(toks) and toks[e].sentence == toks[i].sentence:
            # "hundreds of billions of dollars", "hundreds of millions": a plural scale after the
            # phrase's "of" scales the whole amount, as "hundreds of millions of" in vague.yaml does
            plural = toks[e].lower
            if plural.endswith("s") and kb.numbers.scales.get(plural, 0) >= 1000:
                f = kb.numbers.scales[plural]
                raw.value = None if v.value is None else v.value * f
                raw.low, raw.high = v.low * f, v.high * f
                if e + 1 < len(toks) and toks[e + 1].lower == "of":
                    e += 1 if toks[e + 1].sentence == toks[e].sentence else 0
                raw.last = raw.number_last = e
                k = e - i + 1
        # "hundreds of millions of dollars", "tens of thousands of troops"
        cur = _currency_word_at(tk, i + k, kb)
        if cur:
            raw.kind, raw.currency = "money", cur[0]
            raw.last = cur[1]
            _read_price_per_unit(tk, raw, kb)  # "thousands of dollars per month"
        elif not v.alone:  # "dozens were hurt": the amount stands alone, no noun after it
            _find_noun(tk, i + k, raw, kb)
            if raw.counts is None:
                _vague_unit_or_whole(tk, i + k, raw, kb)
            times = i + k < len(toks) and toks[i + k].lower == "times"
            if raw.counts is None and raw.kind == "number" and times:
                _bare_rate(tk, raw, kb)  # "several times in the spring", "dozens of times a day"
        return raw
    return None


def _vague_alone(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """'the blast killed dozens', 'hundreds were arrested': a plural vague amount standing alone is
    the counted thing; not a name ('Hundreds' inside a sentence), not after a figure or a word of
    the pack's `alone_not_after` ('by the dozens', 'in the thousands'), not before a hyphen."""
    toks = tk.tokens
    t = toks[i]
    if t.text[:1].isupper() and not _sentence_start(tk, i):
        return False
    if i + 1 < len(toks) and toks[i + 1].text in {"-", "‐", "–"} and toks[i + 1].sentence == t.sentence:
        return False
    if _joined_before_of(tk, i, kb):
        return False
    if i == 0 or toks[i - 1].sentence != t.sentence:
        return True
    before = toks[i - 1]
    if before.kind == "num" or before.lower in kb.numbers.starters:
        return False
    return before.lower not in kb.vague_alone_not_after


def _joined_before_of(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """'hundreds, or at times thousands, of pounds', 'dozens and dozens of people': joined to a
    second amount that has the 'of' and the noun, the first is part of that phrase, not a count."""
    toks = tk.tokens
    if i + 1 >= len(toks) or toks[i + 1].lower not in kb.vague_alone_joined_by:
        return False
    for j in range(i + 2, min(i + 9, len(toks))):
        if toks[j].sentence != toks[i].sentence:
            return False
        if toks[j].lower == "of":
            return True
    return False


def _vague_unit_or_whole(tk: Tokenized, j: int, raw: Raw, kb: Knowledge) -> None:
    """'several months', 'hundreds of hours': a vague amount of a unit; 'several of their friends',
    'hundreds of their clients': of the noun after the determiner."""
    toks = tk.tokens
    n = len(toks)
    if j >= n or toks[j].sentence != toks[raw.first].sentence:
        return
    m = match_unit_after(tk, j, kb.units, False)
    if m is not None and m.unit.pint and m.unit.entity in {"time", "length", "area", "mass", "volume"}:
        if toks[m.last].lower.endswith("s") or toks[m.last].lower in kb.units.plurals:
            raw.kind, raw.unit, raw.last = "quantity", m.unit, m.last
        return
    k = j + 1 if toks[j].lower == "of" else j
    if k == j and toks[raw.last].lower != "of":
        return
    if k >= n or not (toks[k].lower in OF_DETERMINERS or _possessive(toks[k].lower)):
        return
    while k < n and k <= j + 3 and (toks[k].lower in OF_DETERMINERS or _possessive(toks[k].lower)):
        k += 1
    probe = Raw(0, 0, None, None, None)
    _find_noun(tk, k, probe, kb)
    if probe.noun_span is not None and toks[probe.noun_span[1]].lower.endswith("s"):
        raw.counts, raw.noun_class, raw.kind = probe.counts, probe.noun_class, "count"


def _half_of(tk: Tokenized, i: int, kb: Knowledge) -> Raw | None:
    """'Half of the county', 'half of them': 50 percent, as 'a third of the country' is a share.
    Without 'of' only before a determiner and a plural ('half the world's countries', 'half their
    members') or a whole made of people ('half the region's electorate': rules/nouns.yaml
    half_wholes): 'half the price' and 'half the time' compare, they take no share of anything."""
    toks = tk.tokens
    if _halved(tk, i, kb):
        return _share_of_half(i)  # "cut the fee in half", "fell by half"
    if i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence:
        return None
    nxt = toks[i + 1].lower
    subject = nxt in kb.half_subject_verbs  # "about half are retired"
    of_whole = nxt in kb.half_of_determiners  # "half that amount", "served half his term"
    if nxt != "of" and not subject and not of_whole and not _half_the_plural(tk, i + 1, kb):
        return None
    if i > 0 and (toks[i - 1].lower in {"a", "one"} or _and_after_a_figure(tk, i - 1)):
        return None
    return _share_of_half(i)


def _share_of_half(i: int) -> Raw:
    """The share a 'half' at token i names: 50 percent, as 'a third' names a third."""
    raw = Raw(i, i, 50.0, 49.5, 50.5, kind="percent", words=True)
    raw.number_first = raw.number_last = i
    return raw


def _and_after_a_figure(tk: Tokenized, j: int) -> bool:
    """Is token j an 'and' after a figure ('three and half years': the half of a figure, no share)?
    'sales doubled, and half of that came from abroad' is a share."""
    toks = tk.tokens
    return toks[j].lower == "and" and j > 0 and toks[j - 1].kind == "num"


def _halved(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Is the 'half' at token i the end of a cut ('cut the fee in half', 'fell by half'): after one of
    rules/nouns.yaml half_cut_before with a verb of change (range_change_verbs) up to nine tokens
    before it, and before no noun phrase or hyphen of its own ('in half the time', 'by half a point',
    'by half-an-hour' are read as they are elsewhere)? 'Torn in half' and 'split in half' cut nothing."""
    toks = tk.tokens
    if i == 0 or toks[i - 1].lower not in kb.half_cut_before or toks[i - 1].sentence != toks[i].sentence:
        return False
    if not any(
        t.lower in kb.change_verbs and t.sentence == toks[i].sentence for t in toks[max(0, i - 10) : i - 1]
    ):
        return False
    if i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence:
        return True
    nxt = toks[i + 1]
    if nxt.text in HYPHENS:
        return False
    return nxt.kind != "word" or nxt.lower in kb.half_cut_after


def _half_the_plural(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """Do the words from token j name a plural whole after a determiner ('the world's countries',
    'their members', 'the staff')?"""
    toks = tk.tokens
    n = len(toks)
    k = j
    while k < n and k <= j + 2 and (toks[k].lower in OF_DETERMINERS or _possessive(toks[k].lower)):
        k += 1
    if k == j or k >= n or toks[k].sentence != toks[j].sentence:
        return False
    if toks[k].lower in kb.half_wholes:
        return True  # "half the population", "half the region's electorate": a whole made of people
    adjective = toks[k].text.islower() and toks[k].text.isalpha()
    if adjective and k + 1 < n and toks[k + 1].lower in kb.half_wholes:
        return True  # "half the yearly budget": past one adjective
    probe = Raw(0, 0, None, None, None)
    _find_noun(tk, k, probe, kb)
    if probe.noun_span is None or probe.counts is None:
        return False
    noun = probe.counts.split()[-1].lower()
    return (
        noun.endswith("s")
        or noun in IRREGULAR
        or noun in kb.plurals_without_s
        or probe.noun_class in kb.people_kinds
    )


def _named_figure_at(tk: Tokenized, i: int, kb: Knowledge) -> Raw | None:
    """A phrase that names a figure without writing it ('absolute zero', rules/units.yaml): that
    figure in its unit, exact (it has no rounding). A hedge of approximation before it is kept on the
    claim ('roughly absolute zero'); a bound ('0.5 degrees above absolute zero', 'nearly absolute
    zero') is a relation to it, not a hedge."""
    toks = tk.tokens
    for phrase, (value, unit) in kb.units.named.items():
        last = i + len(phrase) - 1
        if last >= len(toks) or toks[last].sentence != toks[i].sentence:
            continue
        if tuple([t.lower for t in toks[i : last + 1]]) != phrase:
            continue
        raw = Raw(i, last, value, None, None, kind="quantity", unit=unit, words=True, place=0.0)
        raw.number_first, raw.number_last = i, last
        _measurand_after(tk, last + 1, raw)
        _hedge_words(tk, i, raw, kb, kinds={"approx"})
        _interval(raw, kb)
        return raw
    return None


def _one_unit_at(tk: Tokenized, i: int, kb: Knowledge, out: list[Raw]) -> Raw | None:
    """'a gallon', 'a kibibyte', 'a penny', 'that one mile': one unit. Not a rate ('$4 a gallon', '10
    miles a day'), not a time ('a year ago'), not a unit word that is also an English word ('a foot',
    'a ton of')."""
    toks = tk.tokens
    n = len(toks)
    j = i + 1
    if j >= n or toks[j].kind != "word" or toks[j].sentence != toks[i].sentence:
        return None
    if i > 0:
        p = toks[i - 1]
        if p.kind == "num" or p.lower in {"per", "once", "twice", "thrice", "times"} or p.text in {"-", "/"}:
            return None
        if p.text in kb.units.currency_symbols or (out and out[-1].last >= i - 2):
            return None
    word = toks[j].lower
    if word in kb.pack.units.ambiguous_symbols or word in CENTS or len(word) < 3:
        return None  # "a u.s. judge": symbols are never read after "a"
    raw = Raw(i, j, 1.0, None, None, words=True)
    raw.number_first = raw.number_last = i
    half = i > 0 and toks[i - 1].lower == "half" and toks[i - 1].sentence == toks[i].sentence
    if half:
        raw.first, raw.value, raw.place = i - 1, 0.5, 0.5  # "half a mile"
    sub = kb.pack.units.subunits.get(word)
    if sub is not None and not word.endswith("s"):
        raw.kind, raw.currency, raw.value, raw.place = "money", sub.currency, sub.share, sub.share
    else:
        m = match_unit_after(tk, j, kb.units, False)
        if m is None or (m.last != j and not half):
            return None  # "half a square mile", "half a month's rain"; not "a square mile" alone
        and_a_half = [t.lower for t in toks[j + 1 : j + 4]] == ["and", "a", "half"]
        if m.unit.entity == "temperature" or (m.unit.entity == "time" and not (half or and_a_half)):
            return None  # "a year ago"; but "a year and a half" is a span of time
        if kb.units.singular(toks[m.last].lower) != toks[m.last].lower:
            return None  # "a miles"
        raw.last = m.last
        raw.kind, raw.unit = "quantity", m.unit
        if [t.lower for t in toks[j + 1 : j + 4]] == ["and", "a", "half"] and raw.value == 1.0:
            raw.last, raw.value, raw.place = j + 3, 1.5, 0.5  # "a mile and a half"
    _measurand_after(tk, raw.last + 1, raw)
    _hedge_words(tk, i, raw, kb)
    _interval(raw, kb)
    return raw


def _hedge_words(tk: Tokenized, i: int, raw: Raw, kb: Knowledge, kinds: set[str] | None = None) -> None:
    """The hedge written before token i ('about a mile', 'nearly absolute zero'), on raw; only a
    hedge of `kinds` when given."""
    h = _hedge_before(tk, i, kb)
    if h is None or (kinds is not None and h[0].kind not in kinds):
        return
    raw.hedge = h[0].name
    raw.features["hedge_kind"] = h[0].kind
    raw.features["hedge_width"] = h[0].width
    raw.features["hedge_phrase"] = " ".join([t.lower for t in tk.tokens[h[1] : i]])


def _currency_symbol_before(tk: Tokenized, i: int, kb: Knowledge) -> tuple[str, int] | None:
    toks = tk.tokens
    if i == 0:
        return None
    p = toks[i - 1]
    # a code in capitals, or in lower case when it is no English word ("rmb 10", not "cad") and no
    # figure before it owns it ("10 rmb 20 usd"; but "rmb 10 usd 20": that figure has its code)
    owner = i >= 2 and toks[i - 2].kind == "num"
    if owner and i >= 3 and _currency_code(toks[i - 3].text, kb) is not None:
        owner = False
    lower_ok = p.lower not in kb.pack.units.codes_that_are_words and not owner
    code = _currency_code(p.text, kb) if p.kind == "word" and (p.text.isupper() or lower_ok) else None
    if code is not None and code[1] == 1.0 and (i < 2 or toks[i - 2].text not in kb.units.currency_symbols):
        return code[0], i - 1  # "USD 200", "USD115", "EUR 125"
    if p.text in kb.pack.units.lost_signs and tk.glued(i) and _sum_after_lost_sign(tk, i, kb):
        return kb.pack.units.lost_signs[p.text], i - 1  # "PS45,000": a pound sign lost on the way
    if not tk.glued(i) and not (p.text in kb.units.currency_symbols and not p.text[-1:].isalpha()):
        return None
    if p.text in kb.units.currency_symbols:
        if i >= 2 and toks[i - 2].kind == "num" and _has_own_currency_after(tk, i, kb):
            return None  # "10 $ 30 $": the first sign closes "10 $"
        # "US$", "C$", "A$"
        if i >= 2 and tk.glued(i - 1) and toks[i - 2].text + p.text in kb.units.currency_symbols:
            return kb.units.currency_symbols[toks[i - 2].text + p.text], i - 2
        # "C $ 16.4 million", "hk $ 10": the country letters spaced from the sign, as tokenised
        # copy writes them; never "a $ 5" or "'s $ 5"
        prefix = toks[i - 2] if i >= 2 else None
        if (
            prefix is not None
            and tk.text[prefix.end : p.start] == " "
            and prefix.kind == "word"
            and prefix.lower not in {"a", "s"}
            and prefix.text.upper() + p.text in kb.units.currency_symbols
        ):
            return kb.units.currency_symbols[prefix.text.upper() + p.text], i - 2
        # "CAD$15", "nzd$15": an ISO code written before the dollar sign
        if i >= 2 and p.text == "$" and tk.glued(i - 1) and toks[i - 2].kind == "word":
            code = _currency_code(toks[i - 2].text, kb)
            if code is not None and code[1] == 1.0:
                return code[0], i - 2
        return kb.units.currency_symbols[p.text], i - 1
    if p.kind == "word" and p.text in kb.units.currency_symbols and p.text.isupper():  # "USD 5", "EUR 3"
        return kb.units.currency_symbols[p.text], i - 1
    return None


def _sum_after_lost_sign(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Is the figure at token i, glued after a lost currency sign ("PS", rules/units.yaml
    lost_signs), written as a sum: with a thousands group or decimals ("PS45,000", "PS2.50") or before
    a scale word ("PS3 million")? Not a bare small figure ("PS4" is a console)."""
    toks = tk.tokens
    t = toks[i]
    if t.kind != "num":
        return False
    if "," in t.text or "." in t.text:
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.kind == "word" and nxt.lower in kb.numbers.scales


def _cents_named_before(tk: Tokenized, k: int, kb: Knowledge) -> str | None:
    """The currency of cents named earlier in the sentence ('26 euro cents a litre, up from 22
    cents'): bare cents at token k are of the same currency, not US cents."""
    toks = tk.tokens
    if toks[k].lower not in CENTS:
        return None
    m = k - 1
    while m > 0 and toks[m].sentence == toks[k].sentence:
        if toks[m].lower in CENTS:
            for start in (m - 2, m - 1):
                cur = _currency_word_at(tk, start, kb) if start >= 0 else None
                if cur is not None and cur[1] == m - 1:
                    return cur[0]
        m -= 1
    return None


def _currency_word_at(tk: Tokenized, j: int, kb: Knowledge) -> tuple[str, int] | None:
    toks = tk.tokens
    if j >= len(toks) or toks[j].kind != "word":
        return None
    for k in (2, 1):
        if j + k <= len(toks):
            phrase = " ".join([t.lower for t in toks[j : j + k]])
            if phrase in kb.units.currency_words:
                return kb.units.currency_words[phrase], j + k - 1
    # a country written with full stops before the currency word: "5 U.S. dollars"
    k = j
    n = len(toks)
    while k + 1 < n and k - j < 6 and len(toks[k].text) == 1 and toks[k + 1].text == "." and tk.glued(k + 1):
        k += 2
        if k >= n or not tk.glued(k):
            break
    if k > j and k < n and toks[k].kind == "word":
        phrase = "".join([t.lower for t in toks[j:k]]) + " " + toks[k].lower
        if phrase in kb.units.currency_words:
            return kb.units.currency_words[phrase], k
    return None


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


def _currency_code(word: str, kb: Knowledge) -> tuple[str, float] | None:
    """An ISO code written as a word ('USD', 'usd', 'RMB') -> (code, 1); 'MUSD', 'MEUR' (millions of)
    -> (code, 1e6)."""
    if not word.isalpha() or not (3 <= len(word) <= 4) or not (word.isupper() or word.islower()):
        return None
    up = word.upper()
    if len(up) == 3 and up in kb.units.currency_symbols:
        return kb.units.currency_symbols[up], 1.0
    if len(up) == 4 and up[0] == "M" and up[1:] in kb.units.currency_symbols and word.isupper():
        return kb.units.currency_symbols[up[1:]], 1e6
    return None


def _unit_spans(tk: Tokenized, j: int, k: int, kb: Knowledge) -> bool:
    """Is tokens j..k (at least) one unit symbol glued to a figure ('m2' in '24703m2')?"""
    m = match_unit_after(tk, j, kb.units, True)
    return m is not None and m.last >= k


def _hedge_before(tk: Tokenized, i: int, kb: Knowledge) -> tuple[Hedge, int] | None:
    toks = tk.tokens
    for k in range(min(kb.hedge_max, i), 0, -1):
        phrase = tuple([t.lower for t in toks[i - k : i]])
        h = kb.hedges.get(phrase)
        if h is not None and all(t.kind == "word" or t.text == "." for t in toks[i - k : i]):
            return h, i - k
    return None


def _modifier_noun_after_a(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'a six page letter', 'an 18 hole course': after "a" a figure above one and a singular noun
    before another noun are a modifier written without its hyphen ('a six-page letter'); the
    singular noun is counted."""
    toks = tk.tokens
    n = len(toks)
    j = raw.last + 1
    if raw.value is None or raw.value <= 1 or raw.first == 0 or toks[raw.first - 1].lower not in {"a", "an"}:
        return
    if j + 1 >= n or toks[j].sentence != toks[raw.last].sentence or tk.glued(j):
        return
    t = toks[j]
    w = t.lower
    if not (t.kind == "word" and t.text.isalpha() and t.text.islower() and len(w) >= 3):
        return
    if (
        w.endswith(("s", *ADJECTIVE_ENDINGS))
        or (w.endswith("ed") and len(w) > 4)
        or w in STOP_AFTER
        or w in CLAUSE_WORDS
        or w in kb.common_verbs
        or w in kb.not_counted
        or w in kb.not_hyphen_nouns
        or w in kb.numbers.units
        or kb.numbers.is_number_word(w)
    ):
        return
    if not _compound_word(tk, j + 1, kb) or toks[j + 1].sentence != t.sentence:
        return
    if "." in toks[raw.number_last].text or toks[j + 1].lower in kb.name_labels:
        return  # "a 4.0 grade point average", "a 202 area code": a score and a label, no count
    raw.counts = t.text
    raw.noun_class = w
    raw.noun_span = (j, j)
    raw.measurand = tk.text[toks[raw.first].start : t.end]
    raw.kind = "count"


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


def _hyphen_idiom(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """'a one-stop shop', 'the two-state solution', 'Six-Party Talks': an idiom or a name on a
    spelled-out number and a hyphen (rules/nouns.yaml hyphen_idioms), or a manner or shape ('a
    three-pronged inquiry': hyphen_adjectives)."""
    toks = tk.tokens
    j = num.last + 1
    if not num.words:
        return False
    if j + 1 >= len(toks) or toks[j].text != "-" or not tk.glued(j):
        return _ends_hyphen_idiom(tk, num, kb)
    if toks[j + 1].lower in kb.hyphen_adjectives and tk.glued(j + 1):
        return True  # "a three-pronged inquiry", "a two-tiered system"
    words = [toks[num.last].lower]
    for t in toks[j + 1 : j + 8]:
        if t.kind == "word":
            words.append(t.lower)
        elif t.text != "-":
            break
        key = tuple(words)
        if key in kb.hyphen_idioms:
            return True
    return _ends_hyphen_idiom(tk, num, kb)


def _ends_hyphen_idiom(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """'a one-on-one meeting', 'the number-one reason': the number word ends an idiom of
    rules/nouns.yaml hyphen_idioms, its words joined by hyphens glued to them."""
    toks = tk.tokens
    k = num.first
    words = [toks[k].lower]
    while (
        k >= 2
        and toks[k - 1].text == "-"
        and tk.glued(k)
        and tk.glued(k - 1)
        and toks[k - 2].kind == "word"
    ):
        k -= 2
        words.insert(0, toks[k].lower)
        if tuple(words) in kb.hyphen_idioms:
            return True
    return False


def _read_claim(tk: Tokenized, num: Number, kb: Knowledge) -> Raw | None:
    toks = tk.tokens
    n = len(toks)
    if _hyphen_idiom(tk, num, kb):
        return None
    first = num.start
    currency: str | None = None
    multiplier = 1.0
    cs = _currency_symbol_before(tk, num.start, kb)
    if cs is not None:
        currency, first = cs
    elif num.start > 0 and toks[num.start - 1].kind == "word" and not tk.glued(num.start):
        mc = _currency_code(toks[num.start - 1].text, kb)
        if mc is not None and mc[1] != 1.0 and toks[num.start - 1].text.isupper():
            currency, multiplier, first = mc[0], mc[1], num.start - 1  # "MAUD 60"
    if num.abbreviation is not None:
        if num.abbreviation in {"m", "M"} and currency is None:
            # "40m" without a currency is metres, but "2.5m tonnes", "40m subscribers" are millions
            if num.scale_token is not None and _scale_before_noun(tk, num.scale_token + 1, kb):
                apply_abbreviation(num, kb.numbers)
            elif num.start > 0 and tk.glued(num.start) and toks[num.start - 1].text in LOST_SIGNS:
                apply_abbreviation(num, kb.numbers)  # "?150m", "\ufffd150m": a currency sign lost in the text
        else:
            apply_abbreviation(num, kb.numbers)
    elif (
        currency is None
        and num.last + 2 < n
        and toks[num.last + 1].text in SPACED_SCALE_LETTERS
        and not tk.glued(num.last + 1)
        and _scale_before_noun(tk, num.last + 2, kb)
    ):
        apply_abbreviation_at(num, num.last + 1, kb.numbers, toks[num.last + 1].text)  # "7 B users"
    raw = Raw(
        first,
        num.last,
        scaled(num.value, multiplier),
        None,
        None,
        place=num.unit_place * multiplier,
        words=num.words,
    )
    raw.number_first, raw.number_last = num.first, num.last
    if currency:
        raw.kind, raw.currency = "money", currency
    j = num.last + 1
    money_after = False
    # what follows the figure
    if j < n:
        t = toks[j]
        if t.text in {"%", "٪", "％"}:
            raw.kind, raw.last = "percent", j
        elif t.kind == "word" and t.lower in PERCENT_WORDS:
            raw.kind, raw.last = "percent", j
        elif (
            t.text == "-"
            and j + 1 < n
            and tk.glued(j)
            and tk.glued(j + 1)
            and toks[j + 1].lower in PERCENT_WORDS
            and raw.kind != "money"
        ):
            raw.kind, raw.last = "percent", j + 1  # "a 142-percent rise"
        elif _pence(tk, j, num):
            raw.kind, raw.currency, raw.last = "money", "GBP", j
            raw.value = scaled(num.value, 0.01)
            raw.place *= 0.01
        elif t.kind == "word" and t.lower == "per" and j + 1 < n and toks[j + 1].lower == "cent":
            raw.kind, raw.last = "percent", j + 1
        elif (
            t.kind == "word"
            and t.lower == "percentage"
            and j + 1 < n
            and toks[j + 1].lower.startswith("point")
        ):
            raw.kind, raw.last = "percentage_point", j + 1
        elif raw.kind != "money" and _money_after(tk, j, raw, kb):
            money_after = True
        elif raw.kind != "money" and _country_cents_at(tk, j, raw, kb):
            money_after = True
        elif raw.kind != "money":
            cur = _currency_word_at(tk, j, kb)
            if cur is None and t.lower in {"pound", "pounds"}:
                cur = ("GBP", j)
            if cur is not None and _is_money_word(tk, j, cur, raw, kb):
                raw.kind, raw.currency, raw.last = "money", cur[0], cur[1]
                money_after = True
                _read_cents_of(tk, raw, kb)
            else:
                _read_unit(tk, j, raw, kb)
                if raw.kind == "quantity":
                    _read_compound(tk, raw, kb)
                elif num.sign is not None and t.text in {"C", "F"} and _letter_alone(tk, j):
                    # "-40 C", "minus 5 F": a figure below zero and a spaced letter is a temperature
                    m = match_unit_after(tk, j, kb.units, True)
                    if m is not None and m.unit.entity == "temperature":
                        raw.kind, raw.unit, raw.last = "quantity", m.unit, m.last
    if raw.kind == "number" and raw.last == num.last and _after_age_word(tk, first, kb):
        raw.kind, raw.unit = "quantity", kb.units.words.get("year")  # "aged 86": years
        owner = _labelled_age_owner(tk, first, kb)
        if owner is not None:  # a roster's "Age: 57" line: the age of the person named above it
            raw.measurand = f"age of {owner[0]}" if owner[0] else "age"
            raw.features["age_of"] = owner[1]
    if raw.kind == "number" and raw.last == num.last:
        # "Jane Smith, 39, of Springfield"; "Mr. Hale was 66.", "Ann and Bob Hale, both 44, of Reston"
        whose = _age_after_name(tk, num, kb) or _age_of_a_subject(tk, num, kb)
        if whose is not None:  # their age in years
            raw.kind, raw.unit = "quantity", kb.units.words.get("year")
            raw.measurand = f"age of {whose[0]}"
            raw.features["age_of"] = whose[1]

    if raw.kind == "number" and raw.last == num.last and not num.words:
        scale = _named_scale(tk, first, num.last, num.value, kb)
        if scale is not None:
            raw.kind, raw.unit = "quantity", Unit(scale, None, scale)  # "a magnitude 5.2 earthquake"
    if num.slash and raw.kind == "number" and not (raw.last + 1 < n and toks[raw.last + 1].lower == "of"):
        return None  # "9/11", "24/7": a bare a/b is a claim only with a unit or "of"
    symbol_after = raw.features.pop("symbol_after", False)
    if money_after and not num.scaled and raw.value is not None and raw.value == int(raw.value):
        # after a sign ("10 $ 30 cents") only cents named in the same currency join the figure
        _read_money_and_cents(tk, raw, kb, named_only=bool(symbol_after))
    if raw.kind == "money":
        _read_price_per_unit(tk, raw, kb)
    _read_range(tk, raw, num, kb)
    if raw.kind == "money":
        _read_rate(tk, raw, kb)
        _read_price_per_unit(tk, raw, kb)
    if raw.kind == "number" and not raw.is_range and _percent_shared_after(tk, raw.last + 1):
        raw.kind = "percent"  # "48 and 31.5 percent, respectively"
    if raw.kind == "number":
        _find_noun(tk, raw.last + 1, raw, kb)
        if raw.counts is None:
            _modifier_noun_after_a(tk, raw, kb)  # "a six page letter", "a three judge panel"
        if (
            num.value == 1
            and raw.noun_span is not None
            and (raw.noun_span[1] > raw.last + 1 or toks[raw.noun_span[1]].lower in kb.one_modifiers_in_s)
            and toks[raw.noun_span[1]].lower.endswith("s")
        ):
            # "One analyst urges caution"; "one sales office" is left to _one_noun
            raw.counts = raw.noun_class = raw.noun_span = None
            raw.measurand, raw.kind = "", "number"
        if raw.noun_span is not None and _one_then_its_verb(tk, num, kb):
            # "One called police": the pronoun and its verb, not a count of police
            raw.counts = raw.noun_class = raw.noun_span = None
            raw.measurand, raw.kind = "", "number"
        if raw.counts is None:
            _partitive_noun(tk, raw.last + 1, raw, kb)
        if raw.counts is None and not raw.is_range and raw.value is not None:
            _ratio_noun(tk, raw, kb)  # "8 in 10 enrollees", "seven out of ten voters"
        if raw.counts is None and not raw.is_range:
            _noun_after_next_figure(tk, raw, num, kb)  # "914 and 630 closings"
        if raw.noun_span is not None:
            per = _per_time_at(tk, raw.noun_span[1] + 1, kb)
            if per is not None:
                raw.features["per"] = per[0].name  # "3 meals a day": a count per unit of time
    elif raw.kind == "quantity":
        _read_quantity_rate(tk, raw, kb)
    if raw.kind in {"money", "quantity"}:
        _measurand_after(tk, raw.last + 1, raw)
    if (
        raw.kind == "number"
        and num.value == 0.5
        and num.words
        and num.first > 0
        and toks[num.first - 1].lower == "and"
    ):
        return _and_a_half(tk, num, kb)  # "a day and a half": 1.5 days, not a share
    if raw.kind == "number" and 0 < num.value < 1 and num.words and _quarters_counted(tk, num, raw, kb):
        pass  # "in all but three quarters", "for two quarters in a row": quarters of a year, counted
    elif raw.kind == "number" and 0 < num.value < 1 and num.words and _fraction_of_unit(tk, raw, kb):
        pass  # "a quarter of a century", "a half a square mile": a part of one unit
    elif raw.kind == "number" and 0 < num.value < 1 and num.words and _fraction_noun(tk, num, raw, kb):
        pass  # "a half turn", "a quarter point": a part of one thing, counted as "two and a half turns" is
    elif raw.kind == "number" and 0 < num.value < 1 and num.words:
        # "a third", "three-quarters": a share, read as a percentage
        raw.kind = "percent"
        raw.value = round(num.value * 100, 6)
        raw.place = 1.0
        if raw.is_range and raw.low is not None and raw.high is not None and raw.high < 1:
            # "between a quarter and two-fifths": both ends are shares
            raw.value, raw.low, raw.high = None, round(raw.low * 100, 6), round(raw.high * 100, 6)
    one_digit = not num.words and tk.tokens[num.last].text == "1" and _one_digit_alone(tk, num.first)
    if raw.kind == "number" and raw.counts is None and (num.words or one_digit) and num.value in (0, 1):
        _one_noun(tk, num, raw, kb)  # "only one county", "zero income", "(1 officer)"
        if raw.counts is None and num.words and num.value == 1:
            _one_of_those_named(tk, num, raw, kb)  # "nine thefts, including one in which"
    if raw.kind in {"number", "count"} and not raw.features.get("per"):
        _per_population(tk, raw, kb)  # "201 per 100,000 people"
    if raw.kind == "number" and raw.counts is None and not raw.features.get("per"):
        _bare_rate(tk, raw, kb)  # "1.5 per woman", "400 per week"
    if (
        raw.kind == "number"
        and raw.counts is None
        and num.first == num.last
        and toks[num.first].text.isdigit()
        and len(toks[num.first].text) >= 5
    ):
        return None  # "14221", "22220": a code or an identifier (a count of that size has commas)
    if (
        raw.kind == "number"
        and raw.counts is None
        and not raw.is_range
        and not raw.features.get("per")
        and first > 0
        and toks[first - 1].lower in kb.rank_top
    ):
        return None  # "ranked in the top 20 for maths": a place in a ranking, no count
    if (
        raw.kind == "count"
        and not raw.is_range
        and first > 1
        and toks[first - 1].lower in kb.rank_top
        and (toks[first - 2].kind == "num" or kb.numbers.is_number_word(toks[first - 2].lower))
    ):
        return None  # "eight top three hits", "12 top-10 finishes": the band of places each is in
    if raw.kind == "number" and raw.counts is None and num.words:
        # spelled-out numbers with nothing counted: "one of them", "the two" are rarely claims
        # "one of the largest banks" (`one_of_idioms`): a figure the reader keeps, counting nothing
        bare_one = bool(raw.features.get("one_before_clause")) or bool(raw.features.get("one_of_description"))
        if num.value != int(num.value) or (num.value < 2 and not _one_listed(tk, num, kb) and not bare_one):
            return None
    h = _hedge_before(tk, first, kb)
    if h is not None:
        raw.hedge = h[0].name
        raw.features["hedge_kind"] = h[0].kind
        raw.features["hedge_width"] = h[0].width
        raw.features["hedge_phrase"] = " ".join([t.lower for t in tk.tokens[h[1] : first]])
    else:
        shared = _shared_hedge(tk, first, kb)
        if shared is not None:
            raw.hedge = shared[0].name
            raw.features["hedge_kind"] = shared[0].kind
            raw.features["hedge_width"] = shared[0].width
            raw.features["hedge_phrase"] = shared[1]
    _interval(raw, kb)
    return raw


def _shared_hedge(tk: Tokenized, i: int, kb: Knowledge) -> tuple[Hedge, str] | None:
    """The hedge (and its words) of the figure before "and" when it hedges the figure at token i as
    well ("something like 53,000 letters and 17,000 parcels"; hedges.yaml shared_over_and): token
    i - 1 is "and", one or two lower-case words before it (no function word: "about 300 homes were
    hit and 40 ..." is two clauses), a figure before them in digits, and a hedge of a shared kind
    right before that figure."""
    if not kb.hedge_shared_kinds or i < 3:
        return None
    toks = tk.tokens
    if toks[i - 1].lower != "and" or toks[i - 1].sentence != toks[i].sentence:
        return None
    k = i - 2
    while k > 0 and i - 2 - k < 2 and toks[k].kind == "word" and toks[k].text.islower():
        if toks[k].lower in FUNCTION:
            return None
        k -= 1
    if k == i - 2 or toks[k].kind != "num" or toks[k].sentence != toks[i].sentence:
        return None
    h = _hedge_before(tk, k, kb)
    if h is None or h[0].kind not in kb.hedge_shared_kinds:
        return None
    return h[0], " ".join(t.lower for t in toks[h[1] : k])


def _fraction_of_unit(tk: Tokenized, raw: Raw, kb: Knowledge) -> bool:
    """'a quarter of a century', 'a third of a mile', 'a half a square mile': a spelled-out fraction
    of one unit is that part of the unit (0.25 century), not a share. Sets the unit on `raw`. So is
    'a quarter of a percentage point' (0.25 percentage point) and 'a quarter of a point' (0.25
    point, as 'a quarter point' and 'fell 120.5 points' count points)."""
    toks = tk.tokens
    n = len(toks)
    j = raw.last + 1
    if j < n and toks[j].lower == "of":
        j += 1
    if j + 1 >= n or toks[j].lower not in {"a", "an"} or toks[j + 1].sentence != toks[raw.last].sentence:
        return False
    words = [t.lower for t in toks[j + 1 : j + 3]]
    if words == ["percentage", "point"]:
        raw.kind, raw.last = "percentage_point", j + 2
        return True
    if words[:1] == ["point"]:
        raw.kind, raw.counts, raw.noun_class = "count", toks[j + 1].text, "point"
        raw.noun_span, raw.measurand = (j + 1, j + 1), toks[j + 1].text
        return True
    m = match_unit_after(tk, j + 1, kb.units, False)
    if m is None or m.unit.entity == "temperature":
        return False
    word = toks[m.last].lower
    if kb.units.singular(word) != word:
        return False
    raw.kind, raw.unit, raw.last = "quantity", m.unit, m.last
    return True


def _named_scale(tk: Tokenized, i: int, j: int, value: float, kb: Knowledge) -> str | None:
    """The named scale (rules/units.yaml) a bare figure is on: 'magnitude 5.2', '4.7-magnitude',
    '6.1 quake', '6.1 on the Richter scale'."""
    toks = tk.tokens
    n = len(toks)
    before = toks[i - 1].lower if i > 0 and toks[i - 1].sentence == toks[i].sentence else ""
    if before in {"-", "‐"} and i > 1 and tk.glued(i):
        before = toks[i - 2].lower + "-"
    k = j + 1
    if k + 1 < n and toks[k].text in {"-", "‐"} and tk.glued(k) and tk.glued(k + 1):
        k += 1
    after = [t.lower for t in toks[k : k + 4] if t.sentence == toks[j].sentence]
    for name, sc in kb.pack.units.named_scales.items():
        if value is None or value > sc.max:
            continue
        if before in {w.lower() for w in sc.before}:
            return name
        for phrase in sc.after:
            words = phrase.lower().split()
            if after[: len(words)] == words:
                return name
    return None


def _and_a_half(tk: Tokenized, num: Number, kb: Knowledge) -> Raw | None:
    """'a day and a half', 'an hour and a half': one and a half of the unit; None for any other
    'and a half' left over (the rest of a figure read before it)."""
    toks = tk.tokens
    i = num.first - 2
    if i < 1 or toks[i - 1].kind == "num" or toks[i].kind != "word":
        return None  # "The past month and a half", "an hour and a half"
    m = match_unit_after(tk, i, kb.units, False)
    if m is None or m.last != i or kb.units.singular(toks[i].lower) != toks[i].lower:
        return None
    first = i - 1 if toks[i - 1].lower in {"a", "an"} else i
    raw = Raw(first, num.last, 1.5, None, None, kind="quantity", unit=m.unit, words=True)
    raw.number_first, raw.number_last = first, num.last
    raw.place = 0.5
    _interval(raw, kb)
    return raw


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
    """'48 and 31.5 percent', '12, 15 and 20%': the next figure of a list carries the percent sign."""
    toks = tk.tokens
    n = len(toks)
    if j + 2 >= n or toks[j].lower not in {"and", "or", ","}:
        return False
    k = j + 1
    if toks[k].kind != "num" or toks[k].sentence != toks[j].sentence:
        return False
    while k + 2 < n and toks[k + 1].lower in {"and", "or", ","} and toks[k + 2].kind == "num":
        k += 2
    nxt = toks[k + 1] if k + 1 < n else None
    return nxt is not None and (nxt.text in {"%", "٪", "％"} or nxt.lower in PERCENT_WORDS)


def _after_age_word(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """'aged 86', 'age 22', 'the age of 18', 'ages 18 to 24', 'between the ages of 16 and 18',
    'aged between 18 and 25', 'died on Sunday at 88', 'aged about 68'."""
    toks = tk.tokens
    k = i - 1
    if k >= 1 and toks[k].lower in {"and", "or"} and toks[k - 1].kind == "num" and toks[i].kind == "num":
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        noun = nxt is not None and nxt.sentence == toks[i].sentence and nxt.kind == "word"
        if noun and nxt is not None and nxt.lower not in STOP_AFTER:
            return False  # "men aged 25 and 40 women"
        return toks[k].sentence == toks[i].sentence and _after_age_word(tk, k - 1, kb)  # "ages 7 and 8"
    if k >= 1 and toks[k].lower in kb.age_bounds and toks[k - 1].lower in kb.age_groups:
        return _bare_age_after_group(tk, i)  # "children under 12 are"
    if k >= 1 and toks[k].lower in kb.age_turns:
        return _bare_age_after_group(tk, i)  # "who turned 80 last week"
    if k >= 1 and toks[k].lower in {"was", "is"} and _age_before_when(tk, i, kb):
        return True  # "she was 31 at the time", "he was 21 when he died"
    if _age_before_open_bound(tk, i, kb):
        return True  # "girls 15 and under", "people 65 and older"
    if k >= 1 and toks[k].lower in kb.age_hedges and toks[k - 1].lower in kb.age_words:
        k -= 1  # "aged about 68", "gave her age as 30"
    if k >= 1 and toks[k].lower == "of" and toks[k - 1].lower in {"age", "ages"}:
        k -= 1
    if k >= 1 and toks[k].lower == "between":
        k -= 1  # "aged between 18 and 25"
    if k >= 1 and toks[k].lower == "at" and toks[k].sentence == toks[i].sentence:
        # "died on Sunday at 88": the age at death (a whole number of years)
        if not _whole_age(toks[i]):
            return False
        near = toks[max(0, k - 4) : k]
        return any(t.lower in kb.death_words and t.sentence == toks[i].sentence for t in near)
    return k >= 0 and toks[k].lower in kb.age_words and toks[k].sentence == toks[i].sentence


def _labelled_age_owner(tk: Tokenized, i: int, kb: Knowledge) -> tuple[str, str | None] | None:
    """A roster's label line "Age: 57" (an age word and a colon opening its paragraph): whose age
    it is, the name the paragraph before gives alone ("JOHN ROE"; in lower case, as
    _age_after_name names a person), or no one's when that paragraph is no name. None when the
    figure is not so labelled."""
    toks = tk.tokens
    if i < 2 or toks[i - 1].text != ":" or toks[i - 2].lower not in kb.age_words:
        return None
    label = toks[i - 2]
    if label.index > 0 and toks[label.index - 1].paragraph == label.paragraph:
        return None  # "... gave her age: 30" inside a sentence: no roster line
    lines = [t for t in toks[max(0, label.index - 8) : label.index] if t.paragraph == label.paragraph - 1]
    first = label.index - len(lines)
    whole = first == 0 or toks[first - 1].paragraph != label.paragraph - 1
    named = 0 < len(lines) <= 5 and all(t.kind == "word" and t.text[:1].isupper() for t in lines)
    if not (whole and named and len(lines) >= 2):
        return "", None
    name = " ".join(t.text for t in lines)
    return name, " ".join(name.replace("’", "'").lower().split())


def _age_before_when(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Is the whole figure at i, after a person and "was" or "is", followed by a word of
    `age_whens` ("she was 31 at the time", "Ellen was 46 when")?"""
    toks = tk.tokens
    t = toks[i]
    if not _whole_age(t) or i < 2:
        return False
    person = toks[i - 2]
    if not (
        person.lower in kb.age_persons
        or (person.kind == "word" and person.text[:1].isupper() and not _sentence_start(tk, i - 2))
    ):
        return False
    for size in (1, 2, 3):
        after = toks[i + 1 : i + 1 + size]
        if len(after) == size and all(a.sentence == t.sentence for a in after):
            if tuple([t.lower for t in after]) in kb.age_whens:
                nxt = toks[i + 1 + size] if i + 1 + size < len(toks) else None
                second = nxt is not None and (nxt.kind == "num" or kb.numbers.is_number_word(nxt.lower))
                return not (after[-1].lower in {"and", "or"} and second)  # "Texas was 34 and 12"
    return False


def _age_before_open_bound(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Is the whole figure at i, after a group of people, followed by an open bound ("girls 15 and
    under", "people 65 and older")?"""
    toks = tk.tokens
    t = toks[i]
    if not _whole_age(t) or i < 1:
        return False
    if toks[i - 1].lower not in kb.age_groups or toks[i - 1].sentence != t.sentence:
        return False
    after = toks[i + 1 : i + 3]
    return (
        len(after) == 2
        and all(a.sentence == t.sentence for a in after)
        and tuple([t.lower for t in after]) in kb.age_open_bounds
    )


def _bare_age_after_group(tk: Tokenized, i: int) -> bool:
    """Is the figure at i, after a group of people and a bound ("children under 12", "people over
    65"), a whole number of years with no noun after it (not "people over 65 countries")?"""
    toks = tk.tokens
    t = toks[i]
    if not _whole_age(t) or t.sentence != toks[i - 2].sentence:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is None
        or nxt.sentence != t.sentence
        or nxt.kind != "word"
        or nxt.lower in STOP_AFTER
        or nxt.lower in {"last", "next", "today", "yesterday", "tomorrow"}  # "turned 80 last week"
    )


MAX_AGE = 120


def _whole_age(t: Token) -> bool:
    """Is token t a whole number written in digits that can be a person's age ("31", not "31.5")?"""
    return t.kind == "num" and t.text.isdigit() and int(t.text) <= MAX_AGE


def _words(tk: Tokenized, m: int, e: int) -> str:
    """The words of tokens m..e as written, in lower case, single-spaced ("a/k/a", "also known as")."""
    return " ".join(tk.text[tk.tokens[m].start : tk.tokens[e].end].lower().split())
NAME_JOINERS = {".", "-", "'", "’"}  # "J. Smith", "Smith-Jones", "O'Brien" inside a name


def _an_age_in_digits(tk: Tokenized, num: Number) -> bool:
    """Could the figure be an age as written beside a person: one whole number in digits, no
    scale, sign, fraction or ratio, at most MAX_AGE?"""
    if num.words or num.scaled or num.sign is not None or num.fraction or num.slash or num.ratio:
        return False
    return (
        num.first == num.last
        and 0 < num.value <= MAX_AGE
        and num.value == int(num.value)
        and "." not in tk.tokens[num.first].text
    )


def _age_after_name(tk: Tokenized, num: Number, kb: Knowledge) -> tuple[str, str | None] | None:
    """A figure set off by commas after a person: 'Jane Smith, 39, of Springfield', 'the
    defendant, 52, pleaded', 'Smith, 39, and Jones, 41, were'. Returns what to call the person
    and, for a name, the name in lower case (whose age it is: features.py resolves a surname alone
    to the full name given before it); a person named by a noun of `age_holders` ('the
    defendant') has no name: two such ages are never known to be one person's."""
    toks = tk.tokens
    n = len(toks)
    i, last = num.first, num.last
    if not _an_age_in_digits(tk, num):
        return None
    after = toks[last + 1] if last + 1 < n else None
    if after is None or after.sentence != toks[i].sentence or after.text != ",":
        name_next = (
            after is not None
            and after.lower == "and"
            and last + 2 < n
            and _is_name_word(toks[last + 2], kb)
            and toks[last + 2].sentence == toks[i].sentence
        )  # "Ada Moore, 45 and Tom Reyes, 58,"
        if not (
            after is None
            or after.sentence != toks[i].sentence
            or after.text in {".", ";"}
            or name_next
            or _of_place_after(tk, last + 1, kb)
        ):
            return None
    if after is not None and after.text == "," and last + 2 < n and toks[last + 2].kind == "num":
        return None  # "Texas and Utah, 12, 14 and 9 percent": a list of figures
    if i < 2 or toks[i - 1].text != "," or toks[i - 2].sentence != toks[i].sentence:
        return None
    return _person_before_comma(tk, i - 1, kb)


APPOSITION_WORDS = 3  # the most words between the comma after a name and a "-year-old" age


def _year_old_in_apposition(tk: Tokenized, i: int, kb: Knowledge) -> tuple[str, str | None] | None:
    """A "-year-old" age whose number is at token i, in apposition to the person named right before
    it: a comma, then at most APPOSITION_WORDS words of `age_determiners` or possessives ("Ana Ruiz,
    the mayor's 70-year-old sister", "Tom Reyes, a 45-year-old teacher", "Lena Holt, Ruiz' 63-year-old
    aide"). Then it is that person's age (one measurand per person, as for "Ana Ruiz, 70,")."""
    toks = tk.tokens
    j, words = i, 0
    while j >= 1 and toks[j - 1].sentence == toks[i].sentence:
        t = toks[j - 1]
        if t.text == ",":
            named = j >= 2 and toks[j - 2].sentence == t.sentence
            return _person_before_comma(tk, j - 1, kb) if named else None
        if t.text in {"'", "’"} and j >= 2 and toks[j - 2].kind == "word" and tk.glued(j - 1):
            j -= 2  # "Ruiz' ": a possessive written with the mark alone
        elif t.kind == "word" and (t.lower in kb.age_determiners or t.lower.endswith(("'s", "’s"))):
            j -= 1
        else:
            return None
        words += 1
        if words > APPOSITION_WORDS:
            return None
    return None


def _person_before_comma(tk: Tokenized, c: int, kb: Knowledge) -> tuple[str, str | None] | None:
    """The person named right before the comma at token c ('Jane Smith, ...', 'Leon Marsh Sr., ...',
    'the defendant, ...'): what to call them and, for a name, the name in lower case (None for a
    person named by a noun of `age_holders`); else None."""
    toks = tk.tokens
    k = _before_name_suffix(tk, _before_alias(tk, c - 1, kb), kb)
    head = toks[k]
    if head.kind != "word":
        return None
    if head.lower in kb.age_holders:
        j = k
        while j >= 1 and toks[j - 1].sentence == head.sentence and toks[j - 1].lower in kb.age_determiners:
            j -= 1
        if j == k:
            return None  # a bare "victim, 17," without "the", "a", "his": a list, not a person
        return tk.text[toks[j].start : head.start + len(head.text)], None
    if not _is_name_word(head, kb) or len(head.text) < 2:
        return None
    j = k
    while j >= 1:
        t = toks[j - 1]
        if t.paragraph != toks[j].paragraph:
            break
        if t.text == "." and j >= 2 and tk.glued(j - 1) and _initial(toks[j - 2]):
            j -= 2  # "David B. Moore": an initial (whose full stop may end a sentence to the splitter)
        elif t.sentence != toks[j].sentence and not _initial(toks[j]):
            break
        elif _is_name_word(t, kb):
            j -= 1
        elif t.text in NAME_JOINERS and j >= 2 and tk.glued(j) and tk.glued(j - 1):
            j -= 1  # "Smith-Jones", "O'Brien"
        else:
            break
    while j < k and toks[j].kind != "word":
        j += 1
    name = tk.text[toks[j].start : head.start + len(head.text)]
    if k != c - 1:
        # "Leon Marsh Sr., 75" and "Leon Marsh Jr., 50" are two people: the suffix is part of the name
        suffix = "".join(t.text for t in toks[k + 1 : c] if t.text != ",")
        name = f"{name} {suffix}"
    return name, " ".join(name.replace("’", "'").lower().split())


AGE_SUBJECT_TITLES = frozenset({"mr", "mrs", "ms", "dr"})
AGE_PRONOUNS = frozenset({"he", "she"})


def _age_of_a_subject(tk: Tokenized, num: Number, kb: Knowledge) -> tuple[str, str | None] | None:
    """A bare whole number that ends its clause after a person and "was" or "is" ("Mr. Hale was 66.",
    "Jo Hale is 41;", "he was 17,"), or set off by commas after "both" that follows two or more
    people ("Ann Hale and Bob Hale, both 44, of Reston"): their age in years. Returns what to call
    the person and, for one person named, the name in lower case (as _age_after_name does); None for
    a pronoun or for two people. The person is "he" or "she", a name of two capitalised words, or one
    after a title ("Mr.", "Ms."); a single capitalised word is not enough ("Revenue was 66.")."""
    toks = tk.tokens
    n = len(toks)
    i, last = num.first, num.last
    if not _an_age_in_digits(tk, num):
        return None
    if i < 2 or toks[i - 2].sentence != toks[i].sentence:
        return None
    after = toks[last + 1] if last + 1 < n and toks[last + 1].sentence == toks[i].sentence else None
    prev = toks[i - 1].lower
    if prev == "both":
        if after is None or after.text != "," or toks[i - 2].text != "," or i < 3:
            return None
        k = i - 3
        if not _is_name_word(toks[k], kb) or len(toks[k].text) < 2:
            return None
        m = k
        while m > 0 and toks[m - 1].sentence == toks[k].sentence and (
            _is_name_word(toks[m - 1], kb) or toks[m - 1].lower == "and" or toks[m - 1].text in {",", "."}
        ):
            m -= 1
        words = [t.lower for t in toks[m : k + 1]]
        if "and" not in words:
            return None  # "both" after two people joined by "and"
        return tk.text[toks[m].start : toks[k].end].strip(" ,"), None
    if prev not in {"was", "is"}:
        return None
    ends = after is None or after.text in {".", ";"} or (after.text == "," and not _figure_next(tk, last + 2))
    if not ends:
        return None  # "was 5 under par", "was 12, 14 and 9": no age
    k = i - 2
    head = toks[k]
    if head.lower in AGE_PRONOUNS and head.kind == "word":
        return head.lower, None
    if not _is_name_word(head, kb) or len(head.text) < 2 or not head.text.isalpha():
        return None
    titled = k >= 2 and toks[k - 1].text == "." and toks[k - 2].lower in AGE_SUBJECT_TITLES
    two = k >= 1 and toks[k - 1].sentence == head.sentence and _is_name_word(toks[k - 1], kb)
    if titled:
        return tk.text[toks[k - 2].start : head.end], head.lower
    if two and toks[k - 1].text.isalpha():
        name = tk.text[toks[k - 1].start : head.end]
        return name, name.lower()
    return None


def _figure_next(tk: Tokenized, k: int) -> bool:
    """Is token k a figure in digits (a list of figures goes on: "was 12, 14 and 9")?"""
    return k < len(tk.tokens) and tk.tokens[k].kind == "num"


def _alias_before(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Do the words right before token i name an alias ("aka", "a/k/a"; rules/nouns.yaml)?"""
    toks = tk.tokens
    for size in range(1, 6):
        m = i - size
        if m < 0 or toks[m].sentence != toks[i].sentence:
            return False
        if _words(tk, m, i - 1) in kb.alias_words:
            return True
    return False


def _before_alias(tk: Tokenized, k: int, kb: Knowledge) -> int:
    """The token before the comma that opens an alias ending at k ("Tom Reyes, aka T", "Shaw, a/k/a
    Mac-T"; rules/nouns.yaml alias_words) or before a short name in brackets ("Ana Ruiz (Ruiz)"),
    or k itself when no alias ends there."""
    toks = tk.tokens
    if toks[k].text == ")":
        for m in range(k - 1, max(0, k - 6), -1):
            if toks[m].text == "(":
                inside = toks[m + 1 : k]
                if m >= 1 and inside and all(t.kind == "word" and t.text[:1].isupper() for t in inside):
                    return m - 1  # "Pedro Mascheroni (Mascheroni), 75,": a short name in brackets
                break
        return k
    m = k
    while m > 1 and k - m < 8 and toks[m].text not in ALIAS_STOPS and toks[m].sentence == toks[k].sentence:
        for size in range(1, 6):
            e = m + size - 1
            if e >= k:
                break
            if _words(tk, m, e) in kb.alias_words and toks[m - 1].text == "," and toks[m - 2].kind == "word":
                return m - 2
        m -= 1
    return k


ALIAS_STOPS = frozenset({",", ";", ":", "(", ")"})


def _of_place_after(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """Is token k the "of" of a home town closed by a comma, a stop or "and" ("Ada Moore, 45 of
    Springfield, Ohio", "45 of West Lake."), the comma before it left out? Not a possessive ("12 of
    Ohio's schools")."""
    toks = tk.tokens
    n = len(toks)
    if k + 1 >= n or toks[k].lower != "of" or toks[k + 1].sentence != toks[k].sentence:
        return False
    m = k + 1
    while m < n and m - k <= 3 and _is_name_word(toks[m], kb) and not _possessive(toks[m].lower):
        m += 1
    if m == k + 1:
        return False
    if m >= n or toks[m].sentence != toks[k].sentence:
        return True
    return toks[m].text in {",", ".", ";"} or toks[m].lower == "and"


def _before_name_suffix(tk: Tokenized, k: int, kb: Knowledge) -> int:
    """The last token of a name that a suffix closes ("Lane Jr.", "Jones, M.D.", "Ray III"), or
    `k` itself when token k ends no suffix of `name_suffixes` (rules/nouns.yaml)."""
    toks = tk.tokens
    j = k
    while j > 0 and k - j < 4 and tk.glued(j) and (toks[j].text == "." or toks[j - 1].text == "."):
        j -= 1  # "M.D.", "Ph.D", "Jr."
    word = "".join(t.text for t in toks[j : k + 1] if t.text != ".").lower()
    if j == 0 or word not in kb.name_suffixes:
        return k
    j -= 1
    if toks[j].text == "," and j > 0:
        j -= 1  # "Mary Jones, M.D., 51"
    return j if toks[j].kind == "word" else k


def _initial(t: Token) -> bool:
    return len(t.text) == 1 and t.text.isupper()


def _is_name_word(t: Token, kb: Knowledge) -> bool:
    """A capitalised word that can be part of a person's name (not a month, a day or a label)."""
    return (
        t.kind == "word"
        and t.text[:1].isupper()
        and not (len(t.text) > 2 and t.text.isupper())  # a dateline ("WASHINGTON Jane Smith, 39")
        and t.lower not in MONTHS
        and t.lower not in kb.not_age_names
        and t.lower not in kb.name_labels
    )


LOST_SIGNS = {"?", "\ufffd"}  # what a currency sign becomes when a text loses its encoding
SPACED_SCALE_LETTERS = {"B", "M", "K", "bn", "mn"}  # not a spaced "m": "in 400 m hurdles" is metres


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


def _pence(tk: Tokenized, j: int, num: Number) -> bool:
    """'85p', '12.5p': pence, glued to the figure (not '1080p', not 'p.' in a page reference)."""
    toks = tk.tokens
    t = toks[j]
    if t.text != "p" or not tk.glued(j) or num.words or num.scaled or num.value < 0:
        return False
    if num.value in VIDEO_LINES or num.value >= 10000:
        return False
    if j + 1 < len(toks) and tk.glued(j + 1) and toks[j + 1].kind in {"word", "num"}:
        return False
    return not (num.first > 0 and toks[num.first - 1].lower in {"p", "pp", "page", "pages"})


def _money_after(tk: Tokenized, j: int, raw: Raw, kb: Knowledge) -> bool:
    """Money named after the figure by an ISO code or a subunit: '500 USD', '115USD', '30 MUSD',
    '75 USD million', '50 cents', '470 pence', '12-cent', 'one-yen'."""
    toks = tk.tokens
    n = len(toks)
    k = j
    if toks[k].text in {"-", "‐"} and tk.glued(k) and k + 1 < n and tk.glued(k + 1):
        k += 1  # "12-cent", "one-yen"
    t = toks[k]
    if raw.value is None:
        return False
    if k == j and t.text in kb.units.currency_symbols and not (t.text.isascii() and t.text.isalpha()):
        if not (j + 1 < len(toks) and toks[j + 1].kind == "num") or _has_own_currency_after(tk, j + 1, kb):
            raw.kind, raw.currency, raw.last = "money", kb.units.currency_symbols[t.text], j
            raw.features["symbol_after"] = True
            return True  # "10 €", "-15€"; not "10 $ 30" (that "$" belongs to the next figure)
    if t.kind != "word":
        return False
    sub = kb.pack.units.subunits.get(t.lower)
    if sub is not None:
        raw.kind, raw.currency = "money", _cents_named_before(tk, k, kb) or sub.currency
        _in_subunit(tk, k, raw, kb)
        return True
    code = _currency_code(t.text, kb)
    if code is None:
        if k != j:
            cur = _currency_word_at(tk, k, kb)
            if cur is not None and cur[0] != "GBP":
                raw.kind, raw.currency, raw.last = "money", cur[0], cur[1]
                return True
        return False
    raw.kind, raw.currency, raw.last = "money", code[0], k
    raw.value = scaled(raw.value, code[1])
    raw.place *= code[1]
    # "75 USD million"
    if code[1] == 1.0 and k + 1 < n and toks[k + 1].lower in kb.numbers.scales:
        f = kb.numbers.scales[toks[k + 1].lower]
        if f >= 1000:
            raw.value = scaled(raw.value, f)
            raw.place *= f
            raw.last = k + 1
    return True


def _country_cents_at(tk: Tokenized, j: int, raw: Raw, kb: Knowledge) -> bool:
    """'12 Australian cents', '20 US cents': cents of the dollar the words before them name (the
    currency words hold "Australian dollars", "US dollars")."""
    toks = tk.tokens
    for k in (1, 2):
        if j + k >= len(toks) or toks[j + k].lower not in CENTS or raw.value is None:
            continue
        if any(t.kind != "word" for t in toks[j : j + k]):
            return False
        code = kb.units.currency_words.get(" ".join([t.lower for t in toks[j : j + k]]) + " dollars")
        if code is None:
            return False
        raw.kind, raw.currency = "money", code
        _in_subunit(tk, j + k, raw, kb)
        return True
    return False


def _read_cents_of(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'26 euro cents', '80 Australian cents': the subunit named after a currency word is a
    hundredth of that currency, not the currency itself nor US cents."""
    k = raw.last + 1
    if k < len(tk.tokens) and tk.tokens[k].lower in CENTS and raw.value is not None:
        _in_subunit(tk, k, raw, kb)


def _in_subunit(tk: Tokenized, k: int, raw: Raw, kb: Knowledge) -> None:
    """The figure counts the subunit named at token k ('50 cents', '470 pence', '45 euro cents'):
    its share of the currency from rules/units.yaml's subunits (cents a hundredth if a desk's table
    lacks them)."""
    sub = kb.pack.units.subunits.get(tk.tokens[k].lower)
    share = sub.share if sub is not None else 0.01
    raw.value = scaled(raw.value, share) if raw.value is not None else None
    raw.place *= share
    raw.last = k


def _has_own_currency_after(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """Does the figure at token j have a currency after it ('10 $ 30 $', '10 $ 30 cents')? Then the
    sign before it is not its own: it belongs to the figure before."""
    toks = tk.tokens
    k = j + 1
    if k >= len(toks) or toks[k].sentence != toks[j].sentence:
        return False
    t = toks[k]
    if t.lower in kb.pack.units.subunits:
        return True
    return t.text in kb.units.currency_symbols and not t.text.isalpha() and not (
        k + 1 < len(toks) and toks[k + 1].kind == "num"
    )


def _read_money_and_cents(tk: Tokenized, raw: Raw, kb: Knowledge, named_only: bool = False) -> None:
    """'3 dollars 50 cents', 'thirteen dollars and forty-five cents', '15 dollars 50.', '17 USD 25.';
    `named_only`: only with the cents named in the figure's own currency ('10 $ 30 cents')."""
    toks = tk.tokens
    n = len(toks)
    k = raw.last + 1
    if k < n and toks[k].lower in {"and", "&"}:
        k += 1
    if k >= n or toks[k].kind not in {"num", "word"} or toks[k].sentence != toks[raw.last].sentence:
        return
    if toks[k].kind == "word" and not kb.numbers.may_start(toks[k].text):
        return
    cents = read_number(tk, k, kb.numbers)
    if cents is None or cents.sign is not None or cents.scaled or cents.fraction:
        return
    if not (0 < cents.value < 100 and cents.value == int(cents.value)):
        return
    after = cents.last + 1
    assert raw.value is not None
    subunits = kb.pack.units.subunits
    named = subunits.get(toks[after].lower) if after < n else None
    if named is not None and named.share == 0.01 and (not named_only or named.currency == raw.currency):
        raw.value += cents.value * 0.01
        raw.last = after
    elif named_only:
        return
    elif after >= n or toks[after].kind == "sym" or toks[after].lower in {"and", "or"}:
        raw.value += cents.value * 0.01
        raw.last = cents.last
    else:
        return
    raw.place = 0.01


def _read_compound(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'5 ft 2 in', '6ft 2in', "6'2\"", 'two hours and 20 minutes', '12 months and one day', '2 hours,
    14 minutes and 5 seconds': one quantity in its first unit (rules/units.yaml compound)."""
    table = kb.pack.units.compound
    if raw.unit is None or raw.unit.pint not in table or raw.value is None:
        return
    first = raw.unit.pint
    prev, per_first = first, 1.0  # the unit of the last part, and how many of it make one `first`
    value, place, last = raw.value, raw.place, raw.last
    while True:
        part = _compound_part(tk, last + 1, prev, kb)
        if part is None:
            break
        pvalue, pplace, unit, plast, comma = part
        per_first *= table[prev][unit]
        value += pvalue / per_first
        place = min(place, pplace / per_first)
        prev, last = unit, plast
        if comma:
            continue  # "2 hours, 14 minutes and 5 seconds": the comma promises a part after "and"
        if prev not in table:
            break
    if last == raw.last or _respectively_after(tk, last + 1):
        return  # "5 years and 3 months, respectively": two people's terms
    raw.value, raw.place, raw.last = value, place, last


def _compound_part(
    tk: Tokenized, k: int, prev: str, kb: Knowledge
) -> tuple[float, float, str, int, bool] | None:
    """The next part of a compound quantity at token k after a part in unit `prev`: its value,
    place, unit, last token, and whether it came after a comma that needs one more part."""
    toks = tk.tokens
    n = len(toks)
    smaller = kb.pack.units.compound.get(prev, {})
    comma = k < n and toks[k].text == ","
    if comma or (k < n and toks[k].lower == "and"):
        k += 1
    if k >= n or (toks[k].kind != "num" and not kb.numbers.is_number_word(toks[k].text)):
        return None
    num = read_number(tk, k, kb.numbers)
    if num is None or num.sign is not None or num.value is None:
        return None
    u = num.last + 1
    if u >= n:
        return None
    if prev == "foot" and toks[u].text in {'"', "″", "”"} and tk.glued(u):
        unit, last = "inch", u
    else:
        m = match_unit_after(tk, u, kb.units, True)
        if m is None or m.unit.pint not in smaller:
            return None
        unit, last = m.unit.pint, m.last
    if not 0 <= num.value < smaller[unit]:
        return None
    if comma:
        nxt = _compound_part(tk, last + 1, unit, kb)
        if nxt is None or tk.tokens[last + 1].lower != "and":
            return None
    return num.value, num.unit_place, unit, last, comma


def _respectively_after(tk: Tokenized, k: int) -> bool:
    toks = tk.tokens
    if k < len(toks) and toks[k].text == ",":
        k += 1
    return k < len(toks) and toks[k].lower == "respectively"


def _is_money_word(tk: Tokenized, j: int, cur: tuple[str, int], raw: Raw, kb: Knowledge) -> bool:
    """'5 million pounds' is money; '2,750 pounds of ammonium nitrate' is a weight."""
    word = tk.tokens[j].lower
    if word not in {"pound", "pounds"}:
        return True
    after = tk.tokens[cur[1] + 1] if cur[1] + 1 < len(tk.tokens) else None
    if after is not None and after.lower == "sterling":
        return True
    if after is not None and after.lower == "of":
        return False
    if tk.glued(j) or (j > 0 and tk.tokens[j - 1].text == "-"):
        return False
    if kb.pack.units.pound_as_money_with_scale and raw.place >= 1e5:
        return True
    # "was fined 500 pounds", "cost one pound": a money word just before the figure
    before = {t.lower for t in tk.tokens[max(0, raw.first - 3) : raw.first]}
    return bool(before & kb.pound_money_words)


def _letter_alone(tk: Tokenized, j: int) -> bool:
    """Is token j a word of its own, not the start of an abbreviation or a name ('C.', 'C-17')?"""
    toks = tk.tokens
    return not (j + 1 < len(toks) and tk.glued(j + 1) and toks[j + 1].text not in {",", ";", "."})


def _read_unit(tk: Tokenized, j: int, raw: Raw, kb: Knowledge) -> None:
    toks = tk.tokens
    glued = tk.glued(j)
    k = j
    if toks[j].text in {"-", "‐"} and glued and j + 1 < len(toks) and tk.glued(j + 1):
        k = j + 1
    elif toks[j].text in {"°", "º"} and glued:
        glued = True
    elif toks[j].lower in kb.pack.units.unit_modifiers and j + 1 < len(toks) and not glued:
        m = match_unit_after(tk, j + 1, kb.units, False)
        if m is not None and m.unit.entity == "time":
            k = j + 1  # "three consecutive years", "two straight days"
    m = match_unit_after(tk, k, kb.units, glued or k != j)
    if m is None:
        return
    after = m.last + 1
    if (
        after + 1 < len(toks)
        and toks[after].text == "-"
        and tk.glued(after)
        and tk.glued(after + 1)
        and toks[after + 1].kind == "num"
    ):
        return  # "eighteen B-17s", "two F-16 jets": a model name, not a unit
    said = tk.text[toks[k].start : toks[m.last].end]
    if said.lower() == "in" and after < len(toks) and (toks[after].text == "-" or toks[after].kind == "num"):
        return  # "a one-in-five chance", "1-in-100": odds, not inches
    if said in {"'", "’", "′"} and raw.value is not None and 1000 <= raw.value <= 2100 and raw.place >= 1:
        return  # "2017'": a year and a quotation mark, not feet
    unit = m.unit
    if unit.entity == "time" and raw.features.get("no_time"):
        return
    raw.kind, raw.unit, raw.last = "quantity", unit, m.last
    # "three-year-old", "54-year-old": an age
    if (
        unit.entity == "time"
        and m.last + 2 < len(toks)
        and toks[m.last + 1].text == "-"
        and toks[m.last + 2].lower == "old"
    ):
        raw.last = m.last + 2
        raw.measurand = "age"
        whose = _year_old_in_apposition(tk, raw.number_first, kb)
        if whose is not None:  # "Ana Ruiz, the mayor's 70-year-old sister": Ana Ruiz's age
            raw.measurand = f"age of {whose[0]}"
            raw.features["age_of"] = whose[1]


# after a change verb, "$A to $B" with B this many times A is a change and the level it reached
# ("rose $1.50 to $24"), not a range ("rose $2 to $3 a share" stays one)
RANGE_SPREAD = 5.0


def _spaced_dash_range(tk: Tokenized, raw: Raw, j: int) -> bool:
    """Is the spaced hyphen at j a range's dash ("children 12 - 17 years of age")? Only between a
    bare whole number and a larger one of the same few digits with a lower-case word after it, so
    a score ("won 3 - 1") or a pair of years stays two figures."""
    toks = tk.tokens
    n = len(toks)
    if toks[j].text != "-" or raw.unit or raw.currency or raw.value is None or j + 2 >= n:
        return False
    a, b, after = toks[raw.last], toks[j + 1], toks[j + 2]
    if not (a.text.isdigit() and b.text.isdigit() and len(a.text) <= len(b.text) <= 3):
        return False
    if raw.first != raw.last or tk.glued(j + 2) or after.sentence != a.sentence:
        return False
    return int(a.text) < int(b.text) and after.kind == "word" and after.text.islower()


def _read_range(tk: Tokenized, raw: Raw, num: Number, kb: Knowledge) -> None:
    """'between 300 and 400', '300-400', '$35bn-$45bn', '5 to 8 feet', 'four or five'."""
    toks = tk.tokens
    n = len(toks)
    j = raw.last + 1
    if j >= n:
        return
    sep = toks[j]
    if sep.text == "-" and tk.glued(j) and j + 1 < n and toks[j + 1].lower in {"to", "and", "or"}:
        j += 1  # "8- to 16-meter", "two- and three-bedroom"
        sep = toks[j]
    between = raw.first > 0 and toks[raw.first - 1].lower == "between"
    if not between and sep.lower == "and" and raw.first > 1:
        # "between approximately $4 million and $7 million": a hedge on the whole range
        hb = _hedge_before(tk, raw.first, kb)
        between = hb is not None and hb[1] > 0 and toks[hb[1] - 1].lower == "between"
    if not between and raw.first > 3 and toks[raw.first - 1].lower == "of":
        # "between the ages of 16 and 18", "between the range of $40 million and $55 million"
        span = toks[raw.first - 2].lower
        between = (span in kb.age_words or span in kb.range_nouns) and toks[raw.first - 4].lower == "between"
    from_ = raw.first > 0 and toks[raw.first - 1].lower == "from"
    if not from_ and toks[j].lower == "to":
        # "risen from a first estimate of 4.2 billion euros to 5.1 billion euros"
        s0 = tk.sentence_spans[toks[raw.first].sentence][0]
        near = toks[max(s0, raw.first - 6) : raw.first]
        from_ = (
            any(t.lower == "from" for t in near)
            and toks[raw.first - 1].lower == "of"
            and not any(t.text in {",", ";"} for t in near)
        )
    if sep.text in {"-", "–", "—"}:
        if not (tk.glued(j) or sep.text == "–" or _spaced_dash_range(tk, raw, j)):
            return
    elif sep.lower == "to":
        pass  # decided below, once the second figure and its unit are read
    elif sep.lower == "and":
        if not between:
            return
    elif sep.lower == "or":
        if not num.words:
            return
    else:
        return
    k = j + 1
    if sep.lower == "or" and k + 1 < n and toks[k].lower in kb.or_even:
        k += 1  # "four or even five parties"
    if k >= n:
        return
    cur2 = _currency_symbol_before(tk, k + 1, kb) if k + 1 < n else None
    if cur2 is not None and cur2[1] == k:
        if raw.kind != "money" or (raw.currency or "").split("/")[0] != cur2[0]:
            return  # "rose 15% to $415.9 million": a percentage, then an amount
        k = k + 1 if toks[k].text in kb.units.currency_symbols else k + 2
    if toks[k].text in {"-", "−"} and k + 1 < n and tk.glued(k + 1) and toks[k + 1].kind == "num":
        if sep.kind != "word" or (raw.value is not None and raw.value >= 0):
            return
        k += 1  # "-18 °C to -34 °C": the second figure's own sign
    if toks[k].kind not in {"num", "word"}:
        return
    if _hedge_before(tk, k, kb) is not None:
        return
    num2 = read_number(tk, k, kb.numbers)
    if num2 is None:
        return
    if num.fraction and num.value < 1 and not num2.fraction:
        return  # "a third or 400": a share, then a figure of another kind, no range
    same_word = _currency_word_at(tk, num2.last + 1, kb)
    if (
        raw.kind == "money"
        and cur2 is None
        and sep.lower == "to"
        and num2.abbreviation is None
        and not (same_word is not None and same_word[0] == raw.currency)  # "5 euros to 9 euros"
    ):
        probe = Raw(0, 0, None, None, None)
        _find_noun(tk, num2.last + 1, probe, kb)
        if probe.noun_span is not None:
            return  # "$22.2 million to 53 jurisdictions": an amount and who gets it
    if num2.abbreviation is not None and (raw.currency or num2.abbreviation not in {"m", "M"}):
        apply_abbreviation(num2, kb.numbers)
    second = num2.value
    pence2 = raw.currency == "GBP" and num2.last + 1 < n and _pence(tk, num2.last + 1, num2)
    if pence2:
        second = scaled(second, 0.01)  # "50p to 80p"
    elif raw.kind == "money" and cur2 is None and toks[num.last + 1].text == "p":
        return  # "15p to 240": pence, then a figure of another kind
    low = raw.value or 0.0
    # a scale written once: "between 2 and 3 million", "$20bn-30bn"
    if num2.scaled and not (num.scaled or num.abbreviation) and low < num2.value / max(1.0, _scale_of(num2)):
        low *= _scale_of(num2)
    if num.scaled and not num2.scaled and second < low:
        second *= _scale_of(num)
    if low < 0 and second < 0 and second < low:
        low, second = second, low  # "-18 °C to -34 °C"
    if not (second > low) and not (second < low and _restates_a_range(tk, raw.first)):
        return  # (a range restated in brackets keeps its order even when a slip turns it round)
    if sep.lower == "to" and not from_ and raw.kind == "money" and second >= RANGE_SPREAD * low:
        before = toks[max(0, raw.first - 3) : raw.first]
        if any(t.lower in kb.change_verbs or t.lower == "by" for t in before):
            return  # "rose 15p to 240p", "fell $1.50 to $24": the change, then the level it reached
    end = num2.last + 1 if pence2 else num2.last
    # unit after the second figure applies to both: "5 to 8 feet"
    unit2: Unit | None = None
    if (
        sep.lower == "to"
        and raw.kind == "quantity"
        and raw.unit is not None
        and num2.first == num2.last
        and re.fullmatch(r"(19|20)\d\d", toks[end].text)
        and low < 1000
    ):
        return  # "jailed for two years to 2019": a span of time, then the year it runs to
    cur_after = _currency_word_at(tk, end + 1, kb) if end + 1 < n else None
    if cur_after is not None and not _is_money_word(tk, end + 1, cur_after, raw, kb):
        cur_after = None
    if end + 1 < n and raw.kind == "number":
        t = toks[end + 1]
        if t.text == "%" or t.lower in PERCENT_WORDS:
            raw.kind = "percent"
            end += 1
        elif cur_after is not None:
            # "140 to 380 euros", "2 to 4 million yuan": the currency word after the second figure
            # is both figures' currency, as a unit is ("5 to 8 feet")
            raw.kind, raw.currency = "money", cur_after[0]
            end = cur_after[1]
        else:
            tmp = Raw(0, 0, None, None, None)
            _read_unit(tk, end + 1, tmp, kb)
            if tmp.unit is not None:
                unit2 = tmp.unit
                end = tmp.last
    elif raw.kind == "percent":
        # "15% to 20%", "5 to 7 per cent"; not "rose 15% to 309,381"
        sign = _percent_sign_at(tk, end + 1)
        if sign is None:
            return
        end = sign
    elif raw.kind == "money" and cur_after is not None and cur_after[0] == raw.currency:
        end = cur_after[1]  # "30,000 yuan to 80,000 yuan": the currency word written twice
    elif end + 1 < n and raw.kind == "money" and raw.currency is not None and "/" in raw.currency:
        pu = _per_unit_at(tk, end + 1, kb)
        if pu is not None and raw.currency.endswith("/" + pu[0].name):
            end = pu[1]
    elif end + 1 < n and raw.kind == "quantity" and raw.unit is not None:
        t = toks[end + 1]
        if t.text == "%" or t.lower in PERCENT_WORDS or cur_after is not None:
            return  # "for three years to 6 percent": a span of time, then a level of another kind
        tmp = Raw(0, 0, None, None, None)
        _read_unit(tk, end + 1, tmp, kb)
        if tmp.unit is not None and tmp.unit.pint != raw.unit.pint:
            return
        if tmp.unit is not None:
            end = tmp.last
    elif raw.kind == "percentage_point":
        # "2 percentage points to 7 percent" is a change and where it ended, not a range
        t = toks[end + 1] if end + 1 < n else None
        if (
            t is None
            or t.lower != "percentage"
            or end + 2 >= n
            or not toks[end + 2].lower.startswith("point")
        ):
            return
        end += 2
    if sep.lower == "to" and not from_ and raw.kind == "number" and unit2 is None:
        # "by 286 votes to 134" and "from 62 to 64" are not ranges; "5 to 8 feet" is, and so is
        # "3 to 4 million people": the counted noun after the second figure counts both
        # "30 to 60 times stronger", "met three to five times": a range of multiples or of
        # occasions, "times" read after it as after one figure
        probe = Raw(0, 0, None, None, None)
        _find_noun(tk, end + 1, probe, kb)
        times = end + 1 < n and toks[end + 1].lower == "times"
        # "cut by 25 to 50 bps": an abbreviation of basis points after the second figure
        bps = end + 1 < n and kb.pack.units.percentage_points.get(toks[end + 1].lower, 1) < 1
        if probe.noun_span is None and not times and not bps and not _more_of_before(tk, raw.first, kb):
            return
    if sep.lower == "to" and from_:
        # "from 400 to 750" is a range unless a change verb governs it ("rose from 62 to 64")
        clause = [t.lower for t in toks[max(0, raw.first - 8) : raw.first]]
        if any(w in clause for w in kb.change_verbs):
            return
    if sep.lower == "to" and not from_ and end + 2 < n and toks[end + 1].lower == "from":
        # "rose $300 million to $2.4 billion from $2.1 billion": a change, then the level it reached
        # and the figure it came from ("by 30 to 35 percent from the 2010 level" is a range)
        old = toks[end + 2]
        if (old.kind == "num" or old.text in kb.units.currency_symbols) and any(
            t.lower in kb.change_verbs or t.lower == "by" for t in toks[max(0, raw.first - 3) : raw.first]
        ):
            return
    if unit2 is not None:
        raw.kind, raw.unit = "quantity", unit2
    raw.is_range = True
    raw.low, raw.high = low, second
    raw.value = None
    raw.last = end
    raw.number_last = num2.last


def _restates_a_range(tk: Tokenized, i: int) -> bool:
    """Does the figure at token i open brackets right after a range ('3,000 to 5,500 km (8,164 to
    3,417 miles)')? Its own pair of figures restates that range, end for end."""
    toks = tk.tokens
    if i < 4 or toks[i - 1].text != "(":
        return False
    back = toks[max(0, i - 7) : i - 1]
    return any(
        back[k].lower in {"to", "-", "and"} and back[k - 1].kind == "num" and back[k + 1].kind == "num"
        for k in range(1, len(back) - 1)
    )


def _more_of_before(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """The words before token i add to what was counted before ("and another 500 to 800 in the
    next town"), so a figure 'to' a figure after them is a range with its noun left out."""
    toks = tk.tokens
    for k in range(min(3, i), 0, -1):
        if tuple([t.lower for t in toks[i - k : i]]) in kb.more_of:
            return True
    return False


def _read_rate(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'$1.25 per pound', '1.08 dollars to the euro': an exchange rate, unit 'USD/GBP'."""
    toks = tk.tokens
    j = raw.last + 1
    if j + 1 < len(toks) and toks[j].lower in {"per", "a", "an", "to"}:
        k = j + 1
        if toks[k].lower == "the" and k + 1 < len(toks):
            k += 1
        other = kb.pack.units.currency_names.get(toks[k].lower)
        if other and toks[j].lower != "to" and not _names_a_currency(tk, k, kb):
            return  # "$17,500 per pound": a price by weight
        if other and other != raw.currency:
            raw.currency = f"{raw.currency}/{other}"
            raw.last = k
            raw.measurand = "exchange rate"


def _names_a_currency(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """Is the currency name at token k, after a price's 'per' or 'a', a currency rather than a unit
    of the same name ("$1.25 per pound sterling", "at a rate of $1.25 per pound", not "$9 a pound")?
    An exchange-rate word must follow the name or stand among the eight tokens before it in its
    sentence."""
    u = kb.pack.units
    toks = tk.tokens
    if toks[k].lower not in u.currency_or_unit:
        return True
    cues = u.exchange_rate_cues
    if k + 1 < len(toks) and toks[k + 1].lower in cues:
        return True
    return any(t.lower in cues and t.sentence == toks[k].sentence for t in toks[max(0, k - 8) : k])


def _per_unit_at(tk: Tokenized, j: int, kb: Knowledge) -> tuple[Unit, int] | None:
    """'per kg', 'a gallon', '/hour' after a price: (unit, last token)."""
    toks = tk.tokens
    if j + 1 >= len(toks):
        return None
    if toks[j + 1].lower in kb.pack.units.currency_names and _names_a_currency(tk, j + 1, kb):
        return None  # "$1.25 per dollar", "at a rate of $1.25 per pound": an exchange rate
    if toks[j].lower in {"per", "a", "an"}:
        m = match_unit_after(tk, j + 1, kb.units, False)
    elif toks[j].text == "/" and tk.glued(j) and tk.glued(j + 1):
        m = match_unit_after(tk, j + 1, kb.units, True)
    else:
        return None
    if m is None or m.unit.entity in {"temperature", "currency"}:
        return None
    return m.unit, m.last


RATE_WORDS = {"a", "an", "per", "every", "each"}
# after "a year", "a week": a time ("a year earlier", "a week ago"), not a rate
TIME_AFTER_UNIT = {"ago", "earlier", "later", "before", "after", "previously", "prior"}
PER_HEAD = {"capita", "head", "person"}


def _per_time_at(tk: Tokenized, j: int, kb: Knowledge) -> tuple[Unit, int] | None:
    """'a day', 'per week', 'every hour', '/yr' after a quantity or a counted noun: (unit, last token)."""
    toks = tk.tokens
    n = len(toks)
    if j + 1 >= n or toks[j + 1].sentence != toks[j].sentence:
        return None
    if toks[j].lower in RATE_WORDS:
        m = match_unit_after(tk, j + 1, kb.units, False)
    elif toks[j].text == "/" and tk.glued(j) and tk.glued(j + 1):
        m = match_unit_after(tk, j + 1, kb.units, True)
    else:
        return None
    if m is None or m.unit.entity != "time" or not m.unit.pint:
        return None
    written = tk.text[toks[m.first].start : toks[m.last].end]
    plural = toks[m.last].lower.endswith("s") and toks[m.last].lower != m.unit.name
    if plural and written not in kb.units.symbols:
        return None  # "2 hours a few days later"; "per days" is not a rate ("km/s" is)
    if m.last + 1 < n and toks[m.last + 1].lower in TIME_AFTER_UNIT:
        return None  # "10 miles a day earlier" is not written; "a week ago" is a time
    return m.unit, m.last


def _bare_rate(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'1.5 per woman', '400 per week', '30 a day': a figure with nothing counted but a rate, read as
    so many per one of the noun or the unit of time (no pint unit: nothing to convert)."""
    toks = tk.tokens
    n = len(toks)
    j = raw.last + 1
    if j < n and toks[j].lower == "times":
        per = _per_time_at(tk, j + 1, kb)
        if per is not None:  # "three times a year": a count of occasions per unit of time
            raw.kind, raw.counts, raw.noun_class = "count", "times", "time"
            raw.noun_span, raw.last = (j, j), per[1]
            raw.features["per"] = per[0].name
        elif _occasions_end(tk, j + 1, kb) and not _multiple_verb_before(tk, raw.first, kb):
            # "shared 14,000 times.", "met five times in 2015"; not "grew six times in a decade"
            raw.kind, raw.counts, raw.noun_class = "count", "times", "time"
            raw.noun_span = (j, j)
        return
    per = _per_time_at(tk, j, kb)
    if per is not None:
        raw.kind, raw.unit, raw.last = "quantity", Unit(f"per {per[0].name}", None, "rate"), per[1]
        return
    if j + 1 >= n or toks[j].lower != "per" or toks[j + 1].sentence != toks[j].sentence:
        return
    t = toks[j + 1]
    w = t.lower
    if t.kind != "word" or not t.text.isalpha() or not t.text.islower() or len(w) < 3:
        return
    if w in STOP_AFTER or w in PERCENT_WORDS or w == "cent" or singular_noun(w) != w:
        return
    raw.kind, raw.unit, raw.last = "quantity", Unit(f"per {w}", None, "rate"), j + 1


def _occasions_at(tk: Tokenized, i: int, kb: Knowledge) -> Raw | None:
    """'was arrested twice in May', 'met once.', 'at least once', 'twice a week': a word of the pack's
    `occasion_words` counting occasions, read as 'two times' is (a count of times, or times per a
    unit of time). Not a multiple ('twice the gain', 'twice as fast': the relations reader's) and
    not 'once' the conjunction or 'formerly' ('once in office', 'once a farmer'): that 'once' counts
    only after a word of `once_counted_after`, before a unit of time or before punctuation."""
    toks = tk.tokens
    t = toks[i]
    if not t.text.islower() or (i + 1 < len(toks) and toks[i + 1].text in HYPHENS and tk.glued(i + 1)):
        return None  # "Once inside, ...", "a twice-weekly flight"
    raw = Raw(i, i, float(kb.occasion_words[t.lower]), None, None, kind="count", words=True)
    raw.number_first = raw.number_last = i
    raw.counts, raw.noun_class, raw.noun_span = "times", "time", (i, i)
    per = _per_time_at(tk, i + 1, kb)
    before = toks[i - 1] if i > 0 and toks[i - 1].sentence == t.sentence else None
    prev = before.lower if before is not None else ""
    if prev in kb.occasion_idioms_after:
        return None  # "think twice", "not once"
    if per is not None:
        raw.last = per[1]
        raw.features["per"] = per[0].name  # "twice a week", "once a month"
    elif t.lower != "once":
        if not _occasions_end(tk, i + 1, kb) or _multiple_verb_before(tk, i, kb):
            return None  # "twice the gain", "twice as fast", "grew twice in size"
    elif prev not in kb.once_counted_after and not (
        _punctuation_in_sentence(tk, i + 1) and before is not None and before.text.islower()
    ):
        return None  # "once in office", "once a farmer", "once again", "Reagan once, when ..."
    if prev == "at" or (t.lower == "once" and prev in {"all", "for"}):
        return None  # "at once", "all at once", "for once"
    h = _hedge_before(tk, i, kb)
    if h is not None:
        raw.hedge = h[0].name
        raw.features["hedge_kind"] = h[0].kind
        raw.features["hedge_width"] = h[0].width
        raw.features["hedge_phrase"] = " ".join([t.lower for t in toks[h[1] : i]])
    _interval(raw, kb)
    return raw


def _punctuation_in_sentence(tk: Tokenized, k: int) -> bool:
    """Is token k a mark that ends a phrase inside the sentence of token k - 1 ("met once.", "voted
    once, in 2016")?"""
    toks = tk.tokens
    if k >= len(toks) or toks[k].sentence != toks[k - 1].sentence:
        return True
    return toks[k].text in {".", ",", ";", ":", ")", "!", "?"}


def _multiple_verb_before(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """A verb of growth just before token i, or before "by" there ("multiplied by six times")."""
    toks = tk.tokens
    k = i - 1
    if k >= 0 and toks[k].lower == "by":
        k -= 1
    return k >= 0 and toks[k].lower in kb.multiple_verbs


def _occasions_end(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """Does "N times" end before token k, so that it counts occasions ("shared 14,000 times.", "met
    five times in 2015", "struck 12 times, police said"), not a multiple ("three times the size",
    "three times as fast")? Punctuation or a word of `occasions_before` follows it."""
    toks = tk.tokens
    if k >= len(toks) or toks[k].sentence != toks[k - 1].sentence:
        return True
    t = toks[k]
    if t.text in {".", ",", ";", ":", ")", "!", "?"}:
        return True
    return t.kind == "word" and t.lower in kb.occasions_before


def _read_quantity_rate(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'500 barrels a day', '30 to 35 hours a week': a quantity per unit of time, pint-normalised."""
    unit = raw.unit
    if unit is None or not unit.pint or "/" in unit.pint or unit.entity in {"speed", "temperature"}:
        return
    per = _per_time_at(tk, raw.last + 1, kb)
    if per is None or per[0].pint == unit.pint:
        return
    pint_expr = f"({unit.pint}) / {per[0].pint}" if " " in unit.pint else f"{unit.pint} / {per[0].pint}"
    raw.unit = Unit(f"{unit.name} / {per[0].name}", pint_expr, "rate")
    raw.last = per[1]


def _read_price_per_unit(tk: Tokenized, raw: Raw, kb: Knowledge) -> None:
    """'$350 per kg', '$4 a gallon', '$15.4/hour': a price per unit, unit 'USD/kilogram'; '$3,000
    per capita', '$50 a head': per person, unit 'USD/capita'."""
    if raw.currency is None or "/" in raw.currency:
        return
    toks = tk.tokens
    j = raw.last + 1
    if j + 1 < len(toks) and toks[j].lower in {"per", "a"} and toks[j + 1].lower in PER_HEAD:
        raw.currency = f"{raw.currency}/capita"
        raw.last = j + 1
        return
    # "$21 a share", "$40 a ticket"; "$1.15 a diluted share" (rules/nouns.yaml per_item_qualifiers)
    at = j + 1 if j + 1 < len(toks) and toks[j + 1].lower in kb.per_item else None
    if at is None and j + 1 < len(toks) and toks[j].lower in {"a", "an"}:
        at = _qualified_item(tk, j + 1, kb)
    if (
        at is not None
        and toks[j].lower in {"a", "an"}
        and not _lower_word_at(tk, at + 1)
        and not (at + 1 < len(toks) and tk.glued(at + 1) and toks[at + 1].text in {"-", "'", "’"})
    ):
        raw.currency = f"{raw.currency}/{toks[at].lower}"
        raw.last = at
        return
    past = _past_conversion(tk, raw)
    if past is not None:
        pu = _per_unit_at(tk, past, kb)
        if pu is not None and pu[0].entity == "time" and _singular_time(tk, pu):
            raw.currency = f"{raw.currency}/{pu[0].name}"  # "6,000 rupees (about $90) a month"
        return
    item = _item_after_sum(tk, j, kb)
    if item is not None:
        raw.currency = f"{raw.currency}/{toks[item].lower}"  # "a $75,000 fine per count"
        raw.last = item
        return
    pu = _per_unit_at(tk, raw.last + 1, kb)
    if pu is None:
        if j + 1 < len(toks) and toks[j].lower == "per":
            item = _qualified_item(tk, j + 1, kb)
            if item is not None:
                raw.currency = f"{raw.currency}/{toks[item].lower}"  # "$0.58 per diluted share"
                raw.last = item
            elif _per_noun(tk, j + 1, kb):
                raw.currency = f"{raw.currency}/{toks[j + 1].lower}"  # "$15 per share", "$80m per astronaut"
                raw.last = j + 1
        return
    if pu[0].entity == "time" and not _singular_time(tk, pu):
        # "$15 an hour", "$5 billion a year": a rate, only with the singular unit ("$5 a day", not
        # "$5 a few days later"), and not "$42 billion a year earlier" (when, not a rate)
        return
    raw.currency = f"{raw.currency}/{pu[0].name}"
    raw.last = pu[1]


def _singular_time(tk: Tokenized, pu: tuple[Unit, int]) -> bool:
    """Is the unit of time read after a price its singular name, not a time ('a year earlier')?"""
    toks = tk.tokens
    after = toks[pu[1] + 1].lower if pu[1] + 1 < len(toks) else ""
    return toks[pu[1]].lower == pu[0].name and after not in TIME_AFTER_UNIT


def _past_conversion(tk: Tokenized, raw: Raw) -> int | None:
    """After an amount of money, the token past its conversion in brackets ('6,000 rupees (about
    $90) a month', '500 yuan ($72; 66 euros) a day'); after the conversion itself, the token
    past its closing bracket. None when no such brackets follow the amount."""
    toks = tk.tokens
    j = raw.last + 1
    if j >= len(toks):
        return None
    if toks[j].text in {")", ";"}:  # the conversion itself: "(about $90) a month", "($72; 66 euros)"
        opened = _bracket_end(tk, raw.first - 1, -1)
        closed = _bracket_end(tk, j, 1)
        if opened is None or closed is None:
            return None
        return closed + 1
    if toks[j].text != "(":
        return None
    k = _bracket_end(tk, j + 1, 1)
    if k is None or not any(t.kind == "num" for t in toks[j + 1 : k]):
        return None
    return k + 1


def _bracket_end(tk: Tokenized, k: int, step: int) -> int | None:
    """The bracket that closes (step 1) or opens (step -1) an aside around token k, within 12 tokens
    of its sentence and with no other bracket between."""
    toks = tk.tokens
    if not 0 <= k < len(toks):
        return None
    want, other = (")", "(") if step == 1 else ("(", ")")
    sentence = toks[k].sentence
    for m in range(k, k + 13 * step, step):
        if m < 0 or m >= len(toks) or toks[m].sentence != sentence:
            return None
        if toks[m].text == want:
            return m
        if toks[m].text == other:
            return None
    return None


def _item_after_sum(tk: Tokenized, j: int, kb: Knowledge) -> int | None:
    """The item of `per_item` that a sum ending before j is paid per, past a word naming the sum
    and "per", "for each" or "on each" ("$75,000 fine per count", "$75,000 for each count"); None
    when there is none (rules/nouns.yaml per_item_sums, per_item_each)."""
    toks = tk.tokens
    n = len(toks)
    if j < n and toks[j].lower in kb.per_item_sums and toks[j].text.islower():
        j += 1
    if j + 1 < n and toks[j].lower == "per" and toks[j + 1].lower in kb.per_item:
        return j + 1 if toks[j + 1].sentence == toks[j].sentence else None
    each = j + 2 < n and (toks[j].lower, toks[j + 1].lower) in kb.per_item_each
    if each and toks[j + 2].lower in kb.per_item:
        return j + 2 if toks[j + 2].sentence == toks[j].sentence else None
    return None


def _qualified_item(tk: Tokenized, j: int, kb: Knowledge) -> int | None:
    """The item after one or two qualifying words at j ('per diluted share', 'per basic common
    share': rules/nouns.yaml per_item_qualifiers), in the sentence of j; None if there is none."""
    toks = tk.tokens
    k = j
    while k < len(toks) and k - j < 2 and toks[k].lower in kb.per_item_qualifiers:
        k += 1
    if k == j or k >= len(toks) or toks[k].lower not in kb.per_item or toks[k].sentence != toks[j].sentence:
        return None
    return k


def _per_noun(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """A singular noun at j, after 'per', that an amount of money is paid for: 'share', 'astronaut';
    not a currency ('$1.25 per pound' is an exchange rate, read later)."""
    t = tk.tokens[j]
    w = t.lower
    if w in kb.per_item:
        return True
    return (
        t.kind == "word"
        and t.text.isalpha()
        and t.text.islower()
        and len(w) > 2
        and w not in STOP_AFTER
        and w not in PERCENT_WORDS
        and w not in {"cent", "annum", "se", "pound", "pounds"}
        and singular_noun(w) == w
        and _currency_word_at(tk, j, kb) is None
        and not _lower_word_at(tk, j + 1)  # "$10,000 per seasonal farm worker": the noun is further on
    )


def _lower_word_at(tk: Tokenized, j: int) -> bool:
    """Is token j a lower-case word that carries a noun phrase on (not a function word)?"""
    if j >= len(tk.tokens):
        return False
    t = tk.tokens[j]
    return t.text.isalpha() and t.text.islower() and t.lower not in STOP_AFTER


def _scale_of(num: Number) -> float:
    if num.unit_place <= 0:
        return 1.0
    p = 10 ** math.floor(math.log10(num.unit_place))
    for s in (1e12, 1e9, 1e6, 1e3):
        if p >= s / 100 and num.value >= s:
            return s
    return 1.0


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
        ) or (
            fallback is None
            and low.endswith("men")
            and not low.endswith(("imen", "omen"))
            and (len(low) > 5 or low == "men")
            and (t.text.islower() or (t.text.istitle() and _title_case(tk, k)))  # "Two Ohio Fishermen Plead"
        ) or (
            fallback is None
            and (low.endswith("ese") or (low in kb.capitalised_plurals and not low.endswith("s")))
            and t.text[:1].isupper()
            and _noun_use(tk, k, kb)
        ) or (
            fallback is None
            and low in kb.plurals_without_s
            and t.text.islower()
            and _plural_ends(tk, k, kb)
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


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


LOST_APOSTROPHE = re.compile(r"[a-z]*(?:[b-df-hj-np-tv-z]ys|xs|shs)")


def _lost_apostrophe(t: Token) -> bool:
    """Is the lower-case word at t a possessive that lost its apostrophe, in a shape no English plural
    has: a consonant and "ys" ("the citys", "the companys"), "xs" or "shs" ("the complexs")?"""
    return t.kind == "word" and t.text.islower() and LOST_APOSTROPHE.fullmatch(t.text) is not None


def _partitive_noun(tk: Tokenized, j: int, raw: Raw, kb: Knowledge) -> None:
    """'six of the governor's advisers', 'one of the volunteers', '39 of the state's 54 delegates':
    the plural noun after 'of the' is what the figure counts (a part of them). Not 'one of the best
    players' nor 'one of the world's largest' (a description: the "one" stays a figure that counts
    nothing), nor 'one of them'. The noun span is left unset: the claim stays a part (features.py)."""
    toks = tk.tokens
    n = len(toks)
    if raw.value is None or raw.value < 1 or raw.value != int(raw.value):
        return  # "three quarters of the members" is a share
    if j + 1 >= n or toks[j].lower != "of":
        return
    if _partitive_of_figure(tk, j + 1, raw, kb):
        return  # "one of eight men"
    if toks[j + 1].lower == "only" and _partitive_of_figure(tk, j + 2, raw, kb):
        return  # "one of only three suppliers": a part of a small whole, no description
    k = _past_a_named_owner(tk, j + 1)
    if raw.value == 1 and k == j + 1 and toks[k].lower in kb.one_of_idioms and _description_word(tk, k, kb):
        raw.features["one_of_description"] = True  # "one of several", "one of many": a figure of one
        return
    if not (toks[k].lower in OF_DETERMINERS | {"these", "those"} or _possessive(toks[k].lower) or k > j + 1):
        return
    while k < n and k <= j + 4 and (
        toks[k].lower in OF_DETERMINERS | {"these", "those"}
        or _possessive(toks[k].lower)
        or (k > j + 1 and k + 1 < n and _lost_apostrophe(toks[k]) and _lower_word_at(tk, k + 1))
    ):
        k += 1  # "of the city's facilities"; "of the citys facilities", its apostrophe lost
    if (
        raw.value == 1
        and k > j + 1
        and k < n
        and toks[k].sentence == toks[j].sentence
        and (toks[k].lower in kb.one_of_idioms or (toks[k].lower.endswith("est") and toks[k].text.islower()))
        and _description_word(tk, k, kb)
    ):
        # "one of the best in the world", "one of the most dangerous in the city": a description
        # whatever follows it (with a plural noun after it, as before: "one of the largest banks")
        raw.features["one_of_description"] = True
        return
    if (
        k + 1 < n
        and (toks[k].lower in kb.one_of_idioms or toks[k].lower.endswith("est"))
        and (toks[k + 1].kind == "num" or kb.numbers.is_number_word(toks[k + 1].lower))
    ):
        k += 1  # "31 of the top 40 stores", "12 of our largest 20 towns": a rank before the whole
    if k < n and (toks[k].kind == "num" or kb.numbers.is_number_word(toks[k].lower)):
        k += 1  # "39 of the state's 54 delegates": the whole's noun
    if k >= n or toks[k].sentence != toks[j].sentence:
        return
    probe = Raw(0, 0, None, None, None)
    _find_noun(tk, k, probe, kb)
    if probe.noun_span is None:
        return
    noun = toks[probe.noun_span[1]].lower
    if not (
        noun.endswith("s")
        or noun in IRREGULAR
        or singular_noun(noun) != noun  # "one of the policemen"
        or noun in kb.plurals_without_s
        or probe.noun_class in kb.people_kinds
    ):
        return  # a plural: "one of the children", not "one of the team"
    if raw.value == 1:
        between = [t.lower for t in toks[j + 1 : probe.noun_span[1]]]
        if any(w in kb.one_of_idioms or w.endswith("est") for w in between):
            raw.features["one_of_description"] = True  # kept as a figure of one, counting nothing
            return
    raw.counts, raw.noun_class = probe.counts, probe.noun_class
    raw.kind = "count"
    raw.features["of_noun"] = True


def _description_word(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """Does the word at k, after "one of (the)" (one of `one_of_idioms` or a superlative in -est),
    describe, with no number after it: not a rank before a number ("one of the top 40 stores", "one
    of the first 100 buyers": a part of a counted whole, read as before)?"""
    toks = tk.tokens
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return not (nxt is not None and (nxt.kind == "num" or kb.numbers.is_number_word(nxt.lower)))


def _past_a_named_owner(tk: Tokenized, k: int) -> int:
    """From token k after 'of', the token after a named owner: a name of one or two capitalised words
    before a possessive's last word ('one of Anna Pellow's bakeries': the possessive's token) or a
    capitalised word in -s written without its apostrophe before a lower-case word ('five of Pellows
    chemical plants', 'one of Tarnbys co-founders'); else k itself."""
    toks = tk.tokens
    n = len(toks)
    for m in (k, k + 1):
        if m + 1 < n and all(
            toks[x].kind == "word" and toks[x].text[:1].isupper() and toks[x].sentence == toks[k].sentence
            for x in range(k, m + 1)
        ):
            if m > k and _possessive(toks[m].lower):
                return m  # the possessive itself, which the caller passes
            last = toks[m].text
            nxt = toks[m + 1]
            if (
                m == k
                and last.endswith("s")
                and len(last) > 3
                and not last.isupper()
                and not _possessive(last.lower())
                and nxt.kind == "word"
                and nxt.text.islower()
                and nxt.sentence == toks[k].sentence
            ):
                return m + 1
    return k


def _partitive_of_figure(tk: Tokenized, k: int, raw: Raw, kb: Knowledge) -> bool:
    """'one of eight men', 'two of five judges': after "of" a larger whole number and its plural
    noun, which the figure counts (a part of them, as after "of the"). Sets the count on `raw`."""
    toks = tk.tokens
    if k >= len(toks) or not (toks[k].kind == "num" or kb.numbers.is_number_word(toks[k].lower)):
        return False
    whole = read_number(tk, k, kb.numbers)
    if whole is None or whole.value is None or raw.value is None or whole.value <= raw.value:
        return False
    if raw.first > 0 and toks[raw.first - 1].lower in kb.rank_before:
        return False  # "the team placed 31 of 40 entrants": a place in a ranking
    if whole.scaled or whole.fraction or whole.sign is not None or whole.last + 1 >= len(toks):
        return False
    if match_unit_after(tk, whole.last + 1, kb.units, tk.glued(whole.last + 1)) is not None:
        return False  # "three of 2,000 tonnes": a quantity, not a count
    probe = Raw(0, 0, None, None, None)
    _find_noun(tk, whole.last + 1, probe, kb)
    if probe.noun_span is None or probe.noun_span[0] != whole.last + 1 or not probe.counts:
        return False
    noun = toks[probe.noun_span[1]].lower
    if not (noun.endswith("s") or noun in IRREGULAR):
        return False
    raw.counts, raw.noun_class = probe.counts, probe.noun_class
    raw.kind = "count"
    raw.features["of_noun"] = True
    raw.features["part"] = True  # a part of the whole named after it: no pair (features.py)
    return True


QUOTE_OPENERS = frozenset({'"', "“"})
ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "less", "able", "ible", "ly", "ish")
# words after "one" that make no noun of their own (the idiom nouns, "one day", "one thing", are
# rules/nouns.yaml one_idioms)
NOT_ONE_NOUNS = frozenset(
    """another other such own single big small last first next only very more most much less never
    also still just even ever already often really actually simply finally""".split()
)


CLAUSE_WORDS = frozenset(
    """because until unless if when where whose yet too alone instead due ago away apart ahead together
    again today tonight yesterday now here further farther rather why how via alive behind without
    within against despite amid amidst throughout toward towards beyond unlike inside outside""".split()
)  # "via" too: a preposition no noun compound runs through ("one story via the web"; "one district
# without a permit"); "alive" and "behind" after a verb's object ("left one clerk alive", "left one
# car behind"); "inside" and "outside" end a noun ("one guard inside the jail" counts the guard)
# function words that may follow a bare "zero" ("a fee of zero when ...")
# words of rules/nouns.yaml zero_idioms that make "zero" a level ("fell to zero"), not an idiom's noun
ZERO_LEVEL_WORDS = frozenset({"to", "from", "at", "below", "above", "near"})
ZERO_NOT_NOUNS = frozenset("when where while whereas because since until unless though although".split())
# words after which a "one" opens a clause of its own, as after a comma ("and one called police")
CLAUSE_OPENERS = ZERO_NOT_NOUNS | {"and", "but", "or", "as", "after", "before", "if", "so"}
ONE_ADJECTIVES = frozenset("former senior junior young old new single female male".split())


ONE_DIGIT_BOUNDS = frozenset({"under", "over", "above", "below", "than"})


def _one_listed(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """Is the bare spelled-out 'one' of num a figure of a list ('nine in Utah and one in Idaho',
    'two were clerks, and one was a driver') or a lone figure after 'only' ('only one was signed')?
    The pack's `one_listed_after`, `one_list_reach` and `one_not_listed_before` (rules/nouns.yaml)."""
    toks = tk.tokens
    i, j = num.first, num.last + 1
    if num.value != 1 or num.first != num.last or toks[i].lower != "one" or i == 0:
        return False
    if toks[i - 1].sentence != toks[i].sentence:
        return False
    nxt = toks[j] if j < len(toks) and toks[j].sentence == toks[i].sentence else None
    if nxt is not None and (nxt.lower in kb.one_not_listed_before or nxt.lower in kb.one_idioms):
        return False  # "and one of them", "one another", "and one day"
    if nxt is not None and nxt.lower in CLAUSE_WORDS and _the_other_after(tk, j + 1):
        return True  # "keep one without the other": one of a pair, set against the other
    glued_hyphen = nxt is not None and nxt.text in HYPHENS and tk.glued(j)
    if nxt is not None and (glued_hyphen or nxt.lower in MODALS or _one_or_another(tk, j)):
        return False  # "one- and two-bedroom flats", "and one can only wonder", "one way or another"
    if nxt is not None and nxt.lower == "in" and j + 1 < len(toks):
        after = toks[j + 1]
        if after.kind == "num" or kb.numbers.is_number_word(after.lower):
            return False  # "one in four homes": the ratio's reader
    prev = toks[i - 1].lower
    if prev == "only" and i > 1 and toks[i - 2].lower in {"the", "a", "an", "no", "not"}:
        return False  # "was not the only one": a pronoun
    if prev == "only":
        # "only one was signed", "only one - the eastern - is open", "delivered only one."
        return nxt is None or nxt.kind != "word" or nxt.lower in kb.common_verbs or nxt.lower in ONE_BE
    if prev not in kb.one_listed_after:
        return False
    for k in range(i - 2, max(-1, i - 2 - kb.one_list_reach), -1):
        t = toks[k]
        if t.sentence != toks[i].sentence or t.text in {";", ":"}:
            return False
        if t.kind == "num" and len(t.text) < 4 and not (k > 0 and toks[k - 1].lower in MONTHS):
            return True  # "25 in Iowa, nine in Utah and one in Idaho"
        if t.kind == "word" and t.lower != "one" and kb.numbers.is_number_word(t.lower):
            return t.lower not in kb.numbers.scales  # "two in Texas and one in Maine"
    return False


# the words after "including one" that open the clause saying which one it was
ONE_CLAUSE_OPENERS = frozenset({"in", "where", "when", "which", "that", "whose"})


def _one_of_those_named(tk: Tokenized, num: Number, raw: Raw, kb: Knowledge) -> None:
    """'detailed nine thefts in the filing, including one in which a guard was hurt': a bare "one"
    after "including", before a clause that says which, is one of the plural last counted before it
    in its sentence (by a figure in words or digits); sets that count on `raw`. Not before "of"
    (pronoun) nor after a list's other figures ("including one in Idaho" keeps no noun unless a
    count before it names one)."""
    toks = tk.tokens
    i = num.first
    if i < 1 or num.first != num.last or toks[i].lower != "one" or toks[i - 1].lower != "including":
        return
    j = i + 1
    if j + 1 >= len(toks) or toks[j].sentence != toks[i].sentence or toks[j].lower not in ONE_CLAUSE_OPENERS:
        return
    if toks[j].lower == "in" and toks[j + 1].lower != "which":
        return  # "including one in Idaho": a place, no clause saying which one
    for k in range(i - 2, -1, -1):
        t = toks[k]
        if t.sentence != toks[i].sentence or t.text in {";", ":"}:
            return
        year = re.fullmatch(r"(19|20)\d\d", t.text) is not None
        figure = (t.kind == "num" and t.text.replace(",", "").isdigit() and not year) or (
            t.kind == "word" and kb.numbers.is_number_word(t.lower) and t.lower != "one"
        )
        if not figure:
            continue
        probe = Raw(0, 0, None, None, None)
        _find_noun(tk, k + 1, probe, kb)
        if probe.counts is not None and probe.noun_span is not None:
            last = toks[probe.noun_span[1]].lower
            if last.endswith("s") and not last.endswith("ss"):
                raw.counts, raw.noun_class, raw.kind = probe.counts, probe.noun_class, "count"
        return


def _the_other_after(tk: Tokenized, k: int) -> bool:
    """Do tokens k.. read "the other" or "another" in the sentence of token k - 1?"""
    toks = tk.tokens
    if k >= len(toks) or toks[k].sentence != toks[k - 1].sentence:
        return False
    if toks[k].lower == "another":
        return True
    return k + 1 < len(toks) and toks[k].lower == "the" and toks[k + 1].lower == "other"


ONE_BE = frozenset("is was are were has had have remains remained".split())
MODALS = frozenset("can could may might must shall should will would".split())


def _one_or_another(tk: Tokenized, j: int) -> bool:
    """'one way or another', 'one form or the other': the word at j, then 'or' and 'another'/'the'."""
    toks = tk.tokens
    return j + 2 < len(toks) and toks[j + 1].lower == "or" and toks[j + 2].lower in {"another", "the"}


def _one_digit_alone(tk: Tokenized, i: int) -> bool:
    """Is the digit '1' at token i a figure of its own that may count the noun after it ('(1
    officer)', 'for every 1 new regulation')? Not glued to what is before it but an opening bracket
    (a lost currency sign in '?1 coin', '50+1 rule'), not a bound ('values under 1 end ...') and not
    before a noun glued to a hyphen ('a 1 percentage-point decline')."""
    toks = tk.tokens
    if i > 0 and ((tk.glued(i) and toks[i - 1].text != "(") or toks[i - 1].lower in ONE_DIGIT_BOUNDS):
        return False
    j = i + 1
    return not (j + 1 < len(toks) and toks[j + 1].text in HYPHENS and tk.glued(j + 1))


def _one_noun(tk: Tokenized, num: Number, raw: Raw, kb: Knowledge) -> None:
    """'one county', 'one violation': the singular noun right after a spelled-out 'one' (or a digit
    '1': '(1 officer)') is counted; so is the noun after 'zero', which may be singular ('zero
    income', 'zero communication').

    Only the word right after it, lower-case and not an adjective, a function word, a unit of time
    or an idiom ('one day', 'one thing', 'one way or another'; 'zero tolerance', 'ground zero')."""
    toks = tk.tokens
    j = num.last + 1
    word = "one" if toks[num.last].text == "1" else toks[num.last].lower  # "1 officer" as "one officer"
    if word not in {"one", "zero"} or j >= len(toks) or tk.glued(j):
        return
    if word == "zero" and (
        toks[j].lower in kb.zero_idioms
        or toks[j].lower in ZERO_NOT_NOUNS
        or not toks[num.last].text.islower()  # "Zero waste is ...": a term's name
        or (num.first > 0 and toks[num.first - 1].lower in kb.zero_idioms)
        or (num.first > 0 and tk.glued(num.first) and toks[num.first - 1].text in {"-", "‐"})
        # "near-zero", "sub-zero": a level
    ):
        return  # "zero tolerance", "a zero sum contest", "ground zero", "patient zero": no count
    if j + 2 < len(toks) and toks[j + 1].lower == "or" and toks[j + 2].lower in {"another", "the"}:
        return  # "one way or another", "in one form or the other": any of them, not one
    if word == "one" and (
        _one_of_an_age(tk, j, kb) or _only_one_participle(tk, num, j) or _one_then_its_verb(tk, num, kb)
    ):
        return  # "two men, one aged 58": a person of that age; "the only one cheering": a pronoun
    name_end = None if _one_capitalised_noun(tk, j, kb) else _title_place_before_noun(tk, j, kb)
    if name_end is None and not _one_capitalised_noun(tk, j, kb):
        name_end = _name_before_noun(tk, j)
    if name_end is not None:
        j = name_end  # "one North Korean man", "one Free Syrian Army fighter": to the name's last word
    if (
        word == "one"
        and j + 1 < len(toks)
        and toks[j].lower in ONE_INCREMENTS
        and toks[j + 1].kind == "word"
        and toks[j + 1].sentence == toks[j].sentence
        and toks[j + 1].lower not in kb.common_verbs
        and (toks[j + 1].lower,) not in kb.cue_verbs
        and not toks[j + 1].lower.endswith("ed")  # "one more died"
    ):
        if toks[j].lower in MORE_WORDS:
            raw.features["more"] = True  # "one more sortie", "one additional charge": an increment
        j += 1  # "one other senator": the noun after it is counted
    hyphened = _hyphened_modifier_end(tk, j, kb) if word == "one" else None
    if hyphened is not None:
        j = hyphened + 1  # "one U.S.-related account", "one state-run clinic": past the modifier
    elif word == "one":
        last_part = _hyphened_noun_end(tk, j, kb)
        if last_part is not None:
            j = last_part  # "one co-defendant was", "one e-mail between": the hyphened word is the noun
    t = toks[j]
    w = t.lower
    past_adjective = hyphened is not None
    if (
        j + 1 < len(toks)
        and t.kind == "word"
        and t.text.isalpha()
        and (w not in NOT_ONE_NOUNS or w in {"such", "last"})  # "one such meeting", "one last try"
        and w not in kb.one_idioms
        and w not in kb.one_nouns_in_ly
        and (
            w in {"such", "last"}
            or w.endswith(("ar", "ic", "al", *ADJECTIVE_ENDINGS))
            or w in ONE_ADJECTIVES
            or _one_adjective_in_ed(tk, num.first, j, kb)  # "in one signed letter"
            or (t.text[:1].isupper() and not _sentence_start(tk, j))  # "one Arkansas lawmaker"
            or (t.text.isupper() and len(w) > 1)  # "one ISIL member"
        )
        and toks[j + 1].kind == "word"
        and toks[j + 1].text.islower()
        and toks[j + 1].lower not in STOP_AFTER
        and toks[j + 1].lower not in CLAUSE_WORDS  # "one clinic within": no adjective before a noun
        and toks[j + 1].lower not in kb.common_verbs
        and (toks[j + 1].lower,) not in kb.cue_verbs
        and not toks[j + 1].lower.endswith(("ed", "s"))
    ):
        # "one particular woman", "one former employee", "one Israeli jet", "one conservative foe":
        # past the adjective
        j += 1
        t = toks[j]
        w = t.lower
        past_adjective = True
    if _one_capitalised_noun(tk, j, kb):
        pass  # "when one Senator suggested", "one Republican voted against": the noun before its verb
    elif t.kind != "word" or not t.text.isalpha() or not t.text.islower() or len(w) < 3:
        return
    if w in kb.common_verbs and not (not past_adjective and _noun_before_of_plural(tk, j)):
        return  # a verb; but "one set of ledgers": a noun before "of" and a plural
    if w in STOP_AFTER or w in kb.not_counted or w in NOT_ONE_NOUNS or w in kb.one_idioms:
        return
    if w in kb.numbers.units or w in MONTHS:
        return
    if w in kb.one_modifiers_in_s and t.text.islower():
        last = _compound_end(tk, j, kb)  # "one news agency", "one bus driver": the compound's end
        if last is None:
            return
        j = last
        t, w = toks[j], toks[j].lower
    plural = w.endswith("s") and not w.endswith("ss")  # a singular in -ss is a noun: "one witness"
    adjective = (
        w.endswith(ADJECTIVE_ENDINGS)
        and w not in kb.one_nouns_in_ly
        and not (_noun_in_ive(tk, j, kb) if past_adjective else _ive_noun_after_one(tk, j, kb))
    )
    if adjective or plural or kb.numbers.is_number_word(w):
        return
    if (w.endswith("ed") and len(w) > 4) or w == "being":
        return  # "One suffered a head injury", "one being repaired": a verb, not a noun
    if j + 1 < len(toks) and toks[j + 1].kind == "word" and toks[j + 1].text.islower():
        # "one fraud conspiracy from", "one studio album but", "one text message conversation,":
        # the noun is the last of up to three such words when a break follows it; "one county
        # official said" as well; else the noun is unknown
        last = _compound_end(tk, j, kb)
        if last is None:
            if _compound_word(tk, j + 1, kb):
                return
        else:
            j = last
            t, w = toks[j], toks[j].lower
    if w in CLAUSE_WORDS:
        # "including one where he claimed", "one too many": "one" before a clause word stays a
        # figure, but the clause word is no noun it counts
        raw.features["one_before_clause"] = True
        return
    raw.counts = t.text
    raw.noun_class = w
    raw.noun_span = (j, j)
    raw.measurand = t.text
    raw.kind = "count"


def _noun_before_of_plural(tk: Tokenized, j: int) -> bool:
    """Does "of" and a lower-case plural follow token j ("one set of ledgers"), so that a word that
    may be a verb is the noun counted ("one made of steel", "one left of the team" stay verbs)?"""
    toks = tk.tokens
    if j + 2 >= len(toks) or toks[j + 1].lower != "of" or toks[j + 2].sentence != toks[j].sentence:
        return False
    w = toks[j + 2]
    return w.kind == "word" and w.text.islower() and w.lower.endswith("s") and not w.lower.endswith("ss")


HYPHEN_OR_DOT = frozenset({"-", "‐", "."})
MODIFIER_NOT_LAST = frozenset("above below over under after before off up down out on in to".split())
# a preposition right after the hyphened word: that word is the noun ("one e-mail between them");
# those STOP_AFTER holds already ("among", "with", "into", ...) are checked there
PREPOSITIONS_AFTER = frozenset(
    "between under against through via toward towards near beyond behind beside upon onto inside "
    "outside".split()
)


def _hyphened_modifier_end(tk: Tokenized, j: int, kb: Knowledge) -> int | None:
    """The last token of a modifier joined by a hyphen at j ("U.S.-related", "Swiss-based", "New
    York-based", "state-run"), after at most two capitalised words, whose last part is a lower-case
    word and after which a lower-case word glued to nothing follows in the sentence; else None."""
    toks = tk.tokens
    n = len(toks)
    k = j
    while k < j + 2 and k + 1 < n and toks[k].text.istitle() and toks[k].text.isalpha():
        if tk.glued(k + 1):
            break
        k += 1  # "New York-based": the name's first words
    if k >= n or toks[k].kind != "word" or toks[k].sentence != toks[j].sentence:
        return None
    if toks[k].lower.endswith("ly"):
        return None  # "one allegedly-involving": an adverb, no modifier of a noun
    start = k
    hyphen = False
    while k + 1 < n and tk.glued(k + 1) and (toks[k + 1].text in HYPHEN_OR_DOT or toks[k + 1].kind == "word"):
        hyphen = hyphen or toks[k + 1].text in {"-", "‐"}
        k += 1
    last = toks[k]
    if not hyphen or last.kind != "word" or not last.text.isalpha() or not last.text.islower():
        return None
    if toks[k - 1].text not in {"-", "‐"}:
        return None
    for m in range(start, k + 1):  # "one of-the fastest", "one five-year stint"
        w = toks[m].lower
        if toks[m].kind == "word" and (w in STOP_AFTER or kb.numbers.is_number_word(w)):
            return None
    if last.lower in MODIFIER_NOT_LAST:
        return None  # "one level-above junk": a preposition ends no modifier
    if k + 1 >= n or toks[k + 1].sentence != last.sentence or tk.glued(k + 1):
        return None
    nxt = toks[k + 1]
    w = nxt.lower
    if nxt.kind != "word" or not nxt.text.isalpha() or not nxt.text.islower():
        return None
    if w in STOP_AFTER or w in PREPOSITIONS_AFTER or w in CLAUSE_WORDS or w in MODALS:
        return None  # "one self-report to", "one e-mail between", "one fridge-freezer that"
    if w in kb.common_verbs or (w,) in kb.cue_verbs:
        return None  # "one fridge-freezer was", "one anti-depressant cannot"
    if w.endswith("ed") or w.startswith("can"):
        return None
    return k


def _hyphened_noun_end(tk: Tokenized, j: int, kb: Knowledge) -> int | None:
    """The last part of a lower-case word joined by hyphens at j that no noun follows ("one
    co-defendant was", "one e-mail between", "one anti-depressant in"): that hyphened word is the
    noun, counted by its last part as a plural of it is ("two co-defendants"). None when a part is a
    function word or a number word ("one of-the", "one five-year") or the last part a preposition
    ("one level-above")."""
    toks = tk.tokens
    t = toks[j]
    if t.kind != "word" or not t.text.isalpha() or not t.text.islower():
        return None
    end = _hyphen_chain_end(tk, j, kb)
    if end is None:
        return None
    for m in range(j, end + 1, 2):
        w = toks[m].lower
        if not toks[m].text.isalpha() or not toks[m].text.islower() or w in STOP_AFTER:
            return None
        if kb.numbers.is_number_word(w):
            return None
    last = toks[end].lower
    if last in MODIFIER_NOT_LAST or (last.endswith("ed") and len(last) > 3):
        return None  # "one level-above junk", "one media-induced": no noun
    if end + 1 < len(toks) and tk.glued(end + 1) and toks[end + 1].text not in {".", ",", ";", ":", ")"}:
        return None  # "one e-mail." is read; "one e-mail2" or a lost space is not
    nxt = toks[end + 1] if end + 1 < len(toks) else None
    if nxt is not None and nxt.kind == "word" and not nxt.text.islower():
        return None  # "one well-placed EU source": a modifier before a name
    return end


def _title_place_before_noun(tk: Tokenized, j: int, kb: Knowledge) -> int | None:
    """In a Title Case headline, the capitalised noun one or two capitalised words after j, right
    before its verb ("One Arizona Resident Convicted", "One Kansas City Doctor Charged"), or None."""
    toks = tk.tokens
    for k in (j + 1, j + 2):
        if k >= len(toks) or not all(toks[m].kind == "word" and toks[m].text.istitle() for m in range(j, k)):
            return None
        if _title_case(tk, k) and _one_capitalised_noun(tk, k, kb):
            return k
    return None


def _name_before_noun(tk: Tokenized, j: int) -> int | None:
    """The last word of a name of two or three capitalised words at j, inside its sentence, with a
    lower-case word glued to nothing after it ("one New York firm", "one Free Syrian Army
    fighter"), or None."""
    toks = tk.tokens
    if _sentence_start(tk, j):
        return None
    k = j
    while (
        k < len(toks)
        and k - j < 3
        and toks[k].kind == "word"
        and toks[k].text.istitle()
        and toks[k].text.isalpha()
        and toks[k].sentence == toks[j].sentence
    ):
        k += 1
    if k - j < 2 or k >= len(toks) or toks[k].sentence != toks[j].sentence:
        return None
    if toks[k].kind != "word" or not toks[k].text.islower() or tk.glued(k):
        return None
    return k - 1


def _one_of_an_age(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """'two men, one aged 58': an age word and a figure after "one" name a person's age, no
    counted noun ("one age group" still counts the group)."""
    toks = tk.tokens
    if toks[j].lower not in kb.age_words or j + 1 >= len(toks):
        return False
    after = toks[j + 1]
    return after.kind == "num" or kb.numbers.is_number_word(after.lower)


def _only_one_participle(tk: Tokenized, num: Number, j: int) -> bool:
    """'the only one cheering', 'not the only one left out': after "the only" or "an only" the
    "one" is a pronoun, and the word in -ing after it a participle, no counted noun; so is a word in
    -ing before a preposition ('two factions, one fighting against the other')."""
    toks = tk.tokens
    i = num.first
    if toks[j].kind != "word" or not toks[j].lower.endswith("ing"):
        return False
    if j + 1 < len(toks) and toks[j + 1].lower in CLAUSE_WORDS and toks[j + 1].sentence == toks[j].sentence:
        return True
    return i >= 2 and toks[i - 1].lower == "only" and toks[i - 2].lower in {"the", "an"}


PARTICIPLE_OBJECTS = frozenset("a an the his her their its our my your this that these those".split())


def _one_then_its_verb(tk: Tokenized, num: Number, kb: Knowledge) -> bool:
    """Is the spelled-out "one" of num a pronoun with its verb right after it: a verb in -ed where
    "one" opens its clause ("One called police", "and one fled the scene"; not "One injured worker
    was taken", see _one_adjective_in_ed), or a participle in -ing before its object ("two men, one
    carrying a rifle", "one involving the bank")? Then no noun after it is counted."""
    toks = tk.tokens
    j = num.last + 1
    if toks[num.last].lower != "one" or num.first != num.last or j + 1 >= len(toks):
        return False
    t, nxt = toks[j], toks[j + 1]
    if t.kind != "word" or not t.text.islower() or tk.glued(j) or nxt.sentence != t.sentence:
        return False
    w = t.lower
    if w.endswith("ing") and len(w) > 5:
        return nxt.lower in PARTICIPLE_OBJECTS
    return w.endswith("ed") and len(w) > 4 and not _one_adjective_in_ed(tk, num.first, j, kb)


def _noun_in_ive(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """Is the word in -ive at j, after "one" and an adjective, the counted noun ("one former
    executive from", "one Democratic operative,")? Only when nothing it could describe follows it: a
    break, a function word or a verb. Right after "one" such a word stays uncounted ("One executive
    said", "one negative and one positive")."""
    toks = tk.tokens
    if not toks[j].lower.endswith("ive"):
        return False
    if j + 1 >= len(toks) or toks[j + 1].sentence != toks[j].sentence or toks[j + 1].kind != "word":
        return True
    v = toks[j + 1].lower
    verb = v in kb.common_verbs or (v,) in kb.cue_verbs or (v.endswith("ed") and len(v) > 3)
    return v in STOP_AFTER or verb


IVE_NOUN_AFTER = frozenset("in at from on near inside outside who whom was is remains remained".split())


def _ive_noun_after_one(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """Is the word in -ive right after "one" the counted noun ("arrested one fugitive in Ohio",
    "one relative who", "caught one fugitive.")? Only before a full stop, a preposition of place, a
    relative pronoun or a plain verb of being; not before "and" ("one negative and one positive")
    nor a verb of saying ("One executive said": a subject whose kind the reader leaves unsaid)."""
    toks = tk.tokens
    if not toks[j].lower.endswith("ive") or not toks[j].text.islower():
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or nxt.sentence != toks[j].sentence:
        return True
    return nxt.lower in IVE_NOUN_AFTER or nxt.text in {".", ";"}


def _one_adjective_in_ed(tk: Tokenized, first: int, j: int, kb: Knowledge) -> bool:
    """Is the word in -ed at j, after the "one" at `first`, an adjective before the counted noun?
    Not where "one" opens its clause ("One called police"), unless a verb of rules/nouns.yaml
    one_subject_verbs follows the noun ("One injured worker was taken to hospital")."""
    toks = tk.tokens
    w = toks[j].lower
    if not (w.endswith("ed") and len(w) > 4):
        return False
    prev = toks[first - 1] if first > 0 else None
    opens = prev is None or prev.kind != "word" or prev.lower in CLAUSE_OPENERS or _sentence_start(tk, first)
    if not opens:
        return True
    if j + 2 >= len(toks) or toks[j + 2].sentence != toks[j].sentence:
        return False
    v = toks[j + 2].lower
    if v in kb.one_subject_verbs:
        return True
    # "One worried parent called the school", "One wounded soldier told us": a noun, then its verb
    # in the past or a verb of saying
    return (
        toks[j + 2].text.islower()
        and ((v.endswith("ed") and len(v) > 4) or (v,) in kb.cue_verbs)
        and _compound_word(tk, j + 1, kb)
    )


def _one_capitalised_noun(tk: Tokenized, j: int, kb: Knowledge) -> bool:
    """Is the capitalised word at j, after "one", the counted noun: a word of letters inside the
    sentence, singular, right before its verb ("one Senator suggested", "one Democrat said", "one
    Briton who")? Not a name's first word ("one Arkansas lawmaker" counts the lawmaker)."""
    toks = tk.tokens
    t = toks[j]
    if t.kind != "word" or not t.text.isalpha() or len(t.text) < 3 or not t.text[0].isupper():
        return False
    if t.text.isupper() or _sentence_start(tk, j) or t.lower in MONTHS or t.lower.endswith("s"):
        return False
    if j + 1 >= len(toks) or toks[j + 1].sentence != t.sentence or toks[j + 1].kind != "word":
        return False
    v = toks[j + 1].lower
    if toks[j + 1].text.istitle() and v.endswith("ed") and len(v) > 4 and _title_case(tk, j):
        return True  # "Nine Men and One Company Charged": a Title Case headline, the noun before its verb
    return toks[j + 1].text.islower() and (
        v in kb.common_verbs or (v,) in kb.cue_verbs or v == "who" or (v.endswith("ed") and len(v) > 3)
    )


def _compound_word(tk: Tokenized, k: int, kb: Knowledge) -> bool:
    """Token k may go on a noun compound after 'one': a lower-case word, no verb or clause word."""
    if k >= len(tk.tokens):
        return False
    t = tk.tokens[k]
    w = t.lower
    return (
        t.kind == "word"
        and t.text.islower()
        and w not in STOP_AFTER
        and w not in CLAUSE_WORDS
        and w not in NOT_ONE_NOUNS  # "One lawsuit also alleges": an adverb ends the noun
        and w not in PREPOSITIONS_AFTER  # "one contract nurse under the act": "under" is no noun
        and w not in MODALS  # "one remedy cannot": a modal ends the noun
        and w != "cannot"
        and w not in kb.common_verbs
        and (not w.endswith(("ed", "s", "ly", "ing")) or w in kb.one_nouns_in_ly)
        and (w,) not in kb.cue_verbs
    )


def _compound_break(tk: Tokenized, k: int, s: int, kb: Knowledge) -> bool:
    """Token k (in sentence s, or past it) ends a noun phrase: punctuation, a function word, a verb."""
    toks = tk.tokens
    after = toks[k] if k < len(toks) and toks[k].sentence == s else None
    return after is not None and (
        after.kind != "word"
        or after.lower in STOP_AFTER
        or after.lower in CLAUSE_WORDS
        or after.lower in NOT_ONE_NOUNS
        or after.lower in PREPOSITIONS_AFTER
        or after.lower in MODALS
        or after.lower == "cannot"
        or after.lower in kb.common_verbs
        or (after.lower,) in kb.cue_verbs
        or after.lower.endswith(("ed", "ly"))
        or _participle_and_object(tk, k)
    )


def _participle_and_object(tk: Tokenized, k: int) -> bool:
    """Is token k a word in -ing right before a determiner of its object ("one tax return claiming a
    refund", "one dealer carrying his gun"), so that it ends the noun before it? Not a word in -ing
    inside a compound ("one drug trafficking charge")."""
    toks = tk.tokens
    w = toks[k].lower
    if not (w.endswith("ing") and len(w) > 5) or k + 1 >= len(toks):
        return False
    if toks[k + 1].sentence != toks[k].sentence:
        return False
    return toks[k + 1].lower in PARTICIPLE_OBJECTS


def _compound_end(tk: Tokenized, j: int, kb: Knowledge) -> int | None:
    """The last word of a noun compound of two to four words starting at token j, when a break
    follows it and it is no adjective ("one fraud conspiracy from", "one text message conversation,",
    "one covert drug task officer,")."""
    toks = tk.tokens
    s = toks[j].sentence
    for last in (j + 1, j + 2, j + 3):
        if not all(_compound_word(tk, k, kb) for k in range(j + 1, last + 1)):
            return None
        if last == j + 3 and (
            not all(toks[k].text.isalpha() for k in range(j + 1, last + 1))
            or (last + 1 < len(toks) and toks[last + 1].lower == "by")
        ):
            return None  # "one view you're nearly sure to", "one big hardware shop run by": no noun
        w = toks[last].lower
        if (w.endswith(ADJECTIVE_ENDINGS) and w not in kb.one_nouns_in_ly) or len(w) < 3 or not w.isalpha():
            continue
        if _compound_break(tk, last + 1, s, kb):
            return last
    return None


# the words before "N quarters" that make it a count of quarters of a year, not a share: a
# preposition of time, "but" ("all but three quarters"), a word of a period ("the last two quarters")
QUARTER_COUNT_AFTER = frozenset("in for over during within after but last past next previous".split())


def _quarters_counted(tk: Tokenized, num: Number, raw: Raw, kb: Knowledge) -> bool:
    """'in all but three quarters', 'for two quarters in a row': a number word and a spaced
    'quarters' after a word of `QUARTER_COUNT_AFTER` counts quarters (of a year), not a share of
    75% or 50%; not before 'of' ('in three quarters of the cases' is a share), not hyphened
    ('three-quarters'). Sets the count on `raw`."""
    toks = tk.tokens
    i, j = num.first, num.last
    if raw.is_range or j != i + 1 or toks[j].lower != "quarters" or tk.glued(j) or i == 0:
        return False
    if not kb.numbers.is_number_word(toks[i].lower) or toks[i - 1].sentence != toks[i].sentence:
        return False
    if toks[i - 1].lower not in QUARTER_COUNT_AFTER:
        return False
    if j + 1 < len(toks) and toks[j + 1].lower == "of" and toks[j + 1].sentence == toks[j].sentence:
        return False
    raw.value = float(round(num.value * 4))
    raw.place = 1.0
    raw.counts = toks[j].text
    raw.noun_class = toks[j].lower
    raw.noun_span = (j, j)
    raw.measurand = toks[j].text
    raw.kind = "count"
    return True


def _fraction_noun(tk: Tokenized, num: Number, raw: Raw, kb: Knowledge) -> bool:
    """'a half turn', 'a quarter point': a fraction that is no ordinal ('half', 'quarter'), right
    before a singular noun, is that part of the noun, as 'a half mile' is of a unit and 'two and a
    half turns' counts turns; not a share of 50%. Sets the count on `raw`.

    Only the word right after the fraction, lower-case, and neither an adjective or a comparative
    ('a quarter full', 'a half bigger'), a noun of ownership ('a quarter stake' is a share), a
    function word nor a verb, and no figure after it ('a
    quarter past nine'); the fraction does not end a hyphenated compound ('one-month-and-a-half')."""
    toks = tk.tokens
    j = num.last + 1
    if toks[num.last].lower not in NOT_ORDINAL_FRACTIONS or raw.is_range or j >= len(toks) or tk.glued(j):
        return False
    if num.first > 0 and tk.glued(num.first) and toks[num.first - 1].text in {"-", "‐"}:
        return False  # "a one-month-and-a-half stay": the end of a compound, not a part of a period
    t = toks[j]
    w = t.lower
    if t.kind != "word" or not t.text.isalpha() or not t.text.islower() or len(w) < 3:
        return False
    if t.sentence != toks[num.last].sentence or w in kb.common_verbs or (w,) in kb.cue_verbs:
        return False
    if w in STOP_AFTER or w in CLAUSE_WORDS or w in kb.not_counted or w in MONTHS or w in MORE_WORDS:
        return False
    if w in kb.share_nouns:
        return False  # "a quarter stake": a share of 25% (rules/nouns.yaml)
    if kb.numbers.is_number_word(w) or w.endswith((*ADJECTIVE_ENDINGS, "s", "ed", "er", "ing", "ll", "ty")):
        return False
    if j + 1 < len(toks) and (toks[j + 1].kind == "num" or kb.numbers.is_number_word(toks[j + 1].lower)):
        return False  # "a quarter past nine": a time of day
    raw.counts = t.text
    raw.noun_class = w
    raw.noun_span = (j, j)
    raw.measurand = t.text
    raw.kind = "count"
    return True


def _measurand_after(tk: Tokenized, j: int, raw: Raw) -> None:
    """'500 square miles of Russian territory' -> 'Russian territory';
    '$800 billion in damages' -> 'damages'."""
    toks = tk.tokens
    n = len(toks)
    if j < n and toks[j].lower in {"of", "in", "for", "worth"}:
        j += 1
    if j < n and toks[j].lower in {"the", "a", "an"}:
        j += 1
    words: list[Token] = []
    k = j
    while k < n and len(words) < 4:
        t = toks[k]
        if t.kind != "word" or t.lower in STOP_AFTER:
            break
        words.append(t)
        k += 1
    if words and not raw.measurand:
        raw.measurand = tk.text[words[0].start : words[-1].end]


def _interval(raw: Raw, kb: Knowledge) -> None:
    """low/high from the range, the vague amount, the hedge or the figure's roundness (rules/)."""
    if raw.vague or raw.is_range:
        return
    x = raw.value
    if x is None or not math.isfinite(x):
        return
    rnd = kb.pack.tolerances.roundness
    kind = raw.features.get("hedge_kind")
    # "nearly 7 million", "more than 2,000": the speaker rounded to the figure's own granularity,
    # so bounds use the uncapped place value; bare and "about" figures use the capped one
    uncapped = raw.place
    u = cap_place(abs(x), raw.place, rnd.cap_orders) if x else raw.place
    if kind in {"below", "above"}:
        u = uncapped
    raw.place = u
    width = float(raw.features.get("hedge_width", 0.0) or 0.0)  # type: ignore[arg-type]
    if kind == "approx":
        raw.low, raw.high = x - width * u, x + width * u
    elif kind == "below":
        raw.low, raw.high = x - width * u, x
    elif kind == "above":
        raw.low, raw.high = x, x + width * u
        raw.features["low_open"] = True
    elif kind == "at_least":
        raw.low, raw.high = x, None
    elif kind == "at_most":
        raw.low, raw.high = None, x
        raw.features["high_open"] = h_name_is_strict(raw)
    else:
        raw.low, raw.high = x - rnd.half_width * u, x + rnd.half_width * u


STRICT_UPPER = {"fewer than", "less than", "under", "below", "lower than"}


def h_name_is_strict(raw: Raw) -> bool:
    return raw.features.get("hedge_phrase") in STRICT_UPPER


def to_claim(tk: Tokenized, raw: Raw, kb: Knowledge, doc_id: str) -> Claim:
    toks = tk.tokens
    start = toks[raw.first].start
    end = toks[raw.last].end
    unit: str | None = None
    si: SI | None = None
    if raw.kind == "money":
        unit = raw.currency
    elif raw.kind in {"percent", "percentage_point"}:
        unit = raw.kind
    elif raw.kind == "count":
        unit = singular_noun(raw.counts or "")
        if raw.features.get("per"):
            unit = f"{unit} / {raw.features['per']}"
    elif raw.kind == "quantity" and raw.unit is not None:
        unit = raw.unit.name
        conv = to_si(raw.unit.pint) if raw.unit.pint else None
        if conv is not None:
            factor, offset, si_unit, dimension = conv

            def to(v: float | None) -> float | None:
                return None if v is None else v * factor + offset

            si = SI(to(raw.value), to(raw.low), to(raw.high), si_unit, dimension)
    return Claim(
        doc=doc_id,
        start=start,
        end=end,
        surface=tk.text[start:end],
        value=raw.value,
        low=raw.low,
        high=raw.high,
        kind=raw.kind,
        unit=unit,
        si=si,
        counts=singular_noun(raw.counts) if raw.counts else None,
        noun_class=raw.noun_class,
        measurand=raw.measurand,
        hedge=raw.hedge,
        low_open=bool(raw.features.get("low_open")),
        high_open=bool(raw.features.get("high_open")),
        sentence=toks[raw.first].sentence,
        paragraph=toks[raw.first].paragraph,
    ).share_fields_set()


IRREGULAR = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "personnel": "personnel",
    "police": "police",
    "staff": "staff",
    "crew": "crew",
    "feet": "foot",
    "lives": "life",
    "casualties": "casualty",
    "militaries": "military",
    "enemies": "enemy",
    "bodies": "body",
    "families": "family",
    "countries": "country",
    "facilities": "facility",
    "cities": "city",
    "injuries": "injury",
    "fatalities": "fatality",
    "deaths": "death",
    "species": "species",
    "wives": "wife",
    "knives": "knife",
    "thieves": "thief",
    "wolves": "wolf",
    "halves": "half",
    "shelves": "shelf",
    "calves": "calf",
    # plurals in -oes ("shoes", "toes" and "foes" lose only their s)
    "heroes": "hero",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "echoes": "echo",
    "vetoes": "veto",
    "torpedoes": "torpedo",
    "volcanoes": "volcano",
    "mosquitoes": "mosquito",
    "embargoes": "embargo",
    "cargoes": "cargo",
    # plurals in -ies of nouns in -ie, and "series"
    "series": "series",
    "movies": "movie",
    "cookies": "cookie",
    "zombies": "zombie",
    "rookies": "rookie",
    "sorties": "sortie",
    "brownies": "brownie",
    "selfies": "selfie",
    "goalies": "goalie",
    "calories": "calorie",
    "prairies": "prairie",
    "smoothies": "smoothie",
    "hoodies": "hoodie",
    "freebies": "freebie",
    "newbies": "newbie",
    "junkies": "junkie",
    "techies": "techie",
    "birdies": "birdie",
    "bogies": "bogie",
    # plurals in -ses of nouns in -s or -sis (not "houses", "cases", "nurses": those lose an s)
    "buses": "bus",
    "gases": "gas",
    "viruses": "virus",
    "bonuses": "bonus",
    "campuses": "campus",
    "statuses": "status",
    "censuses": "census",
    "surpluses": "surplus",
    "circuses": "circus",
    "lenses": "lens",
    "fetuses": "fetus",
    "crises": "crisis",
    "analyses": "analysis",
    "theses": "thesis",
    "diagnoses": "diagnosis",
    "hypotheses": "hypothesis",
    "syntheses": "synthesis",
}


def singular_noun(word: str) -> str:
    """'soldiers' -> 'soldier', 'people' -> 'people', 'North Korean soldiers' -> 'soldier'."""
    w = word.split()[-1] if word.split() else word
    low = w.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    if low.endswith("men") and len(low) > 5 and not low.endswith(("imen", "omen")):
        return low[:-3] + "man"  # "policemen", "gunmen"
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and (len(low) > 3 or (len(w) == 3 and w[:2].isupper())):
        return low[:-1]  # "soldiers", "MPs"
    return low
