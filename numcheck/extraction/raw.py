"""The claim being built while a sentence is read: what the claim reader (claims.py) finds at a
figure and the attribution and feature readers (attribution.py, features.py) add to, before both
become a Claim."""

from __future__ import annotations

from dataclasses import dataclass, field

from numcheck.extraction.units import Unit
from numcheck.models import Kind


@dataclass(slots=True)
class Raw:
    """A claim being built (token indices, values in the stated unit). Slotted: every claim of a
    document has one until its features are read (a dict of fields would be ~500 bytes more)."""

    first: int
    last: int
    value: float | None
    low: float | None
    high: float | None
    kind: Kind = "number"
    unit: Unit | None = None
    currency: str | None = None
    counts: str | None = None
    noun_class: str | None = None
    noun_span: tuple[int, int] | None = None  # token range of the counted noun phrase
    measurand: str = ""
    hedge: str | None = None
    place: float = 1.0
    is_range: bool = False
    vague: bool = False
    words: bool = False
    number_first: int = 0
    number_last: int = 0
    features: dict[str, object] = field(default_factory=dict)


NEAR = 120  # tokens either side of a figure that its features look at: bounded work per claim
