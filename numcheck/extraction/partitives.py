"""The noun counted where it is not simply after the figure: partitives ("six of the governor's
advisers"), the noun of "one" and "zero" ("one county"), hyphened and compound nouns, counted
quarters and fractions of a noun.
"""

from __future__ import annotations

import re

from numcheck.extraction.around import (
    MORE_WORDS,
    ONE_INCREMENTS,
    _lower_word_at,
    _possessive,
    _sentence_start,
    _title_case,
)
from numcheck.extraction.counted_nouns import (
    ADJECTIVE_ENDINGS,
    CLAUSE_WORDS,
    OF_DETERMINERS,
    _find_noun,
    _hyphen_chain_end,
    _lost_apostrophe,
)
from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.numbers import HYPHENS, NOT_ORDINAL_FRACTIONS, Number, read_number
from numcheck.extraction.plurals import IRREGULAR, singular_noun
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Tokenized
from numcheck.extraction.units import match_unit_after
from numcheck.extraction.words import MONTHS, STOP_AFTER


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
    while (
        k < n
        and k <= j + 4
        and (
            toks[k].lower in OF_DETERMINERS | {"these", "those"}
            or _possessive(toks[k].lower)
            or (k > j + 1 and k + 1 < n and _lost_apostrophe(toks[k]) and _lower_word_at(tk, k + 1))
        )
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


# words after "one" that make no noun of their own (the idiom nouns, "one day", "one thing", are
# rules/nouns.yaml one_idioms)
NOT_ONE_NOUNS = frozenset(
    """another other such own single big small last first next only very more most much less never
    also still just even ever already often really actually simply finally""".split()
)


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
    if prev in kb.one_opened_after and _opens_account(tk, i, kb):
        return True  # "signed two bylaws - one on parking": one of the things counted before the mark
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


def _opens_account(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Does the mark before the "one" at token i (a colon, or a dash set off by a space on each side,
    rules/nouns.yaml one_opened_after) follow a figure at most `one_opened_reach` words back in its
    sentence ("two new bylaws - one ...")? Not a hyphen glued to a word ("two-one")."""
    toks = tk.tokens
    mark = i - 1
    if tk.glued(i) or (toks[mark].text != ":" and tk.glued(mark)):
        return False
    for k in range(mark - 1, max(-1, mark - 1 - kb.one_opened_reach), -1):
        t = toks[k]
        if t.sentence != toks[i].sentence or not t.text[:1].isalnum():
            return False
        if t.kind == "num" and len(t.text) < 4:
            return True
        if t.kind == "word" and t.lower != "one" and kb.numbers.is_number_word(t.lower):
            return t.lower not in kb.numbers.scales
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
