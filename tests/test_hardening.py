"""Issue 12: bounded work per document and safe files, through the real command line where it matters.
Every refusal is one line on stderr naming the file (and line), exit status 2, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "Zelenskyy said about 11,000 North Korean soldiers were in Kursk. Russia fired 145 drones.\n"


def run(
    cwd: Path, *args: str, timeout: float = 120, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUMCHECK")} | (extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "numcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def one_line_error(res: subprocess.CompletedProcess[str], *names: str) -> str:
    err = res.stderr.strip()
    assert res.returncode == 2, (res.returncode, res.stderr)
    assert "Traceback" not in res.stderr
    assert len(err.splitlines()) == 1, err
    for name in names:
        assert name in err, (name, err)
    return err


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


# ------------------------------------------------------------------------------- only regular files


def test_a_fifo_named_like_a_draft_is_refused_at_once_not_waited_on(work: Path):
    os.mkfifo(work / "x.txt")
    err = one_line_error(run(work, "check", "x.txt", timeout=60), "x.txt")
    assert "FIFO" in err


def test_scan_reports_a_fifo_and_goes_on_with_the_next_article(work: Path):
    os.mkfifo(work / "a.txt")
    res = run(work, "scan", ".", "-j", "1", "-o", "out.jsonl", timeout=120)
    assert res.returncode == 1, res.stderr
    lines = (work / "out.jsonl").read_text().splitlines()
    by_path = {rec["path"]: rec for rec in map(json.loads, lines)}
    assert by_path["a.txt"]["error"] == "a.txt: not a regular file (a FIFO); only files are read"
    assert by_path["good.txt"]["error"] is None and by_path["good.txt"]["claims"] >= 2


# ------------------------------------------------------------------------------------- YAML alias bombs


def _bomb(levels: int = 9, width: int = 9) -> str:
    lines = ["a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_in_a_rule_pack_is_refused_with_file_and_line(work: Path):
    (work / "pack").mkdir()
    (work / "pack" / "hedges.yaml").write_text(_bomb(), encoding="utf-8")
    err = one_line_error(run(work, "check", "good.txt", "--rules", "pack", timeout=60), "hedges.yaml:5")
    assert "aliases expand to more than 10,000 nodes" in err


def test_an_alias_bomb_in_a_facts_file_is_refused_with_file_and_line(work: Path):
    (work / "facts.yaml").write_text(
        "facts:\n  - measurand: drones\n    value: 145 drones\n" + _bomb(), encoding="utf-8"
    )
    err = one_line_error(run(work, "check", "good.txt", "--facts", "facts.yaml", timeout=60), "facts.yaml:8")
    assert "aliases" in err


def test_a_recursive_alias_is_refused():
    from numcheck.errors import ConfigError
    from numcheck.rulepack import parse_yaml

    with pytest.raises(ConfigError, match=r"x\.yaml:2: .*recursive alias"):
        parse_yaml(Path("x.yaml"), "a: &a\n  b: *a\n")


def test_a_few_ordinary_aliases_still_work():
    from numcheck.rulepack import parse_yaml

    data, _ = parse_yaml(Path("x.yaml"), "base: &b {severity: warning}\nNC301: *b\nNC302: *b\n")
    assert data["NC302"] == {"severity": "warning"}


# ------------------------------------------------------------------------- a budget per document

DENSE = "12 " * 20_000  # 60 kB of bare figures: seconds and tens of megabytes to check


def test_check_stops_a_document_past_its_time_limit_with_one_line(work: Path):
    (work / "dense.txt").write_text(DENSE)
    err = one_line_error(run(work, "check", "dense.txt", "--time-limit", "1"), "dense.txt")
    assert "stopped after 1 s, the time limit for one document (--time-limit" in err


def test_check_stops_a_document_past_its_memory_limit_with_one_line(work: Path):
    (work / "dense.txt").write_text(DENSE)
    err = one_line_error(run(work, "check", "dense.txt", "--memory-limit", "20"), "dense.txt")
    assert "stopped at 20 MB, the memory limit for one document (--memory-limit" in err


def test_scan_reports_an_article_over_budget_and_checks_the_next(work: Path):
    (work / "a-dense.txt").write_text(DENSE)
    res = run(work, "scan", ".", "-j", "1", "-o", "out.jsonl", "--time-limit", "1")
    assert res.returncode == 1, res.stderr
    recs = {rec["path"]: rec for rec in map(json.loads, (work / "out.jsonl").read_text().splitlines())}
    assert recs["a-dense.txt"]["error"].startswith("a-dense.txt: stopped after 1 s, the time limit")
    assert recs["good.txt"]["error"] is None and recs["good.txt"]["claims"] >= 2


@pytest.mark.parametrize(
    "args",
    [
        ["check", "good.txt", "--time-limit", "inf"],
        ["check", "good.txt", "--time-limit", "nan"],
        ["check", "good.txt", "--time-limit", "1e308"],
        ["check", "good.txt", "--memory-limit", str(10**21)],
        ["scan", ".", "-o", "out.jsonl", "--time-limit", "inf"],
    ],
)
def test_a_limit_the_budget_cannot_keep_is_one_line_naming_the_option(work: Path, args: list[str]):
    option = args[-2]
    err = one_line_error(run(work, *args), option)
    assert "0: no limit" in err
    assert not (work / "out.jsonl").exists()


def test_a_time_limit_that_runs_out_before_the_check_starts_is_still_one_line():
    # a microsecond's timer fires on the way into the check, before its first line runs
    script = """
import time
from numcheck.budget import Budget, document_budget
from numcheck.errors import InputError
for _ in range(20):
    try:
        with document_budget("x.txt", Budget(1e-6, None)):
            time.sleep(0.05)
    except InputError as exc:
        assert str(exc).startswith("x.txt: stopped after 1e-06 s"), exc
"""
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr


def test_the_budget_is_restored_after_the_document():
    # in a fresh interpreter: a long-lived one may serve the allocation from memory it already holds
    script = """
import resource, signal
from numcheck.budget import Budget, document_budget
from numcheck.errors import InputError
before = resource.getrlimit(resource.RLIMIT_AS)
with document_budget("x.txt", Budget(5, 500)):
    pass
assert resource.getrlimit(resource.RLIMIT_AS) == before
assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
try:
    with document_budget("x.txt", Budget(None, 10)):
        held = [bytearray(1024 * 1024) for _ in range(4000)]  # grows until the watchdog stops it
except InputError as exc:
    print(exc)
assert resource.getrlimit(resource.RLIMIT_AS) == before
"""
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("x.txt: stopped at 10 MB, the memory limit for one document")


# ------------------------------------------------------------------------------ a corrupt pint cache


@pytest.mark.parametrize(
    "content", ['{"kilometre": []}', "{not json", '["a list"]', '{"kilometre": [1, 0, 5]}']
)
def test_a_corrupt_unit_cache_is_rebuilt_with_one_warning(work: Path, content: str):
    from importlib.metadata import version

    cache = work / "cache"
    cache.mkdir()
    (cache / f"pint-si-{version('pint')}.json").write_text(content)
    (work / "km.txt").write_text("The town is about 12 km from the border.\n")
    env = {"NUMCHECK_CACHE_DIR": str(cache)}
    first = run(work, "check", "km.txt", "--format", "json", extra_env=env)
    assert first.returncode == 0, first.stderr
    assert first.stderr.count("unit cache is corrupt; rebuilding it") == 1
    assert json.loads(first.stdout)["claims"][0]["si_value"] == 12000
    again = run(work, "check", "km.txt", "--format", "json", extra_env=env)
    assert again.returncode == 0 and again.stderr == ""


# ------------------------------------------------------------------------------ --output, written through


def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(work: Path):
    (work / "real.json").write_text("{}")
    (work / "real.json").chmod(0o640)
    (work / "link.json").symlink_to("real.json")
    res = run(work, "check", "good.txt", "-f", "json", "-o", "link.json")
    assert res.returncode == 0, res.stderr
    assert (work / "link.json").is_symlink()
    assert json.loads((work / "real.json").read_text())["claims"]
    assert (work / "real.json").stat().st_mode & 0o777 == 0o640  # an existing file keeps its mode


def test_a_new_output_file_gets_the_umask_mode_not_0600(work: Path):
    from numcheck.fsutil import atomic_write

    old = os.umask(0o027)
    try:
        atomic_write(work / "new.json", "{}\n")
    finally:
        os.umask(old)
    assert (work / "new.json").stat().st_mode & 0o777 == 0o640


def test_output_to_a_fifo_is_written_directly_not_replaced(work: Path):
    import threading

    from numcheck.fsutil import atomic_write

    fifo = work / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    atomic_write(fifo, "report\n")
    reader.join(10)
    assert got == ["report\n"]
    assert fifo.is_fifo()


def test_sigterm_during_the_write_leaves_no_temporary_file(work: Path):
    (work / "out.json").write_text("old\n")
    script = (
        "import os, signal, sys\n"
        "import numcheck.fsutil as f\n"
        "f.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGTERM)\n"
        f"f.atomic_write({str(work / 'out.json')!r}, 'new\\n')\n"
        "sys.exit(0)\n"
    )
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert res.returncode == -15, res.stderr  # still dies of the signal
    assert sorted(p.name for p in work.iterdir()) == ["good.txt", "out.json"]
    assert (work / "out.json").read_text() == "old\n"


def test_check_refuses_to_overwrite_its_draft_unless_forced(work: Path):
    err = one_line_error(run(work, "check", "good.txt", "-o", "good.txt"), "good.txt", "--force")
    assert "refusing to overwrite" in err
    assert (work / "good.txt").read_text() == GOOD
    forced = run(work, "check", "good.txt", "-o", "good.txt", "--force")
    assert forced.returncode == 0 and (work / "good.txt").read_text() != GOOD


def test_scan_refuses_to_replace_a_file_that_is_not_a_scan_output(work: Path):
    (work / "notes.md").write_text("# my notes\n\nkeep these\n")
    one_line_error(run(work, "scan", "good.txt", "-o", "notes.md"), "notes.md", "--force")
    assert (work / "notes.md").read_text() == "# my notes\n\nkeep these\n"
    forced = run(work, "scan", "good.txt", "-o", "notes.md", "--force")
    assert forced.returncode == 0, forced.stderr
    assert [json.loads(x)["path"] for x in (work / "notes.md").read_text().splitlines()] == ["good.txt"]


def test_resume_keeps_every_complete_line_and_drops_only_the_torn_last_one(work: Path):
    (work / "b.txt").write_text("Officials said 40 people were hurt.\n")
    from numcheck.config import load_config
    from numcheck.scan import run_key

    # a line this numcheck wrote under this configuration (the default): the resume keeps it
    done = {
        "path": "good.txt",
        "claims": 2,
        "findings": [],
        "cited": {},
        "error": None,
        "ms": 1.0,
        "run": run_key(load_config(discover=False)),
    }
    (work / "out.jsonl").write_text(json.dumps(done) + "\n" + '{"path": "b.txt", "claims": 1, "fi')
    res = run(work, "scan", "good.txt", "b.txt", "-o", "out.jsonl")
    assert res.returncode == 0, res.stderr
    lines = [json.loads(x) for x in (work / "out.jsonl").read_text().splitlines()]
    assert lines[0] == done  # kept as it was, not redone
    assert [x["path"] for x in lines] == ["good.txt", "b.txt"]


# ------------------------------------------------------------------- control characters on a terminal

ESCAPES = "About \x1b[31m31 officials said the fire burned 10 miles (40 km) of forest.\x07\r\n"


@pytest.mark.parametrize("args", [["extract"], ["check"], ["check", "-f", "github"]])
def test_control_characters_from_a_draft_or_its_name_are_printed_escaped(work: Path, args: list[str]):
    name = "bad\x1b]0;title\x07.txt"
    (work / name).write_text(ESCAPES)
    res = run(work, *args, name)
    assert res.returncode in (0, 1), res.stderr
    assert not [ch for ch in res.stdout if ch in "\x1b\x07\r"]
    assert "\\x07" in res.stdout  # a stray control character in the draft: shown, as text
    assert "bad\\x1b]0;title\\x07.txt" in res.stdout


def test_a_terminal_colour_code_in_a_draft_is_not_a_figure_and_hides_none():
    from numcheck.api import extract

    claims = extract("The council hired \x1b[1;31m12 officials\x1b[0m in May, \x1b]0;run 42\x07and 3 more.")
    assert [(c.value, c.surface, c.counts) for c in claims] == [(12, "12", "official"), (3, "3", None)]


def test_printable_keeps_tabs_newlines_and_unicode():
    from numcheck.report.common import printable

    assert printable("a\tb\nc — ٣٤٥ \x1b[0m\x9b\x7f") == "a\tb\nc — ٣٤٥ \\x1b[0m\\x9b\\x7f"


@pytest.mark.parametrize(
    "option, name",
    [
        ("--config", "numcheck.toml"),
        ("--facts", "facts.yaml"),
        ("--baseline", "baseline.json"),
        ("--source", "source.txt"),
    ],
)
def test_a_fifo_given_as_any_input_file_is_refused_at_once(work: Path, option: str, name: str):
    os.mkfifo(work / name)
    err = one_line_error(run(work, "check", "good.txt", option, name, timeout=60), name)
    assert "regular file" in err


def test_a_fifo_in_a_rule_pack_is_refused_at_once(work: Path):
    (work / "pack").mkdir()
    os.mkfifo(work / "pack" / "hedges.yaml")
    one_line_error(
        run(work, "check", "good.txt", "--rules", "pack", timeout=60), "hedges.yaml", "regular file"
    )
