"""Issue 12: every engine keeps the per-document budget. A Dask worker checks articles in a thread of
its thread pool, where the main thread's timer and signal cannot reach; there a watchdog thread
stops the check, with the same one line as the process engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from numcheck.budget import Budget, document_budget
from numcheck.errors import InputError

DENSE = "12 " * 20_000  # 60 kB of bare figures: seconds and hundreds of megabytes to check
GOOD = "Zelenskyy said about 11,000 North Korean soldiers were in Kursk. Russia fired 145 drones.\n"


def in_a_thread(body: object) -> BaseException | object:
    """What `body()` returns or raises, run in a thread that is not the main one."""
    out: list[BaseException | object] = []

    def run() -> None:
        try:
            out.append(body())  # type: ignore[operator]
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            out.append(exc)

    t = threading.Thread(target=run)
    t.start()
    t.join(60)
    assert not t.is_alive()
    return out[0]


def busy_forever() -> None:
    with document_budget("x.txt", Budget(0.3, None)):
        while True:
            sum(range(1000))


def test_a_check_in_another_thread_is_stopped_at_its_time_limit_with_the_one_line():
    got = in_a_thread(busy_forever)
    assert isinstance(got, InputError)
    assert str(got) == (
        "x.txt: stopped after 0.3 s, the time limit for one document (--time-limit; 0 for none)"
    )


def test_a_check_in_another_thread_is_stopped_at_its_memory_limit_with_the_one_line():
    def grow() -> None:
        with document_budget("x.txt", Budget(None, 30)):
            held = []
            for _ in range(4000):  # grows until the watchdog stops it
                held.append(bytearray(1024 * 1024))

    got = in_a_thread(grow)
    assert isinstance(got, InputError)
    assert str(got).startswith("x.txt: stopped at 30 MB, the memory limit for one document")


def test_a_check_in_another_thread_within_its_budget_is_untouched_and_nothing_arrives_later():
    def quick() -> str:
        import numcheck

        numcheck.extract(GOOD)  # the rule pack is loaded once, outside the budget
        with document_budget("x.txt", Budget(0.5, 500)):
            surfaces = [c.surface for c in numcheck.extract(GOOD)]
        threading.Event().wait(1.0)  # longer than the time limit: no stray exception arrives
        return ", ".join(surfaces)

    assert in_a_thread(quick) == "11,000, 145"


def test_other_errors_pass_through_the_thread_budget_unchanged():
    def fails() -> None:
        with document_budget("x.txt", Budget(5, 500)):
            raise InputError("x.txt: not UTF-8")

    got = in_a_thread(fails)
    assert isinstance(got, InputError) and str(got) == "x.txt: not UTF-8"


def test_scan_on_dask_reports_an_article_over_budget_and_checks_the_next(tmp_path: Path):
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    (tmp_path / "a-dense.txt").write_text(DENSE, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUMCHECK")}
    res = subprocess.run(
        [sys.executable, "-m", "numcheck", "scan", ".", "--engine", "dask", "-j", "1"]
        + ["-o", "out.jsonl", "--time-limit", "1"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )
    assert res.returncode == 1, res.stderr
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    recs = {rec["path"]: rec for rec in map(json.loads, lines)}
    assert recs["a-dense.txt"]["error"] == (
        "a-dense.txt: stopped after 1 s, the time limit for one document (--time-limit; 0 for none)"
    )
    assert recs["good.txt"]["error"] is None and recs["good.txt"]["claims"] >= 2
