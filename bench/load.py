"""Load test of the pre-publish gate: N concurrent clients on loopback posting one article.

    python bench/load.py                      # 200 clients, at most 3000 requests or 60 s
    python bench/load.py --clients 50 --requests 500 --duration 20 --workers 2 --json bench/out/load.json

Starts `numcheck serve` itself on 127.0.0.1 (a free port), waits for /healthz, runs the clients
(each one keep-alive connection, a minimal HTTP/1.1 client so that the load generator costs as
little CPU as possible on a machine it shares with the server), stops after --requests requests
or --duration seconds, whichever comes first, stops the server, and prints requests per second,
latency percentiles, errors (anything but a 200 with a verdict), and the server's peak memory:
the peak of the summed RSS of the server and its worker processes (sampled every 0.1 s) and
the main process's own high-water mark (VmHWM).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_75fc520f5eb4771c.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _status_kb(pid: int) -> dict[str, int]:
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[key] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return out


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time used so far by these processes (from /proc/<pid>/stat)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
        except (OSError, ValueError, IndexError):
            continue
    return total / ticks


def _tree(pid: int) -> list[int]:
    """pid and all its descendants (from /proc/<pid>/task/<tid>/children)."""
    seen, todo = [], [pid]
    while todo:
        p = todo.pop()
        seen.append(p)
        try:
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children", encoding="ascii") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return seen


class MemorySampler(threading.Thread):
    def __init__(self, pid: int, every: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.every = every
        self.peak_total_kb = 0
        self.peak_procs = 0
        self.main_hwm_kb = 0
        self.hwm_by_pid: dict[int, int] = {}
        self.stop_flag = threading.Event()

    def sample(self) -> None:
        total, pids = 0, _tree(self.pid)
        for p in pids:
            st = _status_kb(p)
            total += st.get("VmRSS", 0)
            if "VmHWM" in st:
                self.hwm_by_pid[p] = max(self.hwm_by_pid.get(p, 0), st["VmHWM"])
        self.peak_total_kb = max(self.peak_total_kb, total)
        self.peak_procs = max(self.peak_procs, len(pids))
        self.main_hwm_kb = max(self.main_hwm_kb, self.hwm_by_pid.get(self.pid, 0))

    def run(self) -> None:
        while not self.stop_flag.is_set():
            self.sample()
            self.stop_flag.wait(self.every)


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length, close = 0, False
    for line in lines[1:]:
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key == "content-length":
            length = int(value.strip())
        elif key == "connection" and value.strip().lower() == "close":
            close = True
    body = await reader.readexactly(length) if length else b""
    return status, body, close


async def run_clients(
    port: int, payload: bytes, clients: int, total: int, duration: float, timeout: float
) -> dict[str, Any]:
    request = (
        f"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(payload)}\r\nConnection: keep-alive\r\n\r\n"
    ).encode() + payload
    token = os.environ.get("NUMCHECK_TOKEN")
    if token:
        request = request.replace(b"\r\n\r\n", f"\r\nAuthorization: Bearer {token}\r\n\r\n".encode(), 1)
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    issued = 0
    deadline = time.monotonic() + duration

    async def client() -> None:
        nonlocal issued
        reader = writer = None
        while issued < total and time.monotonic() < deadline:
            issued += 1
            t0 = time.perf_counter()
            try:
                if writer is None:
                    connect = asyncio.open_connection("127.0.0.1", port)
                    reader, writer = await asyncio.wait_for(connect, timeout)
                assert reader is not None
                writer.write(request)
                await writer.drain()
                status, body, close = await asyncio.wait_for(_read_response(reader), timeout)
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    try:
                        errors[f"{status} {json.loads(body).get('error')}"] += 1
                    except ValueError:
                        errors[f"{status} (not JSON)"] += 1
                else:
                    verdict = json.loads(body).get("verdict")
                    if verdict in ("pass", "warn", "block"):
                        verdicts[verdict] += 1
                    else:
                        errors["200 without a verdict"] += 1
                if close:
                    writer.close()
                    reader = writer = None
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                errors[type(exc).__name__] += 1
                if writer is not None:
                    writer.close()
                reader = writer = None
        if writer is not None:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.perf_counter() - started
    return {
        "latencies": latencies,
        "errors": errors,
        "verdicts": verdicts,
        "elapsed": elapsed,
        "issued": issued,
    }


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[k]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--requests", type=int, default=3000, help="stop after this many requests")
    ap.add_argument("--duration", type=float, default=60.0, help="stop after this many seconds")
    ap.add_argument("--workers", type=int, default=None, help="the server's check workers (default: cores)")
    ap.add_argument("--article", type=Path, default=SEED)
    ap.add_argument("--timeout", type=float, default=60.0, help="client timeout per request, seconds")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()

    text = args.article.read_text(encoding="utf-8")
    payload = json.dumps({"draft": {"text": text, "format": "text"}}).encode()
    port = free_port()
    log_path = Path(tempfile.gettempdir()) / f"numcheck-load-serve-{port}.log"
    cmd = [sys.executable, "-m", "numcheck", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    with log_path.open("wb") as log:
        server = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=tempfile.gettempdir())
    sampler = MemorySampler(server.pid)
    sampler.start()
    try:
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                print(f"numcheck serve exited with {server.returncode}; log: {log_path}", file=sys.stderr)
                return 1
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as resp:
                    health = json.load(resp)
                    break
            except OSError:
                if time.monotonic() > deadline:
                    print(f"numcheck serve did not come up in 120 s; log: {log_path}", file=sys.stderr)
                    return 1
                time.sleep(0.2)
        idle_kb = sampler.peak_total_kb
        cpu_before = cpu_seconds(_tree(server.pid))
        result = asyncio.run(
            run_clients(port, payload, args.clients, args.requests, args.duration, args.timeout)
        )
        cpu_used = cpu_seconds(_tree(server.pid)) - cpu_before
        sampler.sample()
    finally:
        sampler.stop_flag.set()
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    lat = sorted(result["latencies"])
    done = len(lat)
    errors = sum(result["errors"].values())
    figures = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "clients": args.clients,
        "server_workers": health.get("workers"),
        "article_bytes": len(payload),
        "requests": done,
        "seconds": round(result["elapsed"], 2),
        "requests_per_second": round(done / result["elapsed"], 1) if result["elapsed"] else 0.0,
        "latency_p50_ms": round(percentile(lat, 0.50) * 1000, 1),
        "latency_p90_ms": round(percentile(lat, 0.90) * 1000, 1),
        "latency_p99_ms": round(percentile(lat, 0.99) * 1000, 1),
        "latency_max_ms": round((lat[-1] if lat else float("nan")) * 1000, 1),
        "errors": errors,
        "error_kinds": dict(result["errors"]),
        "verdicts": dict(result["verdicts"]),
        "server_rss_before_load_mb": round(idle_kb / 1024, 1),
        "server_peak_rss_total_mb": round(sampler.peak_total_kb / 1024, 1),
        "server_main_process_peak_rss_mb": round(sampler.main_hwm_kb / 1024, 1),
        "server_processes": sampler.peak_procs,
        # CPU the server spent per answered request: unlike requests/s, hardly affected by other
        # programs on the machine; cores / this is the throughput the server could reach alone
        "server_cpu_ms_per_request": round(cpu_used / done * 1000, 2) if done else None,
        "load_average_1min_after": round(os.getloadavg()[0], 2),
    }
    print(f"machine: {figures['machine']}")
    print(
        f"{args.clients} clients, {figures['server_workers']} check workers, article of "
        f"{figures['article_bytes']:,} bytes (JSON)"
    )
    print(f"requests: {done} in {figures['seconds']} s = {figures['requests_per_second']} requests/s")
    print(
        f"latency: p50 {figures['latency_p50_ms']} ms, p90 {figures['latency_p90_ms']} ms, "
        f"p99 {figures['latency_p99_ms']} ms, max {figures['latency_max_ms']} ms"
    )
    print(f"errors: {errors}" + (f" {dict(result['errors'])}" if errors else ""))
    if done:
        per = figures["server_cpu_ms_per_request"]
        cores = os.cpu_count() or 1
        print(
            f"server CPU per request: {per} ms (server and workers together; at most "
            f"~{cores * 1000 / per:.0f} requests/s on {cores} idle cores); load average after: "
            f"{figures['load_average_1min_after']}"
        )
    print(f"verdicts: {dict(result['verdicts'])}")
    print(
        f"server memory: peak RSS {figures['server_peak_rss_total_mb']} MB for all "
        f"{figures['server_processes']} processes (server, forkserver, workers; "
        f"{figures['server_rss_before_load_mb']} MB idle), main process peak "
        f"{figures['server_main_process_peak_rss_mb']} MB"
    )
    print(f"server log: {log_path}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
