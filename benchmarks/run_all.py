"""Run every benchmark in benchmarks/ and print their figures against the targets of issue 8.

Run on purpose:
    .venv/bin/python benchmarks/run_all.py [--project /tmp/rm-bench/big.reportmark] [--rebuild] [--quick]

Builds the 1,000-report / 100,000-annotation project with corpus.py when it does not exist yet
(about 3-4 minutes on the 2-core machine), then runs bench_gui.py, bench_import.py,
bench_search_export.py (on the same project), bench_compare.py, each in its own process, echoes
their output and ends with one table. The load average is printed with each figure: the machine
is shared, so rerun a figure that looks inflated. bad_inputs.py is a robustness sweep, not a speed
figure: ``--with-bad-inputs`` runs it too.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from _common import ROOT, machine

HERE = Path(__file__).resolve().parent
DEFAULT_PROJECT = Path("/tmp/rm-bench/big.reportmark")


@dataclass
class Figure:
    name: str
    value: float | None
    unit: str
    target: str
    ok: Callable[[float], bool]
    load: float


def run(script: str, *args: str) -> tuple[str, float]:
    """Run one benchmark script, echoing its output; returns (stdout, load average when it ended)."""
    print(f"\n=== {script} {' '.join(args)}   (load {os.getloadavg()[0]:.1f})", flush=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-u", str(HERE / script), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        if "propagateSizeHints" in line:  # offscreen platform noise
            continue
        lines.append(line)
        if not line.startswith("RESULT "):
            print("  " + line, end="", flush=True)
    code = proc.wait()
    print(f"=== {script}: exit {code} after {time.perf_counter() - t0:.0f} s")
    return "".join(lines), os.getloadavg()[0]


def grab(pattern: str, text: str, group: int = 1) -> float | None:
    m = re.search(pattern, text)
    return float(m.group(group).replace(",", "")) if m else None


def gui_figures(out: str, load: float) -> list[Figure]:
    line = next((x for x in out.splitlines() if x.startswith("RESULT ")), None)
    r = json.loads(line[len("RESULT ") :]) if line else {}
    return [
        Figure("start-up to first paint", r.get("startup_first_paint_s"), "s", "≤ 1.5 s", lambda v: v <= 1.5, load),
        Figure("open 300 KB: first paint", r.get("open_first_paint_s"), "s", "≤ 0.5 s", lambda v: v <= 0.5, load),
        Figure("open 300 KB: fully highlighted", r.get("open_highlighted_s"), "s", "—", lambda v: True, load),
        Figure("scroll step (largest), median", r.get("scroll_largest_median_s"), "s", "—", lambda v: True, load),
        Figure("scroll step (largest), p95", r.get("scroll_largest_p95_s"), "s", "—", lambda v: True, load),
        Figure("keypress → painted", r.get("keypress_painted_s"), "s", "≤ 0.030 s", lambda v: v <= 0.030, load),
        Figure("longest event-loop stall, first open", r.get("stall_worst_s"), "s", "—", lambda v: True, load),
        Figure("app memory, 5 documents visited", r.get("memory_rss_mb"), "MB", "≤ 400 MB", lambda v: v <= 400, load),
    ]


def import_figures(out: str, load: float) -> list[Figure]:
    return [
        Figure(
            "import (100 reports)",
            grab(r"= ([\d.]+) reports/s", out),
            "reports/s",
            "≥ 5/s",
            lambda v: v >= 5,
            load,
        ),
        Figure(
            "import: peak memory", grab(r"peak RSS of this process: (\d+) MB", out), "MB", "—", lambda v: True, load
        ),
    ]


def corpus_import(workdir: Path) -> list[Figure]:
    """100 full-size corpus reports (mixed encodings, 3,000-15,000 chars) through `main.py import`."""
    folder = workdir / "reports"
    run("corpus.py", str(folder), "--write-reports", "100", "--seed", "8")
    size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    print(
        f"\n=== main.py import of those 100 files ({size:.1f} MB) into a new project   (load {os.getloadavg()[0]:.1f})"
    )
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "main.py", "import", str(folder), "--project", str(workdir / "imported.reportmark")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    elapsed = time.perf_counter() - t0
    print("  " + (proc.stdout.strip().splitlines() or ["(no output)"])[-1])
    print(f"  100 files in {elapsed:.1f} s including interpreter start = {100 / elapsed:.1f} reports/s")
    return [
        Figure(
            "import 100 corpus reports (CLI)", 100 / elapsed, "reports/s", "≥ 5/s", lambda v: v >= 5, os.getloadavg()[0]
        )
    ]


def search_export_figures(out: str, load: float) -> list[Figure]:
    search = re.search(r"search_text \(limit 500\) over \d+ queries: median ([\d.]+) ms, worst ([\d.]+) ms", out)
    figs = [
        Figure(
            "search, median of 50",
            float(search.group(1)) / 1000 if search else None,
            "s",
            "≤ 0.050 s",
            lambda v: v <= 0.05,
            load,
        ),
        Figure(
            "search, worst of 50",
            float(search.group(2)) / 1000 if search else None,
            "s",
            "≤ 0.200 s",
            lambda v: v <= 0.2,
            load,
        ),
    ]
    for fmt in ("csv", "xlsx"):
        m = re.search(rf"export {fmt}: ([\d,]+) rows in ([\d.]+) s .*?peak RSS (\d+) MB", out)
        rows = m.group(1) if m else "?"
        figs.append(
            Figure(
                f"export {rows} rows {fmt}: time",
                float(m.group(2)) if m else None,
                "s",
                "≤ 10 s",
                lambda v: v <= 10,
                load,
            )
        )
        figs.append(
            Figure(
                f"export {fmt}: peak memory",
                float(m.group(3)) if m else None,
                "MB",
                "≤ 300 MB",
                lambda v: v <= 300,
                load,
            )
        )
    return figs


def compare_figures(out: str, load: float) -> list[Figure]:
    return [
        Figure(
            "compare 2 × 300 KB",
            grab(r"300 KB: .*?compare_documents median ([\d.]+) s", out),
            "s",
            "≤ 2 s",
            lambda v: v <= 2,
            load,
        )
    ]


def table(figures: list[Figure]) -> str:
    rows = [("figure", "measured", "target", "", "load")]
    for f in figures:
        if f.value is None:
            shown, verdict = "(not measured)", "?"
        else:
            shown = f"{f.value * 1000:.0f} ms" if f.unit == "s" and f.value < 1 else f"{f.value:.2f} {f.unit}"
            shown = f"{f.value:.0f} {f.unit}" if f.unit in ("MB",) else shown
            shown = f"{f.value:.1f} {f.unit}" if f.unit == "reports/s" else shown
            verdict = "ok" if f.ok(f.value) else "MISSED"
        rows.append((f.name, shown, f.target, verdict, f"{f.load:.1f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", type=Path, default=DEFAULT_PROJECT)
    ap.add_argument("--rebuild", action="store_true", help="build the project again")
    ap.add_argument("--display", default=None, help="run the GUI benchmarks on this X display")
    ap.add_argument("--with-bad-inputs", action="store_true")
    args = ap.parse_args(argv)
    print("machine:", machine())
    if args.rebuild and args.project.exists():
        for p in args.project.parent.glob(args.project.name + "*"):
            p.unlink()
    if not args.project.exists():
        args.project.parent.mkdir(parents=True, exist_ok=True)
        run("corpus.py", str(args.project))
    figures: list[Figure] = []
    gui_args = ["--project", str(args.project)] + (["--display", args.display] if args.display else [])
    figures += gui_figures(*run("bench_gui.py", *gui_args))
    figures += import_figures(*run("bench_import.py"))
    with tempfile.TemporaryDirectory(prefix="rm-bench-import-") as tmp:
        figures += corpus_import(Path(tmp))
    figures += search_export_figures(*run("bench_search_export.py", "--db", str(args.project)))
    figures += compare_figures(*run("bench_compare.py"))
    if args.with_bad_inputs:
        run("bad_inputs.py")
    print(f"\nSummary ({machine()})\n")
    print(table(figures))
    missed = [f.name for f in figures if f.value is None or not f.ok(f.value)]
    print(
        f"\n{len(figures) - len(missed)} of {len(figures)} figures meet their target"
        + (f"; missed: {', '.join(missed)}" if missed else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
