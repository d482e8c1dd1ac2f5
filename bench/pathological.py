"""Pathological text (issue 6): time numcheck at doubling sizes and print the scaling.

    python bench/pathological.py            # every case at 4 sizes (the largest as the issue asks)
    python bench/pathological.py --quick    # smaller sizes
    python bench/pathological.py --case html-nested --case one-mb-line

For each case the input is built at sizes n, 2n, 4n, 8n and put through what a draft goes through:
read_text in its format and numcheck.extract ("extract"), then numcheck.check ("check": read,
extract, link, rules). The table gives the seconds at each size (best of --reps runs), the claims, the
JSON report's size, the ratio time(2x) / time(x) for each doubling (near 2 means linear, near 4
quadratic), and memory: the peak of Python's allocations per MB of input (tracemalloc, runs of their
own) for read + extract ("ext MB/MB") and for the whole check ("MB/MB", with its growth per
doubling). The closing lines give, per case, the worst time growth per doubling and the memory per MB
at the largest size. A case whose worst ratio is above --limit (default 3.0), or whose next size is
predicted to take longer than --budget seconds, is flagged; an exception is a failure. Results also go
to bench/out/pathological-latest.json. Timing is here, never in the tests (tests/test_pathological.py
runs the same inputs, small, for crashes and bounds only).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import numcheck  # noqa: E402
from numcheck.config import load_config  # noqa: E402
from numcheck.read import read_text  # noqa: E402

SENTENCE = (
    "Russia fired 145 drones at Ukraine overnight and about 11,000 North Korean soldiers were in Kursk, "
)


def ordinary_news(n: int) -> str:
    """n bytes of ordinary news copy: the seed article, repeated paragraph by paragraph."""
    seed = (HERE.parent / "seeds" / "000_75fc520f5eb4771c.txt").read_text(encoding="utf-8")
    return ((seed.strip() + "\n\n") * (n // len(seed) + 1))[:n]


def dense_figures(n: int) -> str:
    """n bytes of bare figures, "12 12 12 ...": the most claims a byte can make (issue 12)."""
    return "12 " * (n // 3)


def numbers_in_one_paragraph(n: int) -> str:
    """n figures in one paragraph (the issue's case: 10,000 at the top size)."""
    return "Officials listed " + ", ".join(f"{i * 7 % 9973:,} drones" for i in range(n)) + ".\n"


def one_long_line(n: int) -> str:
    """One line of n bytes of news copy without a newline (the issue's case: 1 MB at the top size)."""
    return (SENTENCE * (n // len(SENTENCE) + 1))[:n]


def one_long_word(n: int) -> str:
    """One 'word' of n characters: digits and separators with no space (a table pasted without spaces)."""
    return ("1,234.5" * (n // 7 + 1))[:n]


def html_nested(n: int) -> str:
    """n nested elements around a paragraph with figures."""
    return "<div><span>" * n + "<p>About 11,000 soldiers; 145 drones.</p>" + "</span></div>" * n


def html_malformed(n: int) -> str:
    """Unclosed comments, tags and entities: what takes the standard library's html.parser quadratic time."""
    return "<p>145 drones &amp; " + "<a " * n + "<!-- " * n + "&#" * n + "</p>"


def markdown_markup(n: int) -> str:
    """A Markdown line thick with markup that opens and never closes: brackets, backticks, emphasis."""
    unit = "[a `b *c _d ![e (f 5 "
    return (unit * (n // len(unit) + 1))[:n] + "\n"


SCRIPTS = [
    "Arabic-Indic ٣٤٥ جنديًا و١٢٬٥٠٠ طائرة",
    "Extended ۳۴۵ سرباز",
    "Devanagari ३४५ जवान और १२,५०० ड्रोन",
    "Bengali ৩৪৫ সৈন্য",
    "Thai ๓๔๕ ทหาร",
    "full-width １２３ 人、３．５億ドル",
    "Hebrew שלום 145 חיילים ו-11,000 מל״טים",
    "mixed ١23४5６",
]


def numbers_in_every_script(n: int) -> str:
    """n sentences cycling through digits of many scripts."""
    return " ".join(f"{SCRIPTS[i % len(SCRIPTS)]}." for i in range(n)) + "\n"


def right_to_left(n: int) -> str:
    """Right-to-left paragraphs with embedded left-to-right figures and bidi controls."""
    para = (
        "\u202bהצבא אמר כי 145 מל״טים שוגרו, ו-11,000 חיילים\u202c \u200f"
        "وقال الجيش إن 145 طائرة مسيرة أطلقت، و11,000 جندي\u200f.\n"
    )
    return para * n


CASES: dict[str, tuple[Callable[[int], str], str, list[int], list[int]]] = {
    # name: (build, format, sizes, quick sizes)
    "ordinary-news": (ordinary_news, "text", [204800, 409600, 819200, 1638400], [51200, 102400, 204800]),
    "dense-figures": (dense_figures, "text", [12500, 25000, 50000, 100000], [3000, 6000, 12000]),
    "numbers-in-one-paragraph": (
        numbers_in_one_paragraph,
        "text",
        [1250, 2500, 5000, 10000],
        [500, 1000, 2000],
    ),
    "one-mb-line": (one_long_line, "text", [131072, 262144, 524288, 1048576], [32768, 65536, 131072]),
    "one-long-word": (one_long_word, "text", [131072, 262144, 524288, 1048576], [32768, 65536, 131072]),
    "html-nested": (html_nested, "html", [12500, 25000, 50000, 100000], [5000, 10000, 20000]),
    "html-malformed": (html_malformed, "html", [25000, 50000, 100000, 200000], [10000, 20000, 40000]),
    "markdown-markup": (
        markdown_markup,
        "markdown",
        [131072, 262144, 524288, 1048576],
        [32768, 65536, 131072],
    ),
    "every-script": (numbers_in_every_script, "text", [500, 1000, 2000, 4000], [200, 400, 800]),
    "right-to-left": (right_to_left, "text", [250, 500, 1000, 2000], [100, 200, 400]),
}


def time_one(text: str, fmt: str, reps: int, cfg: numcheck.Config) -> dict[str, float | int]:
    """Best of `reps`: seconds to read + extract, seconds for the whole check (read, extract, link, rules)."""
    best: dict[str, float | int] = {"extract": float("inf"), "check": float("inf")}
    for _ in range(reps):
        t0 = time.perf_counter()
        doc = read_text(text, fmt)  # type: ignore[arg-type]
        claims = numcheck.extract(doc, cfg)
        t1 = time.perf_counter()
        report = numcheck.check([read_text(text, fmt)], config=cfg)  # type: ignore[arg-type]
        t2 = time.perf_counter()
        best["extract"] = min(best["extract"], t1 - t0)
        best["check"] = min(best["check"], t2 - t1)
        best["claims"], best["findings"] = len(claims), len(report.findings)
        best["report_bytes"] = len(report.to_json(indent=None))
    best["extract_peak_mb"] = peak_memory(text, fmt, cfg, whole_check=False) / 1e6
    best["peak_mb"] = peak_memory(text, fmt, cfg) / 1e6
    return best


def peak_memory(text: str, fmt: str, cfg: numcheck.Config, whole_check: bool = True) -> int:
    """Bytes: the peak of Python's allocations while one check (read, extract, link, rules) runs, or
    with `whole_check=False` only read + extract."""
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        doc = read_text(text, fmt)  # type: ignore[arg-type]
        if whole_check:
            numcheck.check([doc], config=cfg)
        else:
            numcheck.extract(doc, cfg)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _summary(name: str, rows: list[dict[str, object]], min_seconds: float) -> str:
    """One line: the worst judged time growth per doubling, and memory per MB at the largest size."""
    mine = [x for x in rows if x["case"] == name and "mb_per_mb" in x]
    if not mine:
        return ""
    growth = []
    for x in mine:
        for ratio, seconds in (("extract_ratio", "extract"), ("check_ratio", "check")):
            value, t = x.get(ratio), x.get(seconds)
            if isinstance(value, float) and isinstance(t, float) and t >= min_seconds:
                growth.append(value)
    g = f"{max(growth):.2f}" if growth else "n/a (too fast to judge)"
    last = mine[-1]
    return (
        f"{name:26} time growth per doubling (worst): {g}; memory per MB of input at "
        f"{last['bytes']:,} bytes: {last['extract_mb_per_mb']} (read + extract), {last['mb_per_mb']} "
        "(whole check)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller sizes")
    ap.add_argument("--case", action="append", choices=sorted(CASES), help="only these cases")
    ap.add_argument("--reps", type=int, default=3, help="runs per size (the best is kept)")
    ap.add_argument("--limit", type=float, default=3.0, help="flag a doubling ratio above this")
    ap.add_argument(
        "--min-seconds",
        type=float,
        default=0.1,
        help="ratios of times shorter than this are shown but not judged (timer noise)",
    )
    ap.add_argument(
        "--budget",
        type=float,
        default=120.0,
        help="seconds: a size whose check is predicted (last time x last ratio) to take longer "
        "is skipped, and the case is reported as over budget",
    )
    args = ap.parse_args()
    cfg = load_config(discover=False)
    numcheck.check(["warm up: 5 drones"], config=cfg)
    rows: list[dict[str, object]] = []
    flagged: list[str] = []
    print(
        f"{'case':26} {'size':>9} {'bytes':>9} {'claims':>7} {'extract s':>9} {'x2':>5} "
        f"{'check s':>9} {'x2':>5} {'report':>9} {'ext MB/MB':>9} {'peak MB':>8} {'MB/MB':>6} {'x2':>5}",
        flush=True,
    )
    summary: list[str] = []
    for name in args.case or list(CASES):
        build, fmt, sizes, quick = CASES[name]
        prev: dict[str, float | int] | None = None
        worst = 0.0
        ratio_c = None
        for n in quick if args.quick else sizes:
            if prev is not None and float(prev["check"]) * max(2.0, ratio_c or 2.0) > args.budget:
                print(f"{name:26} {n:>9,} skipped: predicted over the {args.budget:.0f} s budget", flush=True)
                rows.append({"case": name, "n": n, "skipped": "over budget"})
                flagged.append(name)
                break
            text = build(n)
            r = time_one(text, fmt, args.reps, cfg)
            # a ratio of two times below --min-seconds is noise: shown, not judged
            ratio_e = float(r["extract"]) / float(prev["extract"]) if prev else None
            ratio_c = float(r["check"]) / float(prev["check"]) if prev else None
            ratio_m = float(r["peak_mb"]) / float(prev["peak_mb"]) if prev else None
            judged = [
                x
                for x, t in ((ratio_e, r["extract"]), (ratio_c, r["check"]))
                if x is not None and float(t) >= args.min_seconds
            ]
            worst = max([worst, *judged])
            prev = r
            size = len(text.encode("utf-8"))
            per_mb = float(r["peak_mb"]) / (size / 1e6)
            r["extract_mb_per_mb"] = round(float(r["extract_peak_mb"]) / (size / 1e6), 1)
            rows.append(
                {
                    "case": name,
                    "n": n,
                    "bytes": size,
                    **{k: round(float(v), 4) if isinstance(v, float) else v for k, v in r.items()},
                    "extract_ratio": ratio_e,
                    "check_ratio": ratio_c,
                    "memory_ratio": ratio_m,
                    "mb_per_mb": round(per_mb, 1),
                }
            )

            def fmt_ratio(x: float | None) -> str:
                return "" if x is None else f"{x:.2f}"

            print(
                f"{name:26} {n:>9,} {size:>9,} {int(r['claims']):>7,} {float(r['extract']):>9.3f} "
                f"{fmt_ratio(ratio_e):>5} {float(r['check']):>9.3f} {fmt_ratio(ratio_c):>5} "
                f"{int(r['report_bytes']):>9,} {float(r['extract_peak_mb']) / (size / 1e6):>9.1f} "
                f"{float(r['peak_mb']):>8.1f} {per_mb:>6.1f} "
                f"{fmt_ratio(ratio_m):>5}",
                flush=True,
            )
        if worst > args.limit and name not in flagged:
            flagged.append(name)
        summary.append(_summary(name, rows, args.min_seconds))
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    result = {
        "machine": platform.platform(),
        "python": platform.python_version(),
        "rows": rows,
        "flagged": flagged,
        "quick": args.quick,
    }
    (out / "pathological-latest.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print("\n".join(line for line in summary if line))
    names = ", ".join(flagged) or "none"
    print(f"super-linear (a doubling ratio above {args.limit:.1f}, or over budget): {names}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
