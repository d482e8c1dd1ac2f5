"""Round SP3: two relation readers return at once when no word of their cue is in the text
(read_total_named: parts.total_named; read_only_against: comparison.only's last words). The text
is asked in lower case, so a cue in capitals still opens the reader. Sentences are our own."""

from __future__ import annotations

from arithmetic_findings import flagged_rules, found

WHARF = "The new wharf has drawn spending of {} million euros this decade. {} is put at 12 million euros."
DEPOT = "The north depot loaded 5,200 crates on Monday, while the south depot loaded {} {} crates."


def test_a_total_named_in_any_case_is_read() -> None:
    for total in ("Cumulative spending", "OVERALL SPENDING"):
        slip = WHARF.format("40", total)
        assert [f.message for f in found(slip)] == [
            "the part 40 million euros is more than its whole 12 million euros"
        ]
        assert found(WHARF.format("4", total)) == []


def test_a_figure_after_only_is_read() -> None:
    for only in ("only", "merely"):
        assert flagged_rules(DEPOT.format(only, "3,100")) == []
        assert "NC505" in flagged_rules(DEPOT.format(only, "6,100"))


def test_no_cue_word_no_relation() -> None:
    assert "NC505" not in flagged_rules(DEPOT.format("a further", "6,100"))
