"""The slips that recur in corrections: what most likely turned one figure into the other."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from numcheck.link import point
from numcheck.models import AnyClaim


def _digits(c: AnyClaim) -> str:
    m = re.search(r"\d[\d,.]*", c.surface)
    return re.sub(r"\D", "", m.group()) if m else ""


# how close (in log10) a ratio must come to a power of ten to be one: 0.1%, so that 11 against
# 111,133 is not "a factor of 10,000"
POWER_EXACT = 0.0005


def could_slip(a: AnyClaim, b: AnyClaim, near: float, powers: Iterable[int]) -> bool:
    """Could one slip of those that recur in corrections (and that the scorer was fitted on,
    bench/fit_judgement.py) have turned one figure into the other: values within `near` of each
    other (a ratio), digits transposed or one digit changed at one order of size, or a power of
    ten in `powers`? '11' against '111,133' could not, nor '$12.4 million' against '$12.5
    billion' (a swapped or changed digit leaves the scale word alone); such a pair is two things,
    however alike its words."""
    pa, pb = point(a), point(b)
    if not (pa and pb and pa > 0 and pb > 0):
        return True  # nothing to tell by
    if max(pa, pb) / min(pa, pb) <= near:
        return True
    da, db = _digits(a), _digits(b)
    if da and db and len(da) == len(db) and da != db and max(pa, pb) / min(pa, pb) < 10:
        if sorted(da) == sorted(db) or sum(x != y for x, y in zip(da, db, strict=True)) == 1:
            return True
    return _power_of_ten(pa, pb) in set(powers)


def _power_of_ten(pa: float, pb: float) -> int | None:
    """k when one positive value is 10**k (k >= 1) times the other, to POWER_EXACT; else None."""
    r = math.log10(max(pa, pb) / min(pa, pb))
    k = round(r)
    return k if k >= 1 and abs(r - k) < POWER_EXACT else None


def likely_slip(a: AnyClaim, b: AnyClaim) -> str | None:
    """Name the likely slip between two figures for the same measurand, or None."""
    same_figure = (a.value is not None and a.value == b.value) or (
        a.low is not None and (a.low, a.high) == (b.low, b.high)
    )
    if a.kind == b.kind == "quantity" and a.unit != b.unit and same_figure:
        return f"a unit confused for another ({a.unit} for {b.unit})"
    if (
        a.value is not None
        and a.value == b.value
        and a.unit == b.unit
        and a.hedge != b.hedge
        and ((a.low_open or a.high is None) != (b.low_open or b.high is None))
    ):
        return f"a bound turned around ({a.hedge or 'exactly'} for {b.hedge or 'exactly'})"
    da, db = _digits(a), _digits(b)
    if da and db and da != db and sorted(da) == sorted(db):
        return "digits transposed"
    pa, pb = point(a), point(b)
    if pa and pb and pa > 0 and pb > 0:
        k = _power_of_ten(pa, pb)
        if k is not None:
            if k % 3 == 0:
                return (
                    "a factor of 1,000 (thousand/million/billion/trillion)"
                    if k == 3
                    else f"a factor of 10^{k} (a scale word swapped)"
                )
            return "an extra or missing zero" if k == 1 else f"a factor of {10**k:,}"
    return None


def sum_slip(total: float, whole: float) -> str | None:
    """The common slip that turns a sum of parts (`total`) into the whole stated for them, if any,
    as NC502's message words it: the whole ten or a thousand times the sum, the sum's digits with two
    neighbours swapped, or its leading digit changed. Both are whole numbers of at least two
    significant digits each, where a coincidence is unlikely."""
    a, b = str(int(total)), str(int(whole))
    if a == b or len(a.rstrip("0")) < 2 or len(b.rstrip("0")) < 2:
        return None
    if b == a + "0":
        return "ten times their sum"
    if b == a + "000":
        return "a thousand times their sum"
    if len(a) != len(b):
        return None
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return "their sum with two digits swapped"
    if diff == [0]:
        return "their sum with its leading digit changed"
    return None
