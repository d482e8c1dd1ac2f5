"""Whole articles written for these tests (not the acceptance cases): clean copy stays quiet,
planted slips are found. They guard against rules that only fit ../shared/eval."""

from __future__ import annotations

from pathlib import Path

import numcheck

DATA = Path(__file__).parent / "data"


def scored(report: numcheck.Report) -> list[tuple[str, set[str]]]:
    by_id = {c.id: c for c in report.claims}
    return [
        (f.category.value, {by_id[c].surface for c in f.claims})
        for f in report.findings
        if f.severity.value != "info"
    ]


def test_clean_articles_with_many_figures_stay_quiet() -> None:
    for name in ("clean_monsoon.txt", "clean_noto.txt"):
        assert scored(numcheck.check_paths([DATA / name])) == [], name


def test_a_clean_draft_that_rounds_and_hedges_its_source_stays_quiet() -> None:
    report = numcheck.check_paths([DATA / "clean_unhcr.txt"], [DATA / "clean_unhcr_source.txt"])
    assert scored(report) == []


def test_a_jobs_report_copied_right_stays_quiet() -> None:
    report = numcheck.check_paths([DATA / "jobs_draft.txt"], [DATA / "jobs_source.txt"])
    assert scored(report) == []


def test_a_jobs_report_with_two_transposed_figures() -> None:
    report = numcheck.check_paths([DATA / "jobs_draft_slips.txt"], [DATA / "jobs_source.txt"])
    assert sorted(scored(report), key=str) == sorted(
        [("source-mismatch", {"227,000", "272,000"}), ("source-mismatch", {"1.4%", "4.1 percent"})], key=str
    )
    assert all(f.slip == "digits transposed" for f in report.findings if f.severity.value == "error")


def test_a_ferry_story_with_a_swapped_toll_and_a_wrong_conversion() -> None:
    report = numcheck.check_paths([DATA / "ferry_slips.txt"])
    assert sorted(scored(report), key=str) == sorted(
        [("internal-inconsistency", {"31", "13"}), ("conversion-error", {"10 kilometres", "16 miles"})],
        key=str,
    )
