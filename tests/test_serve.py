"""The pre-publish gate (`numcheck serve`): answers, verdicts, limits, the token, bad requests, and
the static HTML report that shares the page's renderer.

Most tests put a check double in the gate's worker processes (`double_check`, chosen by words in
the draft) so that they pin the gate's behaviour, not the extractor's; the tests marked "real"
run numcheck's own check.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the gate needs the serve extra (fastapi, uvicorn)")

from fastapi.testclient import TestClient  # noqa: E402

from numcheck.config import load_config  # noqa: E402
from numcheck.errors import InputError  # noqa: E402
from numcheck.serve import GateSettings, create_app, verdict_of  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_75fc520f5eb4771c.txt"
JSON = {"Content-Type": "application/json"}


def double_check(job: dict[str, Any], config: Any) -> dict[str, Any]:
    """Stands in for numcheck's check inside a gate worker; what it does is chosen by the draft."""
    text = job["draft"]["text"]
    if "SLOW" in text:
        time.sleep(120)
    if "CRASH" in text:
        os._exit(3)
    if "BOOM" in text:
        raise RuntimeError("BOOM: an internal detail that must not reach the client")
    if "BADINPUT" in text:
        raise InputError("draft: this draft cannot be used")
    m = re.search(r"OPEN:(\S+)", text)
    if m:
        with open(m.group(1), encoding="utf-8") as fh:
            text = fh.read()
    m = re.search(r"CONNECT:(\d+)", text)
    if m:
        socket.create_connection(("127.0.0.1", int(m.group(1))), timeout=2).close()
    findings = [
        {"rule": "NC000", "category": "internal-inconsistency", "severity": sev, "message": sev, "claims": []}
        for sev in ("error", "warning", "info")
        if sev.upper() in text
    ]
    return {
        "schema": 1,
        "tool": "numcheck",
        "version": f"double pid={os.getpid()}",
        "documents": [{"id": "d0", "path": "draft", "role": "draft", "format": job["draft"]["format"]}],
        "claims": [],
        "findings": findings,
        "summary": {"errors": 0, "warnings": 0, "infos": 0, "claims": 0, "documents": 1},
    }


def body(text: str, **extra: Any) -> dict[str, Any]:
    return {"draft": {"text": text, "format": "text"}, **extra}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = create_app(settings=GateSettings(workers=1, token=None, timeout_s=20), check_fn=double_check)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def make_client(**settings: Any) -> TestClient:
    settings.setdefault("workers", 1)
    settings.setdefault("token", None)
    config = settings.pop("config", None)
    check_fn = settings.pop("check_fn", double_check)
    return TestClient(create_app(config, GateSettings(**settings), check_fn), raise_server_exceptions=False)


def assert_json_error(resp: Any, status: int, code: str) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    data = resp.json()
    assert data["error"] == code, data
    assert isinstance(data["message"], str) and data["message"]
    assert "Traceback" not in resp.text
    return data


# ----------------------------------------------------------------------------- answers and verdicts


def test_healthz_answers_ok(client: TestClient) -> None:
    resp = client.get("/healthz")
    assert resp.status_code == 200
    assert resp.json()["status"] == "ok"
    assert resp.json()["workers"] == 1


@pytest.mark.parametrize(
    "text, verdict",
    [
        ("nothing to see", "pass"),
        ("INFO only", "pass"),
        ("a WARNING", "warn"),
        ("an ERROR and a WARNING", "block"),
    ],
)
def test_verdict_follows_the_worst_finding(client: TestClient, text: str, verdict: str) -> None:
    resp = client.post("/v1/check", json=body(text))
    assert resp.status_code == 200, resp.text
    assert resp.json()["verdict"] == verdict


def test_thresholds_are_configurable() -> None:
    assert verdict_of([{"severity": "warning"}], "warning", "info") == "block"
    assert verdict_of([{"severity": "warning"}], "error", "never") == "pass"
    assert verdict_of([{"severity": "info"}], "error", "info") == "warn"
    assert verdict_of([{"severity": "error"}], "never", "warning") == "warn"
    assert verdict_of([], "info", "info") == "pass"
    with make_client(block_on="warning") as c:
        assert c.post("/v1/check", json=body("a WARNING")).json()["verdict"] == "block"


def test_block_threshold_defaults_to_the_configs_fail_on(tmp_path: Path) -> None:
    cfg_file = tmp_path / "numcheck.toml"
    cfg_file.write_text('fail_on = "warning"\n', encoding="utf-8")
    with make_client(config=load_config(config_file=cfg_file)) as c:
        assert c.post("/v1/check", json=body("a WARNING")).json()["verdict"] == "block"
        assert c.post("/v1/check", json=body("INFO")).json()["verdict"] == "pass"


def test_real_check_answers_with_the_report_contract() -> None:
    text = "Russia fired 145 drones overnight, the air force said. About 11,000 soldiers arrived."
    from numcheck.serve import run_check

    source = {"name": "air force", "text": "Russia fired 145 drones."}
    with make_client(check_fn=run_check) as c:
        resp = c.post(
            "/v1/check",
            json={"draft": {"text": text, "format": "text"}, "sources": [source], "facts": "facts: []\n"},
        )
        assert resp.status_code == 200, resp.text
        data = resp.json()
        assert data["schema"] == 1
        assert data["verdict"] in ("pass", "warn", "block")
        assert [(d["id"], d["role"]) for d in data["documents"]] == [
            ("d0", "draft"),
            ("s0", "source"),
            ("f0", "facts"),
        ]
        texts = {"d0": text, "s0": "Russia fired 145 drones."}
        for claim in data["claims"]:
            if claim["doc"] in texts:
                assert texts[claim["doc"]][claim["start"] : claim["end"]] == claim["surface"]
        # a facts file that is not YAML is the user's mistake: 422 with the reason, not 500
        bad = c.post("/v1/check", json=body("About 11,000 soldiers.", facts="facts: [ {"))
        data = assert_json_error(bad, 422, "bad_input")
        assert "facts" in data["message"]


def test_real_check_of_the_seed_article_warns() -> None:
    """The seed article has one finding, a source discrepancy (a warning): the CMS gets "warn"."""
    from numcheck.serve import run_check

    with make_client(check_fn=run_check) as c:
        resp = c.post("/v1/check", json=body(SEED.read_text(encoding="utf-8")))
        assert resp.status_code == 200, resp.text
        data = resp.json()
        assert [f["category"] for f in data["findings"]] == ["source-discrepancy"], data["findings"]
        assert data["verdict"] == "warn"


# ----------------------------------------------------------------------------- bad requests


@pytest.mark.parametrize(
    "payload, where",
    [
        ({}, "draft"),
        ({"draft": {"text": 5}}, "draft.text"),
        ({"draft": "just a string"}, "draft"),
        ({"draft": {"text": "x", "format": "docx"}}, "draft.format"),
        ({"draft": {"text": "x"}, "sources": [{"text": "no name"}]}, "sources.0.name"),
        ({"draft": {"text": "x"}, "sources": {"name": "a", "text": "b"}}, "sources"),
        ({"draft": {"text": "x"}, "facts": ["a"]}, "facts"),
        ({"draft": {"text": "x"}, "path": "/etc/passwd"}, "path"),
        ({"draft": {"text": "x", "path": "/etc/passwd"}}, "draft.path"),
        ([], "body"),
    ],
)
def test_wrong_shapes_and_types_are_422_naming_the_field(
    client: TestClient, payload: Any, where: str
) -> None:
    data = assert_json_error(client.post("/v1/check", json=payload), 422, "invalid_request")
    assert data["message"].startswith(where), data["message"]


def test_malformed_json_is_400(client: TestClient) -> None:
    resp = client.post("/v1/check", content=b'{"draft": {"text": "x"', headers=JSON)
    data = assert_json_error(resp, 400, "bad_json")
    assert "not valid JSON" in data["message"]


def test_json_nested_too_deeply_to_parse_is_400(client: TestClient) -> None:
    resp = client.post("/v1/check", content=b"[" * 200_000 + b"]" * 200_000, headers=JSON)
    assert_json_error(resp, 400, "bad_json")
    assert client.get("/healthz").status_code == 200


def test_unpaired_surrogates_are_refused(client: TestClient) -> None:
    raw = b'{"draft": {"text": "a \\ud800 b"}}'
    resp = client.post("/v1/check", content=raw, headers=JSON)
    data = assert_json_error(resp, 422, "invalid_request")
    assert "surrogate" in data["message"]


def test_a_body_that_is_not_json_is_415(client: TestClient) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    resp = client.post("/v1/check", content=b"draft=hello", headers=form)
    assert_json_error(resp, 415, "unsupported_media_type")
    no_type = client.post("/v1/check", content=b'{"draft": {"text": "x"}}')
    assert_json_error(no_type, 415, "unsupported_media_type")


def test_unknown_paths_and_methods_are_json(client: TestClient) -> None:
    assert_json_error(client.get("/v1/nothing"), 404, "not_found")
    assert_json_error(client.get("/v1/check"), 405, "method_not_allowed")


def test_a_users_mistake_in_the_check_is_422_with_its_message(client: TestClient) -> None:
    data = assert_json_error(client.post("/v1/check", json=body("BADINPUT")), 422, "bad_input")
    assert data["message"] == "draft: this draft cannot be used"


def test_an_internal_error_is_500_without_the_details(client: TestClient) -> None:
    resp = client.post("/v1/check", json=body("BOOM"))
    assert_json_error(resp, 500, "internal")
    assert "internal detail" not in resp.text
    assert client.post("/v1/check", json=body("fine")).status_code == 200


def test_a_worker_that_dies_is_replaced(client: TestClient) -> None:
    assert_json_error(client.post("/v1/check", json=body("CRASH")), 500, "internal")
    # the next request waits for the replacement worker and is answered
    assert client.post("/v1/check", json=body("fine")).status_code == 200


# ----------------------------------------------------------------------------- limits


def test_declared_body_over_the_limit_is_413() -> None:
    with make_client(max_body_bytes=1000) as c:
        assert c.post("/v1/check", json=body("x" * 900)).status_code == 200
        data = assert_json_error(c.post("/v1/check", json=body("x" * 1000)), 413, "too_large")
        assert "1,000 bytes" in data["message"]


def test_streamed_body_over_the_limit_is_413() -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"draft": {"text": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'"}}'

    with make_client(max_body_bytes=5000) as c:  # no Content-Length: chunked transfer
        resp = c.post("/v1/check", content=chunks(), headers=JSON)
        assert_json_error(resp, 413, "too_large")


async def _call_asgi(app: Any, headers: list[tuple[bytes, bytes]], chunks: list[bytes]) -> list[Any]:
    sent: list[dict[str, Any]] = []
    messages = [
        {"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)
    ]

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/v1/check", "headers": headers, "query_string": b""}
    await app(scope, receive, send)
    return sent


def test_a_body_longer_than_its_content_length_header_is_still_413() -> None:
    """The limit counts the bytes that arrive, not only what the header claims."""
    import asyncio

    from numcheck.serve import GuardMiddleware

    reached: list[bool] = []

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        reached.append(True)

    guard = GuardMiddleware(inner, GateSettings(max_body_bytes=1000, token=None))
    headers = [(b"content-type", b"application/json"), (b"content-length", b"10")]
    sent = asyncio.run(_call_asgi(guard, headers, [b"x" * 600, b"x" * 600]))
    assert sent[0]["status"] == 413
    assert json.loads(sent[1]["body"])["error"] == "too_large"
    assert reached == []


def test_a_check_past_the_time_limit_is_503_and_the_server_goes_on() -> None:
    with make_client(timeout_s=1.0) as c:
        pool = c.app.state.pool  # type: ignore[attr-defined]
        before = {w.proc.pid for w in pool._all}
        data = assert_json_error(c.post("/v1/check", json=body("SLOW")), 503, "timeout")
        assert "time limit of 1 s" in data["message"]
        assert c.post("/v1/check", json=body("fine")).status_code == 200
        # the stuck worker was killed and replaced, not left running
        after = {w.proc.pid for w in pool._all}
        assert before and before.isdisjoint(after)
        for pid in before:
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
        assert c.get("/healthz").json()["workers"] == 1


def test_when_too_many_checks_wait_more_are_503_busy() -> None:
    with make_client(timeout_s=5.0, max_pending=1) as c:
        pool = c.app.state.pool  # type: ignore[attr-defined]
        results: list[Any] = []
        slow = threading.Thread(target=lambda: results.append(c.post("/v1/check", json=body("SLOW"))))
        slow.start()
        deadline = time.monotonic() + 20
        while pool.pending < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert pool.pending == 1
        resp = c.post("/v1/check", json=body("fine"))
        assert_json_error(resp, 503, "busy")
        assert resp.headers["retry-after"] == "1"
        assert c.get("/healthz").status_code == 200  # the server itself still answers
        slow.join(60)
        assert results[0].json()["error"] == "timeout"


def test_many_concurrent_slow_checks_all_get_json_answers() -> None:
    with make_client(timeout_s=1.0, workers=2, max_pending=4) as c:
        answers: list[Any] = []
        threads = [
            threading.Thread(target=lambda: answers.append(c.post("/v1/check", json=body("SLOW"))))
            for _ in range(8)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert len(answers) == 8
        for resp in answers:
            assert resp.status_code == 503
            assert resp.json()["error"] in ("timeout", "busy")
        assert any(r.json()["error"] == "timeout" for r in answers)
        assert c.post("/v1/check", json=body("fine")).status_code == 200


# ----------------------------------------------------------------------------- token


def test_token_is_required_on_the_api_when_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NUMCHECK_TOKEN", "s3cret-token")
    app = create_app(None, GateSettings(workers=1), double_check)
    with TestClient(app, raise_server_exceptions=False) as c:
        resp = c.post("/v1/check", json=body("x"))
        assert_json_error(resp, 401, "unauthorized")
        assert resp.headers["www-authenticate"].startswith("Bearer")
        wrong = c.post("/v1/check", json=body("x"), headers={"Authorization": "Bearer nope"})
        assert_json_error(wrong, 401, "unauthorized")
        basic = c.post("/v1/check", json=body("x"), headers={"Authorization": "Basic s3cret-token"})
        assert_json_error(basic, 401, "unauthorized")
        ok = c.post("/v1/check", json=body("x"), headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200
        # a refused request's body is never read: 401 comes before 413
        huge = c.post("/v1/check", content=b"x" * (3 * 1024 * 1024), headers=JSON)
        assert_json_error(huge, 401, "unauthorized")
        # the page, the health check and the docs hold no data and stay open
        assert c.get("/healthz").status_code == 200
        assert c.get("/").status_code == 200
        assert c.get("/openapi.json").status_code == 200


def test_workers_are_recycled_after_their_quota_of_checks() -> None:
    with make_client(recycle_after=2) as c:
        pids = [c.post("/v1/check", json=body("x")).json()["version"] for _ in range(5)]
        assert len(set(pids)) == 3, pids  # 2 + 2 + 1 checks, each worker replaced after its second
        assert c.get("/healthz").json()["workers"] == 1


def test_serve_with_a_bad_config_is_a_one_line_error_and_exit_2(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from numcheck.cli import app

    result = CliRunner().invoke(app, ["serve", "--config", str(tmp_path / "missing.toml")])
    assert result.exit_code == 2
    assert "missing.toml" in result.output and "Traceback" not in result.output


def test_no_token_when_the_variable_is_unset_or_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NUMCHECK_TOKEN", "")
    assert GateSettings().token is None
    monkeypatch.delenv("NUMCHECK_TOKEN")
    assert GateSettings().token is None


# ----------------------------------------------------------------------------- the sandbox


def test_a_check_cannot_read_server_files(client: TestClient, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the-server-secret ERROR", encoding="utf-8")
    resp = client.post("/v1/check", json=body(f"OPEN:{secret}"))
    assert_json_error(resp, 500, "internal")
    assert "the-server-secret" not in resp.text


def test_a_check_cannot_open_a_connection(client: TestClient) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        resp = client.post("/v1/check", json=body(f"CONNECT:{port}"))
        assert_json_error(resp, 500, "internal")
        with pytest.raises(TimeoutError):
            listener.accept()


def test_the_sandbox_refuses_writes_processes_and_outside_reads(tmp_path: Path) -> None:
    """install_sandbox in a throwaway process (its audit hook cannot be removed)."""
    import subprocess
    import sys

    code = f"""
import os, socket, subprocess, sys
from numcheck.serve import install_sandbox, SandboxViolation
install_sandbox([os.path.realpath(sys.prefix) + os.sep])
tries = {{
    "read outside": lambda: open({str(tmp_path / "x.txt")!r}).read(),
    "write": lambda: open(os.path.join(sys.prefix, 'nc-test-write'), 'w'),
    "connect": lambda: socket.create_connection(('127.0.0.1', 9), timeout=1),
    "resolve": lambda: socket.getaddrinfo('localhost', 80),
    "subprocess": lambda: subprocess.run(['true']),
    "system": lambda: os.system('true'),
    "listdir": lambda: os.listdir({str(tmp_path)!r}),
}}
for name, fn in tries.items():
    try:
        fn()
        print(name, "ALLOWED")
    except SandboxViolation:
        print(name, "refused")
import json  # reading the standard library still works
print("stdlib", "ok")
"""
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split("\n")
    assert "ALLOWED" not in out.stdout, out.stdout
    assert sum(line.endswith("refused") for line in lines) == 7
    assert "stdlib ok" in lines


# ----------------------------------------------------------------------------- page, docs, report


def test_openapi_documents_the_check(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    post = spec["paths"]["/v1/check"]["post"]
    assert {"200", "401", "413", "422", "503"} <= set(post["responses"])
    # no Swagger UI or ReDoc: they load unpinned scripts from a CDN on the origin that holds the token
    for page in ("/docs", "/redoc"):
        assert_json_error(client.get(page), 404, "not_found")


def test_an_unknown_path_points_to_the_openapi_spec_not_to_the_missing_docs_page(client: TestClient) -> None:
    message = client.get("/v1/nothing").json()["message"]
    assert "/openapi.json" in message and "/docs" not in message


def _inline_blocks(html: str) -> tuple[list[str], list[str]]:
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    styles = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    return scripts, styles


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_page_is_self_contained_and_its_policy_allows_exactly_its_own_code(client: TestClient) -> None:
    resp = client.get("/")
    assert resp.status_code == 200
    html = resp.text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html
    csp = resp.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    scripts, styles = _inline_blocks(html)
    assert len(scripts) == 2 and len(styles) == 2
    for block in scripts + styles:
        assert _sha(block) in csp
    assert "NumcheckReport" in scripts[0]  # the shared renderer


def _report_with_text(text: str) -> Any:
    from numcheck.models import Claim, Finding, Report
    from numcheck.read import read_text

    a, b = text.index("11,000"), text.index("10,000")
    claims = [
        Claim(id="c1", doc="d0", start=a, end=a + 6, surface="11,000", value=11000, source="Zelenskyy"),
        Claim(id="c2", doc="d0", start=b, end=b + 6, surface="10,000", value=10000, source="the Pentagon"),
    ]
    finding = Finding(
        rule="NC201",
        category="source-discrepancy",
        severity="warning",
        message="sources differ </script><script>alert(1)</script>",
        claims=["c1", "c2"],
    )
    return Report(
        version="t",
        documents=[read_text(text, "text", "story <1>.txt", "draft", "d0")],
        claims=claims,
        findings=[finding],
    )


def test_static_report_embeds_the_text_and_report_safely() -> None:
    from numcheck.report.html import render

    text = "Zelenskyy said 11,000 </script><b>bold</b> & more. The Pentagon said 10,000.\u2028End."
    html = render(_report_with_text(text))
    scripts, styles = _inline_blocks(html)
    assert "alert(1)</script>" not in html and "<b>bold" not in html
    data = json.loads(
        re.search(r'<script type="application/json" id="nc-data">(.*?)</script>', html, flags=re.S).group(1)
    )
    assert data["texts"]["d0"] == text
    assert data["report"]["findings"][0]["claims"] == ["c1", "c2"]
    assert data["report"]["schema"] == 1
    assert "story &lt;1&gt;.txt" in html
    # no external assets, and the policy allows exactly the inline renderer
    assert not re.search(r"""(src|href)\s*=""", html)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    csp = csp.replace("&#x27;", "'")
    assert "default-src 'none'" in csp
    for block in scripts + styles:
        assert _sha(block) in csp
    # the same renderer as the page
    from numcheck.report.html import asset

    assert asset("report.js") in scripts


def test_static_report_lists_findings_without_javascript() -> None:
    from numcheck.report.html import render

    html = render(_report_with_text("Zelenskyy said 11,000. The Pentagon said 10,000."))
    noscript = re.search(r"<noscript>(.*?)</noscript>", html, flags=re.S).group(1)
    assert "source-discrepancy" in noscript and "“11,000”" in noscript
    assert "&lt;/script&gt;" in noscript


def test_check_format_html_writes_the_report(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from numcheck.cli import app

    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["check", str(SEED), "--format", "html", "--output", str(out)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    data = json.loads(re.search(r'id="nc-data">(.*?)</script>', html, flags=re.S).group(1))
    assert data["texts"]["d0"] == SEED.read_text(encoding="utf-8")
