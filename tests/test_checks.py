"""What numcheck check decides: one scenario per finding category, and the quiet cases that must
stay quiet. The drafts are small newsroom situations written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numcheck
from numcheck.api import facts_document
from numcheck.read import read_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_75fc520f5eb4771c.txt"


def check(draft: str, sources: dict[str, str] | None = None, facts: str | None = None) -> numcheck.Report:
    srcs = [
        read_text(t, path=f"{n}.txt", role="source", doc_id=f"s{i}")
        for i, (n, t) in enumerate((sources or {}).items())
    ]
    return numcheck.check([draft], srcs, facts_document(facts) if facts else None)


def categories(report: numcheck.Report, scored_only: bool = True) -> list[str]:
    return [f.category.value for f in report.findings if not scored_only or f.severity.value != "info"]


def surfaces(report: numcheck.Report, finding: numcheck.Finding) -> set[str]:
    by_id = {c.id: c for c in report.claims}
    return {by_id[c].surface for c in finding.claims}


def test_the_seed_article_gives_exactly_the_source_discrepancy_over_north_korean_troops() -> None:
    report = check(SEED.read_text(encoding="utf-8"))
    assert len(report.findings) == 1
    f = report.findings[0]
    assert (f.category.value, f.severity.value) == ("source-discrepancy", "warning")
    assert surfaces(report, f) == {"11,000", "10,000"}
    assert "Zelenskyy" in f.message and "Pentagon" in f.message


def test_the_cli_on_the_seed_prints_one_warning_and_exits_0() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "numcheck", "check", str(SEED), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert [f["category"] for f in json.loads(out.stdout)["findings"]] == ["source-discrepancy"]


def test_fail_on_warning_turns_the_seed_warning_into_exit_1() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "numcheck", "check", str(SEED), "--fail-on", "warning"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1


def test_source_mismatch_names_transposed_digits() -> None:
    report = check(
        "Russia launched 154 drones overnight, the air force said.",
        {"air-force": "Russia launched 145 drones at Ukraine overnight."},
    )
    (f,) = [f for f in report.findings if f.category.value == "source-mismatch"]
    assert f.slip == "digits transposed" and surfaces(report, f) == {"154", "145"}


def test_source_mismatch_names_a_confused_unit() -> None:
    report = check(
        "The fire has burned more than 60,000 acres of forest, officials said.",
        {"briefing": "The fire has so far burned more than 60,000 hectares of forest."},
    )
    (f,) = [f for f in report.findings if f.category.value == "source-mismatch"]
    assert f.slip is not None and "unit" in f.slip


def test_a_figure_rounded_and_hedged_from_its_source_is_supported() -> None:
    report = check(
        "More than 2,000 people were killed, the ministry said.",
        {"ministry": "The earthquake has so far caused 2,012 deaths."},
    )
    assert categories(report) == []


def test_unsupported_figures_are_info_only() -> None:
    report = check(
        "The blast was heard 240 kilometers away. It killed 135 people.",
        {"ministry": "The toll stands at 135 dead."},
    )
    assert categories(report) == []
    assert "unsupported-claim" in categories(report, scored_only=False)


def test_internal_inconsistency_between_headline_and_body() -> None:
    draft = (
        "Plane crash kills 179\nA jet crashed on Sunday, killing 179 of the 181 people on board.\n"
        "Relatives of the 197 victims gathered at the terminal."
    )
    report = check(draft)
    (f,) = report.findings
    assert f.category.value == "internal-inconsistency" and surfaces(report, f) == {"197", "179"}


def test_figures_for_different_times_are_different_measurands() -> None:
    report = check(
        "Inflation fell to 2.3% in April from 3.2% in March. Food prices rose 2.9% in the year "
        "to April, down from 4% in March."
    )
    assert categories(report) == []


def test_killed_and_injured_are_different_measurands() -> None:
    report = check("The strike killed 34 people. Another 119 people were wounded, officials said.")
    assert categories(report) == []


def test_conversion_error_with_the_offset_forgotten() -> None:
    report = check("Temperatures reached 40C (72F) on Tuesday.")
    (f,) = report.findings
    assert f.category.value == "conversion-error" and "104" in f.message


def test_a_correct_conversion_is_quiet() -> None:
    assert categories(check("The fire burned 18.5 million hectares (45.7 million acres).")) == []


def test_currency_conversion_only_at_a_stated_rate() -> None:
    wrong = check(
        "The regulator fined the firm £10 million ($8 million at an exchange rate of $1.25 per pound)."
    )
    assert categories(wrong) == ["conversion-error"]
    assert categories(check("The regulator fined the firm £10 million ($8 million).")) == []


def test_parts_exceeding_their_whole() -> None:
    report = check("The attack killed six people, including nine children, the governor said.")
    assert categories(report) == ["arithmetic-error"]


def test_parts_within_their_whole_are_fine() -> None:
    assert categories(check("Shelling killed eight civilians, including five in the city of Mykolaiv.")) == []


def test_a_stated_percentage_change_that_does_not_follow() -> None:
    report = check("Officials recorded 150,000 cases last year, up from 100,000 in 2023, an increase of 70%.")
    (f,) = report.findings
    assert (
        f.category.value == "arithmetic-error"
        and f.message == "from 100,000 to 150,000 is a rise of 50%, not 70%"
    )


def test_a_share_that_does_not_follow_from_its_counts() -> None:
    report = check("The party won 300 of the 600 seats, or 60%, in the election.")
    assert categories(report) == ["arithmetic-error"]


def test_fact_mismatch_against_a_reference_value_in_other_units() -> None:
    facts = (
        "facts:\n  - measurand: height of Mount Everest\n    value: 8,848.86 metres\n"
        "    tolerance: 1 metre\n    aliases: [Everest summit]\n"
    )
    report = check("Climbers reached the 8,489-meter summit of Everest.", facts=facts)
    assert categories(report) == ["fact-mismatch"]
    assert categories(check("Climbers reached the 29,032-foot summit of Everest.", facts=facts)) == []


def test_source_discrepancy_between_two_named_sources() -> None:
    report = check(
        "The rights commission said 39 people had been killed in the protests. "
        "The president said in an interview that 19 people had died."
    )
    assert categories(report) == ["source-discrepancy"]


def test_an_inline_comment_suppresses_a_finding_in_the_next_paragraph() -> None:
    draft = (
        "Temperatures reached 40C (72F) on Tuesday.\n\n"
        "<!-- numcheck: ignore NC401 -->\nIt was 45C (80F) inland."
    )
    doc = read_text(draft, fmt="markdown", path="draft.md")
    report = numcheck.check([doc])
    assert [f.rule for f in report.findings] == ["NC401"]
    assert "40C" in report.findings[0].message


def test_a_change_restated_in_the_next_sentence() -> None:
    report = check(
        "Farmers harvested 23 million tonnes of grain this year, compared with 26 million tonnes "
        "last year.\nThat is a fall of 20%, the union said."
    )
    assert categories(report) == ["arithmetic-error"]
    quiet = check(
        "Farmers harvested 20 million tonnes of grain this year, compared with 25 million tonnes "
        "last year.\nThat is a fall of 20%, the union said."
    )
    assert categories(quiet) == []


def test_a_change_between_rates_in_percentage_points() -> None:
    wrong = check(
        "Renewables' share of the power supply rose to 38% from 32%, an increase of 9 percentage points."
    )
    assert categories(wrong) == ["arithmetic-error"]
    right = check(
        "Renewables' share of the power supply rose to 38% from 32%, an increase of 6 percentage points."
    )
    assert categories(right) == []


def test_one_pair_of_figures_found_twice_is_one_finding_with_the_surer_judgement() -> None:
    from numcheck.api import distinct_findings
    from numcheck.models import Category, Claim, Document, Finding, Severity

    text = "$4.5 Million deal. It paid $4.5 million. Later $5.4 million. Then $5.4 million."
    spans = [(0, "$4.5 Million"), (27, "$4.5 million"), (48, "$5.4 million"), (67, "$5.4 million")]
    claims = [
        Claim(id=f"c{i}", doc="d0", start=a, end=a + len(t), surface=t) for i, (a, t) in enumerate(spans)
    ]

    def finding(a: str, b: str, severity: Severity, confidence: float) -> Finding:
        return Finding(
            rule="NC301",
            category=Category.internal_inconsistency,
            severity=severity,
            message="two values",
            claims=[a, b],
            doc="d0",
            confidence=confidence,
        )

    found = distinct_findings(
        [finding("c0", "c2", Severity.info, 0.6), finding("c0", "c3", Severity.error, 0.9)],
        claims,
        [Document(id="d0", path="draft.txt", text=text, role="draft")],
    )
    assert [(f.claims, f.severity, f.confidence) for f in found] == [(["c0", "c2"], "error", 0.9)]


def test_a_sign_lost_at_the_edge_of_a_source_does_not_make_another_voice() -> None:
    from numcheck.checks.within import normalise_source

    assert normalise_source("?Okafor") == normalise_source("Okafor") == "okafor"
    assert normalise_source("The U.K.") == "u.k"
