"""Run the fuzz targets for a fixed number of inputs each and report the count and any crash (issue 6).

    pip install atheris
    python bench/fuzz/run.py                      # both targets, 100,000 inputs each
    python bench/fuzz/run.py --runs 20000 --target check
    python bench/fuzz/run.py --replay FILE...     # run saved inputs (crash-*) through both targets

Targets: fuzz_check.py (bytes -> draft/source/facts -> numcheck.check) and fuzz_pack.py (bytes -> a
YAML file in a rule pack -> load_pack, then check with the pack). Seeds: the seed article's
paragraphs, the acceptance cases' drafts, sources and facts, Markdown and HTML samples; the default
rule pack's files. Coverage-guided (libFuzzer through atheris); each input is limited to --max-len
bytes and --timeout seconds (a slower input is a crash: super-linear blow-ups show up here). libFuzzer
stops at a crash; the runner starts it again on the same corpus until the count is reached.
Work files go to bench/out/fuzz/<target>/ (corpus, crash-*, log); a summary is printed and written
to bench/out/fuzz/summary.json. The exit status is 1 when any target crashed.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "bench" / "out" / "fuzz"
TARGETS = {"check": HERE / "fuzz_check.py", "pack": HERE / "fuzz_pack.py"}


def check_seeds(dest: Path) -> int:
    """Seed inputs for fuzz_check: flags byte + text."""
    import yaml

    dest.mkdir(parents=True, exist_ok=True)
    texts: list[tuple[int, str]] = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        paras = [p for p in seed.read_text(encoding="utf-8").splitlines() if p.strip()]
        texts += [(0, p) for p in paras]
        texts.append((0, "\n".join(paras[:8])))
    cases = ROOT.parent / "shared" / "eval" / "cases"
    for case in sorted(cases.glob("*.yaml")) if cases.is_dir() else []:
        try:
            data = yaml.safe_load(case.read_text(encoding="utf-8"))
        except (yaml.YAMLError, OSError):
            continue
        if not isinstance(data, dict) or not isinstance(data.get("draft"), str):
            continue
        texts.append((0, data["draft"]))
        for src in data.get("sources") or []:
            if isinstance(src, dict) and isinstance(src.get("text"), str):
                texts.append((4, data["draft"] + "\f" + src["text"]))
        if isinstance(data.get("facts"), str):
            texts.append((8, data["draft"] + "\f" + data["facts"]))
    texts += [
        (
            1,
            "---\ntitle: Russia fires 145 drones\ndek: about 11,000 soldiers\n---\n# Kursk\n\n"
            "- 8 civilians\n- [5 in Mykolaiv](http://x.org/5)\n\n```\ncode 9\n```\n"
            "<!-- numcheck: ignore NC201 -->\nSome **10,000** troops.\n",
        ),
        (
            2,
            "<html><body><h1>145 drones</h1><p>About 11,000&nbsp;soldiers &amp; &pound;3.5bn"
            "<!-- numcheck: ignore --><p>some 10,000 troops<script>x=5</script></body></html>",
        ),
        (0, "numcheck: ignore NC301\nThe 1 MB line has 10,000 numbers: 1, 2, 3, 4, 5.\n"),
        (0, "٣٤٥ जवान, १२३ drones, １２３ people, שלום 5 חיילים, مرحبا ٥ جنود"),
    ]
    for i, (flags, text) in enumerate(texts):
        (dest / f"seed-{i:04d}").write_bytes(bytes([flags]) + text.encode("utf-8")[:4000])
    return len(texts)


def pack_seeds(dest: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from numcheck.rulepack import FILES, default_pack_dir

    dest.mkdir(parents=True, exist_ok=True)
    n = 0
    for i, name in enumerate(FILES):
        path = default_pack_dir() / f"{name}.yaml"
        if path.is_file():
            (dest / f"seed-{name}").write_bytes(bytes([i]) + path.read_bytes())
            n += 1
    return n


def run_target(name: str, runs: int, max_len: int, timeout: int, rss_mb: int) -> dict[str, object]:
    """Fuzz `name` until `runs` inputs have run: libFuzzer stops at a crash, so it is restarted on the
    same corpus for the inputs still to go (at most 20 times); every crash is kept with its traceback."""
    work = OUT / name
    corpus, seeds = work / "corpus", work / "seeds"
    shutil.rmtree(seeds, ignore_errors=True)
    corpus.mkdir(parents=True, exist_ok=True)
    n_seeds = check_seeds(seeds) if name == "check" else pack_seeds(seeds)
    for old in [*work.glob("crash-*"), *work.glob("timeout-*"), *work.glob("oom-*")]:
        old.unlink()
    done = 0
    seconds = 0.0
    peak = 0
    crashes: list[dict[str, str]] = []
    logs = []
    for attempt in range(21):
        left = runs - done
        if left <= 0:
            break
        cmd = [
            sys.executable,
            str(TARGETS[name]),
            f"-runs={left}",
            f"-max_len={max_len}",
            f"-timeout={timeout}",
            f"-rss_limit_mb={rss_mb}",
            f"-artifact_prefix={work}/",
            "-print_final_stats=1",
            f"-seed={attempt + 1}",
            str(corpus),
            str(seeds),
        ]
        before = {p.name for p in work.iterdir()}
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        seconds += time.perf_counter() - t0
        log = proc.stdout + proc.stderr
        logs.append(log)
        ran = re.findall(r"Done (\d+) runs in", log) or re.findall(
            r"stat::number_of_executed_units:\s*(\d+)", log
        )
        rss = re.findall(r"stat::peak_rss_mb:\s*(\d+)", log)
        done += int(ran[-1]) if ran else 0
        peak = max(peak, int(rss[-1]) if rss else 0)
        if proc.returncode == 0:
            break
        new = sorted(
            p
            for p in work.iterdir()
            if p.name not in before and p.name.startswith(("crash-", "timeout-", "oom-"))
        )
        trace = _traceback(log)
        crashes += [{"file": str(p.relative_to(ROOT)), "trace": trace} for p in new] or [
            {"file": "", "trace": trace}
        ]
        if not ran:
            break  # it did not even start: no point in going on
    (work / "log.txt").write_text("\n\n=====\n\n".join(logs), encoding="utf-8")
    return {
        "target": name,
        "inputs": done,
        "seconds": round(seconds, 1),
        "seeds": n_seeds,
        "corpus": sum(1 for _ in corpus.iterdir()),
        "peak_rss_mb": peak or None,
        "crashes": crashes,
    }


def _traceback(log: str) -> str:
    """The Python traceback atheris printed for a crash (not the rest of libFuzzer's log)."""
    lines = log.splitlines()
    for i, line in enumerate(lines):
        if "Uncaught Python exception" in line:
            out = []
            for nxt in lines[i + 1 : i + 80]:
                if nxt.startswith(("INFO:", "==", "MS:", "#", "WARNING:", "artifact_prefix")):
                    break
                out.append(nxt)
            return "\n".join(out).strip()
    return "\n".join(lines[-30:])


def replay(files: list[str]) -> int:
    """Run saved inputs through both targets in this process; print what each raises."""
    sys.path.insert(0, str(HERE))
    status = 0
    for target in ("fuzz_check", "fuzz_pack"):
        mod = __import__(target)
        for f in files:
            try:
                mod.TestOneInput(Path(f).read_bytes())
                print(f"{target}: {f}: ok")
            except Exception as exc:  # noqa: BLE001 - reporting what crashed is the point
                status = 1
                print(f"{target}: {f}: {type(exc).__name__}: {exc}")
    return status


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=100_000, help="inputs per target (default 100,000)")
    ap.add_argument("--target", choices=["check", "pack", "all"], default="all")
    ap.add_argument("--max-len", type=int, default=4096, help="longest input, bytes")
    ap.add_argument("--timeout", type=int, default=10, help="seconds one input may take")
    ap.add_argument("--rss-limit-mb", type=int, default=3072)
    ap.add_argument("--replay", nargs="+", metavar="FILE")
    args = ap.parse_args()
    if args.replay:
        return replay(args.replay)
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed: pip install atheris", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    names = ["check", "pack"] if args.target == "all" else [args.target]
    results = []
    for name in names:
        print(f"fuzzing {name}: {args.runs:,} inputs ...", flush=True)
        r = run_target(name, args.runs, args.max_len, args.timeout, args.rss_limit_mb)
        results.append(r)
        rate = r["inputs"] / r["seconds"] if r["seconds"] else 0  # type: ignore[operator]
        print(
            f"  {r['target']}: {r['inputs']:,} inputs in {r['seconds']} s ({rate:,.0f}/s), "
            f"{r['seeds']} seeds, corpus {r['corpus']}, peak RSS {r['peak_rss_mb']} MB, "
            f"crashes: {len(r['crashes']) or 'none'}",
            flush=True,
        )  # type: ignore[arg-type]
        for c in r["crashes"]:  # type: ignore[attr-defined]
            print(f"    {c['file']}\n      " + c["trace"].replace("\n", "\n      "))
    (OUT / "summary.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    total = sum(int(r["inputs"]) for r in results)  # type: ignore[call-overload]
    crashed = [r for r in results if r["crashes"]]
    print(f"total: {total:,} inputs, {len(crashed)} target(s) crashed")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
