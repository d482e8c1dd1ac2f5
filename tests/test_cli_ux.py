"""Issue 11, as a new user meets numcheck: reports an editor acts on, and a CLI with no traps.

Each test runs the real command line (the installed `numcheck` script, in a fresh process) or the
real gate, on sentences written for these tests.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).parent / "numcheck"

HEADLINE_TWICE = """---
title: Storm floods 2,100 homes
---
The storm flooded 2,100 homes across the county, officials said on Monday.

Crews worked through the night to clear the roads.
"""
SOURCE = "The storm flooded 1,200 homes across the county, the county office said on Monday.\n"
TWO_FIGURES = (
    "About 300 people were hurt in the crash, the fire service said.\n\n"
    "Later that day, the hospital said 30 people had been hurt.\n"
)
CONVERSION = "The fire burned 500 square miles (1,925 sq km) of forest.\n"


def numcheck(
    cwd: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed `numcheck` script (its own sys.path, as a user runs it) in `cwd`."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("NUMCHECK") and k != "NO_COLOR"}
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "numcheck"]
    return subprocess.run(
        [*command, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        input=stdin,
        env={**base, **(env or {})},
        timeout=180,
    )


def flat(text: str) -> str:
    """The text with its line breaks and runs of spaces as single spaces (reports wrap to a width)."""
    return re.sub(r"\s+", " ", text)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ================================================================================================ traps


@pytest.fixture
def clone_parent(tmp_path: Path) -> Path:
    """A directory that holds a folder named `numcheck` (a clone's parent), with one article."""
    (tmp_path / "numcheck" / "numcheck").mkdir(parents=True)
    write(tmp_path / "numcheck" / "README.md", "a clone of numcheck\n")
    write(tmp_path / "story.txt", TWO_FIGURES)
    return tmp_path


@pytest.mark.skipif(not SCRIPT.exists(), reason="the `numcheck` script is not installed beside python")
def test_scan_from_a_folder_holding_a_numcheck_folder_checks_every_article(clone_parent: Path) -> None:
    res = numcheck(clone_parent, "scan", "story.txt", "--jobs", "1")
    record = json.loads(res.stdout.splitlines()[0])
    assert record["error"] is None, record["error"]
    assert record["claims"] >= 2 and record["findings"]


@pytest.mark.skipif(not SCRIPT.exists(), reason="the `numcheck` script is not installed beside python")
def test_serve_from_a_folder_holding_a_numcheck_folder_checks_and_is_healthy(clone_parent: Path) -> None:
    pytest.importorskip("fastapi", reason="the gate needs the serve extra")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUMCHECK")}
    proc = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", str(port), "--workers", "1"],
        cwd=clone_parent,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        health = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=2) as resp:
                    health = json.load(resp)
                    break
            except (urllib.error.URLError, OSError):
                time.sleep(0.3)
        assert health is not None and health["status"] == "ok", health
        body = json.dumps({"draft": {"text": TWO_FIGURES, "format": "text"}}).encode()
        req = urllib.request.Request(url + "/v1/check", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            assert resp.status == 200
            assert json.load(resp)["findings"]
    finally:
        proc.terminate()
        proc.wait(20)


def refuses_to_check(job: dict[str, object], config: object) -> dict[str, object]:
    """A check that cannot run at all (as when a worker imported the wrong `numcheck`)."""
    raise ImportError("cannot import name '__version__' from 'numcheck' (unknown location)")


def test_healthz_fails_when_a_check_cannot_run() -> None:
    pytest.importorskip("fastapi", reason="the gate needs the serve extra")
    from fastapi.testclient import TestClient

    from numcheck.serve import GateSettings, create_app

    app = create_app(None, GateSettings(workers=1), refuses_to_check)
    with TestClient(app, raise_server_exceptions=False) as client:
        resp = client.get("/healthz")
        assert resp.status_code == 503
        assert resp.json()["status"] == "failing"
        assert "cannot import name '__version__'" in resp.json()["message"]


def test_check_takes_a_string_as_one_draft_and_refuses_other_types() -> None:
    import numcheck as nc

    report = nc.check(TWO_FIGURES)
    assert [d.role for d in report.documents] == ["draft"]
    assert report.summary.claims == 2 and report.findings
    assert "a string" in (nc.check.__doc__ or "")
    for wrong in (b"About 300 people", 300, {"text": "x"}, ["fine", 7]):
        with pytest.raises(TypeError):
            nc.check(wrong)  # type: ignore[arg-type]


def test_report_renders_as_text_and_html_beside_json() -> None:
    import numcheck as nc

    report = nc.check(TWO_FIGURES)
    text = report.to_text()
    assert "»30«" in text and "\x1b[" not in text
    html = report.to_html()
    assert html.lower().startswith("<!doctype html>") and "NumcheckReport" in html
    assert json.loads(report.to_json())["findings"]


def test_a_figure_in_headline_and_body_is_one_finding_with_a_unique_fingerprint(tmp_path: Path) -> None:
    write(tmp_path / "draft.md", HEADLINE_TWICE)
    write(tmp_path / "source.txt", SOURCE)
    res = numcheck(tmp_path, "check", "draft.md", "--source", "source.txt", "--format", "sarif")
    results = json.loads(res.stdout)["runs"][0]["results"]
    mismatches = [r for r in results if r["ruleId"] == "NC101"]
    assert len(mismatches) == 1
    prints = [r["partialFingerprints"]["numcheck/v1"] for r in results]
    assert len(prints) == len(set(prints))


def test_write_baseline_exits_0_once_per_finding_and_later_runs_say_how_many_it_hid(tmp_path: Path) -> None:
    write(tmp_path / "draft.md", HEADLINE_TWICE)
    write(tmp_path / "source.txt", SOURCE)
    first = numcheck(tmp_path, "check", "draft.md", "-s", "source.txt", "--write-baseline", "base.json")
    assert first.returncode == 0, first.stderr
    assert "wrote base.json (1 accepted finding)" in first.stderr
    entries = json.loads((tmp_path / "base.json").read_text())["findings"]
    keys = [(e["document"], e["rule"], tuple(e["claims"])) for e in entries]
    assert len(keys) == len(set(keys)) == 1
    later = numcheck(tmp_path, "check", "draft.md", "-s", "source.txt", "--baseline", "base.json")
    assert later.returncode == 0
    assert "1 finding hidden by the baseline" in flat(later.stdout)
    as_json = numcheck(
        tmp_path, "check", "draft.md", "-s", "source.txt", "--baseline", "base.json", "--format", "json"
    )
    assert json.loads(as_json.stdout)["summary"]["baselined"] == 1
    assert "1 finding hidden by the baseline base.json" in as_json.stderr


def test_a_desks_one_entry_hedges_file_extends_the_defaults(tmp_path: Path) -> None:
    write(
        tmp_path / "pack" / "hedges.yaml",
        'hedges:\n  - {name: give or take, kind: approx, width: 2, words: ["give or take"]}\n',
    )
    write(tmp_path / "draft.txt", "About 300 people came, give or take 40 more.\n")
    res = numcheck(tmp_path, "extract", "draft.txt", "--rules", "pack", "--format", "json")
    hedges = {c["hedge"] for c in json.loads(res.stdout)["claims"]}
    assert {"about", "give or take"} <= hedges  # the default 'about' is still known
    said = numcheck(tmp_path, "rules", "validate", "pack")
    assert said.returncode == 0 and "hedges.yaml extends the default" in said.stdout


def test_replace_true_replaces_the_default_hedges_and_validate_says_so(tmp_path: Path) -> None:
    write(
        tmp_path / "pack" / "hedges.yaml",
        'replace: true\nhedges:\n  - {name: give or take, kind: approx, width: 2, words: ["give or take"]}\n',
    )
    write(tmp_path / "draft.txt", "About 300 people came, give or take 40 more.\n")
    res = numcheck(tmp_path, "extract", "draft.txt", "--rules", "pack", "--format", "json")
    hedges = {c["hedge"] for c in json.loads(res.stdout)["claims"]}
    assert "about" not in hedges and "give or take" in hedges
    said = numcheck(tmp_path, "rules", "validate", "pack")
    assert "hedges.yaml replaces the default (replace: true)" in said.stdout


def test_a_mistake_in_a_desks_extending_file_names_its_file_and_line(tmp_path: Path) -> None:
    write(
        tmp_path / "pack" / "hedges.yaml",
        "hedges:\n  - {name: roughly, kind: approx, width: two, words: [x]}\n",
    )
    res = numcheck(tmp_path, "rules", "validate", "pack")
    assert res.returncode == 2
    assert res.stderr.startswith(f"numcheck: error: {Path('pack') / 'hedges.yaml'}:2: ")


def test_as_many_as_is_an_upper_bound(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", "As many as 300 people were evacuated.\n")
    claim = json.loads(numcheck(tmp_path, "extract", "draft.txt", "--format", "json").stdout)["claims"][0]
    assert claim["high"] == 300 and claim["low"] is None


def test_stdin_takes_a_format_and_a_name(tmp_path: Path) -> None:
    draft = "---\ntitle: Crash kills 197\n---\nThe crash killed 179 people, officials said.\n"
    res = numcheck(
        tmp_path,
        "check",
        "-",
        "--stdin-format",
        "markdown",
        "--stdin-name",
        "drafts/crash.md",
        "--format",
        "github",
        stdin=draft,
    )
    assert res.stdout.startswith("::error file=drafts/crash.md,line=4,")
    assert "line 2: Crash kills »197«" in res.stdout  # the front-matter title is read as Markdown
    assert "file=-" not in res.stdout


def test_extract_reads_stdin_the_same_way(tmp_path: Path) -> None:
    draft = "---\ntitle: Crash kills 197\n---\nThe crash killed 179 people.\n"
    res = numcheck(
        tmp_path,
        "extract",
        "-",
        "--stdin-format",
        "markdown",
        "--stdin-name",
        "crash.md",
        "--format",
        "json",
        stdin=draft,
    )
    out = json.loads(res.stdout)
    assert out["documents"] == [{"id": "d0", "path": "crash.md"}]
    assert [c["surface"] for c in out["claims"]] == ["197", "179"]  # the front matter is read as such


def test_output_says_where_it_wrote_on_stderr_unless_quiet(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", TWO_FIGURES)
    res = numcheck(tmp_path, "check", "draft.txt", "--output", "report.txt")
    assert res.stdout == "" and res.stderr == "numcheck: wrote report.txt\n"
    assert (tmp_path / "report.txt").exists()
    quiet = numcheck(tmp_path, "check", "draft.txt", "--output", "report.txt", "--quiet")
    assert quiet.stdout == "" and quiet.stderr == ""


def test_scan_resumes_only_what_this_version_and_config_made_and_force_starts_again(tmp_path: Path) -> None:
    write(tmp_path / "articles" / "a.txt", TWO_FIGURES)
    write(tmp_path / "articles" / "b.txt", CONVERSION)
    first = numcheck(tmp_path, "scan", "articles", "--output", "scan.jsonl", "--jobs", "1")
    assert first.returncode in (0, 1), first.stderr
    again = numcheck(tmp_path, "scan", "articles", "--output", "scan.jsonl", "--jobs", "1")
    assert "2 from a previous run" in again.stdout
    before = [json.loads(line) for line in (tmp_path / "scan.jsonl").read_text().splitlines()]
    assert any(f["rule"] == "NC201" for rec in before for f in rec["findings"])
    # the desk turns a rule off: the results in the file were judged otherwise
    write(tmp_path / "numcheck.toml", "[rules.NC201]\nenabled = false\n")
    refused = numcheck(tmp_path, "scan", "articles", "--output", "scan.jsonl", "--jobs", "1")
    assert refused.returncode == 2
    assert "another numcheck version or configuration" in refused.stderr and "--force" in refused.stderr
    forced = numcheck(tmp_path, "scan", "articles", "--output", "scan.jsonl", "--jobs", "1", "--force")
    assert forced.returncode in (0, 1), forced.stderr
    after = [json.loads(line) for line in (tmp_path / "scan.jsonl").read_text().splitlines()]
    assert len(after) == 2
    assert not any(f["rule"] == "NC201" for rec in after for f in rec["findings"])


def test_version_and_short_help(tmp_path: Path) -> None:
    from numcheck import __version__

    assert numcheck(tmp_path, "--version").stdout == f"numcheck {__version__}\n"
    for args in (["-h"], ["check", "-h"], ["scan", "-h"], ["rules", "list", "-h"]):
        res = numcheck(tmp_path, *args, env={"COLUMNS": "100"})
        assert res.returncode == 0 and "Usage: numcheck" in res.stdout, args


def test_help_gives_exit_codes_and_readable_metavars(tmp_path: Path) -> None:
    for command in ("check", "extract", "scan", "serve", "rules list", "rules explain", "rules validate"):
        out = numcheck(tmp_path, *command.split(), "--help", env={"COLUMNS": "100"}).stdout
        for ugly in ("<bool>", "<path>", "<list[", "{", "<str>", "<int"):
            assert ugly not in out, (command, ugly, out)
    check_help = re.sub(r"\s+", " ", numcheck(tmp_path, "check", "--help", env={"COLUMNS": "100"}).stdout)
    assert "Usage: numcheck check [OPTIONS] DRAFT..." in check_help
    assert (
        "Exit status: 0 when no finding reaches --fail-on (default: error), 1 when one does, 2 for"
        in check_help
    )


def test_check_a_folder_checks_the_drafts_in_it_by_glob(tmp_path: Path) -> None:
    write(tmp_path / "drafts" / "one.md", TWO_FIGURES)
    write(tmp_path / "drafts" / "deep" / "two.txt", CONVERSION)
    write(tmp_path / "drafts" / "notes.csv", "a,b\n1,2\n")
    res = numcheck(tmp_path, "check", "drafts", "--format", "json")
    paths = sorted(d["path"] for d in json.loads(res.stdout)["documents"])
    assert paths == [str(Path("drafts/deep/two.txt")), str(Path("drafts/one.md"))]
    only_md = numcheck(tmp_path, "check", "drafts", "--glob", "*.md", "--format", "json")
    assert [d["path"] for d in json.loads(only_md.stdout)["documents"]] == [str(Path("drafts/one.md"))]


def test_an_empty_draft_is_a_note_and_exit_0_unless_fail_on_empty(tmp_path: Path) -> None:
    write(tmp_path / "empty.md", "")
    write(tmp_path / "fine.txt", "The council approved 12 new parks.\n")
    res = numcheck(tmp_path, "check", "empty.md", "fine.txt")
    assert res.returncode == 0
    assert res.stderr == "numcheck: note: empty.md: empty file (nothing to check)\n"
    assert "fine.txt — no findings" in res.stdout
    strict = numcheck(tmp_path, "check", "empty.md", "fine.txt", "--fail-on-empty")
    assert strict.returncode == 2 and strict.stderr.startswith("numcheck: error: empty.md: empty file")


def test_readme_is_self_contained() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme
    for test in ("test_acceptance.py", "test_seed_claims.py", "test_accuracy_floors.py"):
        source = (ROOT / "tests" / test).read_text(encoding="utf-8")
        assert "skipif" in source and "outside this repository" in source, test  # says why it skips


# ===================================================================================== editor's reports


def test_text_report_shows_the_sentence_the_other_sentence_what_disagrees_a_fix_and_why(
    tmp_path: Path,
) -> None:
    write(tmp_path / "draft.md", HEADLINE_TWICE)
    write(tmp_path / "source.txt", SOURCE)
    out = flat(numcheck(tmp_path, "check", "draft.md", "--source", "source.txt").stdout)
    assert "Storm floods »2,100« homes" in out
    assert "source.txt, line 1: The storm flooded »1,200« homes across the county" in out
    assert "The source (the county office) says 1,200; the draft says 2,100 — digits transposed?" in out
    assert "Fix: if the source is right, write 1,200 as it does." in out
    assert "Why: Copying a figure from a source is where" in out and "numcheck rules explain NC101" in out
    assert out.endswith("1 error, 0 warnings, 0 info in 1 draft; checked against 1 source; 3 figures read ")


def test_text_report_puts_a_certain_fix_in_words(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", CONVERSION)
    out = flat(numcheck(tmp_path, "check", "draft.txt").stdout)
    assert "(»1,925 sq km«)" in out
    assert "Fix: 500 square miles is 1,295 sq km: write “1,295 sq km”." in out


def test_text_report_fits_an_80_column_terminal_in_order_of_lines(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", TWO_FIGURES + CONVERSION)
    out = numcheck(tmp_path, "check", "draft.txt", env={"COLUMNS": "80"}).stdout
    # not a terminal: no colour; the width is the report's own
    assert "\x1b[" not in out
    lines = [int(m) for m in re.findall(r"^  line (\d+) ", out, re.M)]
    assert lines == sorted(lines) and len(lines) >= 2


def test_colour_auto_always_never_and_no_color(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", TWO_FIGURES)
    assert "\x1b[" not in numcheck(tmp_path, "check", "draft.txt").stdout  # a pipe: none
    assert "\x1b[" in numcheck(tmp_path, "check", "draft.txt", "--color", "always").stdout
    assert "\x1b[" not in numcheck(tmp_path, "check", "draft.txt", "--color", "never").stdout
    from numcheck.report.text import auto_color

    os.environ.pop("NO_COLOR", None)
    assert auto_color() is False  # pytest's stdout is not a terminal


def test_colour_auto_on_a_terminal_unless_no_color(tmp_path: Path) -> None:
    script = shutil.which("script")
    if script is None:
        pytest.skip("util-linux `script` (a pseudo-terminal) is not installed")
    write(tmp_path / "draft.txt", TWO_FIGURES)
    command = f"{SCRIPT if SCRIPT.exists() else 'numcheck'} check draft.txt"
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["TERM"] = "xterm"
    tty = subprocess.run(
        [script, "-qec", command, "/dev/null"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "\x1b[" in tty.stdout
    no_color = subprocess.run(
        [script, "-qec", command, "/dev/null"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**env, "NO_COLOR": "1"},
        timeout=120,
    )
    assert "\x1b[" not in no_color.stdout and "»30«" in no_color.stdout


def test_quiet_leaves_out_drafts_without_findings_and_notes(tmp_path: Path) -> None:
    write(tmp_path / "clean.txt", "The council approved 12 new parks.\n")
    write(tmp_path / "draft.txt", TWO_FIGURES)
    write(tmp_path / "empty.txt", "")
    loud = numcheck(tmp_path, "check", "clean.txt", "draft.txt", "empty.txt")
    assert "clean.txt — no findings" in loud.stdout and "note:" in loud.stderr
    quiet = numcheck(tmp_path, "check", "clean.txt", "draft.txt", "empty.txt", "--quiet")
    assert "clean.txt" not in quiet.stdout and "»30«" in quiet.stdout and quiet.stderr == ""


def test_rules_reference_says_what_each_parameter_means() -> None:
    rows = [
        line
        for line in (ROOT / "docs" / "rules.md").read_text().splitlines()
        if line.startswith("| `") and line.count("|") == 4
    ]
    assert rows
    for row in rows:
        meaning = row.split("|")[3].strip()
        assert len(meaning) > 20, row


def test_github_annotations_carry_the_same_words_as_the_text_report(tmp_path: Path) -> None:
    write(tmp_path / "draft.md", HEADLINE_TWICE)
    write(tmp_path / "source.txt", SOURCE)
    out = numcheck(tmp_path, "check", "draft.md", "-s", "source.txt", "--format", "github").stdout
    assert out.startswith("::error file=draft.md,line=2,")
    assert "::The source (the county office) says 1,200; the draft says 2,100 — digits transposed?" in out
    assert "%0A  Storm floods »2,100« homes%0A  source.txt, line 1: The storm flooded »1,200« homes" in out


def test_sarif_carries_the_words_a_fix_where_it_is_certain_and_confidence_as_rank(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", CONVERSION)
    log = json.loads(numcheck(tmp_path, "check", "draft.txt", "--format", "sarif").stdout)
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "NC401")
    assert "Fix: 500 square miles is 1,295 sq km" in result["message"]["text"]
    assert result["rank"] == 100.0
    change = result["fixes"][0]["artifactChanges"][0]
    assert change["artifactLocation"]["uri"] == "draft.txt"
    replacement = change["replacements"][0]
    start = CONVERSION.index("1,925 sq km")
    assert replacement["deletedRegion"]["charOffset"] == start
    assert replacement["deletedRegion"]["charLength"] == len("1,925 sq km")
    assert replacement["insertedContent"]["text"] == "1,295 sq km"
    # a source mismatch is a question for the editor, not a certain fix
    write(tmp_path / "d.md", HEADLINE_TWICE)
    write(tmp_path / "s.txt", SOURCE)
    other = json.loads(numcheck(tmp_path, "check", "d.md", "-s", "s.txt", "--format", "sarif").stdout)
    assert all("fixes" not in r for r in other["runs"][0]["results"] if r["ruleId"] == "NC101")


def test_sarif_rank_is_the_findings_confidence() -> None:
    import numcheck as nc
    from numcheck.report.sarif import to_sarif

    report = nc.check(TWO_FIGURES)
    report.findings[0].confidence = 0.37
    assert to_sarif(report)["runs"][0]["results"][0]["rank"] == 37.0


def test_text_report_in_a_real_80_column_terminal(tmp_path: Path) -> None:
    """tmux gives the report a terminal 80 columns wide: colour, and no line past column 80."""
    tmux = shutil.which("tmux")
    if tmux is None or not SCRIPT.exists():
        pytest.skip("needs tmux and the installed `numcheck` script")
    write(
        tmp_path / "draft.md",
        HEADLINE_TWICE.replace("Crews", "It burned 500 square miles (1,925 sq km). Crews"),
    )
    write(tmp_path / "source.txt", SOURCE)
    session = f"nc11-{os.getpid()}"
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TMUX")}
    env["TERM"] = "xterm-256color"
    out = tmp_path / "done"
    command = f"{SCRIPT} check draft.md -s source.txt; touch {out}; sleep 30"
    subprocess.run(
        [tmux, "new-session", "-d", "-s", session, "-x", "80", "-y", "60", "-c", str(tmp_path), command],
        env=env,
        check=True,
        timeout=30,
    )
    try:
        deadline = time.monotonic() + 90
        while not out.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        plain = subprocess.run(
            [tmux, "capture-pane", "-t", session, "-p"], capture_output=True, text=True, timeout=30
        ).stdout
        ansi = subprocess.run(
            [tmux, "capture-pane", "-t", session, "-p", "-e"], capture_output=True, text=True, timeout=30
        ).stdout
    finally:
        subprocess.run([tmux, "kill-session", "-t", session], capture_output=True, timeout=30)
    (tmp_path / "report-80-columns.txt").write_text(plain, encoding="utf-8")
    lines = plain.rstrip().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" in ansi  # colour on a terminal
    text = flat(plain)
    assert "Storm floods »2,100« homes" in text
    assert "Fix: 500 square miles is 1,295 sq km: write “1,295 sq km”." in text
    assert "checked against 1 source" in text


@pytest.mark.parametrize(
    ("draft", "rule", "wrong", "right"),
    [
        ("Officials reported 127,350 cases, up from 61,070, an increase of 48%.\n", "NC503", "48%", "109%"),
        ("The party won 411 of the 650 seats, or 73%.\n", "NC504", "73%", "63%"),
        (
            "Renewables supplied 40% of the power. Wind gave 22%, solar 9% and the remaining 6% came from "
            "hydro.\n",
            "NC502",
            "40%",
            "37%",
        ),
    ],
)
def test_a_stated_change_share_or_sum_gets_its_corrected_figure(
    tmp_path: Path, draft: str, rule: str, wrong: str, right: str
) -> None:
    write(tmp_path / "draft.txt", draft)
    text = flat(numcheck(tmp_path, "check", "draft.txt").stdout)
    assert f"“{right}”: write that" in text
    log = json.loads(numcheck(tmp_path, "check", "draft.txt", "--format", "sarif").stdout)
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == rule)
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    start = draft.index(wrong)
    assert replacement["deletedRegion"]["charOffset"] == start
    assert replacement["deletedRegion"]["charLength"] == len(wrong)
    assert replacement["insertedContent"]["text"] == right


def test_figures_of_one_finding_in_one_sentence_are_marked_together(tmp_path: Path) -> None:
    write(tmp_path / "draft.txt", CONVERSION)
    out = flat(numcheck(tmp_path, "check", "draft.txt").stdout)
    assert "The fire burned »500 square miles« (»1,925 sq km«) of forest." in out


def test_the_gate_answers_in_the_editors_words_and_shows_an_html_draft_as_text() -> None:
    pytest.importorskip("fastapi", reason="the gate needs the serve extra")
    from fastapi.testclient import TestClient

    from numcheck.serve import GateSettings, create_app

    page = "<p>The fire burned <b>500 square miles</b> (1,925 sq km) of forest.</p>"
    with TestClient(create_app(None, GateSettings(workers=1))) as client:
        answer = client.post("/v1/check", json={"draft": {"text": page, "format": "html"}}).json()
    conversion = answer["findings"].index(next(f for f in answer["findings"] if f["rule"] == "NC401"))
    note = answer["notes"][conversion]
    assert note["fix"] == "500 square miles is 1,295 sq km: write “1,295 sq km”"
    assert note["sentence"]["text"] == "The fire burned 500 square miles (1,925 sq km) of forest."
    shown = answer["view"]["texts"]["d0"]
    assert "<b>" not in shown
    for claim in answer["claims"]:
        start, end = answer["view"]["spans"][claim["id"]]
        assert shown[start:end] == claim["surface"].replace("<b>", "").replace("</b>", "")


def test_a_fact_mismatch_shows_the_facts_file_entry_and_line(tmp_path: Path) -> None:
    write(
        tmp_path / "facts.yaml",
        "facts:\n  - measurand: length of the Lakeside Bridge\n    value: 1,280 metres\n"
        "    source: county survey\n",
    )
    write(tmp_path / "draft.txt", "The 1,820-metre Lakeside Bridge reopened on Friday.\n")
    out = flat(numcheck(tmp_path, "check", "draft.txt", "--facts", "facts.yaml").stdout)
    assert "The »1,820-metre« Lakeside Bridge reopened on Friday." in out
    assert (
        "facts file facts.yaml, line 3: length of the Lakeside Bridge: »1,280 metres« (county survey)" in out
    )
    assert (
        "The facts file says 1,280 metres for length of the Lakeside Bridge; the draft says 1,820-metre"
        in out
    )


def test_a_command_line_mistake_is_one_line_naming_the_help_to_read(tmp_path: Path) -> None:
    write(tmp_path / "draft.md", TWO_FIGURES)
    cases = {
        ("check", "--colour", "draft.md"): "No such option: --colour (Possible options: --color",
        ("check",): "Missing argument 'DRAFT...'. (see `numcheck check -h`)",
        ("check", "--time-limit", "soon", "draft.md"): "Invalid value for '--time-limit'",
        ("rules", "explian", "NC201"): "No such command 'explian'. Did you mean 'explain'?",
    }
    for args, said in cases.items():
        res = numcheck(tmp_path, *args)
        assert res.returncode == 2, args
        assert res.stdout == "" and res.stderr.count("\n") == 1, (args, res.stderr)
        assert res.stderr.startswith("numcheck: error: ") and said in res.stderr, (args, res.stderr)
        assert res.stderr.rstrip().endswith("-h`)"), res.stderr
    # a bare group still shows its help, with the same exit status as before
    bare = numcheck(tmp_path, "rules")
    assert bare.returncode == 2 and "Usage: numcheck rules" in bare.stdout


@pytest.mark.parametrize("args", [[], ["rules"]])
def test_a_bare_command_prints_its_help_once_and_exits_2(tmp_path: Path, args: list[str]) -> None:
    run = numcheck(tmp_path, *args)
    assert run.returncode == 2
    assert flat(run.stdout + run.stderr).count("Usage: numcheck") == 1
