"""The unit right after a figure ("12 km", "three consecutive years"), matched against the unit
lexicon of units.py.
"""

from __future__ import annotations

from numcheck.extraction.ages import _year_old_in_apposition
from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.raw import Raw
from numcheck.extraction.tokens import Tokenized
from numcheck.extraction.units import match_unit_after


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
