"""A figure's interval as the readers compare it: rounding, ranges, counts, years."""

from __future__ import annotations

import math
import re

from numcheck.extraction.plurals import singular_noun
from numcheck.link import interval
from numcheck.models import AnyClaim
from numcheck.relations.model import Figure
from numcheck.relations.phrases import _a_year


def is_year(c: AnyClaim) -> bool:
    if c.kind != "number":
        return False
    v = c.value  # (read once: a pydantic model's attribute is slow to read)
    return v is not None and v == int(v) and 1800 <= v <= 2100 and c.surface.strip().isdigit()


def _usable(c: AnyClaim) -> bool:
    """A figure that can take part in arithmetic: not a year or a date."""
    if is_year(c) or c.role == "when":
        return False
    if c.kind == "quantity" and c.dimension == "[time]":
        return False
    return True


def compatible(a: AnyClaim, b: AnyClaim, people: set[str]) -> bool:
    """Can a and b be added or compared: counts of one class (people are people), one currency,
    one dimension, two percentages."""
    if a.kind in {"count", "number"} and b.kind in {"count", "number"}:
        if a.noun_class and b.noun_class and a.noun_class != b.noun_class:
            if singular_noun(a.noun_class) == singular_noun(b.noun_class):
                return True  # "one park project" is a part of "three projects"
            return a.noun_class in people and b.noun_class in people
        return True
    if a.kind == b.kind == "money":
        return a.unit == b.unit
    if a.kind == b.kind == "quantity":
        return a.dimension is not None and a.dimension == b.dimension
    return a.kind == b.kind == "percent"


def _count_figure(word: str) -> bool:
    """Is a word of a gap a figure in digits that is no year ('18' in 'won twice, 18 times,
    including four'; not '2018' in '25 seats in 2018, including 10')?"""
    return word.isdigit() and not _a_year(word)


def _counts_noun(c: AnyClaim, noun: str) -> bool:
    """Does c count `noun` (the last word of its counted noun, singular: "felony counts" count)?"""
    return c.counts is not None and singular_noun(c.counts.split()[-1]) == noun


def _both_counts(a: AnyClaim, b: AnyClaim) -> bool:
    return a.kind in {"count", "number"} and b.kind in {"count", "number"}


def _figure(c: AnyClaim) -> Figure:
    lo, hi = c.low, c.high
    v = c.value
    if c.hedge == "up to" and v is not None:  # "edged up to 53.1 from 53.4": a direction, not a bound
        m = NUM_RE.search(c.surface)
        hw = (
            _half_width(m.group()) * (v / float(m.group().replace(",", "")))
            if m and float(m.group().replace(",", ""))
            else 0.0
        )
        return Figure(c, v, v - hw, v + hw, c.surface)
    if v is None:
        v = lo if lo is not None else hi
    return Figure(
        c, v or 0.0, lo if lo is not None else -math.inf, hi if hi is not None else math.inf, c.surface
    )


NUM_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def range_ends(c: AnyClaim) -> tuple[Figure, Figure] | None:
    """The two ends of a range claim ('300 to 750', '$2.1bn to $2.4bn'), each with its own rounding
    and its own surface as written."""
    nums = list(NUM_RE.finditer(c.surface))
    if len(nums) != 2 or c.low is None or c.high is None:
        return None
    join = JOIN_RE.search(c.surface, nums[0].end())
    if join is None or join.start() > nums[1].start():
        return None
    surfaces = (c.surface[: join.start()].strip(), c.surface[join.end() :].strip())
    ends = []
    for m, value, surface in zip(nums, (c.low, c.high), surfaces, strict=True):
        written = float(m.group().replace(",", ""))
        hw = _half_width(m.group()) * (value / written if written else 1.0)
        ends.append(Figure(c, value, value - hw, value + hw, surface))
    return ends[0], ends[1]


JOIN_RE = re.compile(r"\s+(?:to|and)\s+|\s*[-–—]\s*")


def _half_width(text: str) -> float:
    """Half the place value of a written figure's last significant digit, capped one order below it."""
    digits = text.replace(",", "")
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1])
    value = float(digits)
    stripped = digits.rstrip("0")
    place = 10 ** (len(digits) - len(stripped)) if stripped else 1
    cap = 10 ** max(0, math.floor(math.log10(value)) - 1) if value > 0 else 1
    return 0.5 * min(place, max(cap, 1))


def _one_question(shares: list[AnyClaim]) -> list[AnyClaim]:
    """The shares of a poll's sentence up to those that already make 100% ('93% approve while 7%
    disapprove, and 86% think ...': the answers to one question; what follows answers another)."""
    total = 0.0
    for k, c in enumerate(shares):
        total += c.value if c.value is not None else span(c)[0]
        if k and abs(total - 100) <= 1 and k + 1 < len(shares):
            return shares[: k + 1]
    return shares


def span(c: AnyClaim) -> tuple[float, float]:
    """A claim's interval (SI for quantities) with an open lower end read as 0. A count is a whole
    number: "five" people are 5, not 4.5 to 5.5."""
    lo, hi = interval(c)
    lo = 0.0 if math.isinf(lo) else lo
    counted = c.kind == "count" or (c.kind == "number" and c.value is not None and c.value == int(c.value))
    if counted and not math.isinf(hi) and math.ceil(lo) <= math.floor(hi):
        lo, hi = float(math.ceil(lo)), float(math.floor(hi))
    return lo, hi
