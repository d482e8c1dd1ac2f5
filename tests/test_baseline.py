"""Baselines: accepted findings are recognised by document, rule and claim text — not by line numbers.

Reports are built by hand (a stand-in for the checks) from the draft's text, so the tests pin down
the baseline itself: a moved paragraph stays accepted, a changed figure comes back.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from numcheck.baseline import apply_baseline, load_baseline, write_baseline
from numcheck.checks.runner import fingerprint
from numcheck.cli import app
from numcheck.errors import InputError
from numcheck.models import Claim, Document, Finding, Report, Summary

HEADLINE = "Crash kills 179"
CRASH = "The airliner crashed on landing, killing 179 of the 181 people on board, officials said."
SOLDIERS = (
    "Volodymyr Zelenskyy said about 11,000 North Korean soldiers had been sent. "
    "The Pentagon said some 10,000 North Korean troops were in Russia."
)
RELATIVES = "Relatives of the 197 victims gathered at the airport."
DRAFT = "\n\n".join([HEADLINE, CRASH, SOLDIERS, RELATIVES]) + "\n"

PATTERNS = {  # what the stand-in "checks" link: rule -> the claims' patterns
    "NC301": [r"\d+ of the \d+ people", r"\d+\s+victims"],
    "NC201": [r"about [\d,]+ North Korean soldiers", r"some [\d,]+ North Korean troops"],
}
CATEGORY = {"NC301": "internal-inconsistency", "NC201": "source-discrepancy"}
SEVERITY = {"NC301": "error", "NC201": "warning"}


def make_report(text: str, path: str = "drafts/crash.md") -> Report:
    """A report as the checks would give it: claims found in the text, one finding per linked pair
    whose numbers differ; claims listed in the order they appear in the text."""
    doc = Document(id="d0", path=path, original=text, text=text)
    claims: list[Claim] = []
    findings: list[Finding] = []
    for rule, patterns in PATTERNS.items():
        found = [m for p in patterns for m in re.finditer(p, text)]
        if len(found) != 2:
            continue
        pair = []
        for m in sorted(found, key=lambda m: m.start()):
            value = float(re.search(r"[\d,]+", m.group()).group().replace(",", ""))  # type: ignore[union-attr]
            c = Claim(
                id=f"c{len(claims) + 1}",
                doc="d0",
                start=m.start(),
                end=m.end(),
                surface=m.group(),
                value=value,
            )
            claims.append(c)
            pair.append(c)
        if pair[0].value == pair[1].value:
            continue
        findings.append(
            Finding(
                rule=rule,
                category=CATEGORY[rule],
                severity=SEVERITY[rule],
                doc="d0",
                message=f"{pair[0].surface} vs {pair[1].surface}",
                claims=[c.id for c in pair],
            )
        )
    by_id = {c.id: c for c in claims}
    for f in findings:
        f.fingerprint = fingerprint(f, by_id)
    summary = Summary(
        errors=sum(f.severity == "error" for f in findings),
        warnings=sum(f.severity == "warning" for f in findings),
        claims=len(claims),
        documents=1,
    )
    return Report(documents=[doc], claims=claims, findings=findings, summary=summary)


def rules_of(report: Report) -> list[str]:
    return [f.rule for f in report.findings]


@pytest.fixture()
def baseline(tmp_path: Path) -> Path:
    path = tmp_path / "numcheck-baseline.json"
    report = make_report(DRAFT)
    assert rules_of(report) == ["NC301", "NC201"]
    write_baseline(report, path)
    return path


def test_baseline_file_records_rule_and_claim_text_not_lines(baseline: Path) -> None:
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["numcheck_baseline"] == 1
    entries = {e["rule"]: e for e in data["findings"]}
    assert set(entries) == {"NC201", "NC301"}
    assert entries["NC301"]["claims"] == ["179 of the 181 people", "197 victims"]
    assert entries["NC301"]["category"] == "internal-inconsistency"
    assert entries["NC301"]["message"] == "179 of the 181 people vs 197 victims"
    assert entries["NC301"]["fingerprint"] == make_report(DRAFT).findings[0].fingerprint
    assert not re.search(r'"(line|col|column|start|end|offset)\w*"', baseline.read_text(encoding="utf-8"))


def test_everything_in_the_baseline_is_left_out(baseline: Path) -> None:
    report = apply_baseline(make_report(DRAFT), baseline)
    assert report.findings == []
    assert (report.summary.errors, report.summary.warnings) == (0, 0)
    assert report.summary.claims == 4  # the claims are all still there


def test_moved_paragraphs_stay_accepted(baseline: Path) -> None:
    moved = "\n\n".join([HEADLINE, RELATIVES, "A new paragraph, added at the top.", SOLDIERS, CRASH]) + "\n"
    report = make_report(moved)
    # the checks now see the claims in another order and at other offsets
    assert rules_of(report) == ["NC301", "NC201"]
    assert report.findings[0].fingerprint != make_report(DRAFT).findings[0].fingerprint
    assert apply_baseline(report, baseline).findings == []


def test_reflowed_lines_stay_accepted(baseline: Path) -> None:
    reflowed = DRAFT.replace("the 197 victims", "the 197\nvictims")
    assert apply_baseline(make_report(reflowed), baseline).findings == []


def test_a_changed_number_brings_the_finding_back(baseline: Path) -> None:
    changed = DRAFT.replace("197 victims", "196 victims")
    report = apply_baseline(make_report(changed), baseline)
    assert rules_of(report) == ["NC301"]
    assert report.findings[0].message == "179 of the 181 people vs 196 victims"
    assert (report.summary.errors, report.summary.warnings) == (1, 0)


def test_a_new_finding_is_reported_and_an_accepted_one_is_not(baseline: Path) -> None:
    changed = DRAFT.replace("some 10,000 North Korean troops", "some 12,000 North Korean troops")
    assert rules_of(apply_baseline(make_report(changed), baseline)) == ["NC201"]


def test_the_same_finding_in_another_document_is_not_accepted(baseline: Path) -> None:
    report = apply_baseline(make_report(DRAFT, path="drafts/other.md"), baseline)
    assert rules_of(report) == ["NC301", "NC201"]


def test_document_paths_are_relative_to_the_baseline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "drafts").mkdir()
    monkeypatch.chdir(tmp_path)
    write_baseline(make_report(DRAFT, path="drafts/crash.md"), "numcheck-baseline.json")
    assert {e.document for e in load_baseline("numcheck-baseline.json").findings} == {"drafts/crash.md"}
    # the same draft checked from inside drafts/, and by absolute path
    monkeypatch.chdir(tmp_path / "drafts")
    assert apply_baseline(make_report(DRAFT, path="crash.md"), "../numcheck-baseline.json").findings == []
    absolute = str(tmp_path / "drafts" / "crash.md")
    report = apply_baseline(make_report(DRAFT, path=absolute), tmp_path / "numcheck-baseline.json")
    assert report.findings == []


def test_each_entry_accepts_one_finding(tmp_path: Path) -> None:
    report = make_report(DRAFT)
    path = tmp_path / "b.json"
    write_baseline(report, path)
    doubled = report.model_copy(update={"findings": report.findings + [report.findings[0].model_copy()]})
    assert rules_of(apply_baseline(doubled, path)) == ["NC301"]


def test_an_entry_written_by_hand_without_document_accepts_it_anywhere(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text(
        json.dumps(
            {
                "numcheck_baseline": 1,
                "findings": [{"rule": "NC301", "claims": ["197 victims", "179 of the 181 people"]}],
            }
        ),
        encoding="utf-8",
    )
    assert rules_of(apply_baseline(make_report(DRAFT, path="anywhere/x.md"), path)) == ["NC201"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "baseline file not found"),
        ("{not json", "baseline is not valid JSON"),
        ("[]", "not a numcheck baseline"),
        ('{"findings": []}', "not a numcheck baseline"),
        ('{"numcheck_baseline": 1, "findings": "all"}', "malformed baseline at findings"),
        (
            '{"numcheck_baseline": 1, "findings": [{"claims": ["x"]}]}',
            "malformed baseline at findings.0.rule",
        ),
        ('{"numcheck_baseline": 99, "findings": []}', "newer than this numcheck reads"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_a_bad_baseline_is_an_input_error_naming_the_file(
    tmp_path: Path, content: str | bytes | None, expected: str
) -> None:
    path = tmp_path / "bad-baseline.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        apply_baseline(make_report(DRAFT), path)
    assert str(path) in str(err.value) and expected in str(err.value)
    assert "\n" not in str(err.value)


def test_a_directory_is_not_a_baseline(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load_baseline(tmp_path)


# --- through the command line (the checks stood in for by make_report) ----------------------------------


@pytest.fixture()
def cli(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    def fake_check(drafts: list[Document], *args: object, **kwargs: object) -> Report:
        return make_report(drafts[0].original, path=drafts[0].path)

    monkeypatch.setattr("numcheck.api.check", fake_check)
    return CliRunner()


def test_cli_write_then_apply_a_baseline(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("draft.md").write_text(DRAFT, encoding="utf-8")
    first = cli.invoke(app, ["check", "draft.md", "--write-baseline", "baseline.json", "--format", "json"])
    assert first.exit_code == 0  # writing the baseline accepts them: a success (they are still reported)
    assert len(json.loads(first.stdout)["findings"]) == 2
    assert len(load_baseline("baseline.json").findings) == 2

    moved = "\n\n".join([HEADLINE, RELATIVES, SOLDIERS, CRASH]) + "\n"
    Path("draft.md").write_text(moved, encoding="utf-8")
    accepted = cli.invoke(app, ["check", "draft.md", "--baseline", "baseline.json", "--format", "json"])
    assert accepted.exit_code == 0
    assert json.loads(accepted.stdout)["findings"] == []

    Path("draft.md").write_text(moved.replace("197 victims", "196 victims"), encoding="utf-8")
    back = cli.invoke(app, ["check", "draft.md", "--baseline", "baseline.json", "--format", "json"])
    assert back.exit_code == 1
    assert [f["rule"] for f in json.loads(back.stdout)["findings"]] == ["NC301"]


def test_cli_rewriting_the_baseline_in_place_records_every_current_finding(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("draft.md").write_text(DRAFT, encoding="utf-8")
    assert cli.invoke(app, ["check", "draft.md", "--write-baseline", "b.json"]).exit_code == 0
    Path("draft.md").write_text(DRAFT.replace("197 victims", "196 victims"), encoding="utf-8")
    result = cli.invoke(app, ["check", "draft.md", "--baseline", "b.json", "--write-baseline", "b.json"])
    assert result.exit_code == 0
    claims = sorted(tuple(e.claims) for e in load_baseline("b.json").findings)
    assert ("179 of the 181 people", "196 victims") in claims
    assert ("179 of the 181 people", "197 victims") not in claims  # stale entries are dropped


def test_cli_missing_baseline_is_a_one_line_error(cli: CliRunner, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    missing = tmp_path / "nope.json"
    result = cli.invoke(app, ["check", str(draft), "--baseline", str(missing)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"numcheck: error: {missing}: baseline file not found"
    assert result.stdout == ""
