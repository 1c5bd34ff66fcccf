"""GUI benchmarks: start-up to the first paint, then the in-process view figures and app memory.

Run on purpose:
    .venv/bin/python benchmarks/bench_gui.py --project /tmp/rm-bench/big.reportmark [--runs 5]
(build the project first with benchmarks/corpus.py). Qt runs offscreen unless --display is given.
Start-up is ``main.py --project BIG --quit-after-paint`` in a fresh process: the time from spawning
it to the main window's first paint (library filled, first report open), and its whole wall time
(which includes the flag's fixed 300 ms wait before quitting), against the bare interpreter and
``import PySide6.QtWidgets``. Prints one ``RESULT {json}`` line with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import ROOT, machine

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable

# Runs main.py unchanged, but reports the wall-clock time of the window's first paint.
FIRST_PAINT_PROBE = """
import runpy, sys, time
from PySide6.QtCore import QEvent
import ui.app as app_module
original = app_module._ScreenshotOnPaint.eventFilter
def probe(self, obj, e):
    if e.type() == QEvent.Type.Paint and not self.done:
        w = self.window
        print("FIRSTPAINT", time.time(), len(w.library.document_ids()), w.current_document_id(), flush=True)
    return original(self, obj, e)
app_module._ScreenshotOnPaint.eventFilter = probe
sys.argv = ["main.py", "--project", sys.argv[1], "--quit-after-paint"]
runpy.run_path("main.py", run_name="__main__")
"""


def child_env(display: str | None, home: Path) -> dict[str, str]:
    env = dict(os.environ, REPORTMARK_HOME=str(home), PYTHONPATH=str(ROOT))
    if display:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def wall(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def first_paint(project: Path, env: dict[str, str]) -> tuple[float, float, int, int]:
    """(seconds from spawn to first paint, whole wall seconds, library rows, open document id)."""
    t0_wall, t0 = time.time(), time.perf_counter()
    out = subprocess.run(
        [PYTHON, "-c", FIRST_PAINT_PROBE, str(project)], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    total = time.perf_counter() - t0
    line = next(x for x in out.stdout.splitlines() if x.startswith("FIRSTPAINT"))
    _tag, stamp, rows, doc = line.split()
    return float(stamp) - t0_wall, total, int(rows), int(doc)


def build_many(project: Path, count: int) -> None:
    """A project of ``count`` reports for the start-up figure alone: the corpus's real titles, issuers and opening
    text, each stored as it is (no reading), so 10,000 reports take seconds to build, not an hour."""
    sys.path.insert(0, str(ROOT))

    from models import ops
    from models.types import Metadata, ParsedDocument

    reports = sorted((ROOT / "tests" / "corpus" / "reports").glob("*.txt"))
    store = ops.open_project(project)
    with store.write_transaction():
        for i in range(count):
            src = reports[i % len(reports)]
            body = src.read_text(encoding="utf-8", errors="replace")[:3000]
            title = next((x.strip() for x in body.splitlines() if x.strip()), src.stem)[:60]
            text = f"第{i}份\n{body}"
            parsed = ParsedDocument.plain(
                text,
                f"{i:05d}_{src.name}",
                Metadata(title=title, issuer=f"第{i % 97}县人民政府", date=f"{2000 + i % 24}-12-31"),
            )
            store.documents.add(parsed)
    store.close()


def bench_startup(project: Path, runs: int, display: str | None) -> dict[str, float]:
    home = Path(tempfile.mkdtemp(prefix="rm-bench-home-"))
    env = child_env(display, home)
    bare = [wall([PYTHON, "-c", "pass"], env) for _ in range(runs)]
    qt = [wall([PYTHON, "-c", "import PySide6.QtWidgets"], env) for _ in range(runs)]
    first_paint(project, env)  # warm-up: page cache, settings file written once
    probes = [first_paint(project, env) for _ in range(runs)]
    plain = [wall([PYTHON, "main.py", "--project", str(project), "--quit-after-paint"], env) for _ in range(runs)]
    paint = [p[0] for p in probes]
    rows, doc = probes[-1][2], probes[-1][3]
    platform = f"xcb on {display}" if display else "offscreen"
    print(
        f"start-up ({platform}): main.py --project BIG to the window's first paint with {rows} reports listed and "
        f"report {doc} open: median {statistics.median(paint):.2f} s (runs {', '.join(f'{x:.2f}' for x in paint)}); "
        f"whole `main.py --quit-after-paint` run median {statistics.median(plain):.2f} s "
        f"(includes its fixed 0.3 s wait before quitting); load {os.getloadavg()[0]:.1f}"
    )
    print(
        f"baseline: bare interpreter {statistics.median(bare):.3f} s, "
        f"interpreter + import PySide6.QtWidgets {statistics.median(qt):.3f} s"
    )
    return {
        "startup_first_paint_s": statistics.median(paint),
        "startup_wall_s": statistics.median(plain),
        "baseline_python_s": statistics.median(bare),
        "baseline_pyside_import_s": statistics.median(qt),
    }


def bench_first_launch(runs: int, display: str | None) -> dict[str, float]:
    """A first launch: a new project (its sample reports to read) in a fresh home and temp folder (jieba's
    dictionary cache not built yet), spawn to first paint, against the interpreter importing PySide6."""
    paint = []
    for _ in range(runs):
        fresh = Path(tempfile.mkdtemp(prefix="rm-bench-first-"))
        (fresh / "tmp").mkdir()
        env = child_env(display, fresh / "home") | {"TMPDIR": str(fresh / "tmp"), "HOME": str(fresh)}
        paint.append(first_paint(fresh / "新项目.reportmark", env)[0])
    qt = [
        wall([PYTHON, "-c", "import PySide6.QtWidgets"], child_env(display, Path(tempfile.mkdtemp()))) for _ in range(3)
    ]
    print(
        f"first launch: spawn to first paint median {statistics.median(paint):.2f} s "
        f"(runs {', '.join(f'{x:.2f}' for x in paint)}) = {statistics.median(paint) / statistics.median(qt):.1f}x "
        f"the interpreter importing PySide6.QtWidgets ({statistics.median(qt):.3f} s)"
    )
    return {"first_launch_paint_s": statistics.median(paint), "first_launch_pyside_import_s": statistics.median(qt)}


def run_view(project: Path, extra: list[str], display: str | None) -> dict[str, Any]:
    """Run bench_gui_view.py in a fresh process, echo its lines, return its RESULT."""
    home = Path(tempfile.mkdtemp(prefix="rm-bench-home-"))
    out = subprocess.run(
        [PYTHON, str(HERE / "bench_gui_view.py"), "--project", str(project), *extra],
        cwd=ROOT,
        env=child_env(display, home),
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = {}
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT ") :])
        elif not line.startswith("machine:"):
            print(line)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", type=Path, required=True, help="a project built by benchmarks/corpus.py")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--display", default=None, help="an X display (e.g. :99) instead of offscreen")
    ap.add_argument("--skip-startup", action="store_true")
    ap.add_argument("--first-launch", action="store_true", help="also a first launch's figure (fresh home)")
    ap.add_argument("--startup-only", action="store_true", help="the start-up figures alone, not the view's")
    ap.add_argument("--reports", type=int, default=0, help="build --project first with this many reports")
    args = ap.parse_args(argv)
    if args.reports and not args.project.exists():
        build_many(args.project, args.reports)
    print("machine:", machine())
    print(f"load average at start: {os.getloadavg()}")
    result: dict[str, Any] = {}
    if args.first_launch:
        result |= bench_first_launch(args.runs, args.display)
    if not args.skip_startup:
        result |= bench_startup(args.project, args.runs, args.display)
    if not args.startup_only:
        result |= run_view(args.project, ["--runs", str(args.runs)], args.display)
        result |= run_view(args.project, ["--memory"], args.display)
    print("RESULT " + json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
