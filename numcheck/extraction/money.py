"""Money: a currency sign, word or code before or after a figure ("$5", "5 dollars", "EUR 5",
"£3bn"), a sign lost with the text's encoding, cents and pence, and compound sums ("$5 and 20
cents").
"""

from __future__ import annotations

from numcheck.extraction.around import CENTS, VIDEO_LINES
from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.numbers import Number, read_number, scaled
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Tokenized
from numcheck.extraction.units import match_unit_after


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


LOST_SIGNS = {"?", "\ufffd"}  # what a currency sign becomes when a text loses its encoding
SPACED_SCALE_LETTERS = {"B", "M", "K", "bn", "mn"}  # not a spaced "m": "in 400 m hurdles" is metres


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
    return (
        t.text in kb.units.currency_symbols
        and not t.text.isalpha()
        and not (k + 1 < len(toks) and toks[k + 1].kind == "num")
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
