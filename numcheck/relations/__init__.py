"""Relations: what a sentence (or a short stretch of sentences) states about its figures.

A relation is read from the words between and around the figures it joins, with the cue words of
`rules/relations.yaml`; nothing here decides whether a relation holds (numcheck/checks/arithmetic.py
recomputes it). Three kinds:

- `Parts`: a whole and its parts — "nine people, including five children"; "14 of the 120
  members"; "Of the 6,128 cases, 3,676 ..."; "All 67 ...: 60 passengers and four crew members";
  "... and the remaining 4.4%"; per-place figures of an event under its toll. After "Of those," a
  list of shares is of the set just named: their whole is 100%.
- `Change`: an old and a new figure ("from A to B", "B, up from A", "to B from A") with what is
  said of the change: its direction (rose, fell, up, down), a stated change (an increase of 25%,
  up 3 percentage points, a rise of 9,379) or a factor (doubled, halved, 12-fold).
- `Share`: "A of the B ..., or P%": P must be A/B.

A relation is read only where its wording is unambiguous: two figures the words do not join are
not related, so a missed relation costs a finding and never raises a false one.

Where things are: `model` (the relations as read), `cues` (rules/relations.yaml as matched),
`phrases` (word matching), `figures` (a figure's interval), `around` (the text around a figure);
the readers, one mixin per kind of wording — `parts` (a whole and its parts named together),
`totals` (totals across sentences), `legal` (charges, outcomes, fines), `shares`, `comparisons`,
`changes`. `READERS` below is the order they run in.
"""

from __future__ import annotations

from collections.abc import Callable

from numcheck.models import AnyClaim
from numcheck.relations.around import TextAround
from numcheck.relations.changes import ChangesReader
from numcheck.relations.comparisons import ComparisonsReader
from numcheck.relations.figures import compatible, is_year, range_ends, span
from numcheck.relations.legal import LegalReader
from numcheck.relations.model import (
    Change,
    Comparison,
    Figure,
    Parts,
    PerHead,
    Quantified,
    Relations,
    SameTotal,
    Share,
)
from numcheck.relations.parts import PartsReader
from numcheck.relations.phrases import words
from numcheck.relations.shares import SharesReader
from numcheck.relations.totals import TotalsReader
from numcheck.rulepack import RulePack

__all__ = [
    "READERS",
    "Change",
    "Comparison",
    "Figure",
    "Parts",
    "PerHead",
    "Quantified",
    "Relations",
    "SameTotal",
    "Share",
    "compatible",
    "is_year",
    "range_ends",
    "read_relations",
    "span",
    "words",
]


class _Reader(
    TextAround, PartsReader, TotalsReader, LegalReader, SharesReader, ComparisonsReader, ChangesReader
):
    """The readers over one document: each reads one kind of relation into `out`."""


# The readers in the order they run (a later one may look at what an earlier one found), each with
# whether it only relates a figure to another figure it finds in the text (a whole before a part, a
# figure ranked above, three shares of a poll): such a reader finds nothing in a text with fewer
# than two figures (a "one" written as a word counted), and is not run there.
READERS: tuple[tuple[Callable[[_Reader], None], bool], ...] = (
    (_Reader.read_including, True),
    (_Reader.read_of_them, True),
    (_Reader.read_of_the_noun, True),
    (_Reader.read_elided, False),
    (_Reader.read_opening_part, False),
    (_Reader.read_opening_one, False),
    (_Reader.read_charges, True),
    (_Reader.read_charges_near, True),
    (_Reader.read_of_whole, False),
    (_Reader.read_periods_of, False),
    (_Reader.read_rebase, True),
    (_Reader.read_colon, False),
    (_Reader.read_bracketed, False),
    (_Reader.read_scale, False),
    (_Reader.read_with_part, False),
    (_Reader.read_remaining, False),
    (_Reader.read_total_after, False),
    (_Reader.read_toll, False),
    (_Reader.read_among, True),
    (_Reader.read_among_after, True),
    (_Reader.read_remaining_amount, False),
    (_Reader.read_by_place, False),
    (_Reader.read_fraction_of, False),
    (_Reader.read_total_named, True),
    (_Reader.read_paid_on, True),
    (_Reader.read_announced, True),
    (_Reader.read_fines_to_date, True),
    (_Reader.read_condition, True),
    (_Reader.read_charged_outcome, True),
    (_Reader.read_headline_count, True),
    (_Reader.read_announced_total, True),
    (_Reader.read_kind_named, True),
    (_Reader.read_move, False),
    (_Reader.read_quantified, False),
    (_Reader.read_same_total, False),
    (_Reader.read_poll, True),
    (_Reader.read_changes, False),
    (_Reader.read_change_earlier_levels, False),
    (_Reader.read_change_series, False),
    (_Reader.read_change_before_moving, False),
    (_Reader.read_change_of_span, False),
    (_Reader.read_change_stated_from, False),
    (_Reader.read_change_to_after, False),
    (_Reader.read_change_to_named_before, True),
    (_Reader.read_part_shares, False),
    (_Reader.read_comparisons, True),
    (_Reader.read_differences, True),
    (_Reader.read_ranked, True),
    (_Reader.read_behind_clause, True),
    (_Reader.read_only_against, True),
    (_Reader.read_compared_only, True),
    (_Reader.read_contrast_only, True),
    (_Reader.read_that_compared, True),
    (_Reader.read_vote_result, True),
    (_Reader.read_score_margin, True),
    (_Reader.read_per_head, False),
)


def read_relations(text: str, claims: list[AnyClaim], pack: RulePack) -> Relations:
    """The relations one document states between its figures."""
    claims = [c for c in claims if c.start < c.end]
    if not claims:
        return Relations()
    r = _Reader(text, claims, pack)
    pairs = len(r.claims) >= 2
    for read, pair_only in READERS:
        if pairs or not pair_only:
            read(r)
    return r.out
