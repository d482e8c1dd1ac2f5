"""Issue 12: the gate's limits are `numcheck serve` options. Each reaches the server's settings; a
bad value is one line on stderr naming the option, exit status 2, and the server never starts."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from typer.testing import CliRunner

pytest.importorskip("fastapi", reason="the serve extra is not installed")

from numcheck import serve as serve_module  # noqa: E402
from numcheck.cli import app  # noqa: E402
from numcheck.serve import GateSettings  # noqa: E402


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[GateSettings]:
    """The settings `numcheck serve` would have started the server with (it is not started)."""
    seen: list[GateSettings] = []

    def fake_serve(host: str, port: int, config: Any, rules: Any, settings: GateSettings) -> None:
        seen.append(settings)

    monkeypatch.setattr(serve_module, "serve_command", fake_serve)
    return seen


def test_every_limit_option_reaches_the_gate_settings(started: list[GateSettings]) -> None:
    args = ["serve", "--workers", "3", "--timeout", "4.5", "--max-body", "1000", "--memory-limit", "300"]
    args += ["--header-timeout", "2", "--body-timeout", "7.5", "--max-connections", "50"]
    args += ["--max-buffered", "123456", "--max-pending", "9", "--queue-timeout", "11"]
    args += ["--recycle-after", "40", "--startup-timeout", "33"]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    st = started[0]
    got = (st.workers, st.timeout_s, st.max_body_bytes, st.memory_mb, st.header_timeout_s, st.body_timeout_s)
    assert got == (3, 4.5, 1000, 300, 2.0, 7.5)
    got = (st.max_connections, st.max_buffered_bytes, st.max_pending, st.queue_timeout_s, st.recycle_after)
    assert got == (50, 123456, 9, 11.0, 40)
    assert st.startup_timeout_s == 33.0


def test_without_options_the_gate_keeps_its_defaults(started: list[GateSettings]) -> None:
    res = CliRunner().invoke(app, ["serve"])
    assert res.exit_code == 0, res.output
    st, default = started[0], GateSettings()
    for name in ("timeout_s", "max_body_bytes", "memory_mb", "header_timeout_s", "body_timeout_s"):
        assert getattr(st, name) == getattr(default, name), name
    for name in ("max_connections", "max_buffered_bytes", "max_pending", "queue_timeout_s"):
        assert getattr(st, name) == getattr(default, name), name
    assert (st.recycle_after, st.startup_timeout_s, st.workers) == (
        default.recycle_after,
        default.startup_timeout_s,
        default.workers,
    )


def test_a_memory_limit_of_zero_turns_the_limit_off(started: list[GateSettings]) -> None:
    res = CliRunner().invoke(app, ["serve", "--memory-limit", "0"])
    assert res.exit_code == 0, res.output
    assert started[0].memory_mb is None


def test_the_help_gives_each_limit_and_the_default_the_gate_uses() -> None:
    res = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "250"})
    default = GateSettings()
    shown = " ".join(res.output.split())
    for option, value in [
        ("--header-timeout", f"(default {default.header_timeout_s:g})"),
        ("--body-timeout", f"(default {default.body_timeout_s:g})"),
        ("--max-connections", f"(default {default.max_connections:,})"),
        ("--max-buffered", f"(default {default.max_buffered_bytes:,})"),
        ("--memory-limit", f"(default {default.memory_mb:,})"),
        ("--max-pending", f"(default {default.max_pending:,})"),
        ("--queue-timeout", f"(default {default.queue_timeout_s:g})"),
        ("--recycle-after", f"(default {default.recycle_after:,})"),
        ("--startup-timeout", f"(default {default.startup_timeout_s:g})"),
        ("--timeout", f"(default {default.timeout_s:g})"),
        ("--max-body", f"(default {default.max_body_bytes:,})"),
    ]:
        assert option in shown
        assert value in shown.split(option, 1)[1], option


@pytest.mark.parametrize(
    "args, message",
    [
        (["--header-timeout", "abc"], "--header-timeout: expected a number of seconds above 0, not 'abc'"),
        (["--body-timeout", "0"], "--body-timeout: expected a number of seconds above 0, not '0'"),
        (["--timeout", "-3"], "--timeout: expected a number of seconds above 0, not '-3'"),
        (["--queue-timeout", "nan"], "--queue-timeout: expected a number of seconds above 0, not 'nan'"),
        (["--startup-timeout", "inf"], "--startup-timeout: expected a number of seconds above 0, not 'inf'"),
        (
            ["--max-connections", "2.5"],
            "--max-connections: expected a whole number of connections above 0, not '2.5'",
        ),
        (["--max-buffered", "1e9"], "--max-buffered: expected a whole number of bytes above 0, not '1e9'"),
        (["--max-body", "0"], "--max-body: expected a whole number of bytes above 0, not '0'"),
        (
            ["--memory-limit", "-1"],
            "--memory-limit: expected a whole number of megabytes above 0 (0: no limit), not '-1'",
        ),
        (["--max-pending", "x"], "--max-pending: expected a whole number of checks above 0, not 'x'"),
        (["--recycle-after", "0"], "--recycle-after: expected a whole number of checks above 0, not '0'"),
        (["--workers", "0"], "--workers: expected a whole number of processes above 0, not '0'"),
    ],
)
def test_a_bad_limit_is_one_line_naming_the_option_and_exit_2(
    started: list[GateSettings], args: list[str], message: str
) -> None:
    res = CliRunner().invoke(app, ["serve", *args])
    assert res.exit_code == 2
    assert res.stderr == f"numcheck: error: {message}\n"
    assert not started


def test_a_bad_limit_through_the_real_command_line_is_one_line_with_no_traceback() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NUMCHECK")}
    res = subprocess.run(
        [sys.executable, "-m", "numcheck", "serve", "--header-timeout", "soon"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert res.returncode == 2
    assert (
        res.stderr == "numcheck: error: --header-timeout: expected a number of seconds above 0, not 'soon'\n"
    )
    assert res.stdout == ""
