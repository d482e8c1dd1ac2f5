"""Ranges: "between 5 and 10", "5 to 10", "5-10", "$5m-$10m": the two ends of one claim, with the
unit, currency or noun they share.
"""

from __future__ import annotations

import re

from numcheck.extraction.around import PERCENT_WORDS, _percent_sign_at
from numcheck.extraction.counted_nouns import _find_noun, _scale_of
from numcheck.extraction.hedges import _hedge_before
from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.money import _currency_symbol_before, _currency_word_at, _is_money_word, _pence
from numcheck.extraction.numbers import Number, apply_abbreviation, read_number, scaled
from numcheck.extraction.rates import _per_unit_at
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Tokenized
from numcheck.extraction.unit_after import _read_unit
from numcheck.extraction.units import Unit

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
        if sep.lower == "to" and not from_ and _score_sides(tk, raw.first, kb):
            return  # "trails by 3 points, 44 percent to 47 percent": two sides of a poll, no range
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


SIDES_REACH = 8  # words read back from a first share for a word of a score's sides


def _score_sides(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Does a word of measures.yaml scores.sides_before ("trails", "behind") stand among
    the SIDES_REACH words before token i in its sentence, with no word of scores.not_before ("from",
    "between", "rose") between: the shares joined by "to" after it are a score's two sides?"""
    s0 = tk.sentence_spans[tk.tokens[i].sentence][0]
    for t in reversed(tk.tokens[max(s0, i - SIDES_REACH) : i]):
        if t.lower in kb.score_not_before:
            return False
        if t.lower in kb.score_sides_before:
            return True
    return False


def _restates_a_range(tk: Tokenized, i: int) -> bool:
    """Does the figure at token i open brackets right after a range ('4,000 to 6,500 km (8,164 to
    4,039 miles)')? Its own pair of figures restates that range, end for end."""
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
