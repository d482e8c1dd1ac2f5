"""`numcheck scan`: audit a whole archive, one article at a time, on local processes or on Dask.

Every article is checked on its own, exactly as `numcheck check ARTICLE` would check it
(`numcheck.api.check_paths`). Each result is one JSON line, written as soon as it arrives:

    {"path": "...", "claims": 12, "findings": [...], "cited": {...}, "error": null, "ms": 8.1}

`findings` are the report's findings; `cited` holds the claims they name (offsets and surface),
so a line can be read on its own. `error` is a one-line message when the article could not be
checked (unreadable, not text, a crash inside numcheck); the scan goes on.

With `--output FILE.jsonl` lines are appended and flushed one by one (and fsynced right behind
them by a group-committing thread); a re-run with the same file skips the articles already in it
(a truncated last line, left by a crash, is dropped and redone), so a scan killed half-way
resumes without losing or duplicating anything. Each line carries `run`, a key of numcheck's version
and the configuration in effect (rule pack contents, rule settings): a file written under another
version or configuration is not resumed (its results would mix two judgements) but refused, with a
pointer to `--force`, which starts the file again.

Engines: `local` is a process pool whose workers load numcheck and the rule pack once (pool
initializer); a worker that dies takes no other article with it (the articles that were in flight
are redone one at a time to find the culprit). `dask` runs the same task on a Dask cluster
(`--scheduler ADDRESS`) or a LocalCluster; workers must see the files at the same paths.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from numcheck.budget import Budget, document_budget
from numcheck.config import Config, find_config_file, load_config
from numcheck.errors import InputError, NumcheckError

DEFAULT_GLOBS: tuple[str, ...] = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
ENGINES = ("local", "dask")

Record = dict[str, Any]
Task = Callable[[str, "ConfigSpec"], Record]


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class ConfigSpec:
    """How a worker builds the run's Config: absolute paths, so any process (or host) rebuilds it."""

    config_file: str | None = None
    rules_dir: str | None = None
    budget: Budget = Budget()  # time and memory one article may take (numcheck.budget)


def resolve_config(
    config_file: Path | str | None, rules_dir: Path | str | None, budget: Budget | None = None
) -> tuple[Config, ConfigSpec]:
    """Load the Config once in the parent (so a mistake stops the scan before it starts)."""
    cfile = Path(config_file) if config_file else find_config_file()
    cfg = load_config(config_file=cfile, rules_dir=rules_dir, discover=False)
    spec = ConfigSpec(
        config_file=str(Path(cfile).resolve()) if cfile else None,
        rules_dir=str(Path(rules_dir).resolve()) if rules_dir else None,
        budget=budget or Budget(),
    )
    return cfg, spec


def run_key(cfg: Config) -> str:
    """numcheck's version and everything the configuration decides, as a short key."""
    import hashlib

    from numcheck.version import __version__

    body = {
        "version": __version__,
        "pack": cfg.pack.model_dump(mode="json", exclude={"path", "own_files", "modes"}),
        "overrides": {k: v.model_dump(mode="json") for k, v in sorted(cfg.overrides.items())},
        "fail_on": cfg.fail_on,
    }
    return hashlib.sha1(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]


@lru_cache(maxsize=4)
def worker_config(spec: ConfigSpec) -> Config:
    """The Config in a worker process: loaded on first use, then kept for the worker's life."""
    return load_config(config_file=spec.config_file, rules_dir=spec.rules_dir, discover=False)


def init_worker(spec: ConfigSpec, scan_pid: int | None = None) -> None:
    """Pool initializer: load the rule pack and warm the pipeline (lazy imports) once per worker.

    With `scan_pid`, the worker also exits when that process is gone (a scan killed with SIGKILL
    leaves no orphaned workers behind).
    """
    if scan_pid is not None:
        threading.Thread(target=_exit_with, args=(scan_pid,), daemon=True, name="numcheck-scan-watch").start()
    cfg = worker_config(spec)
    try:
        from numcheck.api import check

        check(["Warm-up: about 12 km, $3.5bn and 40 per cent, officials said."], config=cfg)
    except Exception:  # noqa: BLE001 - a warm-up failure shows up again on the real articles
        pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # killed but not yet reaped by its parent: a zombie is gone for our purposes
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _exit_with(pid: int, interval: float = 0.5) -> None:
    while _alive(pid):
        time.sleep(interval)
    os._exit(0)


# --------------------------------------------------------------------------- the task


def check_one(path: str, spec: ConfigSpec) -> Record:
    """Check one article, as `numcheck check PATH` would; never raises."""
    t0 = time.perf_counter()
    record: Record = {"path": path, "claims": 0, "findings": [], "cited": {}, "error": None}
    try:
        from numcheck.api import check_paths

        cfg = worker_config(spec)
        with document_budget(path, spec.budget):
            report = check_paths([path], config=cfg)
        claims = {c.id: c for c in report.claims}
        record["claims"] = report.summary.claims
        record["findings"] = [f.model_dump(mode="json") for f in report.findings]
        record["cited"] = {
            cid: {"start": claims[cid].start, "end": claims[cid].end, "surface": claims[cid].surface}
            for f in report.findings
            for cid in f.claims
            if cid in claims
        }
    except NumcheckError as exc:
        record["error"] = str(exc)
    except RecursionError:
        record["error"] = f"{path}: internal error in numcheck (RecursionError)"
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop an archive scan
        record["error"] = f"{path}: internal error in numcheck ({type(exc).__name__}: {exc})"[:500]
    record["ms"] = round((time.perf_counter() - t0) * 1000, 2)
    return record


def relabel(rec: Record, path: str) -> Record:
    """A worker's record under the path the user gave (workers are sent absolute paths)."""
    absolute = rec.get("path")
    out = {**rec, "path": path}
    if out.get("error") and isinstance(absolute, str) and absolute != path:
        out["error"] = out["error"].replace(absolute, path)
    return out


def error_record(path: str, message: str) -> Record:
    return {"path": path, "claims": 0, "findings": [], "cited": {}, "error": message, "ms": 0.0}


# --------------------------------------------------------------------------- which files


def discover(paths: Sequence[Path | str], globs: Sequence[str] = ()) -> list[str]:
    """Files named, plus files under named directories matching the globs (recursively), sorted.

    A pattern without '/' matches file names at any depth ('*.txt'); one with '/' or '**' is
    matched from the directory ('2024/**/*.md'). A PATH that does not exist is an InputError.
    """
    patterns = list(globs) or list(DEFAULT_GLOBS)
    seen: set[str] = set()
    found: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            hits: set[Path] = set()
            for pat in patterns:
                it = p.glob(pat) if ("/" in pat or "**" in pat) else p.rglob(pat)
                hits.update(h for h in it if not h.is_dir())
            members = sorted(str(h) for h in hits)
        elif p.exists() or p.is_symlink():
            members = [str(p)]
        else:
            raise InputError(f"{p}: no such file or directory")
        for m in members:
            key = os.path.abspath(m)
            if key not in seen:
                seen.add(key)
                found.append(os.path.normpath(m))
    return found


# --------------------------------------------------------------------------- the output log


class OutputLog:
    """An append-only JSONL file: one line per article.

    Each line is written and flushed as its result arrives, so a killed scan loses nothing the OS
    has been given; a background thread follows the writes with fsync (group commit: one fsync
    covers every line written since the previous one), so lines reach the disk within one fsync's
    latency without the scan ever waiting for the disk (an fsync per line in the main loop cost
    ~3 ms an article here, more than half the time of checking one).
    """

    def __init__(self, path: Path | str, force: bool = False) -> None:
        self.path = Path(path)
        self.force = force
        self.done: set[str] = set()
        self.fsyncs = 0
        self._fh: IO[str] | None = None
        self._dirty = threading.Event()
        self._closing = False
        self._syncer: threading.Thread | None = None

    def open(self) -> list[Record]:
        """Read what a previous run left (dropping a torn last line), then open for appending."""
        previous: list[Record] = []
        if self.path.is_dir():
            raise InputError(f"{self.path}: is a directory, not an output file")
        if self.path.is_file():  # a device or FIFO is written to, never read back
            try:
                data = self.path.read_bytes()
            except OSError as exc:
                raise InputError(f"{self.path}: cannot read ({exc.strerror})") from exc
            if data.strip() and not _looks_like_scan_output(data):
                if not self.force:
                    raise InputError(
                        f"{self.path}: exists and is not a scan's JSON lines output; refusing "
                        "to replace it (use --force to do it anyway)"
                    )
                data = b""  # --force: replaced from the start
                try:
                    os.truncate(self.path, 0)
                except OSError as exc:
                    raise InputError(f"{self.path}: cannot write ({exc.strerror})") from exc
            good_end = 0
            pos = 0
            while pos < len(data):
                nl = data.find(b"\n", pos)
                if nl < 0:
                    break  # a torn last line: no newline, so it was never completely written
                line = data[pos:nl]
                pos = nl + 1
                rec = _parse_line(line)
                if rec is None:
                    if line.strip():
                        continue  # a damaged line in the middle: skip it, its article is redone
                else:
                    previous.append(rec)
                    self.done.add(os.path.abspath(rec["path"]))
                good_end = pos
            if good_end < len(data):
                try:
                    os.truncate(self.path, good_end)
                except OSError as exc:
                    raise InputError(f"{self.path}: cannot repair torn last line ({exc.strerror})") from exc
        try:
            self._fh = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()
        except OSError as exc:
            raise InputError(f"{self.path}: cannot write ({exc.strerror})") from exc
        return previous

    def _sync_loop(self, fd: int) -> None:
        while True:
            self._dirty.wait()
            self._dirty.clear()
            try:
                os.fsync(fd)
                self.fsyncs += 1
            except OSError:
                pass
            if self._closing:
                return

    def write(self, record: Record) -> None:
        assert self._fh is not None
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._fh.flush()
        if self._syncer is None:
            self._syncer = threading.Thread(
                target=self._sync_loop, args=(self._fh.fileno(),), daemon=True, name="numcheck-scan-fsync"
            )
            self._syncer.start()
        self._dirty.set()

    def close(self) -> None:
        if self._fh is None:
            return
        if self._syncer is not None:
            self._closing = True
            self._dirty.set()
            self._syncer.join()
        try:
            os.fsync(self._fh.fileno())
        except OSError:
            pass
        self._fh.close()
        self._fh = None


def _looks_like_scan_output(data: bytes) -> bool:
    """A file a scan wrote: its first line is a record, or (torn before its first newline) starts like one."""
    nl = data.find(b"\n")
    if nl < 0:
        return data.lstrip().startswith(b'{"path"')
    return _parse_line(data[:nl]) is not None


def _parse_line(line: bytes) -> Record | None:
    try:
        rec = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(rec, dict) or not isinstance(rec.get("path"), str):
        return None
    return rec


def read_records(path: Path | str) -> list[Record]:
    """The complete lines of a scan output file (a torn last line is left out)."""
    out: list[Record] = []
    with open(path, "rb") as fh:
        for line in fh:
            if line.endswith(b"\n"):
                rec = _parse_line(line)
                if rec is not None:
                    out.append(rec)
    return out


# --------------------------------------------------------------------------- the summary


@dataclass
class Tally:
    """What the summary table shows, accumulated line by line (nothing else is kept in memory)."""

    articles: int = 0
    previous: int = 0
    claims: int = 0
    failed: int = 0
    findings: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)
    by_file: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, rec: Record, previous: bool = False) -> None:
        self.articles += 1
        self.previous += previous
        self.claims += int(rec.get("claims") or 0)
        if rec.get("error"):
            self.failed += 1
            if len(self.failures) < 10:
                self.failures.append((rec["path"], str(rec["error"])))
        fs = rec.get("findings") or []
        self.findings += len(fs)
        for f in fs:
            self.by_category[str(f.get("category"))] += 1
            self.by_rule[str(f.get("rule"))] += 1
            self.by_severity[str(f.get("severity"))] += 1
        if fs:
            self.by_file[rec["path"]] += len(fs)

    def reaches(self, fail_on: str) -> bool:
        if fail_on == "never":
            return False
        rank = {"info": 1, "warning": 2, "error": 3}
        return any(rank.get(s, 0) >= rank[fail_on] and n for s, n in self.by_severity.items())


def render_summary(tally: Tally, elapsed: float, new: int, console: Any) -> None:
    """Print the end-of-scan tables: totals, findings by category, by rule, top files, failures."""
    from rich.table import Table

    rate = new / elapsed if elapsed > 0 else 0.0
    head = (
        f"[bold]{tally.articles}[/] articles ({new} checked now in {elapsed:.1f}s, {rate:.1f}/s"
        f"{f'; {tally.previous} from a previous run' if tally.previous else ''}), "
        f"{tally.claims} claims, [bold]{tally.findings}[/] findings "
        f"({tally.by_severity.get('error', 0)} errors, {tally.by_severity.get('warning', 0)} warnings, "
        f"{tally.by_severity.get('info', 0)} info), {tally.failed} not checked"
    )
    console.print(head)
    if tally.findings:
        t = Table(title="Findings by category", title_justify="left")
        t.add_column("category")
        t.add_column("findings", justify="right")
        for cat, n in tally.by_category.most_common():
            t.add_row(cat, str(n))
        console.print(t)
        try:
            from numcheck.checks.registry import RULES
        except Exception:  # noqa: BLE001 - names are a nicety
            RULES = {}  # noqa: N806
        t = Table(title="Findings by rule", title_justify="left")
        t.add_column("rule")
        t.add_column("name")
        t.add_column("findings", justify="right")
        for code, n in tally.by_rule.most_common():
            rule = RULES.get(code)
            t.add_row(code, rule.name if rule else "", str(n))
        console.print(t)
        t = Table(title="Top files", title_justify="left")
        t.add_column("file", overflow="fold")
        t.add_column("findings", justify="right")
        for path, n in tally.by_file.most_common(10):
            t.add_row(path, str(n))
        console.print(t)
    if tally.failures:
        t = Table(title=f"Not checked ({tally.failed})", title_justify="left")
        t.add_column("file", overflow="fold")
        t.add_column("error", overflow="fold")
        for path, err in tally.failures:
            t.add_row(path, err)
        console.print(t)


# --------------------------------------------------------------------------- engines


def check_chunk(task: Task, paths: Sequence[str], spec: ConfigSpec) -> list[Record]:
    """Run `task` on a few articles in one round trip (per-task overhead is paid once per chunk)."""
    return [task(p, spec) for p in paths]


def chunk_size(n: int, workers: int, cap: int) -> int:
    """Articles per task: enough to amortise the per-task cost, few enough to keep every worker busy
    (at least ~16 tasks per worker) and results streaming."""
    return max(1, min(cap, n // max(1, workers * 16)))


def run_local(
    paths: Sequence[str],
    spec: ConfigSpec,
    jobs: int,
    task: Task = check_one,
    start_method: str | None = None,
    chunk: int | None = None,
) -> Iterator[Record]:
    """Check `paths` on a process pool of `jobs` workers; yield records as they complete.

    A worker that dies (a crash, the OOM killer) breaks the pool: the pool is rebuilt and the
    articles that were in flight are redone one at a time, so only the culprit is reported.
    """
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    if start_method is None:
        start_method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
    if start_method == "forkserver":  # workers import numcheck, not a `numcheck` folder in the cwd
        from numcheck.procs import worker_context

        ctx = worker_context(["numcheck.scan", "numcheck.api"])
    else:
        ctx = mp.get_context(start_method)
    size = chunk or chunk_size(len(paths), jobs, 8)
    window = max(2, jobs * 3)
    pending: deque[str] = deque(paths)
    suspects: deque[str] = deque()
    pool: ProcessPoolExecutor | None = None
    inflight: dict[Future[list[Record]], list[str]] = {}

    def submit(batch: list[str]) -> None:
        assert pool is not None
        inflight[pool.submit(check_chunk, task, [os.path.abspath(p) for p in batch], spec)] = batch

    def results(fut: Future[list[Record]], batch: list[str]) -> list[Record]:
        return [relabel(rec, p) for rec, p in zip(fut.result(), batch, strict=True)]

    try:
        while pending or suspects or inflight:
            if pool is None:
                pool = ProcessPoolExecutor(
                    max_workers=jobs, mp_context=ctx, initializer=init_worker, initargs=(spec, os.getpid())
                )
            isolating = bool(suspects)
            if isolating:
                if not inflight:
                    submit([suspects.popleft()])
            else:
                while pending and len(inflight) < window:
                    submit([pending.popleft() for _ in range(min(size, len(pending)))])
            done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                batch = inflight.pop(fut)
                try:
                    yield from results(fut, batch)
                except BrokenProcessPool:
                    broken = True
                    if isolating:
                        p = batch[0]
                        yield error_record(p, f"{p}: the worker process died while checking this file")
                    else:
                        suspects.extend(batch)
                except Exception as exc:  # noqa: BLE001
                    for p in batch:
                        yield error_record(p, f"{p}: internal error in scan ({type(exc).__name__}: {exc})")
            if broken:
                # every other future of a broken pool fails too: settle them, keep their results
                for fut in list(inflight):
                    batch = inflight.pop(fut)
                    try:
                        yield from results(fut, batch)
                    except Exception:  # noqa: BLE001
                        suspects.extend(batch)
                pool.shutdown(wait=True, cancel_futures=True)
                pool = None
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def run_dask(
    paths: Sequence[str],
    spec: ConfigSpec,
    jobs: int,
    scheduler: str | None = None,
    connect_timeout: str = "10s",
) -> Iterator[Record]:
    """Check `paths` on Dask: the cluster at `scheduler`, or a LocalCluster of `jobs` processes."""
    try:
        import logging

        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise InputError("--engine dask needs Dask: pip install 'numcheck[dask]'") from exc

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=connect_timeout)
        else:
            cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        where = scheduler or "a LocalCluster"
        raise InputError(f"{where}: cannot connect to the Dask scheduler ({exc})") from exc
    try:
        client.run(init_worker, spec)  # load numcheck and the rule pack once in every worker
        nworkers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        size = chunk_size(len(paths), nworkers, 32)
        window = max(4, nworkers * 4)
        todo = deque(paths)
        owner: dict[Any, list[str]] = {}
        ac = as_completed()

        def submit(n: int) -> None:
            for _ in range(n):
                if not todo:
                    return
                batch = [todo.popleft() for _ in range(min(size, len(todo)))]
                absolute = [os.path.abspath(p) for p in batch]
                fut = client.submit(check_chunk, check_one, absolute, spec, pure=False)
                owner[fut] = batch
                ac.add(fut)

        submit(window)
        for fut in ac:
            batch = owner.pop(fut)
            try:
                recs = [relabel(rec, p) for rec, p in zip(fut.result(), batch, strict=True)]
            except Exception as exc:  # noqa: BLE001 - KilledWorker and friends: report, go on
                recs = [
                    error_record(p, f"{p}: the Dask task failed ({type(exc).__name__}: {exc})"[:500])
                    for p in batch
                ]
            fut.release()
            yield from recs
            submit(1)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- the command


def _progress(total: int, enabled: bool) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            shown = f"{speed:6.1f} articles/s" if speed else "   ... articles/s"
            return Text(shown, style="progress.data.speed")

    console = Console(stderr=True)
    return Progress(
        TextColumn("scan"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        RateColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not enabled,
        transient=False,
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=False,
    )


def scan(
    paths: Sequence[Path | str],
    globs: Sequence[str] = (),
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    output: Path | str | None = None,
    config_file: Path | str | None = None,
    rules_dir: Path | str | None = None,
    progress: bool | None = None,
    out: IO[str] | None = None,
    budget: Budget | None = None,
    force: bool = False,
) -> int:
    """Run a scan; return the exit status (0 clean, 1 findings at fail_on or articles not checked).

    User mistakes (no such PATH, bad config, unusable --output, unknown engine, no Dask) raise
    NumcheckError before any article is checked.
    """
    if engine not in ENGINES:
        raise InputError(f"--engine {engine!r}: unknown engine (choose local or dask)")
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    if jobs is not None and jobs < 1:
        raise InputError(f"--jobs {jobs}: must be at least 1")
    cfg, spec = resolve_config(config_file, rules_dir, budget)
    files = discover(paths, globs)
    if not files:
        shown = ", ".join(str(p) for p in paths)
        raise InputError(f"{shown}: no files to scan (patterns: {', '.join(globs or DEFAULT_GLOBS)})")
    njobs = jobs or os.cpu_count() or 1

    tally = Tally()
    log: OutputLog | None = None
    key = run_key(cfg)
    if output is not None:
        if force and Path(output).is_file():  # --force: the file starts again, whatever it held
            try:
                os.truncate(output, 0)
            except OSError as exc:
                raise InputError(f"{output}: cannot write ({exc.strerror})") from exc
        log = OutputLog(output, force=force)
        previous = log.open()
        stale = sum(1 for rec in previous if rec.get("run") != key)
        if stale:
            log.close()
            raise InputError(
                f"{output}: {stale} of its {len(previous)} results were made by another numcheck version "
                "or configuration, so it is not resumed; --force checks every article again into it"
            )
        for rec in previous:
            tally.add(rec, previous=True)
    todo = [f for f in files if log is None or os.path.abspath(f) not in log.done]
    stream = out if out is not None else sys.stdout

    from rich.console import Console

    show = progress if progress is not None else Console(stderr=True).is_terminal
    t0 = time.perf_counter()
    new = 0
    records: Iterable[Record]
    if not todo:
        records = ()
    elif engine == "dask":
        records = run_dask(todo, spec, njobs, scheduler)
    else:
        records = run_local(todo, spec, min(njobs, len(todo)))
    interrupted = False
    try:
        with _progress(len(todo), bool(show) and bool(todo)) as bar:
            task_id = bar.add_task("scan", total=len(todo))
            for rec in records:
                rec["run"] = key
                if log is not None:
                    log.write(rec)
                else:
                    stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    stream.flush()
                tally.add(rec)
                new += 1
                bar.advance(task_id)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        close = getattr(records, "close", None)
        if close is not None:
            close()
        if log is not None:
            log.close()
    elapsed = time.perf_counter() - t0
    from rich.console import Console as _Console

    console = _Console(stderr=output is None, highlight=False)
    render_summary(tally, elapsed, new, console)
    if interrupted:
        console.print(
            f"interrupted: {len(todo) - new} articles left; run the same command again to resume"
            if log is not None
            else "interrupted"
        )
        return 130
    return 1 if (tally.failed or tally.reaches(cfg.fail_on)) else 0
