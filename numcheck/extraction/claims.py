"""Extract: a document's plain text -> its numeric claims.

One pass tokenises the text; then only the tokens around candidate figures are looked at:
the figure itself (numbers.py), what follows it (a unit, a currency, a percent sign, a counted
noun: units.py and the desk's noun lists), what precedes it (a hedge, a currency symbol,
"between"), and whether it is a claim at all (years, dates, times, ordinals, names, phone
numbers and list markers are not). Sentence-level features — who said it (attribution.py), what
happened, where and when (features.py) — are added after.

Here: `extract_claims` (the entry point), `scan` (every figure of the text, in order), `_read_claim`
(the claim at one figure, assembled from the readers below), points of a percentage, and
`to_claim` (the claim's draft, a `Claim` once its features are in). The readers it calls, one each:
`not_claims` (what is not a claim), `vague` (vague amounts, halves, named figures), `hedges`
(hedge words and the interval they make), `money` (currency signs, words, codes, cents),
`unit_after` (the unit after a figure), `ranges`, `rates` (per unit, per time, "three times"),
`counted_nouns` (the noun a figure counts), `partitives` ("six of the ...", "one ...", compounds,
quarters, fractions), `ages` (ages and the names they belong to); `around` holds the word sets and
small token tests they share, `plurals` the singular of a noun.
"""

from __future__ import annotations

import math
from bisect import bisect_left

from numcheck.extraction.ages import _after_age_word, _age_after_name, _age_of_a_subject, _labelled_age_owner
from numcheck.extraction.around import PERCENT_WORDS, _percent_shared_after
from numcheck.extraction.counted_nouns import (
    ADJECTIVE_ENDINGS,
    CLAUSE_WORDS,
    _find_noun,
    _noun_after_next_figure,
    _per_population,
    _ratio_noun,
    _scale_before_noun,
)
from numcheck.extraction.features import add_features
from numcheck.extraction.hedges import _hedge_before, _interval, _measurand_after, _shared_hedge
from numcheck.extraction.knowledge import Knowledge, knowledge
from numcheck.extraction.money import (
    LOST_SIGNS,
    SPACED_SCALE_LETTERS,
    _country_cents_at,
    _currency_code,
    _currency_symbol_before,
    _currency_word_at,
    _is_money_word,
    _money_after,
    _pence,
    _read_cents_of,
    _read_compound,
    _read_money_and_cents,
)
from numcheck.extraction.not_claims import _inner_capital as _inner_capital  # imported from here by others
from numcheck.extraction.not_claims import _not_a_claim
from numcheck.extraction.numbers import Number, apply_abbreviation, apply_abbreviation_at, read_number, scaled
from numcheck.extraction.partitives import (
    _compound_word,
    _fraction_noun,
    _one_digit_alone,
    _one_listed,
    _one_noun,
    _one_of_those_named,
    _one_then_its_verb,
    _partitive_noun,
    _quarters_counted,
)
from numcheck.extraction.plurals import singular_noun
from numcheck.extraction.ranges import _read_range
from numcheck.extraction.rates import (
    _bare_rate,
    _occasions_at,
    _per_time_at,
    _read_price_per_unit,
    _read_quantity_rate,
    _read_rate,
)
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Tokenized, tokenize
from numcheck.extraction.unit_after import _letter_alone, _read_unit
from numcheck.extraction.units import Unit, match_unit_after, to_si
from numcheck.extraction.vague import _half_of, _named_figure_at, _one_unit_at, _vague_at
from numcheck.extraction.words import STOP_AFTER
from numcheck.models import SI, Claim, ClaimDraft, Document, claim_draft
from numcheck.rulepack import RulePack


def extract_claims(doc: Document, pack: RulePack) -> list[Claim]:
    """Every numeric claim in a document, in text order, ids `<doc>c<n>`."""
    return [c.claim() for c in claim_drafts(doc, pack)]


def claim_drafts(doc: Document, pack: RulePack) -> list[ClaimDraft]:
    """extract_claims' claims as drafts (models.ClaimDraft), for a check, whose stages read them
    as plain objects until the report makes them Claims."""
    kb = knowledge(pack)
    tk = tokenize(doc.text)
    # a figure too big for a float (300 digits and 'trillion trillion') is no claim: it would be inf
    raws = [r for r in scan(tk, kb) if all(v is None or math.isfinite(v) for v in (r.value, r.low, r.high))]
    _share_price_per_item(tk, raws, kb)
    _points_of_a_percentage(tk, raws, kb)
    if not raws:
        return []  # no figure: no features to read (who said it, what happened) for any claim
    drafts = [to_claim(tk, r, kb, doc.id) for r in raws]
    add_features(tk, raws, drafts, kb)
    for n, c in enumerate(drafts):
        c.id = f"{doc.id}c{n}"
    return drafts


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
        t.index  # (a token's index is its place in the list)
        for t in toks
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
        k >= 2 and toks[k - 1].text == "-" and tk.glued(k) and tk.glued(k - 1) and toks[k - 2].kind == "word"
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
        raw.features["word_fraction"] = True
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
        raw.kind == "percent"
        and first > 1
        and toks[first - 1].lower in kb.slice_groups
        and toks[first - 2].lower == "the"
        and not raw.features.get("word_fraction")  # "the bottom two-fifths (25 percent)": restated
        and not (raw.last + 1 < len(toks) and toks[raw.last + 1].lower == "of")  # "the top 5% of earners"
    ):
        return None  # "wealth moved to the top 1 percent": a group named by its slice, no share measured
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


def to_claim(tk: Tokenized, raw: Raw, kb: Knowledge, doc_id: str) -> ClaimDraft:
    """The claim's draft of a figure read (its features are added to it after)."""
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
                return None if v is None else float(v * factor + offset)

            si = SI(to(raw.value), to(raw.low), to(raw.high), si_unit, dimension)
    # made unvalidated (claim_draft): each value below is of its field's type, the numbers made
    # floats as validation would make them
    return claim_draft(
        start,
        end,
        tk.text[start:end],
        doc=doc_id,
        value=_float(raw.value),
        low=_float(raw.low),
        high=_float(raw.high),
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
    )


def _float(v: float | None) -> float | None:
    return None if v is None else float(v)
