"""The pre-publish gate: `numcheck serve`, an HTTP service a CMS calls, and the editor's page.

    POST /v1/check   {"draft": {"text": "...", "format": "text|markdown|html"},
                      "sources": [{"name": "...", "text": "..."}], "facts": "<facts YAML>"}
                     -> the JSON report of `numcheck check --format json` plus "verdict"
    GET  /healthz    liveness for a load balancer
    GET  /           the editor's page (numcheck/web, the same renderer as `--format html`)
    GET  /openapi.json  the OpenAPI spec (no /docs or /redoc pages: they load scripts from a CDN)

Verdict: "block" when a finding reaches `block_on` (default: the config's `fail_on`, i.e. the
severity at which `numcheck check` exits 1), else "warn" when a finding reaches `warn_on`
(default "warning"), else "pass". Either threshold may be "never".

How a request is kept from hurting the server:
- every check runs in a worker process of a small pool (one per core by default) that loaded
  numcheck once; a check that runs past `timeout_s` gets 503 and its worker is killed and
  replaced, so a pathological draft costs one worker for at most that long and the event loop
  never waits on a check;
- bodies over `max_body_bytes` get 413, from the Content-Length header before anything is read
  and from the bytes actually received otherwise (chunked uploads, lying headers);
- when `max_pending` checks are already running or waiting, more get 503 at once ("busy");
- the request carries text only: no field is a path, nothing is read from the server's disk on a
  request's behalf, and each worker, once warmed up, runs under an audit hook that refuses
  sockets, subprocesses, file writes and reads outside Python's and numcheck's own installation;
- every error is JSON, {"error": "<code>", "message": "<one sentence>"}, never a traceback
  (those go to the server log);
- the transport: request headers must arrive within `header_timeout_s` and the body within
  `body_timeout_s` (else the connection is closed, or 408); at most `max_connections` connections
  are open at once (more are closed at once); the server's log is rate-limited (a flood of bad
  requests cannot fill the disk);
- a check whose client has gone is cancelled (its worker is killed and replaced); a worker killed
  from outside is noticed and replaced, and /healthz counts only live workers;
- SIGTERM drains: checks in flight are answered, requests still waiting get a JSON 503
  ("shutting_down"), then the server stops;
- every response carries a strict Content-Security-Policy (the editor's page its own, which
  allows exactly its inline code).
When NUMCHECK_TOKEN is set, /v1/* requires "Authorization: Bearer <token>" (401 otherwise; the
token may be any UTF-8 text; a blank one is refused at start); /, /healthz and /openapi.json stay
open (they hold no data). Listening beyond loopback without a token is warned about at start.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request

from numcheck.config import Config, load_config
from numcheck.defaults import new_list
from numcheck.errors import ConfigError, NumcheckError
from numcheck.models import Report, TextFormat

log = logging.getLogger("numcheck.serve")

Threshold = Literal["error", "warning", "info", "never"]
Verdict = Literal["pass", "warn", "block"]
CheckFn = Callable[[dict[str, Any], Config], dict[str, Any]]
_RANK = {"info": 1, "warning": 2, "error": 3}


def _default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _env_token() -> str | None:
    return os.environ.get("NUMCHECK_TOKEN") or None


@dataclass(frozen=True)
class GateSettings:
    """How the gate runs; `numcheck serve` options map onto these."""

    max_body_bytes: int = 2 * 1024 * 1024
    timeout_s: float = 10.0
    workers: int = field(default_factory=_default_workers)
    max_pending: int = 512
    queue_timeout_s: float = 60.0
    block_on: Threshold | None = None  # None: the config's fail_on
    warn_on: Threshold = "warning"
    token: str | None = field(default_factory=_env_token)
    startup_timeout_s: float = 120.0
    recycle_after: int = 2000  # checks before a worker is replaced (bounds slow memory growth)
    sandbox: bool = True
    header_timeout_s: float = 10.0  # a connection must send a request's headers within this
    body_timeout_s: float = 30.0  # ... and its body within this (408 otherwise)
    max_connections: int = 1000  # open connections at once (kept below the file-descriptor limit)
    max_buffered_bytes: int = 64 * 1024 * 1024  # request bodies held at once, all connections together
    memory_mb: int | None = 2048  # what one check may allocate in a worker (numcheck.budget)


# ---------------------------------------------------------------------------- request and answer


def _no_lone_surrogates(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"not valid Unicode text (unpaired surrogate at character {exc.start})") from exc
    return value


SafeText = Annotated[str, AfterValidator(_no_lone_surrogates)]


class DraftIn(BaseModel):
    """The story to check."""

    model_config = ConfigDict(extra="forbid")

    text: SafeText = Field(description="The draft as it will be published.")
    format: TextFormat = Field("text", description="How to read `text`: text, markdown or html.")


class SourceIn(BaseModel):
    """A document the story was written from. `name` is a label only: it is never opened."""

    model_config = ConfigDict(extra="forbid")

    name: SafeText = Field(min_length=1, max_length=200)
    text: SafeText
    format: TextFormat = "text"


class CheckRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "draft": {
                        "text": "Zelenskyy said about 11,000 North Korean soldiers were in Kursk. "
                        "The Pentagon said some 10,000 North Korean troops had been sent.",
                        "format": "text",
                    },
                    "sources": [],
                }
            ]
        },
    )

    draft: DraftIn
    sources: list[SourceIn] = Field(default_factory=new_list, max_length=100)
    facts: SafeText | None = Field(None, description="A facts file (YAML), as text.")


class CheckResponse(Report):
    """The JSON report of `numcheck check --format json`, and the gate's verdict."""

    verdict: Verdict
    notes: list[dict[str, Any]] = Field(
        default_factory=new_list,
        description="For each finding, in order, what the editor's page shows: `says` (what disagrees, "
        "in plain words), `fix`, `why`, `sentence` and `others` (each {text, mark, where}).",
    )
    view: dict[str, Any] | None = Field(
        default=None,
        description="Only for HTML documents: `texts` (document id -> the text a reader sees) and `spans` "
        "(claim id -> [start, end] in that text), so that the page shows the draft, not its markup.",
    )


class ErrorBody(BaseModel):
    error: str = Field(
        description="A short, stable code: unauthorized, too_large, bad_json, "
        "invalid_request, bad_input, timeout, busy, not_found, internal…"
    )
    message: str = Field(description="One sentence for a person.")


def verdict_of(findings: list[dict[str, Any]], block_on: Threshold, warn_on: Threshold) -> Verdict:
    """block when a finding reaches `block_on`, warn when one reaches `warn_on`, else pass."""
    worst = max((_RANK.get(str(f.get("severity")), 0) for f in findings), default=0)
    if block_on != "never" and worst >= _RANK[block_on]:
        return "block"
    if warn_on != "never" and worst >= _RANK[warn_on]:
        return "warn"
    return "pass"


# ---------------------------------------------------------------------------- the worker processes


def run_check(job: dict[str, Any], config: Config) -> dict[str, Any]:
    """One request's check (runs in a worker): text in, the JSON report as a dict out."""
    from numcheck.api import check, facts_document
    from numcheck.read import read_text

    draft = read_text(job["draft"]["text"], job["draft"].get("format", "text"), "draft", "draft", "d0")
    sources = [
        read_text(s["text"], s.get("format", "text"), s["name"], "source", f"s{i}")
        for i, s in enumerate(job.get("sources") or [])
    ]
    facts = job.get("facts")
    fdoc = facts_document(facts, "facts") if facts is not None else None
    from numcheck.report.editor import editor_notes

    report = check([draft], sources, fdoc, config)
    out = report.model_dump(mode="json", by_alias=True)
    out["notes"] = editor_notes(report)  # the page shows findings in the text report's words
    if any(d.format == "html" for d in report.documents):  # the page shows an HTML draft as its text
        from numcheck.report.html import shown_texts

        texts, spans = shown_texts(report)
        out["view"] = {
            "texts": {d.id: texts[d.id] for d in report.documents if d.format == "html" and d.id in texts},
            "spans": spans,
        }
    return out


# exercises the readers, the extractor, the checks and the facts loader once, so that their lazy
# imports and caches are done before the worker is sandboxed and before the first request's clock
_WARM_JOBS: list[dict[str, Any]] = [
    {
        "draft": {
            "text": "Officials said about 11,000 soldiers arrived; the Pentagon said some 10,000 troops. "
            "The storm covered 500 square miles (1,295 sq km) and cost $3.5bn, up 12% "
            "from 2023. Eight people, including five in Mykolaiv, were hurt.",
            "format": "text",
        },
        "sources": [{"name": "warm-source", "text": "About 11,000 soldiers arrived, officials said."}],
        "facts": "facts:\n  - measurand: soldiers arrived\n    value: 11,000 soldiers\n",
    },
    {
        "draft": {
            "text": "---\ntitle: 40% of 1,000 votes\n---\n# Count\n\nSome 400 votes were cast.\n",
            "format": "markdown",
        }
    },
    {"draft": {"text": "<p>About <b>145</b> drones, the air force said.</p>", "format": "html"}},
]


def _allowed_roots(config: Config) -> list[str]:
    """Where a sandboxed worker may still read: Python, its packages, numcheck and its rule pack."""
    import site
    import sysconfig

    import numcheck
    from numcheck.rulepack import default_pack_dir

    roots = {
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        sys.base_exec_prefix,
        str(Path(numcheck.__file__).resolve().parent),
        str(default_pack_dir()),
    }
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        roots.add(sysconfig.get_paths().get(key, ""))
    try:
        roots.update(site.getsitepackages())
    except AttributeError:
        pass
    roots.add(site.getusersitepackages() if hasattr(site, "getusersitepackages") else "")
    cwd = os.getcwd()
    roots.update(p for p in sys.path if p and os.path.abspath(p) != cwd)
    for attr in ("directory", "path", "root"):
        value = getattr(config.pack, attr, None)
        if isinstance(value, str | Path):
            roots.add(str(value))
    out = []
    for r in roots:
        if not r:
            continue
        real = os.path.realpath(r)
        if real != os.sep:
            out.append(real.rstrip(os.sep) + os.sep)
    return sorted(set(out))


_DENIED_EVENTS = (
    "socket.",
    "subprocess.",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.fork",
    "os.forkpty",
    "pty.",
    "urllib.",
    "http.client.",
    "ftplib.",
    "smtplib.",
    "poplib.",
    "imaplib.",
    "nntplib.",
    "telnetlib.",
    "webbrowser.",
    "os.remove",
    "os.unlink",
    "os.rename",
    "os.replace",
    "os.mkdir",
    "os.rmdir",
    "os.chmod",
    "os.chown",
    "os.truncate",
    "os.symlink",
    "os.link",
    "os.utime",
    "shutil.",
    "os.putenv",
    "os.unsetenv",
    "os.kill",
    "os.killpg",
)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


class SandboxViolation(PermissionError):
    """What a sandboxed worker raises instead of touching the network, a process or a file."""


def install_sandbox(allowed_roots: list[str]) -> None:
    """From now on, this process may not open connections, start processes, write files, or read
    files outside `allowed_roots` (an audit hook: it cannot be removed, so only call it in a worker)."""

    roots = tuple(allowed_roots)
    reading = threading.local()
    sys.dont_write_bytecode = True

    def allowed(path: Any) -> bool:
        if isinstance(path, int):
            return True  # an already-open descriptor
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, str):
            path = os.fspath(path)
        if path in ("/dev/null", "/dev/urandom", "/proc/self/statm"):
            return True
        real = os.path.realpath(path)
        return real.startswith(roots) or (real + os.sep) in roots

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if getattr(reading, "busy", False):
            return
        if event.startswith(_DENIED_EVENTS):
            raise SandboxViolation(f"numcheck gate worker: {event} is not allowed")
        if event in ("open", "os.listdir", "os.scandir", "glob.glob"):
            if not args:
                return
            path = args[0]
            if event == "open":
                mode, flags = (args[1] if len(args) > 1 else None), (args[2] if len(args) > 2 else 0)
                writing = (isinstance(mode, str) and any(ch in mode for ch in "wax+")) or (
                    mode is None and isinstance(flags, int) and flags & _WRITE_FLAGS
                )
                if writing:
                    raise SandboxViolation(f"numcheck gate worker: writing {path!r} is not allowed")
            if path is None:
                return
            reading.busy = True
            try:
                ok = allowed(path)
            finally:
                reading.busy = False
            if not ok:
                raise SandboxViolation(f"numcheck gate worker: reading {path!r} is not allowed")

    sys.addaudithook(hook)


def _worker_main(
    conn: Any,
    config: Config,
    check_fn: CheckFn,
    sandbox: bool,
    roots: list[str],
    memory_mb: int | None = None,
) -> None:
    """A worker process: warm up, then answer (job -> (kind, value)) until told to stop."""
    from numcheck.budget import Budget, document_budget

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the server drains; its workers just stop
    budget = Budget(None, memory_mb)  # time is the server's to enforce (it kills the worker)
    problem: str | None = None  # why this worker cannot check: /healthz reports it
    for job in _WARM_JOBS:
        try:
            check_fn(job, config)
        except NumcheckError:
            pass
        except Exception as exc:  # a broken check still gets a gate that answers 500 with a message
            traceback.print_exc(limit=5, file=sys.stderr)
            problem = problem or f"{type(exc).__name__}: {exc}"[:300]
    if sandbox:
        install_sandbox(roots)
    conn.send(("ready", problem))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            with document_budget("draft", budget, options=False):
                result: tuple[str, Any] = ("ok", check_fn(job, config))
        except NumcheckError as exc:
            result = ("input", str(exc))
        except RecursionError:
            result = ("error", "RecursionError: the draft is nested too deeply to check")
        except Exception:
            result = ("error", traceback.format_exc(limit=20))
        try:
            conn.send(result)
        except (OSError, ValueError):
            return


def _mp_context() -> Any:
    # workers fork from a server that has already imported numcheck: a replacement after a
    # timeout is ready in a fraction of a second, not the seconds a fresh interpreter takes; that
    # server imports the installed numcheck whatever the working directory holds (numcheck/procs.py)
    from numcheck.procs import worker_context

    return worker_context(["numcheck.serve", "numcheck.api"])


class _Worker:
    """One worker process and the pipe to it. Only ever used by one thread at a time."""

    def __init__(
        self,
        ctx: Any,
        config: Config,
        check_fn: CheckFn,
        sandbox: bool,
        roots: list[str],
        memory_mb: int | None = None,
    ) -> None:
        parent, child = ctx.Pipe(duplex=True)
        args = (child, config, check_fn, sandbox, roots, memory_mb)
        self.proc = ctx.Process(target=_worker_main, args=args, name="numcheck-check", daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent
        self.jobs = 0
        self.dead = False
        self.problem: str | None = None  # the warm-up check failed: this worker cannot check

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        why = f"did not start within {timeout:g} s"
        try:
            while time.monotonic() < deadline:
                if self.conn.poll(0.1):
                    kind, problem = self.conn.recv()
                    if kind == "ready":
                        self.problem = problem
                        return
                    break
                if not self.proc.is_alive():
                    why = f"exited with status {self.proc.exitcode} while starting"
                    break
        except (EOFError, OSError):
            why = f"exited with status {self.proc.exitcode} while starting"
        self.kill()
        raise RuntimeError(f"a check worker {why}")

    def run(self, job: dict[str, Any], timeout: float) -> tuple[str, Any]:
        self.jobs += 1
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                self.kill()
                return ("timeout", None)
            return self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            return ("crashed", None)

    def kill(self) -> None:
        self.dead = True
        try:
            self.proc.kill()
            self.proc.join(5)
        except (OSError, ValueError, AssertionError):
            pass
        try:
            self.conn.close()
        except OSError:
            pass

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.proc.join(2)
        except (OSError, ValueError):
            pass
        if self.proc.is_alive():
            self.kill()
        self.dead = True


class CheckPool:
    """A bounded pool of check worker processes, replaced when they time out, crash or age."""

    def __init__(self, config: Config, check_fn: CheckFn, settings: GateSettings) -> None:
        self.config = config
        self.check_fn = check_fn
        self.settings = settings
        self._ctx = _mp_context()
        self._roots = _allowed_roots(config) if settings.sandbox else []
        self._threads = ThreadPoolExecutor(
            max_workers=2 * settings.workers + 2, thread_name_prefix="numcheck-pool"
        )
        self._idle: deque[_Worker] = deque()
        self._waiters: deque[asyncio.Future[_Worker]] = deque()
        self._all: set[_Worker] = set()  # shared with the pool's threads: under _lock
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._started: asyncio.Future[None] | None = None
        self.pending = 0
        self.closed = False
        self.draining = False
        self.timeouts = 0
        self.replaced = 0
        self.cancelled = 0  # checks stopped because their client had gone
        self._monitor: asyncio.Task[None] | None = None

    def _spawn(self) -> _Worker:
        w = _Worker(
            self._ctx, self.config, self.check_fn, self.settings.sandbox, self._roots, self.settings.memory_mb
        )
        with self._lock:
            self._all.add(w)
        try:
            w.wait_ready(self.settings.startup_timeout_s)
        except RuntimeError:
            self._forget(w)
            raise
        return w

    def _forget(self, w: _Worker) -> None:
        with self._lock:
            self._all.discard(w)

    async def start(self) -> None:
        """Start the workers and wait until each has warmed up (once, however often called)."""
        if self._started is None:
            self._loop = asyncio.get_running_loop()
            self._started = asyncio.ensure_future(self._start())
        await self._started

    async def _start(self) -> None:
        assert self._loop is not None
        workers = await asyncio.gather(
            *[self._loop.run_in_executor(self._threads, self._spawn) for _ in range(self.settings.workers)]
        )
        for w in workers:
            self._release(w)
        self._monitor = asyncio.ensure_future(self._watch())

    async def _watch(self, interval: float = 0.5) -> None:
        """Replace idle workers that died (killed from outside, the OOM killer) before a request meets one."""
        while not self.closed:
            await asyncio.sleep(interval)
            for w in [w for w in self._idle if not w.proc.is_alive()]:
                self._idle.remove(w)
                log.warning(
                    "check worker %s died while idle (exit status %s); replacing it",
                    w.proc.pid,
                    w.proc.exitcode,
                )
                w.dead = True
                self._release(w)

    def drain(self) -> None:
        """Shutting down: requests still waiting for a worker get 'shutting_down'; running checks finish."""
        self.draining = True
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.cancel()

    @property
    def idle(self) -> int:
        return len(self._idle)

    @property
    def alive(self) -> int:
        """Workers whose process is running (a worker killed from outside does not count)."""
        with self._lock:
            return sum(1 for w in self._all if not w.dead and w.proc.is_alive())

    @property
    def problem(self) -> str | None:
        """Why checks cannot run (a worker's warm-up check failed), or None."""
        with self._lock:
            return next((w.problem for w in self._all if not w.dead and w.problem), None)

    def _release(self, w: _Worker) -> None:
        """Hand a worker to the next waiting request, or keep it idle; replace it if it is spent."""
        if self.closed:
            w.stop()
            self._forget(w)
            return
        if w.dead or w.jobs >= self.settings.recycle_after:
            if not w.dead:
                assert self._loop is not None
                w.dead = True
                self._loop.run_in_executor(self._threads, w.stop)  # joining takes time: not here
            self._forget(w)
            self._replace()
            return
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_result(w)
                return
        self._idle.append(w)

    def _replace(self, delay: float = 0.0) -> None:
        assert self._loop is not None
        loop = self._loop

        def spawn_later() -> None:
            if self.closed:
                return
            fut = loop.run_in_executor(self._threads, self._spawn)
            fut.add_done_callback(done)

        def done(fut: asyncio.Future[_Worker]) -> None:
            if fut.cancelled():
                return
            exc = fut.exception()
            if self.closed:
                if exc is None:
                    fut.result().kill()
                    self._forget(fut.result())
                return
            if exc is not None:
                log.error("could not replace a check worker: %s; retrying in 1 s", exc)
                self._replace(1.0)
                return
            self.replaced += 1
            self._release(fut.result())

        if delay:
            loop.call_later(delay, spawn_later)
        else:
            spawn_later()

    async def _acquire(self) -> _Worker | None:
        while self._idle:
            w = self._idle.popleft()
            if w.proc.is_alive():
                return w
            w.dead = True  # killed from outside while idle: replace it, try the next
            self._release(w)
        if self.draining:
            return None
        assert self._loop is not None
        fut: asyncio.Future[_Worker] = self._loop.create_future()
        self._waiters.append(fut)
        try:
            await asyncio.wait({fut}, timeout=self.settings.queue_timeout_s)
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self._release(fut.result())
            else:
                fut.cancel()
            raise
        if fut.done() and not fut.cancelled():
            w = fut.result()
            if w.proc.is_alive():
                return w
            w.dead = True
            self._release(w)
            return await self._acquire()
        fut.cancel()
        return None

    async def run(self, job: dict[str, Any]) -> tuple[str, Any]:
        """(kind, value): ok/report, input/message, error/traceback, timeout, crashed, busy."""
        if self._started is None or not self._started.done():
            await self.start()
        if self.pending >= self.settings.max_pending:
            return ("busy", None)
        self.pending += 1
        try:
            w = await self._acquire()
            if w is None:
                return ("shutting_down", None) if self.draining else ("busy", None)
            assert self._loop is not None
            fut = self._loop.run_in_executor(self._threads, w.run, job, self.settings.timeout_s)
            # the worker goes back (or is replaced) when its job ends, even if this request is gone
            fut.add_done_callback(lambda _f: self._release(w))
            try:
                kind, value = await asyncio.shield(fut)
            except asyncio.CancelledError:
                if not fut.done():  # nobody waits for this check any more: stop it, free the worker
                    self.cancelled += 1
                    log.info("a check was stopped: its client had gone")
                    w.dead = True
                    w.proc.kill()  # its thread sees the pipe close, and the worker is replaced
                raise
            if kind == "timeout":
                self.timeouts += 1
            return kind, value
        finally:
            self.pending -= 1

    def close(self) -> None:
        self.closed = True
        if self._monitor is not None:
            self._monitor.cancel()
        for fut in self._waiters:
            fut.cancel()
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            if w in self._idle:
                w.stop()
            else:
                w.kill()
        self._idle.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)


# ---------------------------------------------------------------------------- HTTP


def _error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status, headers=headers)


async def _send_error(
    send: Callable[[dict[str, Any]], Awaitable[None]],
    status: int,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
) -> None:
    resp = _error(status, code, message, headers)
    await send({"type": "http.response.start", "status": resp.status_code, "headers": resp.raw_headers})
    await send({"type": "http.response.body", "body": resp.body})


class GuardMiddleware:
    """The token and the body-size limit, in front of everything (a plain ASGI middleware, so that
    a refused request's body is never read, and an accepted one is read exactly once)."""

    def __init__(self, app: Any, settings: GateSettings, pool: CheckPool | None = None) -> None:
        self.app = app
        self.settings = settings
        self.pool = pool
        self.buffered = 0  # bytes of request bodies being received now, all connections together

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_security_headers(send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        token = self.settings.token
        if token and scope.get("path", "").startswith("/v1/"):
            given = headers.get("authorization", "")
            scheme, _, value = given.partition(" ")
            # header bytes arrive as latin-1 text: compare the raw bytes with the token's UTF-8
            raw = value.strip().encode("latin-1")
            if scheme.lower() != "bearer" or not hmac.compare_digest(raw, token.strip().encode("utf-8")):
                await _send_error(
                    send,
                    401,
                    "unauthorized",
                    "a bearer token is required: send 'Authorization: Bearer <token>'",
                    {"WWW-Authenticate": 'Bearer realm="numcheck"'},
                )
                return
        pool = self.pool
        if pool is not None and pool.draining and scope.get("path", "").startswith("/v1/"):
            await _send_error(
                send,
                503,
                "shutting_down",
                "the server is shutting down; retry on another instance or in a moment",
                {"Retry-After": "5", "Connection": "close"},
            )
            return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        ctype = headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json" and not ctype.endswith("+json"):
            got = f"not {ctype!r}" if ctype else "the request has no Content-Type"
            await _send_error(
                send,
                415,
                "unsupported_media_type",
                f"send the body as JSON with 'Content-Type: application/json' ({got})",
            )
            return
        limit = self.settings.max_body_bytes
        too_large = f"the request body is larger than the limit of {limit:,} bytes"
        declared = headers.get("content-length")
        if declared is not None:
            try:
                if int(declared) > limit:
                    await _send_error(send, 413, "too_large", too_large, {"Connection": "close"})
                    return
            except ValueError:
                await _send_error(send, 400, "bad_request", "the Content-Length header is not a number")
                return
        chunks: list[bytes] = []
        try:
            await self._receive_body(scope, receive, send, chunks)
        finally:
            self.buffered -= sum(len(c) for c in chunks)

    async def _receive_body(
        self, scope: dict[str, Any], receive: Any, send: Any, chunks: list[bytes]
    ) -> None:
        """Read the body into `chunks` (counted in `buffered` until the request ends), then pass it on."""
        limit = self.settings.max_body_bytes
        too_large = f"the request body is larger than the limit of {limit:,} bytes"
        total = 0
        deadline = time.monotonic() + self.settings.body_timeout_s
        while True:
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                await _send_error(
                    send,
                    408,
                    "request_timeout",
                    f"the request body did not arrive within {self.settings.body_timeout_s:g} s",
                    {"Connection": "close"},
                )
                return
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            total += len(body)
            if total > limit:
                await _send_error(send, 413, "too_large", too_large, {"Connection": "close"})
                return
            if self.buffered + len(body) > self.settings.max_buffered_bytes:
                await _send_error(
                    send,
                    503,
                    "busy",
                    "too many request bodies are arriving at once; retry shortly",
                    {"Retry-After": "1", "Connection": "close"},
                )
                return
            self.buffered += len(body)
            chunks.append(body)
            if not message.get("more_body", False):
                break
        whole = b"".join(chunks)
        problem = _body_problem(whole)
        if problem is not None:
            await _send_error(send, 400, "bad_json", problem)
            return
        delivered = False

        async def replay() -> dict[str, Any]:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


_SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


def _with_security_headers(send: Any) -> Any:
    """`send`, adding a strict CSP (and nosniff, no-referrer) to a response that has none of its own."""

    async def wrapped(message: dict[str, Any]) -> None:
        if message.get("type") == "http.response.start":
            headers = list(message.get("headers") or [])
            have = {bytes(k).lower() for k, _ in headers}
            headers += [(k, v) for k, v in _SECURITY_HEADERS if k not in have]
            message = {**message, "headers": headers}
        await send(message)

    return wrapped


def _body_problem(body: bytes) -> str | None:
    """What makes a JSON body unparseable, said plainly (FastAPI's own message for these is vague)."""
    try:
        json.loads(body)
    except UnicodeDecodeError as exc:
        return f"the body is not valid UTF-8 text (invalid byte at offset {exc.start})"
    except RecursionError:
        return "the body's JSON is nested too deeply to parse"
    except ValueError as exc:
        if "integer string conversion" in str(exc):
            return (
                "the body holds a number with more than 4,300 digits; send long figures as text "
                "inside the draft"
            )
        return None  # malformed JSON: FastAPI's message names the character
    return None


async def _client_gone(request: Request) -> None:
    """Return when the client disconnects (the body has been read: the next message is the disconnect)."""
    while True:
        message = await request.receive()
        if message.get("type") == "http.disconnect":
            return


def _validation_message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors[:5]:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    more = len(errors) - 5
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _no_telemetry() -> dict[str, Any]:
    """FastAPI versions with built-in OpenTelemetry can export to an endpoint named in the
    environment; the gate never opens a connection, so that is switched off where it exists."""
    import inspect

    if "telemetry" not in inspect.signature(FastAPI.__init__).parameters:
        return {}
    return {
        "telemetry": {
            "auto_configure": False,
            "tracing": False,
            "metrics": False,
            "logs": False,
            "operation_spans": False,
        }
    }


def create_app(
    config: Config | None = None,
    settings: GateSettings | None = None,
    check_fn: CheckFn = run_check,
) -> FastAPI:
    """The gate as an ASGI app. `check_fn` (a module-level function, as it is sent to worker
    processes) is the check each request runs; tests put a double there."""
    from numcheck.report.html import editor_page
    from numcheck.version import __version__

    cfg = config if config is not None else load_config(discover=False)
    st = settings or GateSettings()
    block_on: Threshold = st.block_on or cfg.fail_on
    warn_on: Threshold = st.warn_on
    pool = CheckPool(cfg, check_fn, st)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        await pool.start()
        log.info(
            "numcheck gate: %d check workers, time limit %g s, body limit %d bytes, verdict "
            "block on %s, warn on %s, token %s",
            st.workers,
            st.timeout_s,
            st.max_body_bytes,
            block_on,
            warn_on,
            "required" if st.token else "not required",
        )
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(
        title="numcheck gate",
        version=__version__,
        summary="Checks the numbers of a news draft before it is published.",
        description=(
            "POST a draft (and optionally its sources and a facts file) to `/v1/check`; the answer is "
            "numcheck's JSON report plus a `verdict`: `block` when a finding reaches "
            f"`{block_on}`, `warn` when one reaches `{warn_on}`, else `pass`. "
            + ("Requests to /v1/ need `Authorization: Bearer <token>`. " if st.token else "")
            + f"Bodies over {st.max_body_bytes:,} bytes get 413; a check running past {st.timeout_s:g} s "
            'gets 503. Every error is JSON: `{"error": code, "message": sentence}`.'
        ),
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load unpinned scripts from a CDN: not on this origin
        redoc_url=None,
        **_no_telemetry(),
    )
    app.state.pool = pool
    app.state.settings = st
    app.add_middleware(GuardMiddleware, settings=st, pool=pool)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        bad_json = [e for e in errors if e.get("type") == "json_invalid"]
        if bad_json:
            ctx = bad_json[0].get("ctx") or {}
            why = ctx.get("error", "malformed JSON")
            pos = [p for p in bad_json[0].get("loc", ()) if isinstance(p, int)]
            where = f" at character {pos[0]}" if pos else ""
            return _error(400, "bad_json", f"the body is not valid JSON: {why}{where}")
        details = [
            {
                "loc": [p for p in e.get("loc", ()) if p != "body"],
                "msg": e.get("msg", ""),
                "type": e.get("type", ""),
            }
            for e in errors[:20]
        ]
        return _error(422, "invalid_request", _validation_message(errors), details=details)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {400: "bad_json", 404: "not_found", 405: "method_not_allowed", 415: "unsupported_media_type"}
        msg = {
            404: "no such endpoint (see /openapi.json)",
            405: "method not allowed on this endpoint",
            # FastAPI's answer when its JSON parser fails in a way GuardMiddleware did not name
            400: "the body could not be parsed as JSON",
        }
        return _error(
            exc.status_code,
            codes.get(exc.status_code, "http_error"),
            msg.get(exc.status_code, str(exc.detail)),
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def on_crash(_request: Request, exc: Exception) -> JSONResponse:
        log.error("internal error: %s", "".join(traceback.format_exception(exc)))
        return _error(500, "internal", "internal error; the server log has the details")

    errors_doc: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorBody, "description": why}
        for code, why in [
            (400, "Malformed JSON."),
            (401, "Missing or wrong bearer token (when NUMCHECK_TOKEN is set)."),
            (413, "Body larger than the limit."),
            (
                422,
                "A field missing, of the wrong type, or unusable (e.g. a facts file that is not valid YAML).",
            ),
            (500, "The check failed unexpectedly."),
            (503, "The check ran past the time limit, or the server is busy."),
        ]
    }

    @app.post(
        "/v1/check",
        response_model=CheckResponse,
        responses=errors_doc,
        summary="Check a draft: the report and a verdict (pass, warn or block)",
    )
    async def v1_check(body: CheckRequest, request: Request) -> Any:
        job = asyncio.ensure_future(pool.run(body.model_dump()))
        gone = asyncio.ensure_future(_client_gone(request))
        try:
            await asyncio.wait({job, gone}, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:  # the server gave up waiting (shutdown past its grace period)
            job.cancel()
            gone.cancel()
            return _error(
                503,
                "shutting_down",
                "the server stopped before the check finished; the draft was not checked",
                {"Retry-After": "5", "Connection": "close"},
            )
        if not job.done():  # the client has gone: stop its check, answer no one
            job.cancel()
            return _error(499, "client_closed", "the client closed the connection")
        gone.cancel()
        kind, value = job.result()
        if kind == "ok":
            value["verdict"] = verdict_of(value.get("findings", []), block_on, warn_on)
            return JSONResponse(value)
        if kind == "input":
            return _error(422, "bad_input", str(value))
        if kind == "timeout":
            return _error(
                503,
                "timeout",
                f"the check ran past the time limit of {st.timeout_s:g} s and "
                "was stopped; the draft was not checked",
                {"Retry-After": "1"},
            )
        if kind == "busy":
            return _error(
                503, "busy", "too many checks are running or waiting; retry shortly", {"Retry-After": "1"}
            )
        if kind == "shutting_down":
            return _error(
                503,
                "shutting_down",
                "the server is shutting down; the draft was not checked",
                {"Retry-After": "5", "Connection": "close"},
            )
        if kind == "crashed":
            log.error("a check worker died during a check")
            return _error(500, "internal", "the check stopped unexpectedly; the draft was not checked")
        log.error("check failed:\n%s", value)
        return _error(
            500, "internal", "the check failed with an internal error; the server log has the details"
        )

    @app.get(
        "/healthz",
        summary="Health: 200 while checks can run; 503 with no live worker, or when "
        "a worker's warm-up check failed",
    )
    async def healthz() -> Any:
        alive = pool.alive
        body = {
            "status": "ok" if alive else "no_workers",
            "version": __version__,
            "workers": alive,
            "idle": pool.idle,
            "pending": pool.pending,
            "timeouts": pool.timeouts,
            "replaced": pool.replaced,
            "auth": bool(st.token),
        }
        problem = pool.problem if alive else None
        if problem:  # each worker checks known drafts when it starts: a failure there fails here
            body.update(status="failing", message=f"checks cannot run: {problem}")
        return JSONResponse(body, status_code=200 if alive and not problem else 503)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page() -> HTMLResponse:
        html, csp = editor_page()
        return HTMLResponse(
            html,
            headers={
                "Content-Security-Policy": csp,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                "Cache-Control": "no-cache",
            },
        )

    return app


# ---------------------------------------------------------------------------- transport


class RateLimit(logging.Filter):
    """At most `burst` records per `window` seconds pass; the rest are counted and reported in one
    line when the next window opens (a flood of bad requests must not fill the server's disk)."""

    def __init__(self, burst: int = 50, window: float = 10.0) -> None:
        super().__init__()
        self.burst, self.window = burst, window
        self._start = time.monotonic()
        self._passed = 0
        self._dropped = 0
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        with self._lock:
            now = time.monotonic()
            if now - self._start >= self.window:
                if self._dropped:
                    note = f"({self._dropped} log lines suppressed in the last {self.window:g} s)"
                    record.msg = f"{note} {record.msg}"
                self._start, self._passed, self._dropped = now, 0, 0
            if self._passed >= self.burst:
                self._dropped += 1
                return False
            self._passed += 1
            return True


def gate_protocol(settings: GateSettings) -> type:
    """uvicorn's h11 protocol with what it lacks: a deadline for a request's headers (slow-loris
    sockets are closed, not kept forever) and a cap on open connections (more are closed at once,
    before they can use up the server's file descriptors)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class GateProtocol(H11Protocol):  # type: ignore[misc]
        _header_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            if len(self.connections) > settings.max_connections:
                log.warning("connection refused: %d connections open (the limit)", len(self.connections) - 1)
                transport.abort()
                return
            self._arm()

        def _arm(self) -> None:
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(settings.header_timeout_s, self._headers_too_slow)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _headers_too_slow(self) -> None:
            self._header_timer = None
            if self.cycle is None or self.cycle.response_complete:
                log.warning(
                    "closed a connection that sent no complete request headers within %g s",
                    settings.header_timeout_s,
                )
                self.transport.close()

        def data_received(self, data: bytes) -> None:
            before = self.cycle
            if before is None or before.response_complete:
                self._arm()  # a new request is starting: its headers have a deadline
            super().data_received(data)
            if self.cycle is not before:
                self._disarm()  # its headers are complete

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return GateProtocol


def check_token(token: str | None) -> None:
    """A token of white space only would lock every client out without a word: refuse it (an empty
    NUMCHECK_TOKEN means no token)."""
    if token and not token.strip():
        raise ConfigError("NUMCHECK_TOKEN is set but blank (only white space): set a real token, or unset it")


def serve_command(
    host: str = "127.0.0.1",
    port: int = 8000,
    config_file: Path | None = None,
    rules_dir: Path | None = None,
    settings: GateSettings | None = None,
) -> None:
    """`numcheck serve`: load the configuration (a mistake is a ConfigError: exit 2), then run."""
    import uvicorn

    check_token(os.environ.get("NUMCHECK_TOKEN"))
    st = settings or GateSettings()
    check_token(st.token)
    st = _fit_connections(st)
    cfg = load_config(config_file=config_file, rules_dir=rules_dir)
    app = create_app(cfg, st)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    limiter = RateLimit()
    for name in ("uvicorn.error", "uvicorn.access", "numcheck.serve"):
        logging.getLogger(name).addFilter(limiter)
    if not st.token and host not in ("127.0.0.1", "localhost", "::1"):
        log.warning(
            "listening on %s without a token: anyone who can reach this address can use the gate; "
            "set NUMCHECK_TOKEN",
            host,
        )
    pool: CheckPool = app.state.pool

    class GateServer(uvicorn.Server):  # type: ignore[misc]
        def handle_exit(self, sig: int, frame: Any) -> None:
            loop = pool._loop
            if loop is not None:
                loop.call_soon_threadsafe(pool.drain)
            super().handle_exit(sig, frame)

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        http=gate_protocol(st),
        timeout_keep_alive=5,
        # checks in flight get the time they are allowed, then an answer
        timeout_graceful_shutdown=int(st.timeout_s) + 3,
    )
    GateServer(config).run()


def _fit_connections(st: GateSettings) -> GateSettings:
    """Keep the connection cap below the file-descriptor limit (each connection holds one)."""
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (ImportError, ValueError, OSError):
        return st
    if soft == getattr(resource, "RLIM_INFINITY", -1) or soft <= 0:
        return st
    room = max(16, soft - 64 - 4 * st.workers)  # the workers' pipes, logs, the listening socket
    if st.max_connections > room:
        import dataclasses

        return dataclasses.replace(st, max_connections=room)
    return st
