"""The relations as read: a whole and its parts, a change, a share, a comparison, ... (`Relations`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from numcheck.models import AnyClaim


@dataclass(frozen=True)
class Figure:
    """One figure of a relation: a claim, or one end of a range claim ("from 300 to 750")."""

    claim: AnyClaim
    value: float
    lo: float
    hi: float
    surface: str


@dataclass(frozen=True)
class Parts:
    whole: AnyClaim | None  # None: the shares of a re-based set ("Of those, ..."), 100% in all
    parts: tuple[AnyClaim, ...]
    listed: bool  # the parts are listed together, so their sum is meaningful
    complete: bool  # the parts are all of the whole ("all 67 ...", "the remaining 4.4%")
    cue: str


@dataclass(frozen=True)
class Change:
    old: Figure
    new: Figure
    direction: str | None = None  # "increase" / "decrease" as worded (the nearest word)
    also: str | None = None  # a second direction word of the same change ("cut it to 8, up from 9")
    stated: tuple[AnyClaim, ...] = ()  # a stated change: percent, percentage points or an amount
    factor: float | None = None
    factor_word: str = ""
    factor_bound: str | None = None  # "above" (more than doubled), "below" (nearly doubled)


@dataclass(frozen=True)
class Share:
    part: AnyClaim
    whole: AnyClaim
    share: AnyClaim
    # "fell 61 points, or 0.3 percent, to 19,800": the part is a move ("rise" or "fall") and the
    # whole the level it ended at; the share is of the level before (20,545)
    moved: str | None = None


@dataclass(frozen=True)
class Comparison:
    """'16.2% ahead of the Greens on 13.4%'; '$27 billion, just behind her rival with $30
    billion'; '40 times sales, more than double the 18 times': the first figure against the
    second, by their order or by a stated multiple."""

    first: AnyClaim
    second: AnyClaim
    words: str  # the comparison as worded: "ahead of", "behind", "more than double"
    larger: bool | None = None  # an order: is the first figure the larger
    factor: float | None = None  # a multiple: the first is factor times the second
    factor_bound: str | None = None  # "above" (more than double), "below" (nearly double)
    difference: AnyClaim | None = None  # "2,400, 300 more than the 2,100": the first less the second


@dataclass(frozen=True)
class Quantified:
    """'a majority (45%)': a share stated in words and as a figure."""

    share: AnyClaim
    words: str
    low: float
    high: float


@dataclass(frozen=True)
class SameTotal:
    """'Afghans filed 127,012 (17.6%), Iraqis 96,116 (13.3%)': each figure with its share of one
    unstated total, which they must agree on."""

    members: tuple[tuple[AnyClaim, AnyClaim], ...]  # (figure, its share)


@dataclass(frozen=True)
class PerHead:
    """'$600 million for its 400,000 residents, or $1,500 per resident': the total over the count
    is the amount each."""

    total: AnyClaim
    count: AnyClaim
    each: AnyClaim


@dataclass
class Relations:
    parts: list[Parts] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    quantified: list[Quantified] = field(default_factory=list)
    totals: list[SameTotal] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    per_head: list[PerHead] = field(default_factory=list)

    def __len__(self) -> int:
        return (
            len(self.parts)
            + len(self.changes)
            + len(self.shares)
            + len(self.quantified)
            + len(self.totals)
            + len(self.comparisons)
            + len(self.per_head)
        )
