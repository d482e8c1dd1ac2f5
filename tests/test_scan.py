"""`numcheck scan`: every article checked on its own, one JSON line each, bad files reported without
stopping the scan, resume after a crash, the summary, and the Dask engine agreeing with the local one.

What a line holds for an article is pinned against `check_paths([article])` itself, so these tests
hold whatever extraction and the checks find.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from numcheck.api import check_paths
from numcheck.cli import app
from numcheck.errors import InputError
from numcheck.scan import (
    ConfigSpec,
    OutputLog,
    Tally,
    check_one,
    discover,
    read_records,
    render_summary,
    run_local,
)

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "drones.txt": "Russia launched 154 drones overnight, the air force said. Of the 154 drones, 140 were "
    "shot down. Later the air force said 145 drones had been launched.\n",
    "fire.txt": "The fire has burned 20,000 acres (8,100 hectares), Cal Fire said. About 1,200 firefighters "
    "were at work and winds reached 40 mph (64 km/h).\n",
    "budget.md": "# Budget\n\nThe government will spend £35bn over five years. Of the total, £24.5bn will go "
    "to health and £17.5bn to defence, the Treasury said.\n",
    "quiet.txt": "The committee will meet again in March. No figures were given.\n",
}


def corpus(tmp_path: Path, extra: dict[str, bytes] | None = None) -> Path:
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    for i, (name, text) in enumerate(ARTICLES.items()):
        (d / ("sub" if i % 2 else "") / name).write_text(text, encoding="utf-8")
    for name, data in (extra or {}).items():
        (d / name).write_bytes(data)
    return d


def lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def comparable(rec: dict[str, Any]) -> tuple[Any, ...]:
    """What must agree between runs and engines (not the timing)."""
    return (
        rec["claims"],
        json.dumps(rec["findings"], sort_keys=True),
        json.dumps(rec["cited"], sort_keys=True),
        rec["error"],
    )


def run_cli(*args: str) -> Any:
    return CliRunner().invoke(app, ["scan", *args])


# --------------------------------------------------------------------------- what a line is


def test_each_article_gets_one_line_with_what_check_reports_for_it_alone(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    out = tmp_path / "scan.jsonl"
    result = run_cli(str(d), "--output", str(out), "--jobs", "2")
    assert result.exit_code in (0, 1), result.output
    recs = read_records(out)
    files = sorted(str(p) for p in d.rglob("*") if p.is_file())
    assert sorted(r["path"] for r in recs) == files
    for rec in recs:
        assert rec["error"] is None
        report = check_paths([rec["path"]])
        assert rec["claims"] == report.summary.claims
        assert rec["findings"] == [f.model_dump(mode="json") for f in report.findings]
        cited = {c for f in report.findings for c in f.claims}
        assert set(rec["cited"]) == cited
        for span in rec["cited"].values():
            text = Path(rec["path"]).read_text(encoding="utf-8")
            assert text[span["start"] : span["end"]] == span["surface"]


def test_workers_use_the_config_of_the_scan(tmp_path: Path) -> None:
    from numcheck.checks.registry import RULES
    from numcheck.config import load_config

    d = corpus(tmp_path)
    conf = tmp_path / "numcheck.toml"
    disabled = "".join(f"[tool.numcheck.rules.{code}]\nenabled = false\n" for code in RULES)
    conf.write_text(disabled, encoding="utf-8")
    out = tmp_path / "scan.jsonl"
    result = run_cli(str(d), "--config", str(conf), "--output", str(out), "--jobs", "2")
    assert result.exit_code == 0, result.output
    recs = read_records(out)
    assert len(recs) == len(ARTICLES)
    assert all(r["findings"] == [] and r["error"] is None for r in recs)
    cfg = load_config(config_file=conf)
    assert [r["claims"] for r in recs] == [check_paths([r["path"]], config=cfg).summary.claims for r in recs]


def test_without_output_lines_stream_to_stdout_and_the_summary_goes_to_stderr(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    result = run_cli(str(d), "--jobs", "1")
    assert result.exit_code in (0, 1), result.output
    recs = lines(result.stdout)
    assert len(recs) == len(ARTICLES)
    assert "articles" in result.stderr and "findings" in result.stderr


def test_directories_are_searched_recursively_with_globs_and_no_file_is_checked_twice(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    (d / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    found = discover([d])
    assert {Path(p).name for p in found} == set(ARTICLES)  # .txt and .md by default, not .csv
    assert [Path(p).name for p in discover([d], ["*.md"])] == ["budget.md"]
    twice = discover([d, d / "drones.txt", str(d / "drones.txt")])
    assert len(twice) == len(set(twice)) == len(ARTICLES)
    assert discover([d], ["sub/*.txt"]) == sorted(discover([d], ["sub/*.txt"]))
    assert {Path(p).parent.name for p in discover([d], ["sub/*.txt"])} == {"sub"}


# --------------------------------------------------------------------------- bad files


def test_an_unreadable_file_is_reported_in_its_line_and_the_scan_goes_on(tmp_path: Path) -> None:
    d = corpus(tmp_path, {"binary.txt": bytes(range(256)) * 8})
    os.symlink(d / "gone.txt", d / "dangling.txt")  # a file listed but gone when read
    out = tmp_path / "scan.jsonl"
    result = run_cli(str(d), "--output", str(out), "--jobs", "2")
    recs = {Path(r["path"]).name: r for r in read_records(out)}
    assert set(recs) == set(ARTICLES) | {"binary.txt", "dangling.txt"}
    for bad in ("binary.txt", "dangling.txt"):
        assert recs[bad]["error"].startswith(recs[bad]["path"] + ":")  # the path as the user gave it
        assert recs[bad]["findings"] == []
    assert all(recs[name]["error"] is None for name in ARTICLES)
    assert result.exit_code == 1  # something could not be checked
    assert "Not checked (2)" in result.stdout


def test_a_worker_that_dies_costs_only_its_own_article(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    paths = discover([d])
    results = run_local(paths, ConfigSpec(), jobs=2, task=_die_on_quiet, start_method="fork")
    recs = {r["path"]: r for r in results}
    assert set(recs) == set(paths)
    for path, rec in recs.items():
        if path.endswith("quiet.txt"):
            assert rec["error"] == f"{path}: the worker process died while checking this file"
        else:
            assert rec["error"] is None
            assert rec["findings"] == [f.model_dump(mode="json") for f in check_paths([path]).findings]


def _die_on_quiet(path: str, spec: ConfigSpec) -> dict[str, Any]:
    if path.endswith("quiet.txt"):
        os._exit(3)  # what a segfault or the OOM killer looks like to the pool
    return check_one(path, spec)


@pytest.mark.parametrize(
    "args, message",
    [
        (["does-not-exist"], "does-not-exist: no such file or directory"),
        (["{d}", "--engine", "spark"], "unknown engine"),
        (["{d}", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
        (["{d}", "--jobs", "0"], "--jobs 0"),
        (["{d}", "--glob", "*.pdf"], "no files to scan"),
        (["{d}", "--output", "{d}"], "is a directory"),
        (["{d}", "--rules", "{d}/no-such-pack"], "rule pack directory not found"),
    ],
)
def test_user_mistakes_exit_2_with_one_line_naming_the_problem(
    tmp_path: Path, args: list[str], message: str
) -> None:
    d = corpus(tmp_path)
    result = run_cli(*[a.format(d=d) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------- resume


def test_rerun_after_a_crash_skips_done_articles_and_drops_the_torn_last_line(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    out = tmp_path / "scan.jsonl"
    run_cli(str(d), "--output", str(out), "--jobs", "1")
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(full) == len(ARTICLES)
    # the crash: two lines made it, the third was half written; mark the first so a re-check would show
    first = json.loads(full[0])
    first["claims"] = 999
    out.write_text(json.dumps(first) + "\n" + full[1] + full[2][: len(full[2]) // 2], encoding="utf-8")

    result = run_cli(str(d), "--output", str(out), "--jobs", "2")
    assert result.exit_code in (0, 1), result.output
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n")
    recs = lines(text)  # every line parses: the torn one is gone
    assert sorted(r["path"] for r in recs) == sorted(json.loads(x)["path"] for x in full)
    assert recs[0] == first  # not checked again
    assert "from a previous run" in result.stdout


def test_rerun_of_a_finished_scan_adds_nothing(tmp_path: Path) -> None:
    d = corpus(tmp_path)
    out = tmp_path / "scan.jsonl"
    first = run_cli(str(d), "--output", str(out))
    before = out.read_bytes()
    again = run_cli(str(d), "--output", str(out))
    assert out.read_bytes() == before
    assert again.exit_code == first.exit_code
    assert f"{len(ARTICLES)} articles (0 checked now" in again.stdout


def test_a_scan_killed_mid_run_resumes_with_every_article_exactly_once(tmp_path: Path) -> None:
    d = _bench_articles(tmp_path, 80)
    out = tmp_path / "scan.jsonl"
    cmd = [sys.executable, "-m", "numcheck", "scan", str(d), "--output", str(out), "--jobs", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 5:
                break
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the scan and its workers, with no chance to tidy up
        proc.wait()
    done_before = len(read_records(out))
    assert done_before >= 5

    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    recs = read_records(out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(recs)  # no torn or broken line left
    assert sorted(r["path"] for r in recs) == sorted(discover([d]))  # every article exactly once
    assert f"{done_before} from a previous run" in result.stdout or done_before == 80


def test_output_log_keeps_complete_lines_and_skips_a_damaged_one(tmp_path: Path) -> None:
    out = tmp_path / "scan.jsonl"
    good = [{"path": f"a{i}.txt", "claims": i, "findings": [], "cited": {}, "error": None} for i in range(3)]
    torn = json.dumps(good[2])[:9]
    damaged = json.dumps(good[0]) + "\n{not json\n" + json.dumps(good[1]) + "\n" + torn
    out.write_text(damaged, encoding="utf-8")
    log = OutputLog(out)
    previous = log.open()
    log.write(good[2])
    log.close()
    assert previous == good[:2]
    assert log.done == {os.path.abspath("a0.txt"), os.path.abspath("a1.txt")}
    assert read_records(out) == good
    assert log.fsyncs >= 1


# --------------------------------------------------------------------------- summary


def test_summary_counts_findings_by_category_and_rule_and_names_the_top_files() -> None:
    def finding(rule: str, category: str, severity: str = "error") -> dict[str, Any]:
        return {"rule": rule, "category": category, "severity": severity, "message": "m", "claims": []}

    tally = Tally()
    tally.add(
        {
            "path": "a.txt",
            "claims": 5,
            "findings": [finding("NC101", "internal-inconsistency")] * 3,
            "error": None,
        },
        previous=True,
    )
    tally.add(
        {
            "path": "b.txt",
            "claims": 2,
            "findings": [finding("NC301", "conversion-error", "warning")],
            "error": None,
        }
    )
    tally.add({"path": "c.txt", "claims": 0, "findings": [], "error": "c.txt: not UTF-8 text"})
    assert (tally.articles, tally.previous, tally.claims, tally.findings, tally.failed) == (3, 1, 7, 4, 1)
    assert tally.by_category == {"internal-inconsistency": 3, "conversion-error": 1}
    assert tally.by_rule == {"NC101": 3, "NC301": 1}
    assert tally.reaches("error") and tally.reaches("warning") and not tally.reaches("never")
    assert not Tally(by_severity=tally.by_severity.__class__({"warning": 1})).reaches("error")

    console = Console(record=True, width=140)
    render_summary(tally, elapsed=2.0, new=2, console=console)
    text = console.export_text()
    for expected in (
        "3 articles",
        "1 from a previous run",
        "4 findings",
        "Findings by category",
        "internal-inconsistency",
        "Findings by rule",
        "NC101",
        "Top files",
        "a.txt",
        "Not checked (1)",
        "c.txt: not UTF-8 text",
    ):
        assert expected in text
    assert text.index("a.txt") < text.index("b.txt")  # most findings first


# --------------------------------------------------------------------------- dask


def _bench_articles(tmp_path: Path, n: int) -> Path:
    """n varied news-like articles from bench/make_corpus.py (planted discrepancies included)."""
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "bench" / "make_corpus.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = mod
    spec.loader.exec_module(mod)
    d = tmp_path / "bench"
    d.mkdir()
    for i in range(n):
        (d / f"{i:03d}.txt").write_text(mod.article(11, i).text(), encoding="utf-8")
    return d


def test_dask_engine_on_a_local_cluster_finds_exactly_what_the_local_engine_finds(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    d = _bench_articles(tmp_path, 16)
    (d / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8" * 50 + bytes(range(32)))
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    local = run_cli(str(d), "--output", str(local_out), "--jobs", "2")
    dask = run_cli(str(d), "--engine", "dask", "--jobs", "2", "--output", str(dask_out))
    assert dask.exit_code == local.exit_code, dask.output
    by_local = {r["path"]: comparable(r) for r in read_records(local_out)}
    by_dask = {r["path"]: comparable(r) for r in read_records(dask_out)}
    assert len(by_local) == 17
    assert by_dask == by_local
    # and both are what `check` says of each article on its own
    for path, rec in by_local.items():
        if rec[3] is None:
            assert json.loads(rec[1]) == [f.model_dump(mode="json") for f in check_paths([path]).findings]


def test_dask_engine_with_an_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    d = corpus(tmp_path)
    with pytest.raises(InputError, match="tcp://127.0.0.1:9: cannot connect"):
        from numcheck.scan import run_dask

        list(run_dask(discover([d]), ConfigSpec(), 1, "tcp://127.0.0.1:9", connect_timeout="2s"))
