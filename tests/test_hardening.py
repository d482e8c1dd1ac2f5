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

DENSE = "12 " * 20_000  # 60 kB of bare figures: seconds and hundreds of megabytes to check


def test_check_stops_a_document_past_its_time_limit_with_one_line(work: Path):
    (work / "dense.txt").write_text(DENSE)
    err = one_line_error(run(work, "check", "dense.txt", "--time-limit", "1"), "dense.txt")
    assert "stopped after 1 s, the time limit for one document (--time-limit" in err


def test_check_stops_a_document_past_its_memory_limit_with_one_line(work: Path):
    (work / "dense.txt").write_text(DENSE)
    err = one_line_error(run(work, "check", "dense.txt", "--memory-limit", "60"), "dense.txt")
    assert "stopped at 60 MB, the memory limit for one document (--memory-limit" in err


def test_scan_reports_an_article_over_budget_and_checks_the_next(work: Path):
    (work / "a-dense.txt").write_text(DENSE)
    res = run(work, "scan", ".", "-j", "1", "-o", "out.jsonl", "--time-limit", "1")
    assert res.returncode == 1, res.stderr
    recs = {rec["path"]: rec for rec in map(json.loads, (work / "out.jsonl").read_text().splitlines())}
    assert recs["a-dense.txt"]["error"].startswith("a-dense.txt: stopped after 1 s, the time limit")
    assert recs["good.txt"]["error"] is None and recs["good.txt"]["claims"] >= 2


def test_the_budget_is_restored_after_the_document():
    import resource

    from numcheck.budget import Budget, document_budget
    from numcheck.errors import InputError

    before = resource.getrlimit(resource.RLIMIT_AS)
    with document_budget("x.txt", Budget(5, 500)):
        pass
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    with pytest.raises(InputError, match="x.txt: stopped at 10 MB"):
        with document_budget("x.txt", Budget(None, 10)):
            _ = bytearray(50 * 1024 * 1024)
    assert resource.getrlimit(resource.RLIMIT_AS) == before


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
