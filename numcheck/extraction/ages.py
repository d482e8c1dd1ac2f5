"""Ages and the people they belong to: "aged 34", "John Smith, 34,", "a 34-year-old", "he was 34";
and the name words read around them (initials, aliases, "of <place>", name suffixes).
"""

from __future__ import annotations

from numcheck.extraction.around import _possessive, _sentence_start
from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.numbers import Number
from numcheck.extraction.tokens import Token, Tokenized
from numcheck.extraction.words import MONTHS, STOP_AFTER


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
    if k >= 2 and _people_bound(tk, i, kb):
        return _bare_age_after_group(tk, i)  # "the inmates are over 50", "9,000 older than 65"
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


def _people_bound(tk: Tokenized, i: int, kb: Knowledge) -> bool:
    """Do the three words before the figure at i bound a people's age: people (rules/nouns.yaml
    age_groups or people_kinds), a verb of age_copulas and a word of age_bounds ("inmates are over
    50"; not "were over 40 of the 30 dead", a count with "of" after it), or any word, a word of
    age_comparatives and "than" ("9,000 older than 65")?"""
    toks = tk.tokens
    who, verb, bound = toks[i - 3], toks[i - 2], toks[i - 1]
    if bound.lower == "than":
        return verb.lower in kb.age_comparatives
    if i + 1 < len(toks) and toks[i + 1].lower == "of":
        return False  # "Men were over 40 of the 30 dead": a count of a whole
    people = who.lower in kb.age_groups or who.lower in kb.people_kinds
    return people and verb.lower in kb.age_copulas and bound.lower in kb.age_bounds


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
        while (
            m > 0
            and toks[m - 1].sentence == toks[k].sentence
            and (
                _is_name_word(toks[m - 1], kb) or toks[m - 1].lower == "and" or toks[m - 1].text in {",", "."}
            )
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
