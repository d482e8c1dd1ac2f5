"""Issue 12, the gate: a real `numcheck serve` on loopback for what lives in the transport (header and
body deadlines, the connection cap, clients that go away, workers killed from outside, SIGTERM), and
the app in process for the rest (tokens, clear 400s, the security headers, start-up refusals)."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the gate needs the serve extra (fastapi, uvicorn)")

from fastapi.testclient import TestClient  # noqa: E402

from numcheck.serve import GateSettings, RateLimit, create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
JSON = {"Content-Type": "application/json"}
SLOW_DRAFT = "12 " * 40_000  # bare figures: tens of seconds of checking


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Gate:
    def __init__(self, **settings: Any) -> None:
        self.port = free_port()
        self.log = Path(os.environ.get("TMPDIR", "/tmp")) / f"numcheck-gate-{self.port}.log"
        code = (
            "from numcheck.serve import GateSettings, serve_command\n"
            f"serve_command('127.0.0.1', {self.port}, settings=GateSettings(**{settings!r}))\n"
        )
        env = {k: v for k, v in os.environ.items() if k != "NUMCHECK_TOKEN"}
        self.logfh = open(self.log, "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=self.logfh, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if self.get("/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"the gate did not start: {self.log.read_text()}")

    def get(self, path: str) -> tuple[int, dict[str, Any]]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=30) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def post(self, text: str, timeout: float = 60) -> tuple[int, dict[str, Any]]:
        data = json.dumps({"draft": {"text": text}}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/v1/check", data=data, headers=JSON)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            assert e.headers["content-type"].startswith("application/json")
            return e.code, json.loads(e.read())

    def worker_pids(self) -> list[int]:
        out = subprocess.run(["ps", "-ww", "-eo", "pid,ppid,args"], capture_output=True, text=True).stdout
        rows = [line.split(None, 2) for line in out.splitlines()[1:]]
        forkservers = {r[0] for r in rows if r[1] == str(self.proc.pid) and "forkserver" in r[2]}
        return [int(r[0]) for r in rows if r[1] in forkservers]

    def log_text(self) -> str:
        self.logfh.flush()
        return self.log.read_text()

    def wait_for_log(self, needle: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while needle not in self.log_text():
            assert time.monotonic() < deadline, f"{needle!r} not in the log:\n{self.log_text()}"
            time.sleep(0.2)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.logfh.close()


@pytest.fixture(scope="module")
def gate() -> Iterator[Gate]:
    g = Gate(workers=1, header_timeout_s=2.0, body_timeout_s=3.0, max_connections=40, timeout_s=60.0)
    try:
        yield g
    finally:
        g.stop()
        g.log.unlink(missing_ok=True)


def _closed_by_server(s: socket.socket, within: float) -> bool:
    s.settimeout(within)
    try:
        return s.recv(1024) == b""
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


@pytest.mark.slow
def test_a_connection_that_never_finishes_its_headers_is_closed(gate: Gate) -> None:
    s = socket.create_connection(("127.0.0.1", gate.port))
    s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n")  # ... and nothing more
    assert _closed_by_server(s, within=30)
    s.close()


@pytest.mark.slow
def test_a_body_that_stalls_gets_408_as_json(gate: Gate) -> None:
    s = socket.create_connection(("127.0.0.1", gate.port))
    s.sendall(
        b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b'Content-Length: 1000\r\n\r\n{"draft": '
    )
    s.settimeout(30)
    answer = b""
    while b"}" not in answer:
        chunk = s.recv(4096)
        if not chunk:
            break
        answer += chunk
    s.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408")
    assert json.loads(body)["error"] == "request_timeout"


@pytest.mark.slow
def test_connections_past_the_cap_are_closed_and_the_gate_still_answers(gate: Gate) -> None:
    socks = [socket.create_connection(("127.0.0.1", gate.port)) for _ in range(60)]
    try:
        closed = sum(_closed_by_server(s, within=1.0) for s in socks[-15:])
        assert closed == 15  # the 41st connection onwards
    finally:
        for s in socks:
            s.close()
    assert gate.get("/healthz")[0] == 200


@pytest.mark.slow
def test_a_check_whose_client_has_gone_is_stopped(gate: Gate) -> None:
    data = json.dumps({"draft": {"text": SLOW_DRAFT}}).encode()
    s = socket.create_connection(("127.0.0.1", gate.port))
    s.sendall(
        b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n" % len(data) + data
    )
    time.sleep(1.0)
    s.close()
    gate.wait_for_log("a check was stopped: its client had gone")
    status, report = gate.post("About 12 soldiers were hurt.")
    assert status == 200 and report["summary"]["claims"] == 1


@pytest.mark.slow
def test_a_worker_killed_from_outside_is_replaced_and_healthz_says_so(gate: Gate) -> None:
    (pid,) = gate.worker_pids()
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 60
    while True:
        status, health = gate.get("/healthz")
        if health["workers"] == 1 and gate.worker_pids() not in ([], [pid]):
            break
        assert health["workers"] in (0, 1)
        assert time.monotonic() < deadline, health
        time.sleep(0.2)
    assert gate.post("About 12 soldiers were hurt.")[0] == 200


@pytest.mark.slow
def test_sigterm_answers_the_check_in_flight_and_refuses_the_waiting_one_as_json() -> None:
    g = Gate(workers=1, timeout_s=60.0)
    try:
        results: dict[str, tuple[int, dict[str, Any]]] = {}
        first = threading.Thread(target=lambda: results.__setitem__("inflight", g.post("12 " * 6000)))
        first.start()
        time.sleep(1.0)
        second = threading.Thread(target=lambda: results.__setitem__("waiting", g.post("About 12 troops.")))
        second.start()
        time.sleep(0.5)
        g.proc.send_signal(signal.SIGTERM)
        first.join(60)
        second.join(60)
        assert results["inflight"][0] == 200
        assert results["waiting"] == (
            503,
            {"error": "shutting_down", "message": results["waiting"][1]["message"]},
        )
        assert g.proc.wait(30) in (0, -signal.SIGTERM)  # drained, then dies of the signal it was sent
    finally:
        g.stop()
        g.log.unlink(missing_ok=True)


# ------------------------------------------------------------------------------------------ in process


def double(job: dict[str, Any], config: Any) -> dict[str, Any]:
    return {
        "schema": 1,
        "tool": "numcheck",
        "version": "double",
        "documents": [{"id": "d0", "path": "draft", "role": "draft", "format": "text"}],
        "claims": [],
        "findings": [],
        "summary": {"errors": 0, "warnings": 0, "infos": 0, "claims": 0, "documents": 1},
    }


def test_a_utf8_token_is_accepted_from_a_utf8_client() -> None:
    app = create_app(None, GateSettings(workers=1, token="clé-sécrète-🔑"), double)
    with TestClient(app, raise_server_exceptions=False) as c:
        body = {"draft": {"text": "x"}}
        ok = c.post("/v1/check", json=body, headers={"Authorization": "Bearer clé-sécrète-🔑".encode()})
        assert ok.status_code == 200, ok.text
        wrong = c.post("/v1/check", json=body, headers={"Authorization": b"Bearer cle-secrete"})
        assert wrong.status_code == 401


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(
        create_app(None, GateSettings(workers=1, token=None), double), raise_server_exceptions=False
    ) as c:
        yield c


@pytest.mark.parametrize(
    "payload, says",
    [
        (b'{"draft": {"text": "caf\xe9"}}', "not valid UTF-8 text (invalid byte at offset 23)"),
        (b'{"draft": {"text": "x"}, "n": ' + b"9" * 5000 + b"}", "more than 4,300 digits"),
    ],
)
def test_unparseable_bodies_get_a_400_that_says_what_is_wrong(
    client: TestClient, payload: bytes, says: str
) -> None:
    resp = client.post("/v1/check", content=payload, headers=JSON)
    assert resp.status_code == 400
    assert resp.json()["error"] == "bad_json" and says in resp.json()["message"]
    assert "nested too deeply" not in resp.text


def test_every_response_carries_a_strict_content_security_policy(client: TestClient) -> None:
    for resp in (
        client.get("/healthz"),
        client.get("/openapi.json"),
        client.get("/nope"),
        client.post("/v1/check", json={"draft": {"text": "x"}}),
    ):
        assert "default-src 'none'" in resp.headers["content-security-policy"]
        assert resp.headers["x-content-type-options"] == "nosniff"
    page = client.get("/")
    assert "script-src" in page.headers["content-security-policy"]  # the page keeps its own policy


def test_a_blank_token_is_refused_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from numcheck.cli import app

    monkeypatch.setenv("NUMCHECK_TOKEN", "   ")
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 2
    assert "NUMCHECK_TOKEN is set but blank" in result.output and "Traceback" not in result.output


def test_listening_beyond_loopback_without_a_token_warns(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import uvicorn

    from numcheck import serve

    monkeypatch.delenv("NUMCHECK_TOKEN", raising=False)
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, *a, **k: None)
    with caplog.at_level(logging.WARNING, logger="numcheck.serve"):
        serve.serve_command("0.0.0.0", free_port(), settings=GateSettings(workers=1, token=None))
    assert any("without a token" in r.getMessage() for r in caplog.records)


def test_the_log_is_rate_limited_and_says_how_much_it_dropped() -> None:
    limit = RateLimit(burst=3, window=0.2)
    rec = [
        logging.LogRecord("x", logging.WARNING, __file__, 1, f"bad request {i}", None, None)
        for i in range(10)
    ]
    assert [limit.filter(r) for r in rec] == [True] * 3 + [False] * 7
    time.sleep(0.25)
    later = logging.LogRecord("x", logging.WARNING, __file__, 1, "again", None, None)
    assert limit.filter(later) and later.getMessage().startswith("(7 log lines suppressed")


def test_bodies_arriving_at_once_are_capped_in_all() -> None:
    app = create_app(None, GateSettings(workers=1, token=None, max_buffered_bytes=1000), double)
    with TestClient(app, raise_server_exceptions=False) as c:
        small = c.post("/v1/check", json={"draft": {"text": "x" * 100}})
        assert small.status_code == 200
        big = c.post("/v1/check", json={"draft": {"text": "x" * 2000}})
        assert big.status_code == 503 and big.json()["error"] == "busy"
        assert c.post("/v1/check", json={"draft": {"text": "x" * 100}}).status_code == 200  # released
